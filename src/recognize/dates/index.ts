// Date recognition and resolution (issue 3, part 1). Fills doc.dates with spans over doc.text whose
// values are ISO Gregorian days, whatever calendar the text used (Solar Hijri with Iranian or Dari
// month names, Gregorian with Iranian or Afghan spellings, Hijri lunar, numeric, relative, weekdays),
// and sets doc.reference when the article gives no publication date but its own dates tell it.
// Pipeline: matching view (normalize.ts) → candidates (scan.ts) → overlaps, values (resolve.ts).
// Words and stop-contexts are data: lexicon/calendars/*.json.
import type { DateGranularity, DateMention, Doc, PipelineOptions } from '../../doc.js';
import { isoOfJdn, jdnOfIso } from './calendar.js';
import { type CalendarLexicon, calendarLexicon } from './lexicon.js';
import { matchingView } from './normalize.js';
import { type ResolveContext, resolveAll, resolveExplicit, selectCandidates, toMention } from './resolve.js';
import { scan } from './scan.js';
import { tensePatterns } from './tense.js';
import { applyTimelineYears } from './timeline.js';

export { calendarLexicon } from './lexicon.js';

/** How far after a date its clause's past verb may stand («در مهر افتتاح شد»). */
const PAST_WINDOW = 60;

function sentenceIndex(sentences: Doc['sentences']): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = sentences.length - 1;
    let ans = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid];
      if (s && s.start <= offset) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  };
}

/**
 * The text with every quotation that opens and closes inside it blanked (same length): the verbs of a
 * quotation after a date are another speaker's («در ماه جولای … با این نگرانی که کلیسا "در پی آن خواهد
 * بود …" نوشت» is a past July). A quotation the date itself stands in is kept up to its end.
 */
function unquoted(s: string): string {
  if (!s.includes('«') && !s.includes('"')) return s;
  const blank = (m: string) => ' '.repeat(m.length);
  return s.replace(/«[^«»\n]*»/g, blank).replace(/"[^"\n]*"/g, blank);
}

