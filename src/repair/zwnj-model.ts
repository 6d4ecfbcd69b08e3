// The learned half of ZWNJ restoration: two averaged-perceptron models trained on PerDT's training
// sentences (scripts/train-zwnj-model.ts → lexicon/repair/zwnj-model.tsv) for the words and pairs the
// lexicon does not know.
//   glued: at a boundary inside a glued word (after a joining letter), was there a ZWNJ?
//          «اصولگرا» → اصول‌گرا, «جنایتکار» → جنایت‌کار
//   pair:  was the space between two words a ZWNJ? («نمایش نامه» → نمایش‌نامه)
// Features are the word forms on both sides of the boundary (whole when short, their first and last
// letters), how frequent each side is as a word (the lexicon's frequency class), and for pairs how many
// lexicon compounds share each side as first or second part, and the words before and after the pair.
// The lexicon decides first (it knows for certain); the models only speak for what it does not know,
// and the pair model only in text shown to have lost its ZWNJs to spaces.
import { readRows, ZWNJ_MODEL } from '../knowledge/schemas/tables.js';
import { readRepairLexicon } from './lexicon-path.js';
import { isNonJoining, WHOLE_CLASS, ZWNJ, type ZwnjLexicon } from './zwnj-lexicon.js';

export interface ZwnjModel {
  glued: Map<string, number>;
  pair: Map<string, number>;
  /** Score above which a boundary takes a ZWNJ (tuned on PerDT dev). */
  gluedThreshold: number;
  pairThreshold: number;
}

/** Frequency bucket of a word in the lexicon: 'u' unknown, else its hazm class / 4 (0–6). */
function bucket(lex: ZwnjLexicon, w: string): string {
  const f = lex.whole.get(w);
  if (f === undefined) return 'u';
  return String(Math.min(((f >> 2) & WHOLE_CLASS) >> 2, 6));
}

/** Features of the boundary between l and r inside a glued word. */
export function gluedFeatures(lex: ZwnjLexicon, l: string, r: string): string[] {
  const lb = bucket(lex, l);
  const rb = bucket(lex, r);
  const f = [
    'b',
    `R3:${r.slice(0, 3)}`,
    `R2:${r.slice(0, 2)}`,
    `L3:${l.slice(-3)}`,
    `L2:${l.slice(-2)}`,
    `LR:${l.slice(-1)}${r[0]}`,
    `Lb:${lb}`,
    `Rb:${rb}`,
    `LbRb:${lb}${rb}`,
    `lenl:${Math.min(l.length, 7)}`,
    `lenr:${Math.min(r.length, 7)}`,
    `RL3:${r.slice(-3)}`,
  ];
  if (r.length <= 6) f.push(`R:${r}`);
  if (l.length <= 6) f.push(`L:${l}`);
  if (r.length <= 5) f.push(`R:${r}|Lb:${lb}`);
  return f;
}

/**
 * How productive each word is as a part of a ZWNJ compound: the number of the lexicon's ZWNJ forms
 * with it as the part after (tail) or before (head) a ZWNJ. Counted once per lexicon (≈ 40,000 forms).
 * This is what generalizes to compounds no source has seen: «نمایش نامه», «مربی گری», «قبیله سالاران»
 * share their tail with many known compounds, two ordinary words do not.
 */
interface Affinity {
  of: ZwnjLexicon;
  head: Map<string, number>;
  tail: Map<string, number>;
}
let affinity: Affinity | null = null;
function affinityOf(lex: ZwnjLexicon): Affinity {
  if (affinity?.of === lex) return affinity;
  const head = new Map<string, number>();
  const tail = new Map<string, number>();
  const seen = new Set<string>();
  for (const forms of [lex.glued.values(), lex.spaced.values()])
    for (const form of forms) {
      if (seen.has(form)) continue;
      seen.add(form);
      const parts = form.split(ZWNJ);
      for (let j = 0; j + 1 < parts.length; j++) {
        head.set(parts[j] as string, (head.get(parts[j] as string) ?? 0) + 1);
        tail.set(parts[j + 1] as string, (tail.get(parts[j + 1] as string) ?? 0) + 1);
      }
    }
  affinity = { of: lex, head, tail };
  return affinity;
}

/** log2 bucket of a count: 0, 1, 2–3, 4–7, 8–15, 16+ → 0–5. */
const countBucket = (n: number): number => (n <= 0 ? 0 : Math.min(5, 32 - Math.clz32(n)));

/** Inflections stripped off a tail to find its base (نگاران → نگار, بارترین → بار). */
const TAIL_ENDINGS = ['ترین', 'تر', 'هایی', 'های', 'ها', 'انی', 'ان', 'ند', 'ای', 'ی'];

