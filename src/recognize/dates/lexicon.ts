// Loads lexicon/calendars/*.json (schema: lexicon/calendars/README.md) once and compiles what the
// scanner needs: name → meaning maps keyed by a normal form, and regex alternations.
import { type KnowledgeName, readKnowledgeJson } from '../../knowledge/files.js';
import { jsonSchemaFor } from '../../knowledge/schemas/index.js';
import { checkKnowledge } from '../../knowledge/validate.js';
import { alternation, normalizeWord } from './normalize.js';

export type MonthCalendar = 'persian' | 'afghan-persian' | 'gregorian' | 'hijri';
export type Unit = 'day' | 'week' | 'month' | 'year';

export interface MonthEntry {
  month: number;
  names: string[];
  ambiguous?: boolean;
}
export interface MonthsFile {
  persian: MonthEntry[];
  'afghan-persian': MonthEntry[];
  gregorian: MonthEntry[];
  hijri: MonthEntry[];
}
export interface WeekdaysFile {
  weekdays: Array<{ day: number; names: string[] }>;
}
export interface RelativeFile {
  expressions: Array<{ names: string[]; unit: Unit; offset: number }>;
  countUnits: Record<string, Unit>;
  past: string[];
  future: string[];
  fromNow?: string[];
  laterInNarrative?: string[];
  gregorianMarker?: string[];
  since: { before: string[]; after: string[] };
  genericInSpeech?: string[];
  speechMarkers?: string[];
  newYear?: { names: string[]; fromMonth: number };
  dayInSpeechCues?: string[];
}
export interface NumbersFile {
  cardinals: Record<string, number>;
  ordinals: Record<string, number>;
  tens: string[];
  ordinalSuffixes: string[];
  halfDay?: { words: string[]; day: number };
  largeUnits?: string[];
}
export interface StopContextsFile {
  before: Record<string, string[]>;
  after: Record<string, string[]>;
  phrases: string[];
  phrasesAllowedAfter: string[];
  monthCues?: string[];
  monthAlone?: { cues: string[]; everydayWords: string[]; namesAfterAz: string[]; notBefore: string[] };
  partOfMonth?: { words: string[]; ordinals?: string[] };
  fromAnotherEvent?: { words: string[] };
  cityNotWeekday?: { weekday: number; prepositions: string[]; context: string[] };
}
/** scan-words.json: the word lists the scanner decides with (README.md). */
export interface ScanWordsFile {
  directionWords: Record<string, -1 | 1>;
  weekdayModifiers: Record<string, { week?: -1 | 0 | 1; direction?: -1 | 1 }>;
  forwardCues: string[];
  firstDayWords: string[];
  countWords: string[];
  countWordPrepositions: string[];
  titleNouns: string[];
  rangeWords: string[];
  eras: Record<'gregorian' | 'hijri' | 'persian', string[]>;
  seasons: Array<{ season: number; names: string[] }>;
  recurring: string[];
  specificBefore: string[];
  strongHijriCues: string[];
  quantityUnits: string[];
  timeUnits: string[];
  yearPrepositions: string[];
}
export interface NamedDaysFile {
  days: Array<{
    calendar: 'persian' | 'gregorian' | 'hijri';
    month: number;
    day: number;
    year: number;
    cues: string[];
  }>;
  lunarDays?: Array<{ names: string[]; month: number; day: number }>;
  lunarDayCues?: string[];
}

export interface MonthInfo {
  calendar: MonthCalendar;
  month: number;
  ambiguous: boolean;
}

/** The key a name is looked up by: normal letters, no ZWNJ or space. */
export const keyOf = (s: string): string => normalizeWord(s).replace(/[\u200c ]+/g, '');

