// Line formats of the tabular knowledge files (TSV and word lists), and the one reader of their rows.
// A line holds TAB-separated fields; `#` starts a comment line; blank lines are skipped. A file a script
// compiles may keep a header line, which must then have the same number of fields. A format says how many fields a line may have and, for
// the tables a loader reads, what each column holds: readRows checks every field and hands the loader
// typed columns, so the loaders hold no column parsing or checks of their own, and the schema test
// (checkKnowledgeFile) checks exactly what the loaders check. A bad line is one line of error, the
// shape every knowledge file uses (src/knowledge/validate.ts):
//
//   <file>: line N: field "<column>": <what is wrong>
//   lexicon/repair/zwnj-forms.tsv: line 7: field "flags": must be g, s and w letters (got "x")
//
// Speed matters: the ZWNJ tables (≈290k lines) are parsed at every start that has no compiled
// artifact, so a row is one split and one small object, and a column check is a plain function.
import { NAME_KINDS } from '../../recognize/tagger/features.js';
import { entryError, type KnowledgeError } from '../validate.js';

/** One column: how a field is checked and what value the loader gets. */
export interface Column<T> {
  /** What is wrong with the field, or null when it is good. */
  readonly problem: (field: string) => string | null;
  /** The field's value, once good (the field itself when absent). */
  readonly value?: (field: string) => T;
  /** The field a line too short to have this column reads as (only for trailing columns). */
  readonly missing?: string;
}

type Columns = Record<string, Column<unknown>>;

/** The typed row of a format's columns. */
export type RowOf<C extends Columns> = { [K in keyof C]: C[K] extends Column<infer T> ? T : never };

export interface TableFormat<C extends Columns = Columns> {
  /** The numbers of fields a line may have. */
  readonly fields: readonly number[];
  /** The columns, in line order, of the tables a loader reads (the others are checked by count only). */
  readonly columns?: C;
}

const ZWNJ = '\u200c';

// Column kinds. Each names what is wrong in words a user editing the file understands.
const got = (field: string): string => ` (got "${field}")`;

/** A field matching `pattern`, described as `what` in the error. */
export function matching(pattern: RegExp, what: string, missing?: string): Column<string> {
  return { problem: (f) => (pattern.test(f) ? null : `must be ${what}${got(f)}`), missing };
}

/** A non-empty field, checked further by `check` (the problem, or null). */
export function word(check?: (field: string) => string | null): Column<string> {
  return { problem: (f) => (f === '' ? 'is empty' : check ? check(f) : null) };
}

/** A field that may be empty: a list of values separated by «|» (empty parts dropped). */
export const barList: Column<string[]> = {
  problem: () => null,
  value: (f) => (f === '' ? [] : f.split('|').filter(Boolean)),
};

/** A finite decimal number. */
export const decimal: Column<number> = {
  problem: (f) => (f !== '' && Number.isFinite(Number(f)) ? null : `must be a number${got(f)}`),
  value: Number,
};

const noZwnjOrSpace = (f: string): string | null =>
  f.includes(ZWNJ) || f.includes(' ') ? `has a ZWNJ or a space${got(f)}` : null;
const trimmed = (f: string): string | null => (f.trim() === f ? null : `has a space at an edge${got(f)}`);
const withZwnj = (f: string): string | null => (f.includes(ZWNJ) ? null : `has no ZWNJ${got(f)}`);
const persianName = (f: string): string | null =>
  /^[\u0600-\u06ff\u200c]+(?: [\u0600-\u06ff\u200c]+)*$/.test(f)
    ? null
    : `must be Persian words separated by single spaces${got(f)}`;
const persianWord = (f: string): string | null =>
  /^[\u0600-\u06ff\u200c]+$/.test(f) ? null : `must be one Persian word${got(f)}`;

/** zwnj-forms.tsv: a form with its ZWNJs, and where it is restored (g glued, s spaced, w weakly spaced). */
export const ZWNJ_FORMS = {
  fields: [1, 2],
  columns: { form: word(withZwnj), flags: matching(/^[gsw]+$/, 'g, s and w letters', 'g') },
} satisfies TableFormat;

/** whole-words.tsv: a word without ZWNJ, and its tags (A adjective, S stem only, F function word,
 * the hazm frequency class, f and the news class), in that order. */
export const WHOLE_WORDS = {
  fields: [1, 2],
  columns: {
    word: word(noZwnjOrSpace),
    tags: matching(
      /^A?S?F?[0-9]*(?:f[0-9]+)?$/,
      'tags A, S, F, a class and f with a class, in that order',
      '',
    ),
  },
} satisfies TableFormat;

/** compound-tails.tsv: a productive second part of compounds, split off glued (g) / joined spaced (s). */
export const COMPOUND_TAILS = {
  fields: [2],
  columns: { tail: word(noZwnjOrSpace), flags: matching(/^[gs]+$/, 'g and s letters') },
} satisfies TableFormat;

/** zwnj-model.tsv: `glued|pair<TAB>feature<TAB>weight` (its `# threshold …` comments are the model's). */
export const ZWNJ_MODEL = {
  fields: [3],
  columns: {
    kind: matching(/^(?:glued|pair)$/, '"glued" or "pair"') as Column<'glued' | 'pair'>,
    feature: word(),
    weight: decimal,
  },
} satisfies TableFormat;