/** A neighbouring word as a feature value: whole when short (است, شد, و, را), else its last letters. */
const neighbour = (w: string): string => (w.length <= 4 ? w : `~${w.slice(-2)}`);

/**
 * Features of the space between words a and b, with the words before a (prev) and after b (next) as
 * context: «انجام شده است» is a verb and stays spaced, «کار انجام‌شده» is a participle; '' for none.
 */
export function pairFeatures(lex: ZwnjLexicon, a: string, b: string, prev = '', next = ''): string[] {
  const g = a + b;
  const ab = bucket(lex, a);
  const bb = bucket(lex, b);
  const aff = affinityOf(lex);
  // The form a‌b itself is not counted: the features must say what the rest of the lexicon knows,
  // the same for a pair the lexicon holds (in training) and one it has never seen (at run time).
  const self = lex.glued.get(g) === `${a}${ZWNJ}${b}` || lex.spaced.get(g) === `${a}${ZWNJ}${b}` ? 1 : 0;
  const tb = countBucket((aff.tail.get(b) ?? 0) - self);
  const hb = countBucket((aff.head.get(a) ?? 0) - self);
  let sb = 0;
  for (const e of TAIL_ENDINGS)
    if (b.length - e.length >= 2 && b.endsWith(e)) {
      sb = countBucket(aff.tail.get(b.slice(0, -e.length)) ?? 0);
      break;
    }
  const f = [
    `T:${tb}`,
    `H:${hb}`,
    `TH:${tb}${hb}`,
    `TRb:${tb}${bb}`,
    `HLb:${hb}${ab}`,
    `Ts:${sb}`,
    `TsRb:${sb}${bb}`,
    `RE2:${b.slice(-2)}`,
    // The four context features stay at positions 8–11 (pairScore relies on it).
    `N:${neighbour(next)}`,
    `P:${neighbour(prev)}`,
    `RN:${b.length <= 5 ? b : b.slice(0, 3)}|${neighbour(next)}`,
    `LP:${a.length <= 5 ? a : a.slice(-3)}|${neighbour(prev)}`,
    'b',
    b.length <= 6 ? `R:${b}` : 'R:long',
    `R3:${b.slice(0, 3)}`,
    `L3:${a.slice(-3)}`,
    `L2:${a.slice(-2)}`,
    `Lb:${ab}`,
    `Rb:${bb}`,
    `LbRb:${ab}${bb}`,
    // Not whether the lexicon holds a‌b: in training it holds every ZWNJ pair of PerDT's training
    // sentences (the build reads them), so the model would learn nothing but that lookup.
    `G:${bucket(lex, g)}`,
    `LR:${a.slice(-1)}${b[0]}`,
    `lenl:${Math.min(a.length, 6)}`,
    `lenr:${Math.min(b.length, 6)}`,
  ];
  if (a.length <= 5) f.push(`L:${a}`);
  if (b.length <= 5) f.push(`R:${b}|Lb:${ab}`);
  return f;
}

export function scoreOf(weights: Map<string, number>, features: string[]): number {
  let s = 0;
  for (const x of features) s += weights.get(x) ?? 0;
  return s;
}

/**
 * Parses zwnj-model.tsv: `# threshold glued|pair N` comment lines, then rows read and checked by the
 * file's format (ZWNJ_MODEL, src/knowledge/schemas/tables.ts: `glued|pair<TAB>feature<TAB>weight`).
 */
export function parseZwnjModel(text: string, file = 'lexicon/repair/zwnj-model.tsv'): ZwnjModel {
  const model: ZwnjModel = { glued: new Map(), pair: new Map(), gluedThreshold: 0, pairThreshold: 0 };
  readRows(
    file,
    text,
    ZWNJ_MODEL,
    ({ kind, feature, weight }) => {
      model[kind].set(feature, weight);
    },
    (line) => {
      const t = /^# threshold (glued|pair) (-?\d+(?:\.\d+)?)$/.exec(line);
      if (!t) return;
      if (t[1] === 'glued') model.gluedThreshold = Number(t[2]);
      else model.pairThreshold = Number(t[2]);
    },
  );
  return model;
}

let loaded: ZwnjModel | null = null;

/** The shipped model, loaded on first use. */
export function zwnjModel(): ZwnjModel {
  loaded ??= parseZwnjModel(readRepairLexicon('zwnj-model.tsv'));
  return loaded;
}

/** Boundaries inside w where a ZWNJ could matter: after a joining letter, two letters each side. */
export function candidateCuts(w: string): number[] {
  const cuts: number[] = [];
  for (let i = 2; i < w.length - 1; i++) if (!isNonJoining(w.charCodeAt(i - 1))) cuts.push(i);
  return cuts;
}

