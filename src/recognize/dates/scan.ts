// Finds date-like expressions in the matching view of a text (normalize.ts) and parses their parts.
// One precompiled regex per kind of expression; every repetition is bounded and alternatives are
// plain word lists, so matching stays linear. Which matches are real dates is decided here (stop
// contexts, ambiguous names) but not what day they denote: resolve.ts does that.
import { type CalendarLexicon, keyOf, type MonthCalendar, type Unit } from './lexicon.js';

export type CandidateKind =
  | 'day-month'
  | 'month'
  | 'numeric'
  | 'year'
  | 'weekday'
  | 'relative'
  | 'count'
  | 'season';

/** A date in one calendar, possibly partial. */
export interface DateParts {
  calendar: MonthCalendar;
  y?: number;
  m?: number;
  d?: number;
  /** The year was written with two digits (سال ۸۶, بهمن ۵۷). */
  shortYear?: boolean;
  /** Explicit era word after the year (میلادی, قمری, شمسی). */
  era?: 'gregorian' | 'hijri' | 'persian';
}

export interface Candidate {
  start: number;
  end: number;
  kind: CandidateKind;
  parts?: DateParts;
  /** Weekday written with the date (Saturday = 0). */
  weekday?: number;
  /** A second date in parentheses that names the same day (or just its weekday). */
  paren?: DateParts & { weekday?: number };
  /** امسال, سال گذشته … after a month or day-month; unit and offset relative to the reference. */
  yearOffset?: number;
  /** گذشته / آینده after a weekday or month: the nearest one before / after the reference. */
  direction?: -1 | 1;
  /** Relative expressions: unit and offset. */
  unit?: Unit;
  offset?: number;
  /** «با گذشت N ماه از …»: a duration since some earlier date. */
  since?: boolean;
  /** A day-month with a written cardinal day (سه تیر) is weaker evidence. */
  wordDay?: boolean;
  /** A relative year or month marked «میلادی»: counted in Gregorian years or months. */
  gregorian?: boolean;
  /** A historical day named without its year (کودتای ۲۸ مرداد): the year named-days.json gives. */
  namedYear?: number;
  /** «دوازدهم ماه جاری»: that day of the relative month. */
  dayOfMonth?: number;
  /** A named day of the lunar year (عاشورا): its year follows the tense. */
  lunarName?: boolean;
  /** A Solar Hijri season (1 spring … 4 winter): «بهار امسال», «زمستان سال ۹۵». */
  season?: number;
  /** 'ماه' was written with the month name. */
  withMah?: boolean;
  /** «سال جدید»: the next Solar year when the reference is in this month or later. */
  newYearFrom?: number;
  /** «سال‌های 86-1377»: the last year of a span of years (the first is parts.y). */
  yearTo?: number;
  /** «سال تحصیلی 94-1393»: a school or farming year, 1 Mehr of parts.y to the end of Shahrivar of yearTo. */
  fromMehr?: boolean;
  /** «سه سال بعد», «سال بعد»: forward with a word of relative.json laterInNarrative; with a past verb it
   * is «N later» in a story, counted from another event (resolve drops it). */
  later?: boolean;
}

// Patterns are compiled without the 'u' flag (much faster scanning in V8); letters are the Arabic
// script blocks and Latin. The left word boundary is checked in code (leftOk), not with a
// lookbehind, which would keep the engine from skipping quickly over positions that cannot start a match.
const LETTER =
  '\\u0610-\\u061A\\u0620-\\u065F\\u066E-\\u06D3\\u06D5-\\u06EF\\u06FA-\\u06FF\\u0750-\\u077F\\uFB50-\\uFDFF\\uFE70-\\uFEFFA-Za-z';
const S = '[ \\u200c\\t]';
const L = '';
const R = `(?![${LETTER}\\d]|\\u200c[${LETTER}])`;
/** After a month word: like R, but a year of two digits or more may be glued on («بهمن ماه1381»). */
const R_YEAR = `(?![${LETTER}]|\\d(?!\\d)|\\u200c[${LETTER}])`;
const LEFT_BLOCK = new RegExp(`[${LETTER}\\d\\u200c]`);

/** No letter, digit or ZWNJ right before pos: a match starts a word. */
function leftOk(view: string, pos: number): boolean {
  return pos === 0 || !LEFT_BLOCK.test(view[pos - 1] ?? '');
}
// Era words after a year: the full words come from scan-words.json; the one-letter and dotted
// abbreviations (ه.ش, ه‌ق, م) are spelling, kept in the pattern.
const era = (name: string, words: string) =>
  `(?:${S}{0,2}(?<${name}>${words}|ه\\u200c?\\.?${S}?ش|ه\\u200c?\\.?${S}?ق|ش|م|ق)\\.?${R})?`;

interface Compiled {
  dayMonth: RegExp;
  month: RegExp;
  numeric: RegExp;
  yearWords: RegExp;
  yearRange: RegExp;
  year: RegExp;
  weekday: RegExp;
  relative: RegExp;
  count: RegExp;
  parenInner: RegExp;
  season: RegExp;
  lunarDay: RegExp;
  ordinalBefore: RegExp;
  gregorianAfter: RegExp;
}

const compiledFor = new WeakMap<CalendarLexicon, Compiled>();

