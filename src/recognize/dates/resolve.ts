// Turns date candidates (scan.ts) into DateMentions: picks among overlapping matches, resolves full
// dates, infers the reference date when the article has none, then chooses the year of dates written
// without one (by the weekday, a second calendar in parentheses, the article's other dates and the
// reference) and resolves relative expressions against the reference.
import type { DateCalendar, DateGranularity, DateMention } from '../../doc.js';
import {
  addMonths,
  type CalendarKind,
  calendarOfYear,
  fromJdn,
  isoOfJdn,
  monthSpan,
  toJdn,
  weekdayOfJdn,
  weekSpan,
  yearSpan,
} from './calendar.js';
import type { MonthCalendar } from './lexicon.js';
import type { Candidate, DateParts } from './scan.js';

/** A candidate with its resolution: first and last day (JDN). */
export interface Resolved {
  cand: Candidate;
  sentence: number;
  first: number | null;
  last: number | null;
  granularity: DateGranularity;
  calendar: DateCalendar;
  /** The year came from the text itself or from hard constraints (weekday, parentheses). */
  firm: boolean;
}

export interface ResolveContext {
  /** Sentence index of a text offset. */
  sentenceOf(offset: number): number;
  /** Does the sentence speak of the future (خواهد، قرار است …)? */
  futureSentence(sentence: number): boolean;
  /** Is the clause after `offset` in the future or in the present of a scheduled event (برگزار می‌شود)? */
  futureAfter(sentence: number, offset: number, scheduled?: boolean): boolean;
  /** Is the clause after `offset` told in the past (a past or perfect verb before any present)? */
  pastAfter(sentence: number, offset: number): boolean;
  /**
   * Is the first verb after `offset` that tells a tense (within the sentence) a past or perfect one,
   * with no future word before the date in its clause? Wider than pastAfter, which reads only the
   * next few words: «در ماه ژانویه بنابر اعلام دیوان عالی … تقسیم شده بود».
   */
  pastFirstAfter(sentence: number, offset: number): boolean;
  /** Sentences that speak of today or yesterday (امروز، دیروز، روز گذشته): a dateline is near. */
  nowSentence(sentence: number): boolean;
  /** Is a present copula (است, می‌باشد) the only verb after the date, with no participle before it? */
  copulaAfter(sentence: number, start: number, end: number): boolean;
}

const KIND_ORDER: Record<Candidate['kind'], number> = {
  'day-month': 0,
  numeric: 1,
  season: 2,
  month: 2,
  count: 3,
  relative: 4,
  weekday: 5,
  year: 6,
};

/** Longest first, then by kind; keeps the matches that do not overlap an earlier pick. */
export function selectCandidates(cands: Candidate[], textLength: number): Candidate[] {
  const sorted = [...cands].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.start - b.start,
  );
  // Taken characters: a match is short (bounded repetitions), so checking its own range keeps this
  // linear in the text where comparing against every earlier pick would be quadratic.
  const taken = new Uint8Array(textLength);
  const picked: Candidate[] = [];
  outer: for (const c of sorted) {
    if (c.end <= c.start || c.end > textLength) continue;
    for (let i = c.start; i < c.end; i++) if (taken[i]) continue outer;
    taken.fill(1, c.start, c.end);
    picked.push(c);
  }
  return picked.sort((a, b) => a.start - b.start);
}

const kindOf = (cal: MonthCalendar): CalendarKind => (cal === 'afghan-persian' ? 'persian' : cal);

/** Solar Hijri year of the reference, for two-digit years; set per document by resolveExplicit. */
let refPersianYear: number | null = null;

/**
 * A two-digit year `yy` in the later of two centuries (`late`, e.g. 1400, or the one before it) that
 * does not put it more than a year after the reference year `ref`; with no reference, the later
 * century up to `lateUpTo`.
 */
function latestCentury(yy: number, late: number, ref: number | null, lateUpTo: number): number {
  const inLate = ref != null ? late + yy <= ref + 1 : yy <= lateUpTo;
  return inLate ? late + yy : late - 100 + yy;
}

