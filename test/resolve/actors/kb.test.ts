// The actor knowledge base (issue 13 items 1–5): every form of a state's name (CLDR Farsi and Dari,
// plural demonyms, «همتای X‌ی‌اش», capitals and seats of government), dated people, organizations
// with codes, generic groups with a state and sector, unidentified armed actors, and titles that take
// the state they name. Bad user dictionaries fail whole, with one line naming file, entry and field.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePeopleTsv } from '../../../src/resolve/actors/compact-sources.js';
import { readShippedLexicon } from '../../../src/resolve/actors/lexicon-files.js';
import { actorLexicon, compileLexicon, lookupPhrase } from '../../../src/resolve/actors/lexicon-index.js';
import { actorOf, resolveDoc } from './helpers.js';

const lex = readShippedLexicon();
const compiled = compileLexicon(lex);
const stateOf = (name: string) => {
  const it = lookupPhrase(compiled, name)?.find((i) => 'country' in i);
  return it && 'country' in it ? it.country.code : null;
};

describe('states: every form of the name', () => {
  it('Dari names from CLDR fa-AF sit beside the Farsi ones', () => {
    for (const [dari, farsi, code] of [
      ['سویدن', 'سوئد', 'SWE'],
      ['هسپانیه', 'اسپانیا', 'ESP'],
      ['جاپان', 'ژاپن', 'JPN'],
      ['پولند', 'لهستان', 'POL'],
      ['ناروی', 'نروژ', 'NOR'],
    ] as const) {
      expect(stateOf(dari), dari).toBe(code);
      expect(stateOf(farsi), farsi).toBe(code);
    }
  });

  it('CLDR names that are common words are not taken (پیرو «following», چک «cheque»)', () => {
    expect(stateOf('پیرو')).toBeNull();
    expect(stateOf('چک')).toBeNull();
  });

  it('plural demonyms, with or without ZWNJ and with Arabic ي/ك, are the state acting', () => {
    const doc = resolveDoc(
      'آمريكاييها به يك اتاق عمل حمله كردند و انگلیسی‌ها و ترکها سکوت کردند.',
      '2004-05-01',
    );
    expect(actorOf(doc, 'آمریکایی‌ها')?.code).toBe('USA');
    expect(actorOf(doc, 'انگلیسی‌ها')?.code).toBe('GBR');
    expect(actorOf(doc, 'ترک‌ها')?.code).toBe('TUR');
    const d2 = resolveDoc('وی از فلسطینیان و افغان ها خواست آرام باشند.', '2004-05-01');
    expect(actorOf(d2, 'فلسطینیان')?.code).toBe('PSE');
    expect(actorOf(d2, 'افغان ها')?.code).toBe('AFG');
  });

  it('ethnic groups of Afghanistan and Iran are not the neighbouring state', () => {
    const doc = resolveDoc('تاجیک‌ها و ازبک‌ها در این نشست حضور داشتند.', '2019-05-01');
    expect(doc.actors.some((a) => a.code === 'TJK' || a.code === 'UZB')).toBe(false);
  });

  it('«همتای پاکستانی‌اش» is the named person with Pakistan’s office', () => {
    const doc = resolveDoc('مودی با نواز شریف همتای پاکستانی‌اش دیدار کرد.', '2015-12-25');
    expect(actorOf(doc, 'همتای پاکستانی‌اش')?.name_en).toBe('Nawaz Sharif');
    const d2 = resolveDoc('وزیر خارجه ایران با همتای ترکیه‌ای‌اش گفت‌وگو کرد.', '2019-01-10');
    expect(actorOf(d2, 'همتای ترکیه‌ای‌اش')?.code).toBe('TURGOV');
  });

  it('capitals act for the state; seats of government for its government', () => {
    const doc = resolveDoc('مسکو، واشنگتن را به دخالت متهم کرد. کرملین این خبر را تکذیب کرد.', '2016-06-01');
    expect(actorOf(doc, 'مسکو')?.code).toBe('RUS');
    expect(actorOf(doc, 'واشنگتن')?.code).toBe('USA');
    expect(actorOf(doc, 'کرملین')?.code).toBe('RUSGOV');
    const d2 = resolveDoc('کاخ سفید اعلام کرد. خبرنگاران در کاخ سفید جمع شدند.', '2016-06-01');
    expect(actorOf(d2, 'کاخ سفید')?.code).toBe('USAGOV');
    // «در کاخ سفید» is the place, not the government acting.
    expect(actorOf(d2, 'کاخ سفید', 1)).toBeNull();
  });

  it('official-media names of a state', () => {
    const doc = resolveDoc(
      'رژیم صهیونیستی غزه را بمباران کرد و نظامیان صهیونیست دو نفر را بازداشت کردند.',
      '2014-07-20',
    );
    expect(actorOf(doc, 'رژیم صهیونیستی')?.code).toBe('ISR');
    expect(actorOf(doc, 'نظامیان صهیونیست')?.code).toBe('ISRMIL');
  });
});

