// STUB (owned by the repair work): detect the encoding of raw bytes and decode them.
export interface Decoded {
  text: string;
  encoding: string;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
}