function fullYear(p: DateParts): number | undefined {
  if (p.y === undefined) return undefined;
  if (!p.shortYear) return p.y;
  // «سال ۹۹ میلادی», «سال 70 میلادی»: a two-digit year with the Gregorian era word leaves out 19 or 20.
  if (p.era === 'gregorian')
    return latestCentury(p.y, 2000, refPersianYear == null ? null : refPersianYear + 622, 30);
  // «سال ۸۶», «بهمن ۵۷», «۸۶/۳/۱۰»: the Solar Hijri century is left out.
  return latestCentury(p.y, 1400, refPersianYear, 20);
}

/**
 * «محرم 1342», «۱۲ محرم ۱۳۴۲», «رمضان ۱۳۹۹»: a Hijri month written with a four-digit year and no era
 * word, where the year is a Solar Hijri year up to the reference's. Iranian writers name the lunar
 * month of a Solar year this way (the Muharram of 1342 is the uprising of June 1963), while a Hijri
 * year is always some forty years ahead of the Solar year of the same day, so an unmarked year no
 * later than the reference's Solar year is read as Solar: the lunar month (or day) that begins inside
 * it. Null when the year stays Hijri.
 */
function hijriInSolarYear(p: DateParts, y: number): [number, number] | null {
  if (p.calendar !== 'hijri' || p.era || p.shortYear || p.m === undefined || refPersianYear == null)
    return null;
  if (y < 1300 || y > refPersianYear) return null;
  const solar = yearSpan('persian', y);
  if (!solar) return null;
  const hy = fromJdn('hijri', solar[0]).y;
  for (const h of [hy, hy + 1]) {
    const span = p.d === undefined ? monthSpan('hijri', h, p.m) : null;
    const day = p.d !== undefined ? toJdn('hijri', h, p.m, p.d) : null;
    const start = span ? span[0] : day;
    if (start == null || start < solar[0] || start > solar[1]) continue;
    return span ?? [start, start];
  }
  return null;
}

function yearCalendar(p: DateParts, y: number): CalendarKind | null {
  if (p.era) return p.era;
  return calendarOfYear(y);
}

const labelOf = (k: CalendarKind): DateCalendar => k;

/** Step 1: everything whose value the text fixes by itself. */
export function resolveExplicit(
  cands: Candidate[],
  ctx: ResolveContext,
  published: number | null = null,
): Resolved[] {
  refPersianYear = published == null ? null : fromJdn('persian', published).y;
  const out: Resolved[] = [];
  for (const cand of cands) {
    const sentence = ctx.sentenceOf(cand.start);
    const r: Resolved = {
      cand,
      sentence,
      first: null,
      last: null,
      granularity: 'day',
      calendar: 'relative',
      firm: false,
    };
    const p = cand.parts;
    if (cand.kind === 'day-month' && p) {
      r.calendar = p.calendar;
      const y = fullYear(p);
      const solar = y === undefined ? null : hijriInSolarYear(p, y);
      if (solar) {
        r.first = r.last = solar[0];
        r.firm = true;
      } else if (y !== undefined) {
        const j = toJdn(kindOf(p.calendar), y, p.m ?? 0, p.d ?? 0);
        if (j == null) continue;
        r.first = r.last = j;
        r.firm = true;
      }
    } else if (cand.kind === 'month' && p) {
      r.calendar = p.calendar;
      r.granularity = 'month';
      const y = fullYear(p);
      const solar = y === undefined ? null : hijriInSolarYear(p, y);
      if (solar) {
        [r.first, r.last] = solar;
        r.firm = true;
      } else if (y !== undefined) {
        const span = monthSpan(kindOf(p.calendar), y, p.m ?? 0);
        if (!span) continue;
        [r.first, r.last] = span;
        r.firm = true;
      }
    } else if (cand.kind === 'numeric' && p) {
      const y = fullYear(p) ?? 0;
      const cal = p.shortYear ? 'persian' : calendarOfYear(y);
      if (!cal) continue;
      let [m, d] = [p.m ?? 0, p.d ?? 0];
      if (m > 12 && d <= 12) [m, d] = [d, m];
      const j = toJdn(cal, y, m, d);
      if (j == null) continue;
      r.calendar = labelOf(cal);
      r.first = r.last = j;
      r.firm = true;
    } else if (cand.kind === 'year' && p) {
      const y = fullYear(p) ?? 0;
      const cal = p.shortYear ? (p.era === 'gregorian' ? 'gregorian' : 'persian') : yearCalendar(p, y);
      if (!cal) continue;
      const span = yearSpan(cal, y);
      if (!span) continue;
      r.calendar = labelOf(cal);
      r.granularity = 'year';
      [r.first, r.last] = span;
      // «سال‌های 86-1377»: through the end of the last year
      const to = cand.yearTo === undefined ? null : yearSpan(cal, cand.yearTo);
      if (to) r.last = to[1];
      if (cand.fromMehr && cand.yearTo !== undefined) {
        const mehr = monthSpan('persian', y, 7);
        const shahrivar = monthSpan('persian', cand.yearTo, 6);
        if (mehr && shahrivar) [r.first, r.last] = [mehr[0], shahrivar[1]];
      }
      r.firm = true;
    } else if (cand.kind === 'season' && p) {
      // a season is reported as its three months (DateGranularity has no season)
      r.granularity = 'month';
      const y = p.y !== undefined ? fullYear(p) : undefined;
      if (y !== undefined) {
        r.calendar = 'persian';
        const span = seasonSpan(y, cand.season ?? 1);
        if (!span) continue;
        [r.first, r.last] = span;
        r.firm = true;
      }
    } else if (cand.kind === 'weekday') {
      r.calendar = 'weekday';
    } else if (cand.kind === 'relative' || cand.kind === 'count') {
      r.calendar = 'relative';
      r.granularity = cand.unit ?? 'day';
    }
    out.push(r);
  }
  return out;
}

