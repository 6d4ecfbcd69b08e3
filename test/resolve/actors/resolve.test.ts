// Behaviour of the entity ruler and actor resolution on hand-written Dari and Iranian-style (Fars)
// sentences: spelling variants, title phrases giving codes, dates choosing codes, coreference,
// user dictionaries overriding the lexicon, and the actorAt lookup for the event coder.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../../src/resolve/actors/gazetteer.js';
import { actorAt } from '../../../src/resolve/actors/index.js';
import { actorOf, resolveDoc } from './helpers.js';

describe('spelling tolerance', () => {
  it('matches a name with or without the space, ZWNJ and Arabic letters', () => {
    for (const spelling of ['امیرخان متقی', 'امیر خان متقی', 'امیرخان متقي']) {
      const doc = resolveDoc(`${spelling} به کابل بازگشت.`, '2022-01-01');
      expect(doc.actors[0]?.name_en, spelling).toBe('Amir Khan Muttaqi');
    }
  });

  it('«رئیس‌جمهور», «رئیس جمهور», «رئیسجمهور», «رييس جمهور» are one title', () => {
    for (const t of ['رئیس‌جمهور', 'رئیس جمهور', 'رئیسجمهور', 'رييس جمهور']) {
      const doc = resolveDoc(`${t} تاجیکستان از این طرح حمایت کرد.`, '2022-01-01');
      expect(
        doc.actors.find((a) => a.code === 'TJKGOV'),
        t,
      ).toBeTruthy();
    }
  });
});

describe('title phrases give codes', () => {
  it('unknown foreign minister, army, police, parliament', () => {
    const doc = resolveDoc(
      'وزیر خارجه آلمان از این اقدام انتقاد کرد. ارتش پاکستان و پلیس ایران در مرز مستقر شدند. مجلس شورای اسلامی طرح را تصویب کرد.',
      '2022-03-01',
    );
    expect(actorOf(doc, 'وزیر خارجه آلمان')?.code).toBe('DEUGOV');
    expect(actorOf(doc, 'ارتش پاکستان')?.code).toBe('PAKMIL');
    expect(actorOf(doc, 'پلیس ایران')?.code).toBe('IRNCOP');
    expect(actorOf(doc, 'مجلس شورای اسلامی')?.code).toBe('IRNLEG');
  });

  it('an unknown person set off by commas takes the code of his title (Dari)', () => {
    const doc = resolveDoc(
      'محمد صادق اخندزاده، معاون سخنگوی وزارت خارجه طالبان، گفت که هیئتی به تاشکند می‌رود. اخندزاده افزود که این سفر مهم است.',
      '2022-06-01',
    );
    const a = actorOf(doc, 'محمد صادق اخندزاده');
    expect(a?.code).toBe('AFGGOVTAL');
    expect(a?.roles).toContain('معاون سخنگوی وزارت خارجه طالبان');
    expect(actorOf(doc, 'اخندزاده')?.id).toBe(a?.id);
  });

  it('a province owner: «والی هرات» is AFGGOV, «سرکنسول ایران در هرات» IRNGOV, bare «هرات» no actor', () => {
    const doc = resolveDoc(
      'والی هرات با سرکنسول ایران در هرات دیدار کرد. هرات شهری تاریخی است.',
      '2023-05-01',
    );
    expect(actorOf(doc, 'والی هرات')?.code).toBe('AFGGOV');
    expect(actorOf(doc, 'سرکنسول ایران در هرات')?.code).toBe('IRNGOV');
    expect(actorOf(doc, 'هرات')).toBeNull();
  });

  it('«TITLE، NAME،» too', () => {
    const doc = resolveDoc('سفیر چین در کابل، وانگ یو، با وزیر تجارت طالبان دیدار کرد.', '2022-06-01');
    expect(actorOf(doc, 'وانگ یو')?.code).toBe('CHNGOV');
  });
});

describe('bare offices are the home country’s, unless one was named before', () => {
  it('Fars: «سخنگوی وزارت امور خارجه» alone is Iran’s', () => {
    const doc = resolveDoc(
      'سخنگوی وزارت امور خارجه امروز در نشست خبری گفت که مذاکرات ادامه دارد.',
      '2015-03-01',
    );
    expect(actorOf(doc, 'سخنگوی وزارت امور خارجه')?.code).toBe('IRNGOV');
  });

  it('Dari: «وزارت خارجه» alone in an Afghan article is Afghanistan’s', () => {
    const doc = resolveDoc('وزارت خارجه اعلام کرد که هیئتی به ولسوالی مرزی فرستاده شده است.', '2019-03-01');
    expect(actorOf(doc, 'وزارت خارجه')?.code).toBe('AFGGOV');
  });

  it('after «وزارت خارجه چین», a bare «وزارت خارجه» is China’s', () => {
    const doc = resolveDoc(
      'وزارت خارجه چین بیانیه‌ای صادر کرد. در این بیانیه وزارت خارجه از همه طرف‌ها خواست آرامش را حفظ کنند.',
      '2019-03-01',
    );
    expect(actorOf(doc, 'وزارت خارجه')?.code).toBe('CHNGOV');
  });
});

