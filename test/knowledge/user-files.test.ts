// Users' own knowledge files go through the same schemas as the shipped ones and fail the same way:
// one line on stderr naming the file, the entry and the field, exit status 1, and nothing of the bad
// file loaded. One block per kind of user file:
//   - triggers.local.json (any lexicon/events/triggers*.json a user adds), through `rasad extract` run
//     from a copy of the package whose lexicon/events/ holds the file;
//   - $RASAD_DICTIONARIES, through `rasad serve`, which checks its dictionaries before it listens.
//   (`--dictionary` for `rasad extract`: test/resolve/actors/kb.test.ts, the same four cases.)
// Each block tries a malformed entry, an unknown code, a date range that ends before it begins (actor
// roles; a trigger has no dates, so that case is the dictionary's only) and a duplicate id.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEventLexicon, eventLexicon, triggerFiles } from '../../src/code/events/trigger-lexicon.js';
import { grammarLexicon, readLexiconJson } from '../../src/grammar/grammar-lexicon.js';
import { ploverOntology } from '../../src/knowledge/ontology.js';
import { actorLexicon, lookupPhrase } from '../../src/resolve/actors/lexicon-index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'rasad-user-files-'));
const input = join(dir, 'in.txt');
writeFileSync(input, 'روسیه و ایران توافق کردند.');

/** One line on stderr (after «rasad: »), exit 1, nothing on stdout. */
function expectOneLine(r: ReturnType<typeof spawnSync>, message: RegExp, name: string): void {
  const stderr = String(r.stderr);
  expect(r.status, `${name}: ${stderr}`).toBe(1);
  expect(stderr.trim().split('\n'), name).toHaveLength(1);
  expect(stderr, name).toMatch(message);
  expect(String(r.stdout), name).toBe('');
}

const trigger = (extra: Record<string, unknown>) => ({
  id: 'local-meet',
  patterns: ['دیدار @کردن'],
  cameo: '040',
  actor: ['subject'],
  recipient: ['با'],
  ...extra,
});

const TRIGGER_CASES: Array<[string, unknown, RegExp]> = [
  [
    'malformed entry',
    { triggers: [trigger({ patterns: 'دیدار @کردن' })] },
    /triggers\.local\.json: triggers entry 1 \("local-meet"\): field "patterns": expected array/,
  ],
  [
    'unknown code',
    { triggers: [trigger({ cameo: '999' })] },
    /triggers\.local\.json: triggers entry 1 \("local-meet"\): field "cameo": "999" is not a CAMEO code/,
  ],
  [
    'duplicate id',
    { triggers: [trigger({}), trigger({})] },
    /triggers\.local\.json: triggers entry 2 \("local-meet"\): field "id": duplicate id: duplicates triggers entry 1/,
  ],
];

/** A copy of the built package (dist/ copied, everything else linked) whose lexicon/events/ holds `local`. */
function packageWith(name: string, local: unknown): string {
  const pkg = join(dir, name);
  mkdirSync(join(pkg, 'lexicon', 'events'), { recursive: true });
  cpSync(join(ROOT, 'dist'), join(pkg, 'dist'), { recursive: true });
  for (const f of ['package.json', 'node_modules', 'models']) symlinkSync(join(ROOT, f), join(pkg, f));
  for (const f of readdirSync(join(ROOT, 'lexicon')))
    if (f !== 'events') symlinkSync(join(ROOT, 'lexicon', f), join(pkg, 'lexicon', f));
  for (const f of readdirSync(join(ROOT, 'lexicon', 'events')))
    symlinkSync(join(ROOT, 'lexicon', 'events', f), join(pkg, 'lexicon', 'events', f));
  writeFileSync(join(pkg, 'lexicon', 'events', 'triggers.local.json'), JSON.stringify(local));
  return pkg;
}