/** First and last day of Solar Hijri season n (1 spring … 4 winter) of year y. */
function seasonSpan(y: number, n: number): [number, number] | null {
  const a = monthSpan('persian', y, 3 * n - 2);
  const b = monthSpan('persian', y, 3 * n);
  return a && b ? [a[0], b[1]] : null;
}

/** A season with امسال / سال گذشته, or the nearest one before / after the reference. */
function resolveSeason(r: Resolved, ref: number): void {
  const c = r.cand;
  const n = c.season ?? 1;
  let y = fromJdn('persian', ref).y;
  if (c.yearOffset !== undefined) y += c.yearOffset;
  else {
    const here = seasonSpan(y, n);
    if (!here) return;
    if (c.direction === 1 && here[0] <= ref) y += 1;
    if (c.direction === -1 && here[1] >= ref) y -= 1;
  }
  const span = seasonSpan(y, n);
  if (span) [r.first, r.last] = span;
}

/** Does a day satisfy what the mention says besides day and month (weekday, parentheses)? */
function satisfies(jdn: number, cand: Candidate): boolean {
  if (cand.weekday !== undefined && weekdayOfJdn(jdn) !== cand.weekday) return false;
  const q = cand.paren;
  if (q) {
    if (q.weekday !== undefined && weekdayOfJdn(jdn) !== q.weekday) return false;
    if (q.m !== undefined && q.d !== undefined) {
      const o = fromJdn(kindOf(q.calendar), jdn);
      if (o.m !== q.m || o.d !== q.d) return false;
      if (q.y !== undefined && o.y !== q.y) return false;
    } else if (q.y !== undefined) {
      if (fromJdn(kindOf(q.calendar), jdn).y !== q.y) return false;
    }
  }
  return true;
}

const hasHardConstraint = (c: Candidate) => c.weekday !== undefined || c.paren !== undefined;

export interface YearEvidence {
  reference: number | null;
  /** Days the article states in full (its other dates). */
  anchors: number[];
  /** The latest of them. */
  latest: number | null;
  /** Expected publication days from «با گذشت N ماه از …» and the anchors. */
  expectations: number[];
}

/**
 * Chooses the year of a day-month written without one. Hard: the weekday and a date in
 * parentheses must agree. Soft: near the reference (a little past is likelier than future), or
 * without one, not before the article's other dates and near what «با گذشت N ماه» implies.
 */
