// Place mentions: gazetteer names found in the token stream, with the cue in front of them (the
// preposition and head words: «در ولایت ننگرهار», «به شهر مشهد», «از مسکو») and the entry they are
// linked to. A name that is also a common word or a person's name (weak: «دوشنبه», «آذر», most
// district names) counts only after a place cue; any name inside a date («روز دوشنبه») or a
// person's name is not a place.
import type { Doc, Token } from '../../doc.js';
import { SpanIndex } from '../../text/span-index.js';
import { letterKey } from '../actors/letter-key.js';
import { placeCues } from './cues.js';
import { type GazetteerIndex, type Place, placeGazetteer } from './gazetteer.js';

/** How the text introduces the place. */
export type PlaceCue = 'in' | 'to' | 'from' | 'dateline' | 'bureau' | 'head' | 'topic' | 'none';

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** Token indices (inclusive) of the name. */
  first: number;
  last: number;
  cue: PlaceCue;
  /** The head word before the name, when there is one (شهر, ولایت, استان, کشور …). */
  head: string | null;
  /** Every entry so named, best first; `place` is the one chosen. */
  candidates: readonly Place[];
  place: Place;
}

const key = (w: string) => letterKey(w);

// The head words, prepositions and topic words: lexicon/places/cues.json (read at first use).
/**
 * A weak name is a place only after one of these (the preposition alone is not enough for «از»/«به»);
 * the agency's dateline and bureau («خبرگزاری فارس از تنگستان», «خبرنگار فارس در ولسوالی …») name places.
 */
const STRONG_FOR_WEAK: ReadonlySet<PlaceCue> = new Set(['in', 'head', 'dateline', 'bureau']);

/** Items overlapping a span (the shared span index, src/text/span-index.ts). */
export function overlapIndex<T extends { start: number; end: number }>(
  items: readonly T[],
): (start: number, end: number) => T[] {
  const ix = new SpanIndex(items);
  return (start, end) => ix.overlapping(start, end);
}

/** Country salience: how often each country is named in the article (places and coded actors). */
function salience(doc: Doc, hits: Array<{ candidates: readonly Place[] }>): Map<string, number> {
  const n = new Map<string, number>();
  for (const h of hits) {
    const countries = new Set(h.candidates.map((p) => p.country));
    if (countries.size === 1) {
      const [c] = countries;
      n.set(c, (n.get(c) ?? 0) + 1);
    }
  }
  for (const a of doc.actors) {
    const c = a.country ?? (a.code && /^[A-Z]{3}/.test(a.code) ? a.code.slice(0, 3) : null);
    if (c) n.set(c, (n.get(c) ?? 0) + a.mentions.length);
  }
  return n;
}

function choose(candidates: readonly Place[], head: string | null, salient: Map<string, number>): Place {
  let pool = candidates;
  if (head) {
    const want = placeCues().headKinds.get(key(head)) ?? null;
    const fit = want ? pool.filter((p) => p.kind === want) : [];
    if (fit.length > 0) pool = fit;
  }
  if (new Set(pool.map((p) => p.country)).size > 1) {
    const best = Math.max(...pool.map((p) => salient.get(p.country) ?? 0));
    if (best > 0) pool = pool.filter((p) => (salient.get(p.country) ?? 0) === best);
  }
  return pool[0];
}

/** The cue of a name starting at token `first`: preposition and head words before it. */
function cueOf(
  tokens: readonly Token[],
  first: number,
  sentenceStart: number,
): { cue: PlaceCue; head: string | null } {
  const cues = placeCues();
  let k = first - 1;
  while (k >= sentenceStart && cues.quotes.has(tokens[k].text)) k--;
  let head: string | null = null;
  let heads = 0;
  while (k >= sentenceStart && heads < 3 && cues.heads.has(tokens[k].key)) {
    if (head === null) head = tokens[k].text;
    k--;
    heads++;
  }
  if (k < sentenceStart) return { cue: head ? 'head' : 'none', head };
  const w = tokens[k].key;
  if (cues.in.has(w) || cues.from.has(w)) {
    // «به گزارش خبرگزاری … از مسکو،», «به گزارش خبرنگار فارس در اسلام‌آباد،»: the dateline, in the
    // sentence's opening before its first comma (a source «به نقل از پاکستان تودی» is no place).
    // (At most the sentence's first 16 tokens: a dateline opens it, and a longer look is quadratic.)
    const opening = tokens.slice(sentenceStart, Math.min(k, sentenceStart + 16)).map((t) => t.key);
    if (k - sentenceStart > 16) opening.push('،');
    if (opening[0] === key('به') && opening[1] === key('گزارش') && !opening.includes('،')) {
      const quoted = opening.length >= 2 && opening[opening.length - 1] === key('نقل');
      if (quoted) return { cue: 'none', head };
      // «به گزارش خبرنگار فارس در اسلام‌آباد»: a correspondent's bureau, which covers a whole region.
      return { cue: opening.includes(key('خبرنگار')) ? 'bureau' : 'dateline', head };
    }
    if (cues.from.has(w)) return { cue: 'from', head };
    // «تحولات در عراق», «جنگ علیه داعش در سوریه» are topics; «امنیت در استان الانبار» still names a
    // province, a scene.
    if (head === null)
      for (let b = k - 1, words = 0; b >= sentenceStart && words < 3; b--) {
        const t = tokens[b].key;
        if (cues.topicNouns.has(t)) return { cue: 'topic', head };
        if (/^[،,.:؛!?؟]$/.test(t)) break;
        // «به ویژه», «از جمله»: adverbs inside the noun phrase do not count.
        if (!cues.nounPhraseAdverbs.has(t)) words++;
      }
    return { cue: 'in', head };
  }
  if (cues.to.has(w)) return { cue: 'to', head };
  // «بر سر منطقه قره‌باغ», «درباره افغانستان», «در خصوص عراق»: what is talked about.
  if (cues.topicPrepositions.has(w)) return { cue: 'topic', head };
  return { cue: head ? 'head' : 'none', head };
}

