// The event lexicons are data users edit (lexicon/events/*.json): this validates every shipped file
// against its schema (docs/events.md), checks that the CAMEO table agrees with the Open Event Data
// Alliance's CAMEO→PLOVER conversion (except the documented overrides), and that a malformed entry
// is refused with a message naming the file, the trigger and the field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileTriggers, eventLexicon, triggerFiles } from '../../../src/code/events/trigger-lexicon.js';
import { grammarLexicon, readLexiconJson } from '../../../src/grammar/grammar-lexicon.js';
import { readVerb } from '../../../src/grammar/verb-forms.js';
import { wordKey } from '../../../src/grammar/word-key.js';
import { readKnowledgeJson } from '../../../src/knowledge/files.js';
import { ploverOntology } from '../../../src/knowledge/ontology.js';
import { compileSpeechLexicon } from '../../../src/resolve/quotes/speech-lexicon.js';

const cameo = () => ploverOntology().cameo;
const QUAD = ploverOntology().quad;

describe('shipped lexicons', () => {
  it('compiles every triggers*.json with known verbs, CAMEO codes and argument markers', () => {
    const lex = eventLexicon();
    expect(triggerFiles()).toContain('triggers.json');
    expect(lex.triggers.length).toBeGreaterThan(30);
    const types = new Set(lex.triggers.map((t) => lex.cameo.get(t.cameo)?.type));
    // The triggers cover every quad class.
    expect(new Set([...types].map((t) => QUAD[t as keyof typeof QUAD]))).toEqual(new Set([1, 2, 3, 4]));
  });

  it('compiles the speech verbs', () => {
    const sp = compileSpeechLexicon(readLexiconJson('speech-verbs.json'), grammarLexicon());
    expect(sp.patterns.length).toBeGreaterThan(10);
  });

  it('agrees with CAMEO2PLOVER-2021 on every code it does not explicitly override', () => {
    const table = cameo();
    const raw = readKnowledgeJson('lexicon/ontology/plover.json') as {
      cameo: Record<string, { override?: boolean }>;
    };
    const source = readFileSync('../shared/data/ontology/CAMEO2PLOVER-2021.txt', 'utf8');
    let checked = 0;
    for (const line of source.split('\n')) {
      const m = /^(\d{3,4}):\s*([A-Z]+)\s*,/.exec(line);
      if (!m || raw.cameo[m[1]]?.override) continue;
      expect(table.get(m[1])?.type, m[1]).toBe(m[2]);
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('follows ontology.md where it departs from the 2021 table', () => {
    const table = cameo();
    expect(table.get('018')?.type).toBe('CONCEDE');
    expect(table.get('055')?.type).toBe('CONCEDE');
    expect(table.get('057')?.type).toBe('AGREE');
    expect(table.get('112')?.mode).toBe('allege');
    expect(table.get('183')?.mode).toBe('explosives');
    expect(table.get('195')?.mode).toBe('aerial');
  });
});

describe('verb forms', () => {
  const g = grammarLexicon();
  const read = (lemma: string, form: string) => readVerb(g.verbs, wordKey(lemma), wordKey(form));

  it('reads negation, prefix, stem and finiteness', () => {
    expect(read('کردن', 'نکرد')).toMatchObject({ negated: true, stem: 'past', form: 'finite' });
    expect(read('کردن', 'می‌کنند')).toMatchObject({ negated: false, prefix: 'می', stem: 'present' });
    expect(read('خواستن', 'نمیخواهد')).toMatchObject({ negated: true, prefix: 'نمی' });
    expect(read('شناختن', 'نشناخته')).toMatchObject({ negated: true, form: 'participle' });
    expect(read('کردن', 'کرده‌اند')).toMatchObject({ form: 'finite' });
    expect(read('کردن', 'کردن')).toMatchObject({ form: 'infinitive' });
  });

  it('does not read a stem-initial ن as negation, nor a noun as a verb', () => {
    expect(read('نوشتن', 'نوشت')).toMatchObject({ negated: false });
    expect(read('کردن', 'کردی')).toBeNull();
    expect(read('دادن', 'ده')).toBeNull();
    expect(read('گرفتن', 'گیری')).toBeNull();
  });
});

describe('malformed entries are refused with file, trigger and field', () => {
  const g = grammarLexicon();
  const base = { id: 'x', patterns: ['دیدار @کردن'], cameo: '040', actor: ['subject'], recipient: ['با'] };
  const refuse = (entry: Record<string, unknown>) => () =>
    compileTriggers({ triggers: [{ ...base, ...entry }] }, 'triggers.local.json', cameo(), g);

  it.each([
    [{ cameo: '999' }, /triggers\.local\.json: triggers entry 1 \("x"\): field "cameo": "999" is not a CAMEO code/],
    [{ patterns: ['دیدار @پریدن'] }, /entry 1 \("x"\): field "patterns\[0\]": «دیدار @پریدن»: unknown verb/],
    [{ patterns: ['… دیدار'] }, /must not begin or end with a gap/],
    [{ recipient: ['کنار'] }, /field "recipient\[0\]": "کنار" is neither/],
    [{ confidence: 2 }, /field "confidence": expected number to be less or equal to 1, or null \(got 2\)/],
    [{ id: '' }, /triggers entry 1: field "id": expected string length greater or equal to 1/],
    [{ upgrade: [{ words: ['سفر'], cameo: '000' }] }, /field "upgrade\[0\]\.cameo": "000" is not/],
  ])('refuses %j', (entry, message) => {
    expect(refuse(entry)).toThrow(message);
  });

  it('refuses duplicate ids', () => {
    expect(() => compileTriggers({ triggers: [base, base] }, 'triggers.json', cameo(), g)).toThrow(
      /triggers entry 2 \("x"\): field "id": duplicate id: duplicates triggers entry 1/,
    );
  });
});