/** bound-tails.txt: one bound second part of compounds a line. */
export const BOUND_TAILS = { fields: [1], columns: { tail: word(noZwnjOrSpace) } } satisfies TableFormat;

/** countries-cldr.tsv: an ISO3 code and the CLDR names in Farsi and in Dari, «|»-separated. */
export const COUNTRIES_CLDR = {
  fields: [3],
  columns: { code: matching(/^[A-Z]{3}$/, 'three upper-case letters'), fa: barList, fa_AF: barList },
} satisfies TableFormat;

/** weak-names.txt: one place name a line that is also a common word or a person's name. */
export const WEAK_NAMES = { fields: [1], columns: { name: word(trimmed) } } satisfies TableFormat;

/** The tagger's names.tsv: a Persian name and its kind (NAME_KINDS). */
export const TAGGER_NAMES = {
  fields: [2],
  columns: {
    name: word(persianName),
    kind: matching(new RegExp(`^(?:${NAME_KINDS.join('|')})$`), `one of ${NAME_KINDS.join(', ')}`) as Column<
      (typeof NAME_KINDS)[number]
    >,
  },
} satisfies TableFormat;

/** The tagger's org-heads.txt: one Persian word a line. */
export const ORG_HEADS = { fields: [1], columns: { word: word(persianWord) } } satisfies TableFormat;

export const TABLE_FORMATS: Record<string, TableFormat> = {
  'lexicon/actors/countries.tsv': { fields: [6] },
  'lexicon/actors/countries-cldr.tsv': COUNTRIES_CLDR,
  'lexicon/actors/sources/organizations.tsv': { fields: [6, 7] },
  'lexicon/actors/sources/people.tsv': { fields: [7] },
  'lexicon/places/gazetteer.tsv': { fields: [10] },
  'lexicon/places/regional.tsv': { fields: [9, 11] },
  'lexicon/places/sources/iran-counties.tsv': { fields: [2] },
  'lexicon/places/sources/zone.tab': { fields: [3, 4] },
  'lexicon/places/weak-names.txt': WEAK_NAMES,
  'lexicon/repair/bound-tails.txt': BOUND_TAILS,
  'lexicon/repair/compound-tails.tsv': COMPOUND_TAILS,
  'lexicon/repair/whole-words.tsv': WHOLE_WORDS,
  'lexicon/repair/zwnj-forms.tsv': ZWNJ_FORMS,
  'lexicon/repair/zwnj-model.tsv': ZWNJ_MODEL,
  'lexicon/tagger/names.tsv': TAGGER_NAMES,
  'lexicon/tagger/org-heads.txt': ORG_HEADS,
};

/**
 * Reads a table's rows through its format: `each` gets every data line's typed columns (one row object
 * reused for every line) and its line number (from 1); `comment` (optional) gets the comment lines. Throws the first bad line as one
 * KnowledgeError naming file, line and column.
 */
export function readRows<C extends Columns>(
  file: string,
  text: string,
  format: TableFormat<C>,
  each: (row: RowOf<C>, line: number) => void,
  comment?: (line: string, n: number) => void,
): void {
  const cols = Object.entries(format.columns ?? {}) as Array<[string, Column<unknown>]>;
  const names = cols.map(([n]) => n);
  const columns = cols.map(([, c]) => c);
  const allowed = format.fields;
  const most = Math.max(...allowed);
  const missing = columns.map((c) => {
    const field = c.missing ?? '';
    return c.value ? c.value(field) : field;
  });
  // One fields array and one row object for all lines (no allocation per line but the fields' own
  // strings): `each` must copy what it keeps of the row, not the row itself.
  const fields: string[] = new Array(most).fill('');
  const row: Record<string, unknown> = {};
  for (const name of names) row[name] = '';
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    if (line === '') continue;
    if (line.charCodeAt(0) === 35 /* # */) {
      comment?.(line, i + 1);
      continue;
    }
    // The fields, cut at TABs (a line without TAB is its own first field).
    let n = 0;
    let start = 0;
    for (;;) {
      const tab = line.indexOf('\t', start);
      if (n < most)
        fields[n] = tab === -1 ? (start === 0 ? line : line.slice(start)) : line.slice(start, tab);
      n++;
      if (tab === -1) break;
      start = tab + 1;
    }
    if (!allowed.includes(n))
      throw lineError(file, i + 1, null, `${n} field${n === 1 ? '' : 's'}, expected ${allowed.join(' or ')}`);
    if (fields[0] === '')
      throw lineError(file, i + 1, names[0] ?? null, names[0] ? 'is empty' : 'the first field is empty');
    if (columns.length === 0) continue;
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c] as Column<unknown>;
      const name = names[c] as string;
      if (c >= n) {
        // A missing trailing field reads as the column's `missing` (a good field: not checked).
        row[name] = missing[c];
        continue;
      }
      const field = fields[c] as string;
      const problem = column.problem(field);
      if (problem !== null) throw lineError(file, i + 1, name, problem);
      row[name] = column.value ? column.value(field) : field;
    }
    each(row as RowOf<C>, i + 1);
  }
}

function lineError(file: string, line: number, column: string | null, message: string): KnowledgeError {
  return entryError(file, `line ${line}`, column, message);
}

/** Checks a whole table against its format (the schema test); throws the first bad line. */
export function checkTable(name: string, text: string, format: TableFormat): void {
  readRows(name, text, format, () => {});
}