export function chooseDay(cand: Candidate, ev: YearEvidence): { jdn: number; firm: boolean } | null {
  const p = cand.parts;
  if (!p || p.m === undefined || p.d === undefined) return null;
  const cal = kindOf(p.calendar);
  let years: number[] = [];
  if (cand.namedYear !== undefined) {
    const j = toJdn(cal, cand.namedYear, p.m, p.d);
    return j == null ? null : { jdn: j, firm: true };
  }
  if (cand.yearOffset !== undefined && ev.reference != null && cal === 'hijri') {
    // «نیمه شعبان امسال»: «امسال» is the Solar Hijri year; take the lunar day that falls inside it.
    const span = yearSpan('persian', fromJdn('persian', ev.reference).y + cand.yearOffset);
    const hy = fromJdn('hijri', ev.reference).y + cand.yearOffset;
    for (const y of [hy - 1, hy, hy + 1]) {
      const j = toJdn(cal, y, p.m, p.d);
      if (j != null && span && j >= span[0] && j <= span[1]) return { jdn: j, firm: true };
    }
    years = [hy];
  } else if (cand.yearOffset !== undefined && ev.reference != null) {
    years = [fromJdn(cal, ev.reference).y + cand.yearOffset];
  } else if (ev.reference != null) {
    const ry = fromJdn(cal, ev.reference).y;
    years = [ry - 2, ry - 1, ry, ry + 1];
  } else if (ev.latest != null) {
    // The article is not older than the dates it reports; a few years after the latest of them.
    const y0 = fromJdn(cal, ev.latest).y;
    for (let y = y0 - 1; y <= y0 + 3; y++) years.push(y);
  } else if (cand.paren?.y !== undefined) {
    // Only the parenthesised year: try the years of this calendar that overlap it.
    const pk = kindOf(cand.paren.calendar);
    const mid = toJdn(pk, cand.paren.y, 6, 1);
    if (mid != null) {
      const y0 = fromJdn(cal, mid).y;
      years = [y0 - 1, y0, y0 + 1];
    }
  }
  const cost = (j: number): number => {
    if (ev.reference != null) {
      const delta = j - ev.reference;
      let c = delta <= 0 ? -delta : 1.5 * delta;
      if (cand.direction === -1 && delta > 0) c += 10_000;
      if (cand.direction === 1 && delta < 0) c += 10_000;
      return c;
    }
    let c = 0;
    if (ev.latest != null) c += j < ev.latest ? 3 * (ev.latest - j) : 0.05 * (j - ev.latest);
    let near = Number.POSITIVE_INFINITY;
    for (const e of ev.expectations) near = Math.min(near, Math.abs(j - e));
    if (near < Number.POSITIVE_INFINITY) c += near;
    return c;
  };
  const pick = (hard: boolean) => {
    let best: { jdn: number; c: number; n: number } | null = null;
    let n = 0;
    for (const y of years) {
      const j = toJdn(cal, y, p.m as number, p.d as number);
      if (j == null) continue;
      if (hard && !satisfies(j, cand)) continue;
      n++;
      const c = cost(j);
      if (!best || c < best.c) best = { jdn: j, c, n: 0 };
    }
    if (best) best.n = n;
    return best;
  };
  // Firm only when the constraints leave one year: «۱ اکتبر (۱۰ مهر)» fits most years and says
  // nothing about which; «پنجشنبه ۲۲ دی (۱۲ ژانویه)» fits one year in a window of five.
  const hard = hasHardConstraint(cand) ? pick(true) : null;
  if (hard) return { jdn: hard.jdn, firm: hard.n === 1 };
  if (ev.reference == null && ev.latest == null) return null;
  const soft = pick(false);
  return soft ? { jdn: soft.jdn, firm: false } : null;
}

/** A month without a year: the occurrence nearest the reference, or the one امسال/گذشته says. */
function chooseMonth(
  cand: Candidate,
  ref: number,
  future = false,
  past = false,
  leanPast = false,
): [number, number] | null {
  const p = cand.parts;
  if (!p || p.m === undefined) return null;
  const cal = kindOf(p.calendar);
  const ry = fromJdn(cal, ref).y;
  if (cand.yearOffset !== undefined) return monthSpan(cal, ry + cand.yearOffset, p.m);
  let best: { span: [number, number]; c: number } | null = null;
  for (const y of [ry - 1, ry, ry + 1]) {
    const span = monthSpan(cal, y, p.m);
    if (!span) continue;
    const [a, b] = span;
    let c: number;
    // A future verb («در مهر برگزار خواهد شد») looks forward: the current or the next such month.
    if (ref >= a && ref <= b) c = cand.direction ? 10_000 : 0;
    else if (b < ref) c = (ref - b) * (cand.direction === 1 || future ? 100 : 1);
    // A past verb («در مهر افتتاح شد») looks back: the current or the latest such month.
    // A past verb further along the sentence only leans back: it may be the reporting verb of a
    // clause the month does not belong to («… تا ماه ژوئن (تابستان آینده) … توصیف کردند»).
    else c = (a - ref) * (cand.direction === -1 || past ? 100 : leanPast ? 3 : 1.5);
    if (!best || c < best.c) best = { span, c };
  }
  return best ? best.span : null;
}