/** Suffixes a right part may start with and still be a known word + suffix (ها, های, ان …). */
const RIGHT_SUFFIXES = ['هایی', 'های', 'ها', 'ان', 'انی', 'ی', 'ای'];

/** Whether both sides of a cut are common words the lexicon knows (the right one possibly inflected). */
function knownSides(lex: ZwnjLexicon, l: string, r: string): boolean {
  // Known and not rare (hazm class ≥ 8): a rare "word" is often a piece of a name (اشم, رزا, دلو).
  const known = (x: string) => {
    if (x.length < 3) return false;
    if (lex.glued.has(x)) return true;
    const f = lex.whole.get(x);
    return f !== undefined && ((f >> 2) & WHOLE_CLASS) >= 8;
  };
  if (!known(l)) return false;
  if (known(r) || RIGHT_SUFFIXES.includes(r)) return true;
  for (const s of RIGHT_SUFFIXES)
    if (r.length - s.length >= 3 && r.endsWith(s) && known(r.slice(0, -s.length))) return true;
  return false;
}

/**
 * The ZWNJ spelling the model gives a glued word the lexicon does not know, or null. A cut must also
 * leave two words the lexicon knows, so names it has never seen stay whole (میرکاظمی, سعیدعابدین),
 * and never splits off the prefix می/نمی, which the rules handle.
 */
export function modelSplit(w: string, lex: ZwnjLexicon, model: ZwnjModel = zwnjModel()): string | null {
  if (w.length < 5 || w.length > 24) return null;
  const prefix = w.startsWith('نمی') ? 3 : w.startsWith('می') ? 2 : 0;
  const cuts = candidateCuts(w).filter(
    (i) =>
      i !== prefix &&
      knownSides(lex, w.slice(0, i), w.slice(i)) &&
      scoreOf(model.glued, gluedFeatures(lex, w.slice(0, i), w.slice(i))) > model.gluedThreshold,
  );
  if (cuts.length === 0) return null;
  let out = '';
  let from = 0;
  for (const i of cuts) {
    out += `${w.slice(from, i)}\u200c`;
    from = i;
  }
  return out + w.slice(from);
}

/** Whether the model reads the space between a and b (prev before, next after) as a lost ZWNJ. */
export function modelJoins(
  a: string,
  b: string,
  lex: ZwnjLexicon,
  model: ZwnjModel = zwnjModel(),
  prev = '',
  next = '',
): boolean {
  if (a.length < 2 || b.length < 2) return false;
  return pairScore(a, b, lex, model, prev, next) > model.pairThreshold;
}

/**
 * What pairFeatures says of a and b alone, for the pair model: the sum of the weights before the
 * context features (positions 0–7, in order), the weights after them, and the RN/LP features up to
 * their context part. The same pair recurs with other neighbours; only the four context features
 * (N, P, RN, LP at positions 8–11) then need a lookup.
 */
interface PairBase {
  head: number;
  tail: number[];
  rn: string;
  lp: string;
}
const CONTEXT_FROM = 8;
const CONTEXT_TO = 12;
let pairBasesOf: { model: ZwnjModel; lex: ZwnjLexicon } | null = null;
const pairBases = new Map<string, PairBase>();

/**
 * scoreOf(model.pair, pairFeatures(lex, a, b, prev, next)), the weights added in the same order (so
 * the same floating-point sum), with the context-free part remembered per pair.
 */
function pairScore(
  a: string,
  b: string,
  lex: ZwnjLexicon,
  model: ZwnjModel,
  prev: string,
  next: string,
): number {
  if (pairBasesOf?.model !== model || pairBasesOf.lex !== lex) {
    pairBases.clear();
    pairBasesOf = { model, lex };
  }
  const key = `${a} ${b}`;
  let base = pairBases.get(key);
  if (base === undefined) {
    const f = pairFeatures(lex, a, b);
    const w = f.map((x) => model.pair.get(x) ?? 0);
    let head = 0;
    for (let k = 0; k < CONTEXT_FROM; k++) head += w[k] as number;
    base = {
      head,
      tail: w.slice(CONTEXT_TO),
      rn: `RN:${b.length <= 5 ? b : b.slice(0, 3)}|`,
      lp: `LP:${a.length <= 5 ? a : a.slice(-3)}|`,
    };
    if (pairBases.size > 200_000) pairBases.clear();
    pairBases.set(key, base);
  }
  const nn = neighbour(next);
  const np = neighbour(prev);
  const weights = model.pair;
  let s = base.head;
  s += weights.get(`N:${nn}`) ?? 0;
  s += weights.get(`P:${np}`) ?? 0;
  s += weights.get(base.rn + nn) ?? 0;
  s += weights.get(base.lp + np) ?? 0;
  for (const x of base.tail) s += x;
  return s;
}
