// The one table reader (src/knowledge/schemas/tables.ts): every tabular knowledge file's loader reads
// its rows through its format, so a malformed row of each table kind is refused by the loader itself
// with the one-line error «<file>: line N: field "<column>": <what>», and the rows arrive as typed
// columns (number weights, «|» lists, the default of a missing trailing field).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkKnowledgeFile } from '../../src/knowledge/schemas/index.js';
import {
  COUNTRIES_CLDR,
  readRows,
  TABLE_FORMATS,
  WHOLE_WORDS,
  ZWNJ_FORMS,
  ZWNJ_MODEL,
} from '../../src/knowledge/schemas/tables.js';
import { KnowledgeError } from '../../src/knowledge/validate.js';
import { parseZwnjLexicon } from '../../src/repair/zwnj-lexicon.js';
import { parseZwnjModel } from '../../src/repair/zwnj-model.js';
import { addCldrNames } from '../../src/resolve/actors/lexicon-files.js';
import { parseGazetteer } from '../../src/resolve/places/gazetteer.js';

const Z = '\u200c';

/** The error message of `f`, which must throw a one-line KnowledgeError. */
function refusal(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(KnowledgeError);
    const message = (e as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    return message;
  }
  throw new Error('did not throw');
}

describe('table loaders refuse a malformed row with one line naming file, line and column', () => {
  it('zwnj-forms.tsv: a form without ZWNJ, bad flags', () => {
    expect(refusal(() => parseZwnjLexicon(`# c\nمی${Z}شود\tgs\nکتاب\tg\n`, ''))).toBe(
      'lexicon/repair/zwnj-forms.tsv: line 3: field "form": has no ZWNJ (got "کتاب")',
    );
    expect(refusal(() => parseZwnjLexicon(`می${Z}شود\tgx\n`, ''))).toBe(
      'lexicon/repair/zwnj-forms.tsv: line 1: field "flags": must be g, s and w letters (got "gx")',
    );
  });
  it('whole-words.tsv: a word with ZWNJ, tags out of order, a third field', () => {
    expect(refusal(() => parseZwnjLexicon('', `کتاب\tA5\nبا${Z}هم\n`))).toBe(
      `lexicon/repair/whole-words.tsv: line 2: field "word": has a ZWNJ or a space (got "با${Z}هم")`,
    );
    expect(refusal(() => parseZwnjLexicon('', 'کتاب\tSA5\n'))).toMatch(
      /^lexicon\/repair\/whole-words\.tsv: line 1: field "tags": must be tags A, S, F, .* \(got "SA5"\)$/,
    );
    expect(refusal(() => parseZwnjLexicon('', 'کتاب\tA\tx\n'))).toBe(
      'lexicon/repair/whole-words.tsv: line 1: 3 fields, expected 1 or 2',
    );
  });
  it('compound-tails.tsv: missing flags, bad flags', () => {
    expect(refusal(() => parseZwnjLexicon('', '', 'سازی\n'))).toBe(
      'lexicon/repair/compound-tails.tsv: line 1: 1 field, expected 2',
    );
    expect(refusal(() => parseZwnjLexicon('', '', 'سازی\tw\n'))).toBe(
      'lexicon/repair/compound-tails.tsv: line 1: field "flags": must be g and s letters (got "w")',
    );
  });
  it('zwnj-model.tsv: a weight that is no number, an unknown kind', () => {
    expect(refusal(() => parseZwnjModel('# threshold glued 4\nglued\tR:ها\tabc\n'))).toBe(
      'lexicon/repair/zwnj-model.tsv: line 2: field "weight": must be a number (got "abc")',
    );
    expect(refusal(() => parseZwnjModel('joined\tR:ها\t1\n'))).toBe(
      'lexicon/repair/zwnj-model.tsv: line 1: field "kind": must be "glued" or "pair" (got "joined")',
    );
  });
  it('countries-cldr.tsv: a code that is not ISO3', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasad-cldr-'));
    const file = join(dir, 'countries-cldr.tsv');
    writeFileSync(file, '# code\tfa\tfa_AF\nALB\t\tالبانیا\nIr\tایران\t\n');
    expect(refusal(() => addCldrNames([], file))).toBe(
      `${file}: line 3: field "code": must be three upper-case letters (got "Ir")`,
    );
  });
  it('weak-names.txt: a name with a space at its edge', () => {
    expect(refusal(() => parseGazetteer('', 'gazetteer.tsv', 'تهران\n جم\n'))).toBe(
      'lexicon/places/weak-names.txt: line 2: field "name": has a space at an edge (got " جم")',
    );
  });
  it('the tagger lists and bound-tails.txt (read by scripts), through their schema check', () => {
    expect(
      refusal(() => checkKnowledgeFile('lexicon/tagger/names.tsv', 'فارس\tMEDIA\nایرنا\tAGENCY\n')),
    ).toMatch(
      /^lexicon\/tagger\/names\.tsv: line 2: field "kind": must be one of PER, ORG, .* \(got "AGENCY"\)$/,
    );
    expect(refusal(() => checkKnowledgeFile('lexicon/tagger/org-heads.txt', 'وزارت\nبانک مرکزی\n'))).toBe(
      'lexicon/tagger/org-heads.txt: line 2: field "word": must be one Persian word (got "بانک مرکزی")',
    );
    expect(refusal(() => checkKnowledgeFile('lexicon/repair/bound-tails.txt', `سازی\nگیر${Z}ی\n`))).toBe(
      `lexicon/repair/bound-tails.txt: line 2: field "tail": has a ZWNJ or a space (got "گیر${Z}ی")`,
    );
  });
});