/** Relative expressions, weekdays and counts against the reference day. */
function resolveRelative(r: Resolved, ref: number, ctx: ResolveContext): void {
  const c = r.cand;
  if (c.kind === 'weekday') {
    const wd = c.weekday ?? 0;
    const refWd = weekdayOfJdn(ref);
    let j: number;
    if (c.unit === 'week') j = weekSpan(ref + 7 * (c.offset ?? 0))[0] + wd;
    else if (c.direction === -1) j = ref - ((refWd - wd + 7) % 7 || 7);
    else if (c.direction === 1) j = ref + ((wd - refWd + 7) % 7 || 7);
    else if (ctx.futureAfter(r.sentence, c.end) || ctx.copulaAfter(r.sentence, c.start, c.end))
      j = ref + ((wd - refWd + 7) % 7);
    else j = ref - ((refWd - wd + 7) % 7);
    r.first = r.last = j;
    r.granularity = 'day';
    return;
  }
  const unit = c.unit ?? 'day';
  const n = c.offset ?? 0;
  r.granularity = unit;
  if (unit === 'day') {
    r.first = r.last = ref + n;
  } else if (unit === 'week') {
    [r.first, r.last] = weekSpan(ref + 7 * n);
  } else if (unit === 'month') {
    const cal = c.gregorian ? 'gregorian' : 'persian';
    const p = fromJdn(cal, ref);
    const t = addMonths(p.y, p.m, n);
    if (c.dayOfMonth !== undefined) {
      // «دوازدهم ماه جاری»: one day of that month
      const j = toJdn(cal, t.y, t.m, c.dayOfMonth);
      if (j != null) {
        r.first = r.last = j;
        r.granularity = 'day';
      }
      return;
    }
    const span = monthSpan(cal, t.y, t.m);
    if (span) [r.first, r.last] = span;
  } else {
    const cal = c.gregorian ? 'gregorian' : 'persian';
    const here = fromJdn(cal, ref);
    // «تعطیلات نوروزی سال جدید» written in Esfand: the year that begins at the coming Nowruz
    const ahead = c.newYearFrom !== undefined && !c.gregorian && here.m >= c.newYearFrom ? 1 : 0;
    const span = yearSpan(cal, here.y + n + ahead);
    if (span) [r.first, r.last] = span;
  }
}

const UNIT_DAYS = { day: 1, week: 7, month: 30.44, year: 365.25 } as const;

