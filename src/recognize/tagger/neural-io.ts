// The neural tagger's file (models/ner-nn.bin): gzip of
//   "RSDNN001" | u32 header length | header JSON | pad to 4 | f32 tables, in header.tables order
// The header holds the dimensions, the perceptron-score scale, the vocabulary (one word a line, row =
// line + 1) and the fastText cluster table (`word<TAB>id` lines). The context clusters and gazetteer
// come from the perceptron's model (models/ner.bin), which the neural model is stacked on anyway.
import { gunzipSync, gzipSync } from 'node:zlib';
import type { FeatureResources } from './features.js';
import type { NeuralDims, NeuralModel, NeuralParams } from './neural.js';

const MAGIC = 'RSDNN001';
export const TABLE_NAMES = [
  'word',
  'c1',
  'c2',
  'c3',
  'cf',
  'cc',
  'affix',
  'shape',
  'pad',
  'W1',
  'b1',
  'W2',
  'b2',
  'alpha',
  'trans',
  'start',
] as const satisfies readonly (keyof NeuralParams)[];

interface Header {
  dims: NeuralDims;
  pScale: number;
  vocab: string;
  embed: string;
  tables: number[];
  info: Record<string, unknown>;
}

export class NeuralFormatError extends Error {}

export function serializeNeural(model: NeuralModel, info: Record<string, unknown> = {}): Uint8Array {
  const words = [...model.vocab].sort((a, b) => a[1] - b[1]).map(([w]) => w);
  const header: Header = {
    dims: model.dims,
    pScale: model.pScale,
    vocab: words.join('\n'),
    embed: Array.from(model.embed, ([w, n]) => `${w}\t${n}`).join('\n'),
    tables: TABLE_NAMES.map((n) => model.params[n].length),
    info,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const start = (12 + json.length + 3) & ~3;
  const total = TABLE_NAMES.reduce((s, n) => s + model.params[n].length, 0);
  const buf = Buffer.alloc(start + 4 * total);
  buf.write(MAGIC, 0, 'latin1');
  buf.writeUInt32LE(json.length, 8);
  json.copy(buf, 12);
  let at = start;
  for (const n of TABLE_NAMES) {
    const t = model.params[n];
    Buffer.from(t.buffer, t.byteOffset, t.byteLength).copy(buf, at);
    at += t.byteLength;
  }
  return gzipSync(buf, { level: 9 });
}

/** Reads the file; `base` supplies the context clusters and gazetteer (the perceptron's resources). */
export function parseNeural(
  gzipped: Uint8Array,
  base: Pick<FeatureResources, 'clusters' | 'gazetteer'>,
): NeuralModel {
  const buf = gunzipSync(gzipped);
  if (buf.toString('latin1', 0, 8) !== MAGIC) throw new NeuralFormatError('not a rasad neural tagger file');
  const len = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString('utf8', 12, 12 + len)) as Header;
  let at = (12 + len + 3) & ~3;
  // copy into an aligned buffer once, then view each table
  const floats = new Float32Array(header.tables.reduce((s, n) => s + n, 0));
  new Uint8Array(floats.buffer).set(buf.subarray(at, at + floats.byteLength));
  if (at + floats.byteLength !== buf.length) throw new NeuralFormatError('neural tagger file: wrong length');
  at = 0;
  const params = {} as NeuralParams;
  TABLE_NAMES.forEach((n, k) => {
    params[n] = floats.subarray(at, at + header.tables[k]);
    at += header.tables[k];
  });
  const vocab = new Map<string, number>();
  for (const [i, w] of header.vocab.split('\n').entries()) vocab.set(w, i + 1);
  const embed = new Map<string, number>();
  for (const line of header.embed.split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab > 0) embed.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return {
    dims: header.dims,
    vocab,
    embed,
    clusters: base.clusters,
    gazetteer: base.gazetteer,
    pScale: header.pScale,
    params,
  };
}