describe('readRows', () => {
  it('hands typed columns: numbers, «|» lists, the default of a missing trailing field', () => {
    const model: unknown[] = [];
    readRows('m.tsv', 'pair\tL:آب\t-1.5\r\n', ZWNJ_MODEL, (r) => model.push({ ...r }));
    expect(model).toEqual([{ kind: 'pair', feature: 'L:آب', weight: -1.5 }]);
    const cldr: unknown[] = [];
    readRows('c.tsv', 'AFG\t\tافغانستان|افغانستان اسلامی\n', COUNTRIES_CLDR, (r, line) =>
      cldr.push([{ ...r }, line]),
    );
    expect(cldr).toEqual([[{ code: 'AFG', fa: [], fa_AF: ['افغانستان', 'افغانستان اسلامی'] }, 1]]);
    const forms: string[] = [];
    readRows('f.tsv', `\nمی${Z}شود\n`, ZWNJ_FORMS, ({ flags }) => forms.push(flags));
    expect(forms).toEqual(['g']);
    const words: string[] = [];
    readRows('w.tsv', 'کتاب\nخوب\tA5f3\n', WHOLE_WORDS, ({ tags }) => words.push(tags));
    expect(words).toEqual(['', 'A5f3']);
  });
  it('passes comment lines to the loader that reads them (the model thresholds)', () => {
    expect(parseZwnjModel('# threshold glued 4\n# threshold pair -2.5\n').pairThreshold).toBe(-2.5);
  });
  it('every table a loader reads has its columns in TABLE_FORMATS, the format the schema test checks', () => {
    for (const name of [
      'lexicon/repair/zwnj-forms.tsv',
      'lexicon/repair/whole-words.tsv',
      'lexicon/repair/compound-tails.tsv',
      'lexicon/repair/zwnj-model.tsv',
      'lexicon/repair/bound-tails.txt',
      'lexicon/actors/countries-cldr.tsv',
      'lexicon/places/weak-names.txt',
      'lexicon/tagger/names.tsv',
      'lexicon/tagger/org-heads.txt',
    ])
      expect(TABLE_FORMATS[name]?.columns, name).toBeDefined();
  });
});
