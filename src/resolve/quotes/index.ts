// Quotes: direct «…» quotations and indirect reported speech (… گفت که …، نوشت که …، به گفته X …),
// each with its speaker and the chain of reporters from the outermost to the innermost speaker
// («حافظ ضیا احمد … نوشت: «متقی صاحب گفت که …»» → chain [حافظ ضیا احمد, متقی]). One or two words in
// guillemets with no verb of saying («موثری»، «خاصی») are emphasis, not quotes.

import type { Doc, PipelineOptions, Quote } from '../../doc.js';
import { grammarLexicon } from '../../grammar/grammar-lexicon.js';
import { type SentenceView, sentenceViews, viewAt } from '../../grammar/sentence-view.js';
import { isRegexSpace } from '../../text/spaces.js';
import { partitionPoint } from '../../text/span-index.js';
import { findPhrase, findSpeechActs, type SpeechAct } from './speech-acts.js';
import { speechLexicon } from './speech-lexicon.js';

interface Pair {
  open: number;
  close: number;
}

/** Matching «…» pairs, nested ones included, in one pass. */
export function guillemetPairs(text: string): Pair[] {
  const pairs: Pair[] = [];
  const stack: number[] = [];
  if (text.indexOf('«') === -1) return pairs;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xab) stack.push(i);
    else if (c === 0xbb && stack.length > 0) pairs.push({ open: stack.pop() as number, close: i });
  }
  return pairs.sort((a, b) => a.open - b.open);
}

/** Index of the first value greater than `pos` in an ascending list. */
function firstAfter(sorted: readonly number[], pos: number): number {
  return partitionPoint(sorted.length, (i) => sorted[i] <= pos);
}

function countWords(text: string, start: number, end: number, cap: number): number {
  let n = 0;
  for (const _ of text.slice(start, Math.min(end, start + 40 * (cap + 1))).matchAll(/[\p{L}\p{N}]+/gu))
    if (++n > cap) break;
  return n;
}

function compactChain(ids: Array<string | null>): string[] {
  const out: string[] = [];
  for (const id of ids) if (id && out[out.length - 1] !== id) out.push(id);
  return out;
}

/** Marks trimmed off a quotation's start: spaces, «:» and quotation marks. */
const LEADING = new Set([...':«»"“”'].map((c) => c.charCodeAt(0)));
/** Marks trimmed off its end: the same and final punctuation. */
const TRAILING = new Set([...'.؟?!،:«»"“”'].map((c) => c.charCodeAt(0)));

/**
 * Trims a quotation's span of spaces, quotation marks and final punctuation. A run of such
 * characters is walked once and remembered for every position on it: nested quotations («««…»»»)
 * share one run of closers, and re-walking it for every quotation would be quadratic (issue 10).
 * Only the runs next to quotations are walked, not the whole text.
 */
class SpanTrimmer {
  /** runEnd[i] + 1: the first position at or after i that is not a leading mark (0: not known yet). */
  private readonly runEnd: Int32Array;
  /** runStart[i] + 1: the first position of the run of trailing marks that ends at i (0: not known). */
  private readonly runStart: Int32Array;

  constructor(private readonly text: string) {
    this.runEnd = new Int32Array(text.length + 1);
    this.runStart = new Int32Array(text.length + 1);
  }

  private leadingEnd(start: number): number {
    const text = this.text;
    let j = start;
    while (j < text.length && this.runEnd[j] === 0) {
      const c = text.charCodeAt(j);
      if (!LEADING.has(c) && !isRegexSpace(c)) break;
      j++;
    }
    const to = j < text.length && this.runEnd[j] !== 0 ? this.runEnd[j] - 1 : j;
    for (let i = start; i <= j && i <= text.length; i++) this.runEnd[i] = to + 1;
    return to;
  }

  private trailingStart(end: number): number {
    const text = this.text;
    let j = end;
    while (j > 0 && this.runStart[j] === 0) {
      const c = text.charCodeAt(j - 1);
      if (!TRAILING.has(c) && !isRegexSpace(c)) break;
      j--;
    }
    const from = this.runStart[j] !== 0 ? this.runStart[j] - 1 : j;
    for (let i = j; i <= end; i++) this.runStart[i] = from + 1;
    return from;
  }

  trim(start: number, end: number): { start: number; end: number } {
    const s = Math.min(end, this.leadingEnd(start));
    return { start: s, end: Math.max(s, this.trailingStart(end)) };
  }
}