describe('people with dated roles', () => {
  it('holds at least 1,500 people, each role dated sanely', () => {
    expect(lex.people.length).toBeGreaterThanOrEqual(1500);
    const withDates = lex.people.filter((p) => p.roles.some((r) => r.from || r.until)).length;
    expect(withDates / lex.people.length).toBeGreaterThan(0.9);
  });

  it('the role in force on the article’s date gives the code', () => {
    const doc = resolveDoc('عبدالرحیم موسوی گفت.', '2020-01-01');
    expect(actorOf(doc, 'عبدالرحیم موسوی')?.code).toBe('IRNMIL');
    const d2 = resolveDoc('احمد الشرع گفت.', '2023-03-01');
    expect(actorOf(d2, 'احمد الشرع')?.code).toBe('SYRREB');
    const d3 = resolveDoc('احمد الشرع گفت.', '2025-03-01');
    expect(actorOf(d3, 'احمد الشرع')?.code).toBe('SYRGOV');
  });

  it('Taliban officials are rebels before 2021-08-15 and the government after', () => {
    expect(actorOf(resolveDoc('ملا فاضل گفت.', '2019-03-01'), 'ملا فاضل')?.code).toBe('AFGREBTAL');
    expect(actorOf(resolveDoc('ملا فاضل گفت.', '2022-03-01'), 'ملا فاضل')?.code).toBe('AFGGOVTAL');
  });

  it('people of the batch-5 sources get the code of the office they held on the article’s date', () => {
    // Written for the test: two French prime ministers and two US homeland security secretaries.
    expect(actorOf(resolveDoc('ژان کاستکس گفت.', '2021-03-01'), 'ژان کاستکس')?.code).toBe('FRAGOV');
    expect(actorOf(resolveDoc('کریستی نوم گفت.', '2025-06-01'), 'کریستی نوم')?.code).toBe('USAGOV');
    expect(actorOf(resolveDoc('رستم قاسمی گفت.', '2012-06-01'), 'رستم قاسمی')?.code).toBe('IRNGOV');
    expect(actorOf(resolveDoc('هدایت‌الله بدری گفت.', '2022-06-01'), 'هدایت‌الله بدری')?.code).toBe(
      'AFGGOVTAL',
    );
  });

  it('a tagger span that runs a known name into the next word still finds the person', () => {
    const doc = resolveDoc(
      'دونالد رامسفلد وزیر دفاع آمریکا گفت. رامسفلد افزود که نیروها می‌مانند.',
      '2004-05-01',
    );
    expect(actorOf(doc, 'رامسفلد')?.name_en).toBe('Donald Rumsfeld');
  });
});