function compile(lex: CalendarLexicon): Compiled {
  const c = compiledFor.get(lex);
  if (c) return c;
  const { month: MONTH, weekday: WD, dayWord: DW, cardinal: CARD, unit: UNIT, relative: REL } = lex.re;
  const YMOD = lex.re.yearMod;
  const ERA = lex.re.eraWord;
  const year = `(?:(?:${S}{1,3}(?:سال${S}{1,3})?|(?=\\d))(?<yr>\\d{4}|\\d{3}|\\d{2})(?!\\d)${era('era', ERA)}|${S}{1,3}(?<ymod>${YMOD})${R})`;
  const day = `(?:(?<dd>\\d{1,2})(?:\\u200c?ام|م)?${S}{0,3}|(?<dw>${DW})${S}{1,3})`;
  // «۲۵ جوزا/خرداد», «ثور/اردیبهشت»: the Afghan and the Iranian name of one Solar Hijri month.
  const dual = `(?:${S}{0,2}/${S}{0,2}(?<mo2>${MONTH})${R})?`;
  const dayMonth =
    `${L}(?:(?<wd>${WD})${S}{0,2}[،,]?${S}{1,3})?${day}(?<rooz>روز${S}{1,3}(?:از${S}{1,3})?)?(?:ماه${S}{1,2}(?:مبارک${S}{1,2})?)?(?<mo>${MONTH})(?<mah>${S}?ماه)?${R_YEAR}${dual}` +
    `${year}?(?:${S}{0,3}\\((?<paren>[^()\\n]{1,60})\\))?`;
  const compiled: Compiled = {
    dayMonth: new RegExp(dayMonth, 'g'),
    month: new RegExp(
      `${L}(?<pre>ماه${S}{1,2}(?:مبارک${S}{1,2})?)?(?<mo>${MONTH})(?<mah>${S}?ماه)?${R_YEAR}${dual}${year}?`,
      'g',
    ),
    numeric: new RegExp(
      '(?<![\\d/.\\-])(?:(?<y1>\\d{4})(?<s1>[/\\-.])(?<m1>\\d{1,2})\\k<s1>(?<d1>\\d{1,2})' +
        '|(?<d2>\\d{1,2})(?<s2>[/\\-.])(?<m2>\\d{1,2})\\k<s2>(?<y2>\\d{4})' +
        '|(?<a3>\\d{1,2})/(?<m3>\\d{1,2})/(?<b3>\\d{1,2}))(?!\\d|[/\\-.]\\d)',
      'g',
    ),
    // «سال هشتاد و پنج»: a two-digit Solar Hijri year in words.
    yearWords: new RegExp(`${L}سال${S}{1,3}(?<cw>${CARD})${R}`, 'g'),
    // «سال‌های 86-1377», «سال تحصیلی 94-1393»: a span of years, the first typed last (it shows on the
    // right) and often without its century
    yearRange: new RegExp(
      `${L}سال(?:${S}?ها(?:ی)?)?(?:${S}{1,2}(?<kind>تحصیلی|زراعی|مالی))?${S}{1,3}(?<a>\\d{4}|\\d{2})${S}?[-–]${S}?(?<b>\\d{4}|\\d{2})(?![\\d/\\-.]|[.]\\d)${era('era', ERA)}`,
      'g',
    ),
    year: new RegExp(
      `${L}(?:(?<pre>سال(?:${S}?ها(?:ی)?)?)${S}{1,3})?(?<yr>\\d{4}|\\d{2})(?!\\d)${era('era', ERA)}${R}`,
      'g',
    ),
    weekday: new RegExp(`${L}(?<wd>${WD})${R}(?:${S}{1,3}(?<wmod>${lex.re.weekdayModifier})${R})?`, 'g'),
    relative: new RegExp(`${L}(?<rel>${REL})${R}`, 'g'),
    count: new RegExp(
      `${L}(?<n>\\d{1,3}|${CARD})${S}{1,3}(?<unit>${UNIT})${S}{1,3}(?:(?<past>${lex.re.past})|(?<future>${lex.re.future})|(?<since>از))${R}`,
      'g',
    ),
    // «بهار امسال», «پاییز و زمستان امسال», «تابستان سال ۹۵», «زمستان گذشته»: a season needs a year
    // word after it (alone, «بهار» is a name or the season of every year).
    season: new RegExp(
      `${L}(?<se>${lex.re.season})(?:${S}{1,3}و${S}{1,3}(?<se2>${lex.re.season}))?${R}${year}`,
      'g',
    ),
    // «دوازدهم ماه جاری»: an ordinal day word right before a relative month (checked on a short slice)
    // «سال آینده میلادی», «ماه پیش میلادی»: relative.json gregorianMarker after a relative year or month
    gregorianAfter: new RegExp(`^[ \\u200c]{1,2}(?:${lex.gregorianMarker})`),
    ordinalBefore: new RegExp(`(?:^|[^${LETTER}\\u200c])(?<dw>${DW})${S}{1,3}(?:روز${S}{1,3})?$`),
    // «روز عاشورا», «تاسوعا و عاشورا», «عید فطر امسال»: named days of the lunar year.
    lunarDay: new RegExp(
      `${L}(?<ld>${lex.re.lunarDay})(?:${S}{1,3}و${S}{1,3}(?<ld2>${lex.re.lunarDay}))?${R}(?:${S}{1,3}(?<ymod>${YMOD})${R})?`,
      'g',
    ),
    parenInner: new RegExp(
      `^${S}*(?:(?<wd>${WD})${S}{0,2}[،,]?${S}{0,3})?(?:${day}(?<mo>${MONTH})(?:${S}?ماه)?(?:${S}{1,3}(?<yr>\\d{4})${era('era', ERA)})?|(?<yonly>\\d{4})${era('era2', ERA)})?${S}*$`,
      '',
    ),
  };
  compiledFor.set(lex, compiled);
  return compiled;
}

/**
 * A four-digit number that can be a year. Without an era word only the Solar years 1300–1420 and the
 * Gregorian 1900–2100 are taken (a bare «۱۸۵۰» is more often a count); an era word names the calendar,
 * so older years of it are years too: «سال ۱۲۷۰ قمری», «سال ۱۰۷۳ هجری قمری», «سال ۱۸۷۰ میلادی».
 */
function plausibleYear(y: number, era: DateParts['era']): boolean {
  if (era === 'hijri') return y >= 1000 && y <= 1500;
  if (era === 'gregorian') return y >= 1000 && y <= 2100;
  if (era === 'persian') return y >= 1000 && y <= 1450;
  return (y >= 1300 && y <= 1420) || (y >= 1900 && y <= 2100);
}

const eraOf = (lex: CalendarLexicon, e: string | undefined): DateParts['era'] => {
  if (!e) return undefined;
  return lex.eras.get(viewKey(e).replace(/\./g, '')) ?? 'persian';
};