const MAX_NAME_WORD = 48;

/** Every place mention of the article, in text order (longest name first at each token). */
export function findPlaces(doc: Doc, index: GazetteerIndex = placeGazetteer()): PlaceMention[] {
  const tokens = doc.tokens;
  // No place name has a word this long; a run-on "word" of thousands of letters is skipped unkeyed.
  const tokenKeys = tokens.map((t) => (t.text.length > MAX_NAME_WORD ? '' : t.key));
  const raw: Array<{ first: number; last: number; candidates: readonly Place[]; weak: boolean }> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!index.prefixes.has(tokenKeys[i])) continue;
    let found: { first: number; last: number; candidates: readonly Place[]; weak: boolean } | null = null;
    const sentence = tokens[i].sentence;
    let k = '';
    for (let j = i; j < tokens.length && j < i + index.maxWords && tokens[j].sentence === sentence; j++) {
      k += tokenKeys[j];
      if (!index.prefixes.has(k)) break;
      const hit = index.byKey.get(k);
      if (hit) found = { first: i, last: j, candidates: hit, weak: index.weakKeys.has(k) };
    }
    if (found) {
      raw.push(found);
      i = found.last;
    }
  }
  const salient = salience(doc, raw);
  const sentenceStarts = new Map<number, number>();
  tokens.forEach((t, i) => {
    if (!sentenceStarts.has(t.sentence)) sentenceStarts.set(t.sentence, i);
  });
  const datesAt = overlapIndex(doc.dates);
  const entitiesAt = overlapIndex(doc.entities);
  const out: PlaceMention[] = [];
  const notPlaceBefore = placeCues().notPlaceBefore;
  for (const h of raw) {
    const start = tokens[h.first].start;
    const end = tokens[h.last].end;
    const before = h.first > 0 ? tokens[h.first - 1].key : '';
    if (notPlaceBefore.has(before)) continue;
    const { cue, head } = cueOf(tokens, h.first, sentenceStarts.get(tokens[h.first].sentence) ?? 0);
    // A date is no place — except a bare weekday name right after «در»/«به»/«از» («در دوشنبه»): Persian
    // dates a weekday «روز دوشنبه» or «دوشنبه», never «در دوشنبه».
    const date = datesAt(start, end)[0];
    const cityNotDay =
      date?.calendar === 'weekday' &&
      date.start === start &&
      date.end === end &&
      (cue === 'in' || cue === 'to' || cue === 'from');
    if (date && !cityNotDay) continue;
    const entity = entitiesAt(start, end)[0] ?? null;
    if (entity && entity.type === 'PER' && entity.source !== 'pattern') continue;
    // «به عربستان، امارات و کویت سفر کند»: a name listed after a cued one shares its cue.
    const prev = out[out.length - 1];
    const joiner = h.first > 0 ? tokens[h.first - 1].text : '';
    let cue2 = cue;
    let head2 = head;
    if (
      cue === 'none' &&
      prev &&
      prev.sentence === tokens[h.first].sentence &&
      prev.last >= h.first - 4 &&
      (joiner === '،' || joiner === 'و')
    ) {
      cue2 = prev.cue;
      head2 = prev.head;
    }
    const strong = h.weak ? [] : h.candidates.filter((p) => !p.weak);
    // A name that begins with its own head word («شهرستان صحنه», «ولسوالی چرخ») is cued by it.
    const selfHeaded = h.last > h.first && placeCues().heads.has(tokens[h.first].key);
    const candidates = STRONG_FOR_WEAK.has(cue2) || selfHeaded ? h.candidates : strong;
    if (candidates.length === 0) continue;
    out.push({
      start,
      end,
      text: doc.text.slice(start, end),
      sentence: tokens[h.first].sentence,
      first: h.first,
      last: h.last,
      cue: cue2,
      head: head2,
      candidates,
      place: choose(candidates, head2, salient),
    });
  }
  return out;
}