describe('organizations', () => {
  it('holds at least 400 organizations, ministries, media and armed groups among them', () => {
    expect(lex.organizations.length).toBeGreaterThanOrEqual(400);
    const code = (id: string) => lex.organizations.find((o) => o.id === id)?.codes[0]?.code;
    expect(code('irna')).toBe('IRNMED');
    expect(code('bbc')).toBe('GBRMED');
    expect(code('pmf')).toBe('IRQMIL');
    expect(code('iskp')).toBe('IMGMUSISI');
  });

  it('Hayat Tahrir al-Sham changes code when it takes Damascus', () => {
    expect(actorOf(resolveDoc('هیئت تحریر الشام حمله کرد.', '2020-01-01'), 'هیئت تحریر الشام')?.code).toBe(
      'SYRREB',
    );
    expect(actorOf(resolveDoc('هیئت تحریر الشام اعلام کرد.', '2025-01-01'), 'هیئت تحریر الشام')?.code).toBe(
      'SYRGOV',
    );
  });
});

describe('generic actors: a group noun and a state', () => {
  it('officials, forces, soldiers, police, citizens, protesters, journalists, MPs', () => {
    const doc = resolveDoc(
      'مقامات عراقی و نیروهای مرزی هند و سربازان مرزی پاکستان و پلیس فرانسه و شهروندان افغان و ' +
        'معترضان ایرانی و خبرنگاران آمریکایی و نمایندگان مجلس کویت حضور داشتند.',
      '2015-06-01',
    );
    expect(actorOf(doc, 'مقامات عراقی')?.code).toBe('IRQGOV');
    expect(actorOf(doc, 'نیروهای مرزی هند')?.code).toBe('INDMIL');
    expect(actorOf(doc, 'سربازان مرزی پاکستان')?.code).toBe('PAKMIL');
    expect(actorOf(doc, 'پلیس فرانسه')?.code).toBe('FRACOP');
    expect(actorOf(doc, 'شهروندان افغان')?.code).toBe('AFGCVL');
    expect(actorOf(doc, 'معترضان ایرانی')?.code).toBe('IRNOPP');
    expect(actorOf(doc, 'خبرنگاران آمریکایی')?.code).toBe('USAMED');
    expect(actorOf(doc, 'نمایندگان مجلس کویت')?.code).toBe('KWTLEG');
  });

  it('unidentified gunmen are UAF with the country where the text places them', () => {
    const doc = resolveDoc('افراد مسلح ناشناس در ولایت ننگرهار به یک پاسگاه حمله کردند.', '2019-06-01');
    const a = actorOf(doc, 'افراد مسلح ناشناس');
    expect(a?.code).toBe('UAF');
    expect(a?.country).toBe('AFG');
    const d2 = resolveDoc('مهاجمان ناشناس دو نفر را کشتند.', '2007-06-01');
    expect(actorOf(d2, 'مهاجمان ناشناس')?.country).toBeNull();
  });
});

describe('titles take the state they name', () => {
  it('«رهبر مخالفان X» is X’s opposition, «رئیس تشکیلات خودگردان» the Palestinian government', () => {
    const doc = resolveDoc('رهبر مخالفان ونزوئلا از آمریکا کمک خواست.', '2019-06-01');
    expect(actorOf(doc, 'رهبر مخالفان ونزوئلا')?.code).toBe('VENOPP');
    const d2 = resolveDoc('رئیس تشکیلات خودگردان با وزیر خارجه ایران دیدار کرد.', '2015-06-01');
    expect(actorOf(d2, 'رئیس تشکیلات خودگردان')?.code).toBe('PSEGOV');
  });

  it('a foreign head of government named after an Iranian official keeps his own state', () => {
    const doc = resolveDoc(
      'ظریف وزیر امور خارجه کشورمان با "کارلوس مندز" نخست‌وزیر پرتغال دیدار کرد.',
      '2016-06-01',
    );
    expect(actorOf(doc, 'نخست‌وزیر پرتغال')?.code).toBe('PRTGOV');
    expect(actorOf(doc, 'ظریف')?.code).toBe('IRNGOV');
  });
});