/** Words of the view right before `pos` (up to `n` of them), nearest last, as keys. */
function wordsBefore(view: string, pos: number, n: number, from = Math.max(0, pos - 40)): string[] {
  const seg = view.slice(from, pos);
  const words = seg.split(/[\s\u200c،,:؛«»()"]+/).filter((w) => w.length > 0);
  // The last element may be cut at the window's start only if the window is full: harmless.
  return words.slice(-n).map(viewKey);
}

/** keyOf for text already in the matching view: only ZWNJ and spaces to drop. */
const viewKey = (s: string): string =>
  s.includes('\u200c') || s.includes(' ') ? s.replace(/[\u200c ]+/g, '') : s;

/** Punctuation no phrase before a date reaches across: «بنیاد (اسفندماه 1381)» is no «بنیاد ۱۵ خرداد». */
const CLAUSE_BARRIER = /[()،,:؛.!?؟\n]/;

function precededBy(view: string, pos: number, set: Set<string> | undefined): boolean {
  if (!set || set.size === 0) return false;
  // only the words after the last parenthesis or clause mark (quotation marks stay transparent:
  // «روزنامه «۱۵ خرداد»» is still the newspaper)
  let from = Math.max(0, pos - 40);
  for (let i = pos - 1; i >= from; i--) {
    if (CLAUSE_BARRIER.test(view[i] ?? '')) {
      from = i + 1;
      break;
    }
  }
  const w = wordsBefore(view, pos, 3, from);
  // Single words and the two- and three-word phrases ending right before pos.
  for (let i = w.length - 1; i >= 0; i--) {
    if (set.has(w.slice(i).join(''))) return true;
  }
  return false;
}

function followedBy(view: string, pos: number, set: Set<string> | undefined): boolean {
  if (!set || set.size === 0) return false;
  const seg = view.slice(pos, pos + 30);
  const m = /^[ \u200c]*([^\s\u200c،,.:؛«»()]+)/u.exec(seg);
  return m ? set.has(viewKey(m[1])) : false;
}

/** Is the previous word a number (digits or a number word)? Then «سال گذشته» is «۲۰ سال گذشته». */
function afterNumber(view: string, pos: number, lex: CalendarLexicon): boolean {
  const w = wordsBefore(view, pos, 3);
  const last = w[w.length - 1];
  if (last === undefined) return false;
  if (/^\d+$/.test(last)) return true;
  if (lex.cardinalWords.has(last) || lex.countWords.has(last)) return true;
  // «درچند سال گذشته»: the count word glued to its preposition
  for (const p of lex.countWordPrepositions)
    if (last.startsWith(p) && lex.countWords.has(last.slice(p.length))) return true;
  return w.length >= 3 && w[w.length - 2] === 'و' && lex.cardinalWords.has(w[w.length - 3] ?? '');
}

function monthInfo(lex: CalendarLexicon, name: string) {
  return lex.months.get(viewKey(name));
}

function parseParen(lex: CalendarLexicon, re: RegExp, inner: string): Candidate['paren'] | undefined {
  const m = re.exec(inner);
  if (!m?.groups) return undefined;
  const g = m.groups;
  const weekday = g.wd ? lex.weekdays.get(viewKey(g.wd)) : undefined;
  if (g.mo) {
    const info = monthInfo(lex, g.mo);
    if (!info) return undefined;
    const d = g.dd ? Number(g.dd) : lex.dayWords.get(viewKey(g.dw ?? ''));
    return { calendar: info.calendar, m: info.month, d, y: g.yr ? Number(g.yr) : undefined, weekday };
  }
  if (g.yonly) {
    const y = Number(g.yonly);
    const era = eraOf(lex, g.era2);
    const cal =
      era === 'gregorian' || (!era && y >= 1600) ? 'gregorian' : era === 'hijri' ? 'hijri' : 'persian';
    return { calendar: cal, y, weekday };
  }
  if (weekday !== undefined) return { calendar: 'persian', weekday };
  return undefined;
}

function yearParts(
  lex: CalendarLexicon,
  g: Record<string, string | undefined>,
  cal: MonthCalendar,
): Pick<Candidate, 'yearOffset'> & {
  y?: number;
  shortYear?: boolean;
  era?: DateParts['era'];
  drop?: boolean;
} {
  if (g.yr) {
    const y = Number(g.yr);
    const era = eraOf(lex, g.era);
    if (g.yr.length === 3) {
      // «پنجم ذی‌حجه 408»: a lunar year written without its thousand (1408), as datelines of the 1980s
      // do; with an era word («۴۰۸ قمری») the year itself. After another calendar's month three digits
      // are no year («۱۵ خرداد ۳۰۰ نفر»).
      if (cal !== 'hijri') return { drop: true };
      return { y: era ? y : 1000 + y, era };
    }
    return { y, shortYear: g.yr.length === 2, era };
  }
  if (g.ymod) {
    const k = viewKey(g.ymod);
    const offset = lex.yearOffsets.get(k);
    if (offset !== undefined) return { yearOffset: offset };
    // گذشته / آینده alone after a month: handled as a direction by the caller
  }
  return {};
}

interface WindowMatch {
  index: number;
  0: string;
  groups?: Record<string, string | undefined>;
}

/**
 * A global regex's matches that start a word (leftOk); after a match that does not, the search goes
 * on from the next character. A caller may move `re.lastIndex` back (never before the match's start)
 * to have part of a rejected match read again.
 */
function* matchesIn(view: string, re: RegExp): Generator<WindowMatch> {
  re.lastIndex = 0;
  for (let m = re.exec(view); m; m = re.exec(view)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (!leftOk(view, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    yield { index: m.index, 0: m[0], groups: m.groups };
  }
}

/** All date candidates of a text's matching view, validated against the stop contexts, unsorted. */
export function scan(view: string, lex: CalendarLexicon): Candidate[] {
  const re = compile(lex);
  const out: Candidate[] = [];

  // Day + month (+ year) (+ a second calendar in parentheses), optionally after a weekday.
  for (const m of matchesIn(view, re.dayMonth)) {
    const g = m.groups ?? {};
    const info = monthInfo(lex, g.mo ?? '');
    if (!info) continue;
    const start = m.index;
    let end = start + m[0].length;
    const d = g.dd ? Number(g.dd) : lex.dayWords.get(viewKey(g.dw ?? ''));
    if (d === undefined || d < 1 || d > 31) continue;
    const dw = viewKey(g.dw ?? '');
    const ordinalWord = /م$|مین$/.test(dw) || lex.firstDayWords.has(dw) || lex.halfDayWords.has(dw);
    const wordDay = !g.dd && !ordinalWord;
    // «سومین روز ماه رمضان»: «روز» between the day and the month only after an ordinal word
    // («۱۰ روز ماه محرم» is a duration).
    if (g.rooz && (g.dd || !ordinalWord)) continue;
    // «نیمه دوم ماه سپتامبر», «هفته اول مهرماه»: a part of the month, not its second or first day.
    if (g.dw && !g.wd && lex.partOfMonth.has(wordsBefore(view, start, 1)[0] ?? '')) continue;
    // «نیمه شعبان»: the fifteenth, said of lunar months (نیمه خرداد is only "mid-Khordad").
    if (lex.halfDayWords.has(dw) && info.calendar !== 'hijri') continue;
    const info2 = g.mo2 ? monthInfo(lex, g.mo2) : undefined;
    if (g.mo2 && (!info2 || info2.month !== info.month)) continue;
    const calendar = info2?.calendar === 'afghan-persian' ? 'afghan-persian' : info.calendar;
    let yp = yearParts(lex, g, info.calendar);
    // «تا ۱۵ خرداد ۳۰ میلیارد تومان»: the number after the month is a quantity, not its year
    const cutAt = yp.drop
      ? endBeforeYear(start, m[0], g)
      : g.paren === undefined
        ? quantityAfterYear(view, start, m[0], g, lex)
        : undefined;
    if (cutAt !== undefined) {
      yp = {};
      end = cutAt;
    }
    const hasYear = yp.y !== undefined || yp.yearOffset !== undefined;
    let direction: -1 | 1 | undefined;
    if (g.ymod && !hasYear) direction = lex.directionWords.get(viewKey(g.ymod)) ?? 1;
    // A written cardinal before a month that is also a common word (سه تیر, سی دی) needs more.
    if (wordDay && info.ambiguous && !hasYear && !g.mah && !g.mo2) continue;
    const firstIsWeekday = g.wd !== undefined;
    const ctxKey = firstIsWeekday ? 'weekday' : 'any';
    // «حماسه 9 دی», «کودتای 28 مرداد»: a historical day after its cue word (named-days.json) is a date
    // of that year, though the word before a day-month usually names something (حماسه, جبهه …)
    const named = hasYear ? undefined : lex.namedDays.get(`${family(info.calendar)}:${info.month}:${d}`);
    const namedYear =
      named && (precededBy(view, start, named.cues) || precededByWithin(view, start, named.cues, 2))
        ? named.year
        : undefined;
    if (namedYear === undefined && precededBy(view, start, lex.stopBefore.get(ctxKey))) {
      // «نماز جمعه 29 فروردین»: the weekday is the prayer's name, the day-month after it still a date
      if (firstIsWeekday) re.dayMonth.lastIndex = start + (g.wd?.length ?? 0);
      continue;
    }
    if (namedYear === undefined && !firstIsWeekday && precededBy(view, start, lex.stopBefore.get('any')))
      continue;
    const monthEnd = start + m[0].indexOf(g.mo ?? '', (g.wd?.length ?? 0) + 1) + (g.mo?.length ?? 0);
    if (!hasYear && !g.mah && !g.mo2 && followedBy(view, monthEnd, lex.stopAfter.get(viewKey(g.mo ?? ''))))
      continue;
    // «دوم خرداد» the movement: a date only with a year, «ماه», or «روز» before it.
    const dayStart = firstIsWeekday ? start + m[0].length - m[0].slice(g.wd?.length ?? 0).length : start;
    const phrase = viewKey(`${g.dd ?? g.dw ?? ''}${g.mo ?? ''}`);
    if (
      lex.stopPhrases.has(phrase) &&
      !hasYear &&
      !g.mah &&
      !precededBy(view, dayStart, lex.phrasesAllowedAfter)
    )
      continue;
    let paren: Candidate['paren'];
    if (g.paren !== undefined && cutAt !== undefined) re.dayMonth.lastIndex = cutAt;
    else if (g.paren !== undefined) {
      paren = parseParen(lex, re.parenInner, g.paren);
      if (!paren) {
        end = start + m[0].lastIndexOf('(');
        // «۲۵ فروردین (۱۰، ۱۲ و ۱۴ آوریل)»: the dates inside parentheses that gloss nothing are read on their own
        re.dayMonth.lastIndex = end + 1;
      }
    }
    while (end > start && /[ \u200c\t]/.test(view[end - 1] ?? '')) end--;
    const cand: Candidate = {
      start,
      end,
      kind: 'day-month',
      parts: { calendar, m: info.month, d, y: yp.y, shortYear: yp.shortYear, era: yp.era },
      wordDay,
      withMah: g.mah !== undefined,
    };
    if (g.wd) cand.weekday = lex.weekdays.get(viewKey(g.wd));
    if (paren) cand.paren = paren;
    if (namedYear !== undefined) cand.namedYear = namedYear;
    if (yp.yearOffset !== undefined) cand.yearOffset = yp.yearOffset;
    if (direction) cand.direction = direction;
    if (yp.shortYear && (info.calendar === 'gregorian' || info.calendar === 'hijri')) continue;
    out.push(cand);
  }

  // Month (+ year), or a month alone when the context says it is one.
  for (const m of matchesIn(view, re.month)) {
    const g = m.groups ?? {};
    const info = monthInfo(lex, g.mo ?? '');
    if (!info) continue;
    const info2 = g.mo2 ? monthInfo(lex, g.mo2) : undefined;
    if (g.mo2 && (!info2 || info2.month !== info.month)) continue;
    const calendar = info2?.calendar === 'afghan-persian' ? 'afghan-persian' : info.calendar;
    const start = m.index;
    let end = start + m[0].length;
    let yp = yearParts(lex, g, info.calendar);
    // «تا پایان خرداد 30 میلیارد پرداخت کرد»: a quantity after the month, not its year
    const cutAt = yp.drop ? endBeforeYear(start, m[0], g) : quantityAfterYear(view, start, m[0], g, lex);
    if (cutAt !== undefined) {
      yp = {};
      end = cutAt;
    }
    let direction: -1 | 1 | undefined;
    if (g.ymod && yp.yearOffset === undefined) direction = lex.directionWords.get(viewKey(g.ymod)) ?? 1;
    // «در آستانه ماه محرم»: the coming month, even when the verb of the sentence is past
    if (!direction && precededByWithin(view, start, lex.forwardCues, 2)) direction = 1;
    // «اسفند امسال», «دسمبر سال گذشته»: a year offset names the year too — except after the Dari names
    // that are everyday words («میزان سال گذشته», «حمل امسال»).
    const hasYear =
      yp.y !== undefined ||
      (yp.yearOffset !== undefined && !(info.calendar === 'afghan-persian' && info.ambiguous) && !g.mo2);
    if (yp.shortYear && info.calendar !== 'persian' && info.calendar !== 'afghan-persian') continue;
    const monthStart = start + (g.pre?.length ?? 0);
    if (!g.pre && precededBy(view, monthStart, lex.stopBefore.get('any'))) continue;
    if (precededBy(view, monthStart, lex.stopBefore.get(viewKey(g.mo ?? '')))) continue;
    if (!hasYear && !g.mo2 && cuedSolarMonth(view, monthStart, end, info, lex)) {
      // «در مهر», «اواخر قوس»: an ambiguous Solar month name alone after a strong time cue.
    } else if (!hasYear && !g.mo2) {
      // Without a year a month name stands alone only with «ماه», or after a cue word (در، اواخر،
      // ایام …) for names that are not everyday words; Hijri names also after ایام / شب‌های …
      const cued =
        !g.pre &&
        !g.mah &&
        (precededBy(view, monthStart, lex.monthCues) ||
          afterMonthAnd(view, monthStart, lex) ||
          afterPartOfMonth(view, monthStart, lex));
      const anchored = g.pre !== undefined || g.mah !== undefined;
      if (!anchored && !cued) continue;
      // «در نوامبر», «از نوامبر»: an unambiguous Gregorian name alone after a cue is a month too
      // (not the Afghan names, which are everyday words, nor «اوت», the ball out of play)
      const cuedGregorian =
        cued &&
        info.calendar === 'gregorian' &&
        !info.ambiguous &&
        !lex.everydayMonths.has(viewKey(g.mo ?? ''));
      if (cued && info.calendar !== 'persian' && info.calendar !== 'hijri' && !cuedGregorian) continue;
      if (
        cued &&
        info.ambiguous &&
        !(
          info.calendar === 'hijri' &&
          (precededBy(view, monthStart, lex.strongHijriCues) ||
            afterMonthAnd(view, monthStart, lex) ||
            afterPartOfMonth(view, monthStart, lex))
        )
      )
        continue;
      if (info.ambiguous && info.calendar !== 'hijri' && !g.pre && !g.mah) continue;
      if ((info.calendar === 'gregorian' || info.calendar === 'afghan-persian') && !g.pre && !cuedGregorian)
        continue;
    } else if (yp.y !== undefined && !g.mo2 && info.calendar === 'afghan-persian' && info.ambiguous) {
      // «به میزان ۲۰۰۰ …»: an ambiguous Dari month name before a bare number is a date only when the
      // number is a plausible year of that calendar and no quantity word follows.
      if (!yp.y || yp.shortYear || yp.y < 1300 || yp.y > 1420) continue;
      if (followedBy(view, end, lex.quantity)) continue;
    }
    // «خرداد ۳۰ نفر» is no year; after a year word the next noun is no quantity of it («ماه محرم
    // امسال بار دیگر …»)
    if (yp.y !== undefined && followedBy(view, end, lex.quantity)) continue;
    const cand: Candidate = {
      start,
      end,
      kind: 'month',
      parts: { calendar, m: info.month, y: yp.y, shortYear: yp.shortYear, era: yp.era },
      withMah: g.mah !== undefined || g.pre !== undefined || g.mo2 !== undefined,
    };
    if (yp.yearOffset !== undefined) cand.yearOffset = yp.yearOffset;
    if (direction) cand.direction = direction;
    out.push(cand);
  }

  for (const m of matchesIn(view, re.numeric)) {
    const g = m.groups ?? {};
    let y: number;
    let mo: number;
    let d: number;
    let short = false;
    // «کارگردان نمایش 31/6/77»: a date that is the title of a work
    if (precededBy(view, m.index, lex.titleNouns)) continue;
    if (g.y1) [y, mo, d] = [Number(g.y1), Number(g.m1), Number(g.d1)];
    else if (g.y2) [y, mo, d] = [Number(g.y2), Number(g.m2), Number(g.d2)];
    else {
      // Two-digit Solar Hijri years: «۸۶/۳/۱۰» (year first, the common order) or «۱۵/۳/۹۹»,
      // «3/11/89» (year last: only when the last part cannot be a day).
      const [a, b] = [g.a3 ?? '', g.b3 ?? ''];
      if (b.length === 2 && Number(b) > 31 && Number(a) <= 31)
        [y, mo, d] = [Number(b), Number(g.m3), Number(a)];
      else if (a.length === 2) [y, mo, d] = [Number(a), Number(g.m3), Number(b)];
      else continue;
      short = true;
    }
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'numeric',
      parts: { calendar: 'persian', y, m: mo, d, shortYear: short },
    });
  }

  for (const m of matchesIn(view, re.yearRange)) {
    const g = m.groups ?? {};
    const span = yearRangeOf(g.a ?? '', g.b ?? '');
    if (!span) continue;
    const [lo, hi] = span;
    const era = eraOf(lex, g.era);
    const calendar = era === 'gregorian' || lo >= 1900 ? 'gregorian' : 'persian';
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'year',
      parts: { calendar, y: lo, era: era ?? (calendar === 'gregorian' ? 'gregorian' : 'persian') },
      yearTo: hi,
      // «سال تحصیلی 94-1393», «سال زراعی»: from Mehr of the first year to Shahrivar of the next
      ...(g.kind && g.kind !== 'مالی' && calendar === 'persian' && hi === lo + 1 ? { fromMehr: true } : {}),
    });
  }

  for (const m of matchesIn(view, re.yearWords)) {
    const y = lex.cardinalWords.get(viewKey(m.groups?.cw ?? ''));
    // Only the years that are written this way: 1330–1399 (سال پنجاه و هفت, سال نود و دو).
    if (y === undefined || y < 30 || y > 99) continue;
    const end = m.index + m[0].length;
    if (followedBy(view, end, lex.quantity)) continue;
    out.push({ start: m.index, end, kind: 'year', parts: { calendar: 'persian', y, shortYear: true } });
  }

  // «سال‌های ۸۸ و ۸۹», «از سال ۱۳۹۰ تا ۱۳۹۵»: a number right after a year and «و» or a range word is
  // a year of the same kind.
  let lastYearEnd = -1;
  let lastYearShort = false;
  const joinsYear = (start: number, short: boolean): boolean => {
    if (lastYearEnd < 0 || short !== lastYearShort) return false;
    const gap = /^[ \u200c]+([^\s\u200c]+)[ \u200c]+$/.exec(view.slice(lastYearEnd, start));
    const w = gap ? viewKey(gap[1] ?? '') : '';
    return w === 'و' || lex.rangeWords.has(w);
  };
  for (const m of matchesIn(view, re.year)) {
    const g = m.groups ?? {};
    const y = Number(g.yr);
    const short = (g.yr ?? '').length === 2;
    const start = m.index;
    const end = start + m[0].length;
    // (not 10–29: «سال‌های ۱۳ تا ۲۰» of a player's life are ages)
    const joined = !g.pre && joinsYear(start, short) && !(short && y >= 10 && y < 30);
    if (short && !g.pre && !joined) continue;
    // «بازیکنانی که در سال‌های 13 تا 20 شکوفا شدند»: two-digit «years» 10–29 after the plural are ages
    // (the Solar years 1310–1329 are written in full), as for the second number of such a range
    if (short && g.pre && /ها/.test(g.pre) && y >= 10 && y < 30) continue;
    if (!short && !plausibleYear(y, eraOf(lex, g.era))) continue;
    // After «سال» a time word is the next phrase («سال 83 سال پایان …»), not a unit of the number.
    if (followedBy(view, end, g.pre ? lex.quantityNotTime : lex.quantity)) continue;
    if (!g.pre && !g.era && !joined) {
      // A bare four-digit number is a year only after a preposition, inside parentheses, or with an
      // era word (۲۰۲۰ میلادی).
      const prev = wordsBefore(view, start, 1)[0];
      const inParen = view[start - 1] === '(' || view.slice(Math.max(0, start - 2), start).includes('(');
      if (!inParen && !(prev && lex.yearPrepositions.has(prev))) continue;
    }
    out.push({
      start,
      end,
      kind: 'year',
      parts: { calendar: 'persian', y, shortYear: short, era: eraOf(lex, g.era) },
    });
    lastYearEnd = end;
    lastYearShort = short;
  }

  for (const m of matchesIn(view, re.weekday)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    if (precededBy(view, start, lex.stopBefore.get('weekday'))) continue;
    if (wordsBefore(view, start, 4).some((w) => lex.recurring.has(w))) continue;
    if (followedBy(view, start + (g.wd?.length ?? 0), lex.stopAfter.get('weekday'))) continue;
    const weekday = lex.weekdays.get(viewKey(g.wd ?? ''));
    if (weekday !== undefined && isCityNotWeekday(view, start, end, weekday, lex)) continue;
    // «از شنبه ۲۱ لغایت چهارشنبه ۲۵ آبان»: the first part of a range, without its month
    const range = /^[ \u200c]+\d{1,2}[ \u200c]+([^\s\u200c،,.:؛«»()]+)/.exec(view.slice(end, end + 24));
    if (range && lex.rangeWords.has(viewKey(range[1] ?? ''))) continue;
    // «روز سه‌شنبه (۲۷ دلو)», «شنبه گذشته (۱۹ مهرماه)»: the date in parentheses is this weekday's
    // date — one day-month mention.
    {
      const p = /^[ \u200c\t]{0,3}\(([^()\n]{1,60})\)/.exec(view.slice(end, end + 70));
      const inner = p ? parseParen(lex, re.parenInner, p[1] ?? '') : undefined;
      if (p && inner && inner.m !== undefined && inner.d !== undefined && inner.d >= 1 && inner.d <= 31) {
        out.push({
          start,
          end: end + p[0].length,
          kind: 'day-month',
          parts: { calendar: inner.calendar, m: inner.m, d: inner.d, y: inner.y },
          weekday,
        });
        continue;
      }
    }
    const cand: Candidate = { start, end, kind: 'weekday', weekday };
    const mod = g.wmod ? lex.weekdayModifiers.get(viewKey(g.wmod)) : undefined;
    // «اول روز دوشنبه قبل از اینکه باران …», «شنبه پیش از مسابقه»: «قبل/پیش از» is a preposition
    // after the weekday, not «last Monday» (relative.json past words before a word of stop-contexts.json
    // fromAnotherEvent; «دوشنبه گذشته از سوی …» is still last Monday)
    if (
      mod?.direction !== undefined &&
      lex.past.has(viewKey(g.wmod ?? '')) &&
      followedBy(view, end, lex.fromAnotherEvent)
    ) {
      cand.end = start + (g.wd?.length ?? 0);
    } else if (g.wmod) {
      if (mod?.week !== undefined) {
        cand.offset = mod.week;
        cand.unit = 'week';
      } else if (mod?.direction !== undefined) cand.direction = mod.direction;
    }
    out.push(cand);
  }

  for (const m of matchesIn(view, re.relative)) {
    const rel = lex.relative.get(viewKey(m.groups?.rel ?? ''));
    if (!rel) continue;
    const start = m.index;
    const key = viewKey(m.groups?.rel ?? '');
    // «۲۰ سال گذشته» is a duration; «ساعت ۱۶ امروز» is still today.
    const firstWord = (m.groups?.rel ?? '').split(/[ \u200c]/)[0] ?? '';
    if (lex.countUnits.has(firstWord) && afterNumber(view, start, lex)) continue;
    if (precededBy(view, start, lex.stopBefore.get(key))) continue;
    // «مجری برنامه «صبح امروز»»: the whole of a quotation is a title, not the day
    if (view[start - 1] === '«' && view[start + m[0].length] === '»') continue;
    if (
      lex.genericInSpeech.has(key) &&
      (inSpeech(view, start) || precededBy(view, start, lex.speechMarkers)) &&
      !precededBy(view, start, lex.specificBefore) &&
      !eventInClause(view, start + m[0].length, lex)
    )
      continue;
    const cand: Candidate = {
      start,
      end: start + m[0].length,
      kind: 'relative',
      unit: rel.unit,
      offset: rel.offset,
    };
    if (rel.unit === 'month') {
      // only ordinal words («دوازدهم», «اولین»): «۲۰ ماه گذشته» is a duration
      const from = Math.max(0, start - 40);
      const o = re.ordinalBefore.exec(view.slice(from, start));
      const dw = o?.groups?.dw ?? '';
      const d = lex.dayWords.get(viewKey(dw));
      if (o && d && (/م$|مین$/.test(viewKey(dw)) || lex.firstDayWords.has(viewKey(dw)))) {
        cand.start = from + o.index + o[0].indexOf(dw);
        cand.dayOfMonth = d;
      }
    }
    const newYearFrom = lex.newYear.get(key);
    if (newYearFrom !== undefined) cand.newYearFrom = newYearFrom;
    const lastWord = (m.groups?.rel ?? '').split(/[ \u200c]/).pop() ?? '';
    if (rel.offset > 0 && lex.laterInNarrative.has(viewKey(lastWord))) cand.later = true;
    // «سال آینده میلادی», «ماه پیش میلادی»: the Gregorian year or month, not the Solar Hijri one.
    if (rel.unit === 'year' || rel.unit === 'month') {
      const g = re.gregorianAfter.exec(view.slice(cand.end, cand.end + 12));
      if (g) {
        cand.end += g[0].length;
        cand.gregorian = true;
      }
    }
    out.push(cand);
  }

  for (const m of matchesIn(view, re.season)) {
    const g = m.groups ?? {};
    const n = lex.seasons.get(viewKey(g.se ?? ''));
    if (!n) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (precededBy(view, start, lex.stopBefore.get('any'))) continue;
    // «ماه ژوئن (تابستان آینده)»: a season in parentheses glosses the date before it
    if (/\([ \u200c]*$/.test(view.slice(Math.max(0, start - 4), start))) continue;
    const yp = yearParts(lex, g, 'persian');
    if (yp.drop) continue;
    // only Solar Hijri years: «تابستان ۲۰۱۸» is left to the year reading
    if (yp.y !== undefined && !yp.shortYear && !(yp.y >= 1300 && yp.y < 1500)) continue;
    if (yp.y !== undefined && followedBy(view, end, lex.quantity)) continue;
    const base: Omit<Candidate, 'start' | 'end' | 'season'> = {
      kind: 'season',
      parts: { calendar: 'persian', y: yp.y, shortYear: yp.shortYear },
    };
    if (yp.yearOffset !== undefined) base.yearOffset = yp.yearOffset;
    else if (yp.y === undefined && g.ymod) base.direction = lex.directionWords.get(viewKey(g.ymod)) ?? 1;
    const n2 = g.se2 ? lex.seasons.get(viewKey(g.se2)) : undefined;
    if (g.se2 && n2) {
      // «پاییز و زمستان امسال»: the first season takes the year of the second
      const at = m[0].indexOf(g.se2, (g.se ?? '').length);
      out.push({ ...base, start, end: start + (g.se ?? '').length, season: n });
      out.push({ ...base, start: start + at, end, season: n2 });
    } else out.push({ ...base, start, end, season: n });
  }

  for (const m of lex.re.lunarDay ? matchesIn(view, re.lunarDay) : []) {
    const g = m.groups ?? {};
    const a = lex.lunarDays.get(viewKey(g.ld ?? ''));
    if (!a) continue;
    const start = m.index;
    const end = start + m[0].length;
    const offset = g.ymod ? lex.yearOffsets.get(viewKey(g.ymod)) : undefined;
    const b = g.ld2 ? lex.lunarDays.get(viewKey(g.ld2)) : undefined;
    // alone, «عاشورا» is mostly the event or its culture (حماسه عاشورا), a pair often every year's
    // (ایام شلوغی حرم مانند اربعین و عاشورا): a cue word before it or a year word after it
    if (offset === undefined && !precededByWithin(view, start, lex.lunarDayCues, 1)) continue;
    const base: Omit<Candidate, 'start' | 'end'> = { kind: 'day-month', lunarName: true };
    // «عاشورای سال قبل», «عید فطر امسال»: the lunar day inside that Solar Hijri year
    if (offset !== undefined) base.yearOffset = offset;
    if (b && g.ld2) {
      const at = m[0].indexOf(g.ld2, (g.ld ?? '').length);
      out.push({
        ...base,
        start,
        end: start + (g.ld ?? '').length,
        parts: { calendar: 'hijri', m: a.month, d: a.day },
      });
      out.push({ ...base, start: start + at, end, parts: { calendar: 'hijri', m: b.month, d: b.day } });
    } else out.push({ ...base, start, end, parts: { calendar: 'hijri', m: a.month, d: a.day } });
  }

  for (const m of matchesIn(view, re.count)) {
    const g = m.groups ?? {};
    const n = /^\d+$/.test(g.n ?? '') ? Number(g.n) : lex.cardinalWords.get(viewKey(g.n ?? ''));
    const unit = lex.countUnits.get(viewKey(g.unit ?? ''));
    if (!n || !unit) continue;
    const start = m.index;
    const end = start + m[0].length;
    // «از هزار و ۲۰۰ سال قبل»: the count is the end of a larger number (a tens compound is matched whole)
    {
      const [w0, w1] = wordsBefore(view, start, 2);
      if (w1 === 'و' && w0 && (/^\d+$/.test(w0) || lex.cardinalWords.has(w0) || lex.largeUnits.has(w0))) continue;
    }
    if (g.since) {
      // «با گذشت ۱۷ ماه از …» or «۱۷ ماه از … می‌گذرد»: a duration since an earlier date.
      const before = wordsBefore(view, start, 2).join('');
      const after = view.slice(end, end + 120).replace(/[\u200c ]/g, '');
      const ok =
        lex.sinceBefore.some((w) => before.endsWith(w)) || lex.sinceAfter.some((w) => cut(after).includes(w));
      if (!ok) continue;
      out.push({ start, end, kind: 'count', unit, offset: -n, since: true });
    } else {
      const past = g.past !== undefined;
      // «یک ماه پیش از پایان جنگ», «دو روز بعد از آن»: counted from another event, not from today.
      const fromNow = g.future !== undefined && lex.fromNow.has(viewKey(g.future));
      if (!fromNow && followedBy(view, end, lex.fromAnotherEvent)) continue;
      const cand: Candidate = { start, end, kind: 'count', unit, offset: past ? -n : n };
      if (g.future !== undefined && lex.laterInNarrative.has(viewKey(g.future))) cand.later = true;
      out.push(cand);
    }
  }
  shareRangeYear(view, out, lex);
  return out;
}

/**
 * A month's year that is the number of a quantity («خرداد 30 میلیارد», «۱۵ تیر ۲۰ نفر»): where the date
 * ends without it, or undefined when the year stands (written after «سال», with an era word, or not
 * followed by a quantity word).
 */
function quantityAfterYear(
  view: string,
  start: number,
  text: string,
  g: Record<string, string | undefined>,
  lex: CalendarLexicon,
): number | undefined {
  if (!g.yr || g.era) return undefined;
  // (not a time unit: «۲۸ اردیبهشت ۱۳۹۹ ساعت ۱۷:۳۰» keeps its year)
  if (!followedBy(view, start + text.length, lex.quantityNotTime)) return undefined;
  const at = text.lastIndexOf(g.yr);
  if (at < 0 || at + g.yr.length !== text.length) return undefined;
  const before = text.slice(0, at);
  if (/سال[ \u200c]*$/.test(before)) return undefined;
  return start + before.replace(/[ \u200c\t]+$/, '').length;
}

/** Where a date ends without the number read as its year (and what follows it), or undefined. */
function endBeforeYear(
  start: number,
  text: string,
  g: Record<string, string | undefined>,
): number | undefined {
  if (!g.yr) return undefined;
  const at = text.indexOf(g.yr, text.indexOf(g.mo ?? '') + (g.mo?.length ?? 0));
  if (at < 0) return undefined;
  const before = text.slice(0, at).replace(/[ \u200c\t]+$/, '');
  return start + before.replace(/سال$/, '').replace(/[ \u200c\t]+$/, '').length;
}

/** The calendar family a year is shared in: the Iranian and Afghan names count one Solar Hijri year. */
const family = (c: MonthCalendar): MonthCalendar => (c === 'afghan-persian' ? 'persian' : c);

/**
 * «از ۱۵ مهر تا ۲۰ آبان ۱۳۹۹», «در مهر و آبان ۹۸», «از بهمن تا خرداد ۹۹»: the first date of a range or
 * pair written without its year has the year of the second — the same year when its month comes first
 * in the year, the year before when it comes later (Bahman before Khordad 99 is Bahman 98). Only
 * between dates of one calendar joined by «و» or a range word.
 */
function shareRangeYear(view: string, out: Candidate[], lex: CalendarLexicon): void {
  const withYear = new Map<number, Candidate>();
  for (const c of out) {
    if ((c.kind !== 'month' && c.kind !== 'day-month') || !c.parts || c.lunarName) continue;
    if (c.parts.y !== undefined || c.yearOffset !== undefined) withYear.set(c.start, c);
  }
  if (withYear.size === 0) return;
  for (const c of out) {
    const p = c.parts;
    if ((c.kind !== 'month' && c.kind !== 'day-month') || !p || p.m === undefined || c.lunarName) continue;
    if (
      p.y !== undefined ||
      c.yearOffset !== undefined ||
      c.direction !== undefined ||
      c.namedYear !== undefined
    )
      continue;
    const gap = /^[ \u200c]+([^\s\u200c]+)[ \u200c]+/.exec(view.slice(c.end, c.end + 12));
    if (!gap) continue;
    const w = viewKey(gap[1] ?? '');
    if (w !== 'و' && !lex.rangeWords.has(w)) continue;
    const n = withYear.get(c.end + gap[0].length);
    const q = n?.parts;
    if (!n || !q || q.m === undefined || family(q.calendar) !== family(p.calendar)) continue;
    const back = p.m > q.m ? 1 : 0;
    if (q.y !== undefined && q.y - back >= 0) {
      p.y = q.y - back;
      p.shortYear = q.shortYear;
      p.era = q.era;
    } else if (n.yearOffset !== undefined) c.yearOffset = n.yearOffset - back;
  }
}

/**
 * «ایام محرم و صفر», «در فروردین و اردیبهشت»: a month name right after «و» and another month name
 * that is itself read as a month (after a cue word or «ماه»).
 */
function afterMonthAnd(view: string, pos: number, lex: CalendarLexicon): boolean {
  const w = wordsBefore(view, pos, 2);
  if (w.length !== 2 || w[1] !== 'و' || !lex.months.has(w[0] ?? '')) return false;
  // start of the previous month name: back over spaces, «و», spaces and the name itself
  let i = pos;
  while (i > 0 && /[ \u200c\t]/.test(view[i - 1] ?? '')) i--;
  i--; // «و»
  while (i > 0 && /[ \u200c\t]/.test(view[i - 1] ?? '')) i--;
  i -= (w[0] ?? '').length;
  return i >= 0 && (precededBy(view, i, lex.monthCues) || precededBy(view, i, lex.strongHijriCues));
}

/**
 * «تا نیمه اول مهر», «روزهای پایانی شهریور», «دهه آخر صفر»: a part of the month (stop-contexts.json
 * partOfMonth: a word and an ordinal) right before a month name alone cues it as a cue word does.
 */
function afterPartOfMonth(view: string, pos: number, lex: CalendarLexicon): boolean {
  const [part, ordinal] = wordsBefore(view, pos, 2);
  return (
    part !== undefined &&
    ordinal !== undefined &&
    lex.partOfMonth.has(part) &&
    lex.partOfMonthOrdinals.has(ordinal)
  );
}

/**
 * «در دوشنبه پایتخت تاجیکستان», «به دوشنبه سفر کرد … تاجیکستان»: Dushanbe, not Monday. The city reading
 * needs a place preposition or «شهر» right before it and a word of its country in the same sentence
 * (stop-contexts.json cityNotWeekday).
 */
function isCityNotWeekday(
  view: string,
  start: number,
  end: number,
  weekday: number,
  lex: CalendarLexicon,
): boolean {
  const city = lex.cityNotWeekday;
  if (weekday !== city.weekday) return false;
  const prev = wordsBefore(view, start, 1)[0];
  if (prev === 'شهر') return true;
  if (!prev || !city.prepositions.has(prev)) return false;
  const before =
    view
      .slice(Math.max(0, start - 200), start)
      .split(/[.!?؟\n]/)
      .pop() ?? '';
  const after = view.slice(end, end + 200).split(/[.!?؟\n]/)[0] ?? '';
  const sentence = (before + after).replace(/\u200c/g, '');
  return city.context.some((w) => sentence.includes(w));
}

/**
 * An ambiguous Solar month name alone (مهر, دی, اسفند, قوس …) is a month after a strong time cue:
 * «در مهر», «اواخر قوس», «تا اسفند». Names that are everyday words after «در» too often (سرطان, میزان,
 * جدی) and person names after «از» (از بهمن خواست) are left out.
 */
function cuedSolarMonth(
  view: string,
  monthStart: number,
  end: number,
  info: { calendar: MonthCalendar; ambiguous?: boolean },
  lex: CalendarLexicon,
): boolean {
  if (info.calendar !== 'persian' && info.calendar !== 'afghan-persian') return false;
  const name = viewKey(view.slice(monthStart, end).split(/[ \u200c]/)[0] as string);
  if (lex.everydayMonths.has(name)) return false;
  if (!precededBy(view, monthStart, lex.monthAloneCues) && !afterPartOfMonth(view, monthStart, lex))
    return false;
  // «از دی تا اسفندماه», «در مهر و آبان»: a month name follows: a range of months.
  const next = /^[ \u200c]+(تا|و)[ \u200c]+([^\s\u200c،,.:؛«»()]+)/.exec(view.slice(end, end + 40));
  if (next && lex.months.has(viewKey(next[2] ?? '').replace(/ماه$/, ''))) return true;
  // «تا مهر و ماه» (the sun and the moon), «در حمل و نقل», «با مهر و محبت»: joined to a word that is
  // no month, the name is a noun of a pair
  if (next && next[1] === 'و') return false;
  if (wordsBefore(view, monthStart, 1)[0] === 'از' && lex.nameMonthsAfterAz.has(name)) return false;
  if (precededBy(view, monthStart, lex.stopBefore.get('any'))) return false;
  if (followedBy(view, end, lex.stopAfter.get(name))) return false;
  // A noun right after would make the name part of a phrase («در مهر مادری»): only a clause
  // boundary, a verb-ish or time word may follow.
  return (
    !followedBy(view, end, lex.monthAloneNotBefore) &&
    !/^[ \u200c]*[\u200c]?(?:ها|های)/.test(view.slice(end, end + 6))
  );
}

/**
 * «… تصریح کرد: امروز یازدهمین جشنواره … برگزار می‌شود»: an event noun (dayInSpeechCues) in the clause
 * after a word of reported speech makes it the day, not «nowadays».
 */
function eventInClause(view: string, pos: number, lex: CalendarLexicon): boolean {
  const clause = (view.slice(pos, pos + 120).split(/[،,؛:.!?؟«»()\n]/)[0] ?? '').split(/ +/);
  // the event itself, told as happening («برگزار می‌شود», «آغاز شد»), not an obligation («باید برگزار کنیم»)
  return clause.some(
    (w, i) =>
      lex.dayInSpeechCues.has(viewKey(w)) && /^(?:می\u200c?)?(?:شد|شو|گرد|خواهد)/.test(clause[i + 1] ?? ''),
  );
}

/** Is `pos` inside reported speech: after a colon in the same sentence? */
function inSpeech(view: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0 && i > pos - 300; i--) {
    const c = view[i];
    if (c === ':') return true;
    if (c === '.' || c === '!' || c === '?' || c === '؟' || c === '\n') return false;
  }
  return false;
}