export interface CalendarLexicon {
  months: Map<string, MonthInfo>;
  weekdays: Map<string, number>;
  relative: Map<string, { unit: Unit; offset: number }>;
  countUnits: Map<string, Unit>;
  past: Set<string>;
  future: Set<string>;
  /** relative.json fromNow (دیگر): «دو روز دیگر» counts from the reference, never from another event. */
  fromNow: Set<string>;
  /** relative.json laterInNarrative (بعد): a forward count or expression with it is «N later» when told in the past. */
  laterInNarrative: Set<string>;
  /** relative.json gregorianMarker (میلادی): a relative year or month counted in Gregorian ones. */
  gregorianMarker: string;
  sinceBefore: string[];
  sinceAfter: string[];
  /** Day numbers written in words, 1–31, and cardinals 1–99 (for «دو روز پیش»). */
  dayWords: Map<string, number>;
  cardinalWords: Map<string, number>;
  /** numbers.json largeUnits (صد, هزار): a number word before «و» and a count makes the count part of a larger number. */
  largeUnits: Set<string>;
  stopBefore: Map<string, Set<string>>;
  stopAfter: Map<string, Set<string>>;
  stopPhrases: Set<string>;
  phrasesAllowedAfter: Set<string>;
  genericInSpeech: Set<string>;
  speechMarkers: Set<string>;
  /** «سال جدید»: the coming Solar year when the reference is in this month (1–12) or later. */
  newYear: Map<string, number>;
  /** Event nouns after which a genericInSpeech word, in its own clause, is the day after all. */
  dayInSpeechCues: Set<string>;
  monthCues: Set<string>;
  /** stop-contexts.json monthAlone: an ambiguous Solar month alone after a time cue. */
  monthAloneCues: Set<string>;
  everydayMonths: Set<string>;
  nameMonthsAfterAz: Set<string>;
  monthAloneNotBefore: Set<string>;
  /** «نیمه/هفته + ordinal + month»: a part of the month. */
  partOfMonth: Set<string>;
  /** «اول», «آخر», «پایانی» …: after a partOfMonth word they name a part of the month after them. */
  partOfMonthOrdinals: Set<string>;
  /** Words after a count that make it relative to another event. */
  fromAnotherEvent: Set<string>;
  /** A weekday that is also a city (دوشنبه): its prepositions and the words of its country. */
  cityNotWeekday: { weekday: number; prepositions: Set<string>; context: string[] };
  /** scan-words.json, keyed. */
  yearOffsets: Map<string, number>;
  directionWords: Map<string, -1 | 1>;
  /** After a weekday: «شنبه هفته آینده» (that week's Saturday), «شنبه گذشته» (the nearest one before). */
  weekdayModifiers: Map<string, { week?: -1 | 0 | 1; direction?: -1 | 1 }>;
  /** «در آستانه ماه محرم»: a month alone after them is the coming one, whatever the verb. */
  forwardCues: Set<string>;
  /** «چند سال گذشته», also glued to a preposition («درچند»): a duration, not last year. */
  /** Ordinal words for the first day without the «-م» ending (اول، اولین، نخستین). */
  firstDayWords: Set<string>;
  /** numbers.json halfDay words (نیمه). */
  halfDayWords: Set<string>;
  countWords: Set<string>;
  countWordPrepositions: string[];
  /** «نمایش 31/6/77»: a numeric date right after one of them is a work's title. */
  titleNouns: Set<string>;
  /** «از شنبه ۲۱ لغایت چهارشنبه ۲۵ آبان»: the first part of a range has no month of its own. */
  rangeWords: Set<string>;
  eras: Map<string, 'gregorian' | 'hijri' | 'persian'>;
  seasons: Map<string, number>;
  recurring: Set<string>;
  specificBefore: Set<string>;
  strongHijriCues: Set<string>;
  /** Words after a number that make it a quantity, not a year (with the time units). */
  quantity: Set<string>;
  /** The same without the time units: after «سال ۸۳» a time word starts the next phrase. */
  quantityNotTime: Set<string>;
  yearPrepositions: Set<string>;
  /** Named Hijri days (عاشورا → 1/10) and the words before them that make them dates. */
  lunarDays: Map<string, { month: number; day: number }>;
  lunarDayCues: Set<string>;
  /** Key `calendar:month:day` → the year and the cue words (keys). */
  namedDays: Map<string, { year: number; cues: Set<string> }>;
  re: {
    month: string;
    weekday: string;
    relative: string;
    dayWord: string;
    cardinal: string;
    unit: string;
    past: string;
    future: string;
    yearMod: string;
    eraWord: string;
    season: string;
    weekdayModifier: string;
    lunarDay: string;
  };
}

/** A file of lexicon/calendars/, read by the knowledge module. */
export function readJson<T>(name: string): T {
  const file: KnowledgeName = `lexicon/calendars/${name}`;
  const schema = jsonSchemaFor(file);
  if (!schema) throw new Error(`${file}: no schema (src/knowledge/schemas/)`);
  return checkKnowledge(schema, readKnowledgeJson(file), file) as T;
}