describe('triggers.local.json', () => {
  it('a bad entry is one line with exit status 1 from the CLI', () => {
    TRIGGER_CASES.forEach(([name, local, message], i) => {
      const pkg = packageWith(`pkg${i}`, local);
      const r = spawnSync(process.execPath, [join(pkg, 'dist', 'cli', 'main.js'), 'extract', input], {
        encoding: 'utf8',
        timeout: 120_000,
      });
      expectOneLine(r, message, name);
    });
  }, 400_000);

  it('a good one is loaded beside the shipped triggers, and a bad one loads nothing', () => {
    const g = grammarLexicon();
    const cameo = ploverOntology().cameo;
    const shipped = triggerFiles().map((file) => ({ file, data: readLexiconJson(file) }));
    const good = buildEventLexicon(
      [...shipped, { file: 'triggers.local.json', data: { triggers: [trigger({})] } }],
      cameo,
      g,
    );
    expect(good.triggers.some((t) => t.id === 'local-meet' && t.file === 'triggers.local.json')).toBe(true);
    for (const [name, local, message] of TRIGGER_CASES) {
      expect(
        () => buildEventLexicon([...shipped, { file: 'triggers.local.json', data: local }], cameo, g),
        name,
      ).toThrow(message);
      // The shipped lexicon the pipeline uses is untouched: no trigger of the bad file.
      expect(eventLexicon().triggers.some((t) => t.id === 'local-meet')).toBe(false);
    }
  });
});

const person = (extra: Record<string, unknown>) => ({
  id: 'p-user',
  names: ['فلان بهمانی'],
  roles: [{ role: 'وزیر خارجه تاجیکستان', code: 'TJKGOV', ...extra }],
});

const DICTIONARY_CASES: Array<[string, unknown, RegExp]> = [
  [
    'malformed entry',
    [{ id: 'o-user', kind: 'weird', names: ['سازمان فلان'], code: null }],
    /env-malformed-entry\.json: entry 1 \("o-user"\): field "kind": must be one of igo, ngo/,
  ],
  [
    'unknown code',
    [person({ code: 'XYZGOV' })],
    /env-unknown-code\.json: entry 1 \("p-user"\): field "roles\[0\]\.code": unknown code "XYZGOV"/,
  ],
  [
    'reversed date range',
    [person({ from: '2020-01-01', until: '2019-01-01' })],
    /env-reversed-date-range\.json: entry 1 \("p-user"\): field "roles\[0\]\.until": ends \(2019-01-01\) before the range begins \(2020-01-01\)/,
  ],
  [
    'duplicate id',
    [person({}), person({})],
    /env-duplicate-id\.json: entry 2 \("p-user"\): field "id": duplicates entry 1 \("p-user"\)/,
  ],
];

const dictionaryFile = (name: string, value: unknown) => {
  const f = join(dir, `env-${name.replace(/ /g, '-')}.json`);
  writeFileSync(f, JSON.stringify(value));
  return f;
};

describe('$RASAD_DICTIONARIES', () => {
  it('a bad entry is one line with exit status 1 from `rasad serve`, before it listens', () => {
    for (const [name, value, message] of DICTIONARY_CASES) {
      const r = spawnSync(
        join(ROOT, 'bin', 'rasad'),
        ['serve', '--db', join(dir, 'serve.db'), '--port', '0'],
        {
          encoding: 'utf8',
          timeout: 120_000,
          env: { ...process.env, RASAD_DICTIONARIES: dictionaryFile(name, value) },
        },
      );
      expectOneLine(r, message, name);
    }
  }, 500_000);

  it('a bad dictionary loads nothing, not even its good entries', () => {
    const good = { id: 'o-good', kind: 'ngo', names: ['انجمن خیریه بهمان'], code: 'NGO' };
    for (const [name, value] of DICTIONARY_CASES) {
      const f = dictionaryFile(`${name}-mixed`, [good, ...(value as unknown[])]);
      const slug = name.replace(/ /g, '-');
      expect(() => actorLexicon([f]), name).toThrow(new RegExp(`env-${slug}-mixed\\.json: entry [23] `));
      expect(lookupPhrase(actorLexicon(), 'انجمن خیریه بهمان'), name).toBeNull();
    }
    const ok = dictionaryFile('good', [good]);
    expect(lookupPhrase(actorLexicon([ok]), 'انجمن خیریه بهمان')).not.toBeNull();
  });
});