/** Recognizes and resolves the dates of one text against an optional reference (ISO) day. */
export function findDates(
  text: string,
  sentences: Doc['sentences'],
  published: string | null,
  lex: CalendarLexicon = calendarLexicon(),
): { dates: DateMention[]; reference: string | null } {
  // The tense words are data (lexicon/calendars/tense.json): a future word or verb, a present verb of a
  // scheduled event («جلسه روز شنبه برگزار می‌شود» reads as future after a weekday unless a past verb
  // comes first), a past verb, a subjunctive passive («… موکول شود»: not yet happened), a perfect
  // («دیده‌ایم», «گفته است»: a past too), and the words of the day itself.
  const {
    future: FUTURE,
    present: PRESENT,
    past: PAST,
    subjunctive: SUBJUNCTIVE,
    perfect: PERFECT,
    now: NOW,
    copula: COPULA,
    participleBefore: PARTICIPLE,
  } = tensePatterns();
  const view = matchingView(text);
  const sents = sentences.length ? sentences : [{ start: 0, end: text.length }];
  const sentenceOf = sentenceIndex(sents);
  const sentenceView = (i: number) => {
    const s = sents[i];
    return s ? view.slice(s.start, s.end) : '';
  };
  // Per-sentence tests are cached: a sentence with many dates is read once, not once per date.
  const cached = (re: RegExp) => {
    const memo = new Map<number, boolean>();
    return (i: number) => {
      let v = memo.get(i);
      if (v === undefined) {
        v = re.test(sentenceView(i));
        memo.set(i, v);
      }
      return v;
    };
  };
  const future = cached(FUTURE);
  /**
   * The tense the date's own words give it: a future word before the date in its clause («قرار است
   * روز شنبه …») makes it future; one in an earlier clause («پس از اینکه … رای خواهد داد، وی صبح روز
   * جمعه … قرار گرفت») does not. After the date the first verb that tells a tense decides: «روز شنبه …
   * اعلام کرد که سال آینده … خواهد کرد» is a past Saturday; a present (scheduled) or subjunctive verb
   * looks forward. null when no verb after it tells.
   */
  const PERFECT_ALL = new RegExp(PERFECT.source, 'gu');
  /** The first perfect that is not «…ه‌ای» (the indefinite «ای» after a word in «ه» looks the same). */
  const firstVerbalPerfect = (rest: string): number => {
    for (const m of rest.matchAll(PERFECT_ALL)) if (!/ای$/.test(m[0])) return m.index ?? 0;
    return Number.POSITIVE_INFINITY;
  };
  const firstTense = (
    i: number,
    offset: number,
    scheduled: boolean,
    perfect = true,
  ): 'future' | 'past' | null => {
    const s = sents[i];
    if (!s) return future(i) ? 'future' : null;
    const before = view.slice(s.start, Math.max(s.start, offset));
    const clauseStart = Math.max(before.lastIndexOf('،'), before.lastIndexOf(','), before.lastIndexOf('؛'));
    if (FUTURE.test(before.slice(clauseStart + 1))) return 'future';
    const rest = unquoted(view.slice(Math.max(offset, s.start), Math.min(s.end, offset + 200)));
    const first = (re: RegExp) => {
      const k = rest.search(re);
      return k < 0 ? Number.POSITIVE_INFINITY : k;
    };
    const fut = Math.min(
      first(FUTURE),
      scheduled ? first(PRESENT) : Number.POSITIVE_INFINITY,
      first(SUBJUNCTIVE),
    );
    const past = Math.min(first(PAST), perfect ? first(PERFECT) : firstVerbalPerfect(rest));
    if (fut === Number.POSITIVE_INFINITY && past === Number.POSITIVE_INFINITY) return null;
    return fut < past ? 'future' : 'past';
  };
  const ctx: ResolveContext = {
    sentenceOf,
    futureSentence: future,
    futureAfter: (i, offset, scheduled = true) => firstTense(i, offset, scheduled) === 'future',
    // far from the date a perfect in «ه‌ای» is mostly a noun or adjective with the indefinite «ای»
    // («جشنواره شایسته‌ای»), which next to the date the clause split keeps out: it does not count
    pastFirstAfter: (i, offset) => firstTense(i, offset, true, false) === 'past',
    pastAfter: (i, offset) => {
      if (future(i)) return false;
      const s = sents[i];
      // only the verb of the date's own clause: the reporting verb after a comma («…، اشاره کرد»)
      // or far along the sentence («… را مضر خواند») says nothing of the date
      const rest = s
        ? unquoted(view.slice(Math.max(offset, s.start), Math.min(s.end, offset + PAST_WINDOW)))
        : '';
      const clause = rest.split(/[،,؛:.()«»]/)[0] ?? '';
      const k = clause.search(PAST);
      return k >= 0 && (clause.search(PRESENT) < 0 || k < clause.search(PRESENT));
    },
    nowSentence: cached(NOW),
    copulaAfter: (i, start, end) => {
      // «روز جمعه تیم … میزبان … است»: a copula the only verb after the weekday, no participle before it
      const s = sents[i];
      if (!s) return false;
      const rest = unquoted(view.slice(Math.max(end, s.start), Math.min(s.end, end + 200)));
      if (!COPULA.test(rest) || PAST.test(rest) || PERFECT.test(rest) || SUBJUNCTIVE.test(rest)) return false;
      const before = view.slice(Math.max(s.start, start - 30), start).split(/[ \u200c]+/).filter(Boolean).slice(-3);
      return !PARTICIPLE.test(before.join(' '));
    },
  };
  const picked = applyTimelineYears(selectCandidates(scan(view, lex), text.length), view);
  const pub = published ? jdnOfIso(published) : null;
  const resolved = resolveExplicit(picked, ctx, pub);
  const ref = resolveAll(resolved, pub, ctx);
  const dates: DateMention[] = [];
  for (const r of resolved) {
    const m = toMention(r, text);
    if (m) dates.push(m);
  }
  return { dates, reference: published ?? (ref == null ? null : isoOfJdn(ref)) };
}

export function recognizeDates(doc: Doc, _options: PipelineOptions): void {
  const { dates, reference } = findDates(
    doc.text,
    doc.sentences,
    doc.meta.published ?? doc.reference ?? null,
  );
  doc.dates = dates;
  doc.reference = reference;
}

const SPECIFICITY: Record<DateGranularity, number> = { day: 0, week: 1, month: 2, year: 3 };

/**
 * For the events engineer: the most specific date mention in a sentence (index into doc.sentences),
 * or null. Day beats week beats month beats year; among equals an explicit date beats a weekday or
 * relative word, then the first in the text wins. Call it after recognizeDates has run.
 */
export function dateForSentence(doc: Doc, sentence: number): DateMention | null {
  const s = doc.sentences[sentence];
  if (!s) return null;
  let best: DateMention | null = null;
  const rank = (m: DateMention) =>
    SPECIFICITY[m.granularity] * 10 + (m.calendar === 'relative' || m.calendar === 'weekday' ? 1 : 0);
  for (const m of doc.dates) {
    if (m.start < s.start || m.start >= s.end) continue;
    if (!best || rank(m) < rank(best)) best = m;
  }
  return best;
}