describe('date-aware codes', () => {
  it('the Taliban are insurgents before 15 August 2021 and the government after', () => {
    expect(actorOf(resolveDoc('طالبان به ولسوالی حمله کردند.', '2019-05-01'), 'طالبان')?.code).toBe(
      'AFGREBTAL',
    );
    expect(actorOf(resolveDoc('طالبان فرمان جدیدی صادر کردند.', '2022-05-01'), 'طالبان')?.code).toBe(
      'AFGGOVTAL',
    );
    expect(actorOf(resolveDoc('سخنگوی طالبان این خبر را رد کرد.', '2019-05-01'), 'سخنگوی طالبان')?.code).toBe(
      'AFGREBTAL',
    );
  });

  it('a person is coded by the office held on the article date', () => {
    expect(actorOf(resolveDoc('محمدجواد ظریف به مسکو رفت.', '2016-01-01'), 'محمدجواد ظریف')?.code).toBe(
      'IRNGOV',
    );
    const zardari = actorOf(
      resolveDoc('بلاول بوتو زرداری به کابل سفر کرد.', '2023-01-12'),
      'بلاول بوتو زرداری',
    );
    expect(zardari?.code).toBe('PAKGOV');
    expect(zardari?.roles).toContain('وزیر خارجه پاکستان');
  });
});

describe('coreference', () => {
  it('Fars style: «وی» is the subject of the previous sentence, «این کشور» the last state', () => {
    const doc = resolveDoc(
      'سید عباس عراقچی روز دوشنبه با سرگئی لاوروف دیدار کرد. وی گفت که روابط ایران و روسیه راهبردی است. مقامات این کشور نیز از این دیدار استقبال کردند.',
      '2024-10-01',
    );
    const araghchi = actorOf(doc, 'سید عباس عراقچی');
    expect(araghchi?.code).toBe('IRNGOV');
    expect(actorOf(doc, 'وی')?.id).toBe(araghchi?.id);
    expect(actorOf(doc, 'سرگئی لاوروف')?.code).toBe('RUSGOV');
  });

  it('a singular pronoun skips a group of officials', () => {
    const doc = resolveDoc(
      'مقامات آمریکایی با عبدالقهار بلخی در دوحه دیدار کردند. وی افزود که گفتگوها ادامه دارد.',
      '2022-02-01',
    );
    expect(actorOf(doc, 'وی')?.name_en).toBe('Abdul Qahar Balkhi');
  });

  it('Dari style: honorific «صاحب» and a repeated bare title', () => {
    const doc = resolveDoc(
      'ذبیح‌الله مجاهد، سخنگوی طالبان، گفت که وضعیت امن است. مجاهد صاحب افزود که جنگ پایان یافته است.',
      '2022-02-01',
    );
    const m = actorOf(doc, 'ذبیح‌الله مجاهد');
    expect(m?.code).toBe('AFGGOVTAL');
    expect(actorOf(doc, 'مجاهد صاحب')?.id).toBe(m?.id);
  });

  it('«این گروه» points back to the last group, «این سازمان» to the last organization', () => {
    const doc = resolveDoc(
      'داعش مسئولیت حمله را بر عهده گرفت. سازمان ملل این حمله را محکوم کرد. این سازمان خواستار تحقیق شد و این گروه را تروریستی خواند.',
      '2022-02-01',
    );
    expect(actorOf(doc, 'این گروه')?.code).toBe('IMGMUSISI');
    expect(actorOf(doc, 'این سازمان')?.code).toBe('IGOUNO');
  });

  it('a capital acts for its state, but not after «در»', () => {
    const doc = resolveDoc('تهران این اقدام را محکوم کرد. نشست در تهران برگزار شد.', '2022-02-01');
    expect(actorOf(doc, 'تهران', 0)?.code).toBe('IRN');
    expect(actorOf(doc, 'تهران', 1)).toBeNull();
  });
});

describe('bad input', () => {
  it('a long article keeps one actor per state and every mention linked (guards against quadratic look-ups)', () => {
    const doc = resolveDoc('ایران و روسیه با پاکستان گفت‌وگو کردند. '.repeat(3000), '2022-01-01');
    expect(doc.actors.map((a) => a.code).sort()).toEqual(['IRN', 'PAK', 'RUS']);
    expect(doc.entities.filter((e) => e.actor !== null)).toHaveLength(9000);
  });

  it('text without Persian yields no actors and no error', () => {
    const doc = resolveDoc('Lorem ipsum 12345 !!! ...', null);
    expect(doc.actors).toEqual([]);
  });
});

describe('user dictionaries and lookups', () => {
  it('a user dictionary adds a person and overrides a shipped entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasad-dict-'));
    const file = join(dir, 'mine.json');
    writeFileSync(
      file,
      JSON.stringify([
        {
          id: 'fulan',
          names: ['فلان بهمانی'],
          country: 'TJK',
          roles: [{ role: 'وزیر خارجه تاجیکستان', code: 'TJKGOV' }],
        },
        { id: 'isis', kind: 'group', names: ['داعش'], name_en: 'ISIS (custom)', code: 'IMGMUSISK' },
      ]),
    );
    const doc = resolveDoc('فلان بهمانی حمله داعش را محکوم کرد.', '2022-01-01', { dictionaries: [file] });
    expect(actorOf(doc, 'فلان بهمانی')?.code).toBe('TJKGOV');
    expect(actorOf(doc, 'داعش')?.code).toBe('IMGMUSISK');
  });

  it('actorAt finds the actor covering a span, or the nearest one to its left', () => {
    const doc = resolveDoc('وزیر خارجه آلمان از این اقدام انتقاد کرد.', '2022-03-01');
    expect(actorAt(doc, 0, 4)?.code).toBe('DEUGOV');
    const verb = doc.text.indexOf('انتقاد');
    expect(actorAt(doc, verb, verb + 6)?.code).toBe('DEUGOV');
  });

  it('the gazetteer lists single words from each part of the lexicon', () => {
    const g = gazetteer();
    expect(g.countryWords.has('روسیه')).toBe(true);
    expect(g.titleWords.has('سخنگو')).toBe(true);
    expect(g.orgWords.has('وزارت')).toBe(true);
    expect(g.personWords.has('کابلوف')).toBe(true);
    expect(g.placeWords.has('مسکو')).toBe(true);
  });
});
