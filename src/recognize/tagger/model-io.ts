// The model file: gzip of
//   "RSDNER01" | u32 header length | header JSON | pad to 4 |
//   u32 bucket deltas[rows] | i16 weights[rows × tags] | pad to 4 | f32 transition[tags²] | f32 start[tags]
// Weights are int16 with one scale in the header (weight = int16 × scale), used as they are; the bucket
// list is delta-coded so gzip squeezes it. Numbers are little-endian. The header carries the feature
// configuration and the snapshot of the word clusters and gazetteer the features look up, so the
// run-time features are exactly the training-time ones.
import { gunzipSync, gzipSync } from 'node:zlib';
import type { FeatureConfig, FeatureResources } from './features.js';
import type { TaggerModel } from './model.js';
import { NUM_TAGS, TAGS } from './tags.js';

const MAGIC = 'RSDNER01';
const T = NUM_TAGS;

interface Header {
  tags: string[];
  config: FeatureConfig;
  rows: number;
  scale: number;
  // Word tables as `word<TAB>number` lines in one string each: much faster to read than JSON objects.
  /** word → fine*65536 + coarse */
  clusters: WordTable;
  /** word → bit mask of gazetteer lists */
  gazetteer: WordTable;
  /** word → majority tag * 4 + dominance */
  tagLexicon: WordTable;
  /** entity phrase → type index */
  phrases?: WordTable;
  /** word → finest embedding cluster (config.embedBranching gives the coarser levels) */
  embed?: WordTable;
  /** whole name → NAME_KINDS index (the names group) */
  names?: WordTable;
  /** organization head words (the head group) */
  heads?: WordTable;
  /** word → binarized vector (the vec group): `word<TAB>code` lines */
  vectors?: string;
  info: Record<string, unknown>;
}

export class ModelFormatError extends Error {}

/** A word table in the header: `word<TAB>number` lines (older files: a JSON object). */
type WordTable = string | Record<string, number>;

const encodeTable = (m: Map<string, number>): string => Array.from(m, ([w, n]) => `${w}\t${n}`).join('\n');

function decodeTable(t: WordTable | undefined): Map<string, number> {
  if (t === undefined || t === '') return new Map();
  if (typeof t !== 'string') return new Map(Object.entries(t));
  const m = new Map<string, number>();
  let from = 0;
  while (from < t.length) {
    let end = t.indexOf('\n', from);
    if (end < 0) end = t.length;
    const tab = t.lastIndexOf('\t', end);
    m.set(t.slice(from, tab), Number(t.slice(tab + 1, end)));
    from = end + 1;
  }
  return m;
}

function decodeVectors(t: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of t.split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab > 0) m.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return m;
}

const align4 = (n: number): number => (n + 3) & ~3;

export function serializeModel(model: TaggerModel): Uint8Array {
  const rows = model.weights.length / T;
  const scale = model.scale;
  const header: Header = {
    tags: [...TAGS],
    config: model.config,
    rows,
    scale,
    clusters: encodeTable(model.resources.clusters),
    gazetteer: encodeTable(model.resources.gazetteer),
    tagLexicon: encodeTable(model.resources.tagLexicon),
    phrases: encodeTable(model.resources.phrases),
    ...(model.resources.embed?.size ? { embed: encodeTable(model.resources.embed) } : {}),
    ...(model.resources.names?.size ? { names: encodeTable(model.resources.names) } : {}),
    ...(model.resources.heads?.size ? { heads: encodeTable(model.resources.heads) } : {}),
    ...(model.resources.vectors?.size
      ? { vectors: Array.from(model.resources.vectors, ([w, c]) => `${w}\t${c}`).join('\n') }
      : {}),
    info: model.info,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const headerEnd = align4(12 + headerBytes.length);
  const bucketsEnd = headerEnd + rows * 4;
  const weightsEnd = align4(bucketsEnd + rows * T * 2);
  const total = weightsEnd + (T * T + T) * 4;
  const buf = new ArrayBuffer(total);
  const bytes = new Uint8Array(buf);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(buf).setUint32(8, headerBytes.length, true);
  bytes.set(headerBytes, 12);
  const deltas = new Uint32Array(buf, headerEnd, rows);
  let prev = 0;
  let r = 0;
  for (let f = 0; f < model.rowOf.length; f++) {
    const row = model.rowOf[f] - 1;
    if (row < 0) continue;
    if (row !== r) throw new Error('model rows must be in bucket order');
    deltas[r++] = f - prev;
    prev = f;
  }
  new Int16Array(buf, bucketsEnd, rows * T).set(model.weights);
  const tail = new Float32Array(buf, weightsEnd, T * T + T);
  tail.set(model.transition, 0);
  tail.set(model.start, T * T);
  return gzipSync(bytes, { level: 9 });
}

export function parseModel(gzipped: Uint8Array): TaggerModel {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1)
    throw new ModelFormatError('big-endian machines are not supported');
  let raw: Buffer;
  try {
    raw = gunzipSync(gzipped);
  } catch {
    throw new ModelFormatError('model file is not gzip');
  }
  // copy into a fresh, aligned buffer for the typed-array views
  const buf = new ArrayBuffer(raw.length);
  const bytes = new Uint8Array(buf);
  bytes.set(raw);
  if (raw.length < 12 || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC)
    throw new ModelFormatError('not a rasad tagger model');
  const headerLength = new DataView(buf).getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as Header;
  if (header.tags.join() !== TAGS.join())
    throw new ModelFormatError('model was trained with another tag set');
  const rows = header.rows;
  const headerEnd = align4(12 + headerLength);
  const bucketsEnd = headerEnd + rows * 4;
  const weightsEnd = align4(bucketsEnd + rows * T * 2);
  if (weightsEnd + (T * T + T) * 4 !== raw.length) throw new ModelFormatError('model file is truncated');
  const rowOf = new Int32Array(1 << header.config.bits); // zero-filled: no row
  const deltas = new Uint32Array(buf, headerEnd, rows);
  let f = 0;
  for (let r = 0; r < rows; r++) {
    f += deltas[r];
    rowOf[f] = r + 1;
  }
  const weights = new Int16Array(buf, bucketsEnd, rows * T);
  const tail = new Float32Array(buf, weightsEnd, T * T + T);
  const resources: FeatureResources = {
    clusters: decodeTable(header.clusters),
    gazetteer: decodeTable(header.gazetteer),
    tagLexicon: decodeTable(header.tagLexicon),
    phrases: decodeTable(header.phrases),
    embed: decodeTable(header.embed),
    names: decodeTable(header.names),
    heads: decodeTable(header.heads),
    ...(header.vectors ? { vectors: decodeVectors(header.vectors) } : {}),
  };
  return {
    config: header.config,
    resources,
    rowOf,
    weights,
    scale: header.scale,
    transition: tail.slice(0, T * T),
    start: tail.slice(T * T),
    info: header.info,
  };
}