export function findQuotes(doc: Doc, _options: PipelineOptions): void {
  const g = grammarLexicon();
  const sp = speechLexicon();
  const views = sentenceViews(doc);
  const acts = findSpeechActs(views, g, sp);
  const actStart = (a: SpeechAct) => views[a.view].words[a.first].start;
  const quotes: Quote[] = [];
  const pairs = guillemetPairs(doc.text);
  const trimmer = new SpanTrimmer(doc.text);

  // Direct quotes.
  const actsByView = new Map<number, SpeechAct[]>();
  for (const a of acts) {
    const list = actsByView.get(a.view);
    if (list) list.push(a);
    else actsByView.set(a.view, [a]);
  }
  const starts = acts.map(actStart);
  const startsByView = new Map<number, number[]>();
  for (const [v, list] of actsByView) startsByView.set(v, list.map(actStart));
  // nextReported[k]: the first act at or after k that reports speech with a speaker. Looked up
  // rather than scanned per quotation, which nested quotations would make quadratic (issue 10).
  const nextReported = new Array<number>(acts.length + 1);
  nextReported[acts.length] = acts.length;
  for (let k = acts.length - 1; k >= 0; k--)
    nextReported[k] = acts[k].kind !== 'direct' && acts[k].speaker ? k : (nextReported[k + 1] as number);
  const direct: Array<Pair & { speaker: string | null; view: number }> = [];
  for (const pair of pairs) {
    const v = viewAt(views, pair.open);
    const view = v >= 0 ? views[v] : null;
    // The verb of saying nearest before the quotation in its sentence («او گفت: «…»»).
    let act: SpeechAct | null = null;
    const inView = actsByView.get(v) ?? [];
    const k = firstAfter(startsByView.get(v) ?? [], pair.open - 1);
    if (k > 0) act = inView[k - 1];
    const colonBefore = /:\s*$/.test(doc.text.slice(Math.max(0, pair.open - 4), pair.open));
    const words = countWords(doc.text, pair.open + 1, pair.close, sp.emphasisMaxWords);
    const introduced =
      colonBefore ||
      (act !== null &&
        act.kind === 'direct' &&
        view !== null &&
        view.words[act.contentFrom]?.start === pair.open);
    if (words <= sp.emphasisMaxWords && !introduced) continue;
    if (!act && !colonBefore) continue;
    const speaker = act?.speaker ?? null;
    // The innermost speaker: a verb of saying inside the quotation («کابلوف افزود که …»).
    let inner: string | null = act?.source ?? null;
    if (!inner) {
      const k = nextReported[firstAfter(starts, pair.open)] as number;
      if (k < acts.length && starts[k] < pair.close) inner = acts[k].speaker;
    }
    const span = trimmer.trim(pair.open + 1, pair.close);
    direct.push({ ...pair, speaker, view: v });
    quotes.push({ ...span, direct: true, speaker, chain: compactChain([speaker, inner]) });
  }
  const opens = pairs.map((p) => p.open).sort((a, b) => a - b);
  const directOpens = direct.map((d) => d.open);

  // Indirect quotes: «… گفت که …», «… اعلام کرد: …» (no guillemets), «به گفته X، …».
  for (const a of acts) {
    if (a.kind === 'direct') continue;
    const view = views[a.view];
    const from = view.words[a.contentFrom]?.start;
    if (from === undefined) continue;
    let end = view.end;
    const nextOpen = opens[firstAfter(opens, from - 1)];
    if (nextOpen !== undefined && nextOpen < end) end = nextOpen;
    // The innermost quotation around it: among the last quotations opened before it (they nest
    // only a few deep), the one opened last that is still open.
    let enclosing: (Pair & { speaker: string | null }) | undefined;
    const before = firstAfter(directOpens, from - 1);
    for (let k = before - 1; k >= 0 && k >= before - 16; k--) {
      const d = direct[k];
      if (d.close > from && (!enclosing || d.open > enclosing.open)) enclosing = d;
    }
    if (enclosing && enclosing.close < end) end = enclosing.close;
    const span = trimmer.trim(from, end);
    if (span.end <= span.start) continue;
    const outer = enclosing && enclosing.speaker !== a.speaker ? enclosing.speaker : null;
    quotes.push({
      ...span,
      direct: false,
      speaker: a.speaker,
      chain: compactChain([outer, a.speaker, a.source]),
    });
  }
  for (const view of views) quotes.push(...accordingTo(view, sp.accordingTo, trimmer));

  quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  doc.quotes = quotes;
}

/** «به گفته X، …»: X is the speaker of the rest of the sentence. */
function accordingTo(view: SentenceView, phrases: readonly string[][], trimmer: SpanTrimmer): Quote[] {
  const out: Quote[] = [];
  for (const phrase of phrases) {
    const at = findPhrase(view, phrase, 0, view.words.length);
    if (at < 0) continue;
    const slot = view.actors.find((s) => s.first === at || s.first === at + 1);
    if (!slot) continue;
    let w = slot.last + 1;
    while (w < view.words.length && view.words[w].key !== '،' && w <= slot.last + 8) w++;
    if (w >= view.words.length - 1 || view.words[w].key !== '،') continue;
    const span = trimmer.trim(view.words[w + 1].start, view.end);
    if (span.end > span.start) out.push({ ...span, direct: false, speaker: slot.actor, chain: [slot.actor] });
  }
  return out;
}