/** Steps 2–4: reference, years of day-months, relative expressions. Returns the reference used. */
export function resolveAll(rs: Resolved[], published: number | null, ctx: ResolveContext): number | null {
  const anchors = rs
    .filter((r) => r.firm && r.granularity === 'day' && r.first != null)
    .map((r) => r.first as number);
  let latest: number | null = null;
  for (const a of anchors) if (latest == null || a > latest) latest = a;
  // «با گذشت N ماه از X»: publication ≈ X + N months, X one of the article's dates (bounded work).
  const expectations: number[] = [];
  for (const r of rs) {
    if (!r.cand.since || expectations.length > 200) continue;
    const days = UNIT_DAYS[r.cand.unit ?? 'day'] * -(r.cand.offset ?? 0);
    for (const a of anchors.slice(0, 50)) expectations.push(Math.round(a + days));
  }
  let ref = published;
  const dayMonths = rs.filter((r) => r.cand.kind === 'day-month' && r.first == null);
  if (ref == null) {
    for (const r of dayMonths) {
      if (!hasHardConstraint(r.cand)) continue;
      const got = chooseDay(r.cand, { reference: null, anchors, latest, expectations });
      if (got?.firm) {
        r.first = r.last = got.jdn;
        r.firm = true;
      }
    }
    ref = inferReference(rs, ctx);
  }
  for (const r of dayMonths) {
    if (r.first != null) continue;
    let cand = r.cand;
    // «مراسم تاسوعا و عاشورا برگزار شد», «دهم ماه محرم … برگزار شد»: a lunar day without a year
    // follows the tense of its clause (they are named as occasions of the coming or the past year)
    if ((cand.lunarName || cand.parts?.calendar === 'hijri') && cand.direction === undefined && ref != null) {
      if (ctx.pastAfter(r.sentence, cand.end)) cand = { ...cand, direction: -1 };
      else if (ctx.futureAfter(r.sentence, cand.end)) cand = { ...cand, direction: 1 };
    } else if (cand.direction === undefined && ref != null && ctx.futureAfter(r.sentence, cand.end, false)) {
      // «اگر … در تاریخ ۲۹ مارس خارج شود»: a future or subjunctive verb puts a day of another year
      // ahead (a present verb does not: «حماسه ۹ دی فراموش نمی‌شود» is a past day)
      cand = { ...cand, direction: 1 };
    }
    const got = chooseDay(cand, { reference: ref, anchors, latest, expectations });
    if (got) {
      r.first = r.last = got.jdn;
      r.firm = got.firm;
    }
  }
  if (ref == null) return null;
  for (const r of rs) {
    if (r.first != null) continue;
    if (r.cand.kind === 'month') {
      // A month alone leans back when the first verb after it is past, however far along its
      // sentence (the nearest such month may otherwise be the coming one: «در ماه ژانویه … تقسیم شده
      // بود» written in September is the January before).
      const span = chooseMonth(
        r.cand,
        ref,
        ctx.futureAfter(r.sentence, r.cand.end),
        ctx.pastAfter(r.sentence, r.cand.end),
        ctx.pastFirstAfter(r.sentence, r.cand.end),
      );
      if (span) [r.first, r.last] = span;
    } else if (r.cand.kind === 'season') {
      resolveSeason(r, ref);
    } else if (r.cand.kind === 'weekday' || r.cand.kind === 'relative' || r.cand.kind === 'count') {
      // «پدرش سه سال بعد فوت کرد», «سال بعد در المپیک مسابقه داد»: «N later» told in the past counts
      // from the story's own time, not from the publication: no date
      if (r.cand.later && ctx.pastFirstAfter(r.sentence, r.cand.end)) continue;
      resolveRelative(r, ref, ctx);
    }
  }
  return ref;
}

/**
 * The publication date of an article that does not give one: among its firm day dates, those in the
 * first sentence, with their (matching) weekday, or in a sentence that says «امروز» / «دیروز» are
 * datelines; the latest of them wins. Without a dateline nothing is inferred: an article's other
 * full dates are mostly history (۲۲ بهمن ۱۳۵۷), and a wrong reference would misdate every «امروز».
 */
export function inferReference(rs: Resolved[], ctx: ResolveContext): number | null {
  const days = rs.filter((r) => r.firm && r.granularity === 'day' && r.first != null);
  if (days.length === 0) return null;
  const lines = days.filter(
    (r) =>
      r.sentence === 0 ||
      (r.cand.weekday !== undefined && weekdayOfJdn(r.first as number) === r.cand.weekday) ||
      ctx.nowSentence(r.sentence),
  );
  if (lines.length === 0) return null;
  let best = lines[0]?.first as number;
  for (const r of lines) if ((r.first as number) > best) best = r.first as number;
  // A later period named in the article (سال ۹۶ after «۲۲ بهمن ۱۳۵۷» in the first sentence) means the
  // day is history, not the dateline.
  for (const r of rs) if (r.firm && r.first != null && r.first > best) return null;
  return best;
}

export function toMention(r: Resolved, text: string): DateMention | null {
  if (r.first == null) return null;
  const m: DateMention = {
    start: r.cand.start,
    end: r.cand.end,
    text: text.slice(r.cand.start, r.cand.end),
    value: isoOfJdn(r.first),
    granularity: r.granularity,
    calendar: r.calendar,
  };
  if (r.granularity !== 'day' && r.last != null) m.until = isoOfJdn(r.last);
  return m;
}
