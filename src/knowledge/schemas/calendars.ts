// Schemas of lexicon/calendars/*.json (lexicon/calendars/README.md): month and weekday names,
// number words, relative expressions, scan words, stop contexts and named days.
import { Type } from '@sinclair/typebox';
import { CommentedWords, Int, NonEmpty, Opt, Strings, Words } from './common.js';

const Month = Type.Object({
  month: Type.Integer({ minimum: 1, maximum: 12 }),
  names: Words,
  ambiguous: Opt(Type.Boolean()),
});
const Months = Type.Array(Month, { minItems: 12, maxItems: 12 });

export const MonthsFile = Type.Object({
  persian: Months,
  'afghan-persian': Months,
  gregorian: Months,
  hijri: Months,
});

export const WeekdaysFile = Type.Object({
  weekdays: Type.Array(Type.Object({ day: Type.Integer({ minimum: 0, maximum: 6 }), names: Words }), {
    minItems: 7,
  }),
});

export const NumbersFile = Type.Object({
  cardinals: Type.Record(Type.String(), Int),
  ordinals: Type.Record(Type.String(), Int),
  tens: Opt(Words),
  ordinalSuffixes: Opt(Words),
  halfDay: Opt(Type.Object({ words: Words, day: Int })),
  largeUnits: Opt(Words),
});

export const RelativeFile = Type.Object({
  expressions: Type.Array(Type.Object({ names: Words, unit: NonEmpty, offset: Int })),
  countUnits: Type.Record(Type.String(), NonEmpty),
  past: Words,
  future: Words,
  fromNow: Opt(Words),
  laterInNarrative: Opt(Words),
  since: Opt(Type.Object({ before: Opt(Words), after: Opt(Words) })),
  genericInSpeech: Opt(Words),
  dayInSpeechCues: Opt(Words),
  gregorianMarker: Opt(Words),
  speechMarkers: Opt(Words),
  newYear: Opt(Type.Object({ names: Words, fromMonth: Type.Integer({ minimum: 1, maximum: 12 }) })),
});

export const ScanWordsFile = Type.Object({
  directionWords: Opt(Type.Record(Type.String(), Int)),
  weekdayModifiers: Opt(Type.Record(Type.String(), Type.Object({ week: Opt(Int), direction: Opt(Int) }))),
  eras: Opt(Type.Record(Type.String(), Words)),
  seasons: Opt(Type.Array(Type.Object({ season: Int, names: Words }))),
});

/** tense.json: the words that tell a date's sentence's tense (src/recognize/dates/index.ts). */
const PersianWord = Type.String({
  pattern: '^[\\u0600-\\u06FF\\u200c](?:[\\u0600-\\u06FF\\u200c ]*[\\u0600-\\u06FF\\u200c])?$',
  errorMessage: 'must be a Persian word or phrase',
});
const PersianWords = Type.Array(PersianWord, {
  minItems: 1,
  errorMessage: 'must be a non-empty list of words',
});
export const TenseFile = Type.Object({
  future: Type.Object({
    auxiliary: Type.Object({ stem: PersianWord, endings: PersianWords }),
    phrases: PersianWords,
  }),
  scheduledPresent: PersianWords,
  past: PersianWords,
  pastPluralEndings: Opt(PersianWords),
  presentPlurals: Opt(PersianWords),
  subjunctivePassive: PersianWords,
  perfectEndings: PersianWords,
  now: PersianWords,
  weekdayCopula: Opt(Type.Object({ words: PersianWords, notAfter: PersianWords })),
});

export const StopContextsFile = Type.Object({
  before: Type.Record(Type.String(), Strings),
  after: Opt(Type.Record(Type.String(), Strings)),
  phrases: Opt(Strings),
  phrasesAllowedAfter: Opt(Strings),
  monthCues: Opt(Strings),
  partOfMonth: Opt(Type.Object({ words: Words, ordinals: Opt(Words) })),
  fromAnotherEvent: Opt(CommentedWords),
  cityNotWeekday: Opt(Type.Object({ weekday: Int, prepositions: Words, context: Words })),
});

export const NamedDaysFile = Type.Object({
  days: Type.Array(
    Type.Object({ calendar: NonEmpty, month: Int, day: Int, year: Opt(Int), cues: Opt(Words) }),
  ),
  lunarDays: Opt(Type.Array(Type.Object({ names: Words, month: Int, day: Int }))),
  lunarDayCues: Opt(Words),
});

export const CALENDAR_SCHEMAS = {
  'lexicon/calendars/months.json': MonthsFile,
  'lexicon/calendars/weekdays.json': WeekdaysFile,
  'lexicon/calendars/numbers.json': NumbersFile,
  'lexicon/calendars/relative.json': RelativeFile,
  'lexicon/calendars/scan-words.json': ScanWordsFile,
  'lexicon/calendars/stop-contexts.json': StopContextsFile,
  'lexicon/calendars/named-days.json': NamedDaysFile,
  'lexicon/calendars/tense.json': TenseFile,
} as const;
