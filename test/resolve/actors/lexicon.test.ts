// Validates the shipped actor lexicon (lexicon/actors/) against its schema and checks the coverage
// the project promises: every UN member state plus PSE/TWN/XKX/VAT, unique codes and ids, every
// person's role parseable and dated sanely. Also protects the error messages for bad user files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDictionary, readShippedLexicon } from '../../../src/resolve/actors/lexicon-files.js';
import { compileLexicon, lookupPhrase } from '../../../src/resolve/actors/lexicon-index.js';

const lex = readShippedLexicon();

describe('shipped actor lexicon', () => {
  it('has 193 UN member states, the observers and the disputed states, each code once', () => {
    const codes = lex.countries.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBe(198);
    for (const extra of ['PSE', 'TWN', 'XKX', 'VAT', 'ESH']) expect(codes).toContain(extra);
    for (const c of lex.countries) expect(c.names.length).toBeGreaterThan(0);
  });

  it('knows Persian and Dari variants of the neighbours and great powers', () => {
    const compiled = compileLexicon(lex);
    const countryOf = (name: string) =>
      lookupPhrase(compiled, name)?.find((i) => 'country' in i && i.kind !== 'capital');
    const expectCountry = (name: string, code: string) =>
      expect((countryOf(name) as { country: { code: string } } | undefined)?.country.code, name).toBe(code);
    expectCountry('امریکا', 'USA');
    expectCountry('آمریکا', 'USA');
    expectCountry('ایالات متحده', 'USA');
    expectCountry('انگلستان', 'GBR');
    expectCountry('هندوستان', 'IND');
    expectCountry('ترکیا', 'TUR');
    expectCountry('روسی', 'RUS');
    expectCountry('امریکایی', 'USA');
    expect(lookupPhrase(compiled, 'مسکو')?.some((i) => i.kind === 'capital')).toBe(true);
  });

  it('ids are unique and codes are upper-case CAMEO codes', () => {
    for (const list of [lex.organizations.map((o) => o.id), lex.people.map((p) => p.id)])
      expect(new Set(list).size).toBe(list.length);
    for (const o of lex.organizations)
      for (const c of o.codes) if (c.code) expect(c.code).toMatch(/^[A-Z]{3,15}$/);
  });

  it('every person role is a title phrase the matcher understands, with from ≤ until', () => {
    const compiled = compileLexicon(lex);
    for (const p of lex.people) {
      for (const r of p.roles) {
        if (r.from && r.until) expect(r.from <= r.until, `${p.id} ${r.role}`).toBe(true);
        const words = r.role.split(' ');
        const prefixes = [1, 2, 3, 4].map((n) => lookupPhrase(compiled, words.slice(0, n).join(' ')) ?? []);
        expect(
          prefixes.some((items) => items.some((i) => i.kind === 'title')),
          `${p.id}: «${r.role}» starts with no known title`,
        ).toBe(true);
      }
    }
  });

  it('the Taliban change code on 2021-08-15', () => {
    const t = lex.organizations.find((o) => o.id === 'taliban');
    expect(t?.codes).toEqual([
      { code: 'AFGREBTAL', until: '2021-08-14' },
      { code: 'AFGGOVTAL', from: '2021-08-15' },
    ]);
  });
});

describe('user dictionaries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-actors-'));
  const write = (name: string, text: string) => {
    const f = join(dir, name);
    writeFileSync(f, text);
    return f;
  };

  it('reads a JSON list of people and organizations', () => {
    const f = write(
      'ok.json',
      JSON.stringify([
        { id: 'x', names: ['آنالنا بربوک'], roles: [{ role: 'وزیر خارجه آلمان', code: 'DEUGOV' }] },
        { id: 'o', kind: 'ngo', names: ['پزشکان بدون مرز'], code: 'NGOHLH' },
      ]),
    );
    const part = readDictionary(f);
    expect(part.people?.[0]?.names).toEqual(['آنالنا بربوک']);
    expect(part.organizations?.[0]?.codes).toEqual([{ code: 'NGOHLH' }]);
  });

  it('names the file and the line of broken JSON', () => {
    const f = write('broken.json', '[\n  {"id": "x",\n  "names": [}\n]');
    expect(() => readDictionary(f)).toThrow(/broken\.json: line 3: not valid JSON/);
  });

  it('names the file, entry and field of a bad value', () => {
    const f = write(
      'bad.json',
      JSON.stringify([{ id: 'y', names: ['فلان'], roles: [{ role: 'سفیر', code: 'bad code' }] }]),
    );
    expect(() => readDictionary(f)).toThrow(
      /bad\.json: entry 1 \("y"\): field "roles\[0\]\.code": must be an upper-case CAMEO code/,
    );
    const g = write('nokind.json', JSON.stringify([{ id: 'z', names: ['فلان'], code: 'ABC' }]));
    expect(() => readDictionary(g)).toThrow(/nokind\.json: entry 1 \("z"\): field "kind": is missing/);
  });

  it('names the line of a bad countries TSV row', () => {
    const f = write('c.tsv', '# header\nDEU\tGermany\tQ183\tآلمان\nxx\tBad\t\tبد\n');
    expect(() => readDictionary(f)).toThrow(/c\.tsv: line 3: field "code": must be three upper-case letters/);
  });

  it('a missing file is a one-line error naming it', () => {
    expect(() => readDictionary(join(dir, 'nope.json'))).toThrow(/nope\.json: cannot read actor dictionary/);
  });
});