describe('bad dictionaries: one line naming file, entry and field; nothing loaded', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-kb-'));
  const write = (name: string, value: unknown) => {
    const f = join(dir, name);
    writeFileSync(f, JSON.stringify(value));
    return f;
  };
  const person = (extra: Record<string, unknown>) => ({
    id: 'p1',
    names: ['فلان فلانی'],
    roles: [{ role: 'وزیر خارجه آلمان', code: 'DEUGOV', ...extra }],
  });

  it('an unknown code', () => {
    const f = write('code.json', [person({ code: 'XYZGOV' })]);
    expect(() => actorLexicon([f])).toThrow(
      /code\.json: entry 1 \("p1"\): field "roles\[0\]\.code": unknown code "XYZGOV"/,
    );
  });

  it('a date range that ends before it begins', () => {
    const f = write('range.json', [person({ from: '2020-01-01', until: '2019-01-01' })]);
    expect(() => actorLexicon([f])).toThrow(/range\.json: entry 1 \("p1"\): field "roles\[0\]\.until": ends/);
  });

  it('a duplicate id', () => {
    const f = write('dup.json', [person({}), person({})]);
    expect(() => actorLexicon([f])).toThrow(
      /dup\.json: entry 2 \("p1"\): field "id": duplicates entry 1/,
    );
  });

  it('a malformed entry, through the CLI: one line, exit 1, and the same text loads fine without it', () => {
    const f = write('bad.json', [{ id: 'o1', kind: 'weird', names: ['x'], code: null }]);
    const input = join(dir, 'in.txt');
    writeFileSync(input, 'روسیه و ایران توافق کردند.');
    const bin = join(process.cwd(), 'bin', 'rasad');
    const r = spawnSync(bin, ['extract', '--dictionary', f, input], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/bad\.json: entry 1 \("o1"\): field "kind": must be one of/);
    expect(r.stdout).toBe('');
    const ok = execFileSync(bin, ['extract', input], { encoding: 'utf8' });
    expect(ok).toContain('RUS');
  });

  it('unknown code, reversed range and duplicate id through the CLI: one line each, exit 1', () => {
    const input = join(dir, 'in2.txt');
    writeFileSync(input, 'روسیه و ایران توافق کردند.');
    const cases: Array<[string, unknown, RegExp]> = [
      [
        'cli-code.json',
        [person({ code: 'XYZGOV' })],
        /cli-code\.json: entry 1 \("p1"\): field "roles\[0\]\.code": unknown code/,
      ],
      [
        'cli-range.json',
        [person({ from: '2020-01-01', until: '2019-01-01' })],
        /cli-range\.json: entry 1 \("p1"\): field "roles\[0\]\.until": ends/,
      ],
      ['cli-dup.json', [person({}), person({})], /cli-dup\.json: entry 2 \("p1"\): field "id": duplicates/],
    ];
    const bin = join(process.cwd(), 'bin', 'rasad');
    for (const [name, value, message] of cases) {
      const r = spawnSync(bin, ['extract', '--dictionary', write(name, value), input], { encoding: 'utf8' });
      expect(r.status, name).toBe(1);
      expect(r.stderr.trim().split('\n'), name).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(r.stdout, name).toBe('');
    }
  });

  it('a compact source line with a bad date names file, line and column', () => {
    expect(() =>
      compilePeopleTsv('people.tsv', 'x\tX\tIRN\tm\tفلان\t\tوزیر خارجه ایران@IRNGOV@2020-1-1@\n'),
    ).toThrow(/people\.tsv: line 1: column "roles": from must be YYYY-MM-DD/);
  });

  it('the derived lexicon files are current with their sources', () => {
    const r = spawnSync('node', ['--import', 'tsx', 'scripts/build-actors.ts', '--check'], {
      encoding: 'utf8',
    });
    expect(r.stdout).toContain('current');
    expect(r.status).toBe(0);
  });
});