export function buildLexicon(
  months: MonthsFile,
  weekdays: WeekdaysFile,
  relative: RelativeFile,
  numbers: NumbersFile,
  stops: StopContextsFile,
  named: NamedDaysFile = { days: [] },
  words: ScanWordsFile = readJson('scan-words.json'),
): CalendarLexicon {
  const monthMap = new Map<string, MonthInfo>();
  for (const cal of ['persian', 'afghan-persian', 'gregorian', 'hijri'] as const) {
    for (const e of months[cal]) {
      for (const n of e.names)
        monthMap.set(keyOf(n), { calendar: cal, month: e.month, ambiguous: e.ambiguous === true });
    }
  }
  const monthNames = (['persian', 'afghan-persian', 'gregorian', 'hijri'] as const).flatMap((c) =>
    months[c].flatMap((e) => e.names),
  );

  const wd = new Map<string, number>();
  for (const w of weekdays.weekdays) for (const n of w.names) wd.set(keyOf(n), w.day);

  const rel = new Map<string, { unit: Unit; offset: number }>();
  for (const e of relative.expressions)
    for (const n of e.names) rel.set(keyOf(n), { unit: e.unit, offset: e.offset });
  // The year words after a month or season («اسفند امسال», «تابستان سال گذشته»): the relative year
  // expressions, and those of the form «سال X» with the Gregorian marker after or inside them
  // («سال گذشته میلادی», «سال میلادی گذشته»).
  const markers = relative.gregorianMarker ?? [];
  const yearOffsets = new Map<string, number>();
  for (const e of relative.expressions) {
    if (e.unit !== 'year') continue;
    for (const n of e.names) {
      yearOffsets.set(n, e.offset);
      const rest = /^سال[\u200c ]+(.+)$/.exec(n)?.[1];
      if (rest === undefined) continue;
      for (const g of markers) {
        yearOffsets.set(`${n} ${g}`, e.offset);
        yearOffsets.set(`سال ${g} ${rest}`, e.offset);
      }
    }
  }

  // Number words: units and tens from the file, compounds TENS و UNIT built here.
  const card = new Map<string, number>();
  for (const [w, v] of Object.entries(numbers.cardinals)) card.set(w, v);
  const unitCard = Object.entries(numbers.cardinals).filter(([, v]) => v < 10);
  for (const t of numbers.tens) {
    const tv = numbers.cardinals[t];
    if (tv === undefined) continue;
    for (const [u, uv] of unitCard) card.set(`${t} و ${u}`, tv + uv);
  }
  const dayWords = new Map<string, number>();
  for (const [w, v] of card) if (v <= 31) dayWords.set(w, v);
  for (const [w, v] of Object.entries(numbers.ordinals)) dayWords.set(w, v);
  const unitOrd = Object.entries(numbers.ordinals).filter(([w, v]) => v < 10 && w !== 'نخست');
  for (const t of ['بیست', 'سی']) {
    const tv = numbers.cardinals[t];
    if (tv === undefined) continue;
    for (const [u, uv] of unitOrd) if (tv + uv <= 31) dayWords.set(`${t} و ${u}`, tv + uv);
  }
  // «سومین روز ماه رمضان», «بیست و یکمین روز …»: every ordinal in «-م» also has its «-مین» form.
  for (const [w, v] of [...dayWords]) if (/م$/.test(w) && !/ام$/.test(w)) dayWords.set(`${w}ین`, v);
  // «نیمه شعبان»: the middle of a (lunar) month (scan.ts allows it only before Hijri months).
  for (const w of numbers.halfDay?.words ?? []) dayWords.set(w, numbers.halfDay?.day ?? 15);
  const flexKeyed = (m: Map<string, number>) => {
    const out = new Map<string, number>();
    for (const [w, v] of m) out.set(keyOf(w), v);
    return out;
  };
  // « و » inside compounds may be written with any spacing: the regex allows it.
  const numberAlt = (words: Iterable<string>) => alternation(words, true);

  const toSet = (rec: Record<string, string[]>) => {
    const m = new Map<string, Set<string>>();
    for (const [k, v] of Object.entries(rec))
      m.set(k === 'any' || k === 'weekday' ? k : keyOf(k), new Set(v.map(keyOf)));
    return m;
  };

  return {
    months: monthMap,
    weekdays: wd,
    relative: rel,
    countUnits: new Map(Object.entries(relative.countUnits).map(([k, v]) => [keyOf(k), v])),
    past: new Set(relative.past.map(keyOf)),
    future: new Set(relative.future.map(keyOf)),
    fromNow: new Set((relative.fromNow ?? []).map(keyOf)),
    laterInNarrative: new Set((relative.laterInNarrative ?? []).map(keyOf)),
    gregorianMarker: alternation(markers),
    sinceBefore: relative.since.before.map(keyOf),
    sinceAfter: relative.since.after.map(keyOf),
    dayWords: flexKeyed(dayWords),
    cardinalWords: flexKeyed(card),
    largeUnits: new Set((numbers.largeUnits ?? []).map(keyOf)),
    stopBefore: toSet(stops.before),
    stopAfter: toSet(stops.after),
    stopPhrases: new Set(stops.phrases.map(keyOf)),
    phrasesAllowedAfter: new Set(stops.phrasesAllowedAfter.map(keyOf)),
    genericInSpeech: new Set((relative.genericInSpeech ?? []).map(keyOf)),
    speechMarkers: new Set((relative.speechMarkers ?? []).map(keyOf)),
    newYear: new Map(
      (relative.newYear?.names ?? []).map((n) => [keyOf(n), relative.newYear?.fromMonth ?? 13]),
    ),
    dayInSpeechCues: new Set((relative.dayInSpeechCues ?? []).map(keyOf)),
    monthCues: new Set((stops.monthCues ?? []).map(keyOf)),
    monthAloneCues: new Set((stops.monthAlone?.cues ?? []).map(keyOf)),
    everydayMonths: new Set((stops.monthAlone?.everydayWords ?? []).map(keyOf)),
    nameMonthsAfterAz: new Set((stops.monthAlone?.namesAfterAz ?? []).map(keyOf)),
    monthAloneNotBefore: new Set((stops.monthAlone?.notBefore ?? []).map(keyOf)),
    partOfMonth: new Set((stops.partOfMonth?.words ?? []).map(keyOf)),
    partOfMonthOrdinals: new Set((stops.partOfMonth?.ordinals ?? []).map(keyOf)),
    fromAnotherEvent: new Set((stops.fromAnotherEvent?.words ?? []).map(keyOf)),
    cityNotWeekday: {
      weekday: stops.cityNotWeekday?.weekday ?? -1,
      prepositions: new Set((stops.cityNotWeekday?.prepositions ?? []).map(keyOf)),
      context: (stops.cityNotWeekday?.context ?? []).map(keyOf),
    },
    yearOffsets: new Map([...yearOffsets].map(([k, v]) => [keyOf(k), v])),
    directionWords: new Map(Object.entries(words.directionWords).map(([k, v]) => [keyOf(k), v])),
    weekdayModifiers: new Map(Object.entries(words.weekdayModifiers).map(([k, v]) => [keyOf(k), v])),
    forwardCues: new Set(words.forwardCues.map(keyOf)),
    firstDayWords: new Set(words.firstDayWords.map(keyOf)),
    halfDayWords: new Set((numbers.halfDay?.words ?? []).map(keyOf)),
    countWords: new Set(words.countWords.map(keyOf)),
    countWordPrepositions: words.countWordPrepositions.map(keyOf),
    titleNouns: new Set(words.titleNouns.map(keyOf)),
    rangeWords: new Set(words.rangeWords.map(keyOf)),
    eras: new Map(
      (['gregorian', 'hijri', 'persian'] as const).flatMap((e) =>
        words.eras[e].map((w) => [keyOf(w), e] as const),
      ),
    ),
    seasons: new Map(words.seasons.flatMap((x) => x.names.map((n) => [keyOf(n), x.season] as const))),
    recurring: new Set(words.recurring.map(keyOf)),
    specificBefore: new Set(words.specificBefore.map(keyOf)),
    strongHijriCues: new Set(words.strongHijriCues.map(keyOf)),
    quantity: new Set([...words.quantityUnits, ...words.timeUnits].map(keyOf)),
    quantityNotTime: new Set(words.quantityUnits.map(keyOf)),
    yearPrepositions: new Set(words.yearPrepositions.map(keyOf)),
    lunarDays: new Map(
      (named.lunarDays ?? []).flatMap((x) =>
        x.names.map((n) => [keyOf(n), { month: x.month, day: x.day }] as const),
      ),
    ),
    lunarDayCues: new Set((named.lunarDayCues ?? []).map(keyOf)),
    namedDays: new Map(
      named.days.map((d) => [
        `${d.calendar}:${d.month}:${d.day}`,
        { year: d.year, cues: new Set(d.cues.map(keyOf)) },
      ]),
    ),
    re: {
      month: alternation(monthNames),
      weekday: alternation(weekdays.weekdays.flatMap((w) => w.names)),
      relative: alternation(relative.expressions.flatMap((e) => e.names)),
      dayWord: numberAlt(dayWords.keys()),
      cardinal: numberAlt(card.keys()),
      unit: alternation(Object.keys(relative.countUnits)),
      past: alternation(relative.past),
      future: alternation(relative.future),
      yearMod: alternation([...yearOffsets.keys(), ...Object.keys(words.directionWords)]),
      // one-letter abbreviations (ش، م، ق) and the dotted ones stay in scan.ts's era pattern
      eraWord: alternation(
        Object.values(words.eras)
          .flat()
          .filter((w) => keyOf(w).length > 2),
      ),
      season: alternation(words.seasons.flatMap((x) => x.names)),
      weekdayModifier: alternation(Object.keys(words.weekdayModifiers)),
      lunarDay: alternation((named.lunarDays ?? []).flatMap((x) => x.names)),
    },
  };
}

let cached: CalendarLexicon | null = null;

/** The shipped calendar lexicon, loaded on first use. */
export function calendarLexicon(): CalendarLexicon {
  cached ??= buildLexicon(
    readJson('months.json'),
    readJson('weekdays.json'),
    readJson('relative.json'),
    readJson('numbers.json'),
    readJson('stop-contexts.json'),
    readJson('named-days.json'),
  );
  return cached;
}