/** Words within `n` words before pos, any of which in `set`. */
function precededByWithin(view: string, pos: number, set: Set<string>, n: number): boolean {
  return wordsBefore(view, pos, n).some((w) => set.has(w));
}

/** Up to the end of the clause. */
function cut(s: string): string {
  const i = s.search(/[.،؛!?؟\n]/);
  return i < 0 ? s : s.slice(0, i);
}

/**
 * The first and last year of «86-1377», «94-1393», «2014-2013», «1377-1386»: the smaller number is the
 * first year, a two-digit part takes the century of the four-digit one. Null unless both are years of
 * one calendar (Solar 1300–1499 or Gregorian 1900–2099) at most 30 years apart.
 */
function yearRangeOf(a: string, b: string): [number, number] | null {
  if (a.length === 2 && b.length === 2) return null;
  const full = a.length === 4 ? Number(a) : Number(b);
  const other = a.length === 4 ? b : a;
  let o = Number(other);
  if (other.length === 2) {
    o += Math.floor(full / 100) * 100;
    if (o < full) o += 100;
  }
  const lo = Math.min(full, o);
  const hi = Math.max(full, o);
  const inCalendar = (y: number) => (y >= 1300 && y < 1500) || (y >= 1900 && y < 2100);
  if (!inCalendar(lo) || !inCalendar(hi) || lo >= 1900 !== hi >= 1900) return null;
  return hi > lo && hi - lo <= 30 ? [lo, hi] : null;
}
