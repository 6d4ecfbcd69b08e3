// Issue 12 item 3 (branch ev-implicit): events whose arguments stand in structures other than a
// plain subject and object — passives with any light verb, travel to a place, conjoined parties.
import { describe, expect, it } from 'vitest';
import { process as run } from '../../../src/pipeline.js';
import { codeWith, eventSummary, type TestActor } from './doc-builder.js';

const ACTORS: TestActor[] = [
  { id: 'usmil', code: 'USAMIL', country: 'USA', names: ['یک سرباز آمریکایی', 'کاروان نیروهای آمریکایی'] },
  { id: 'irqreb', code: 'IRQREB', country: 'IRQ', names: ['شورشیان عراقی'] },
  { id: 'afgtal', code: 'AFGGOVTAL', country: 'AFG', names: ['حکومت طالبان'] },
  { id: 'wst', code: 'WST', country: null, names: ['کشورهای غربی'] },
];
const code = (text: string) => codeWith(ACTORS, text, '2017-01-03').map(eventSummary);

describe('passive acts with a light verb other than «شدن»', () => {
  it('«به دست X به قتل رسید»: X killed the subject', () => {
    expect(code('یک سرباز آمریکایی به دست شورشیان عراقی به قتل رسید.')).toEqual(['ASSAULT irqreb>usmil']);
  });

  it('«از طرف X هدف حمله قرار گرفت»: X attacked the subject', () => {
    expect(code('کاروان نیروهای آمریکایی از طرف شورشیان عراقی هدف حمله قرار گرفت.')).toEqual([
      'ASSAULT irqreb>usmil',
    ]);
  });

  it('«به وسیله X مورد انتقاد قرار گرفت»: X criticised the subject', () => {
    expect(code('حکومت طالبان به وسیله کشورهای غربی مورد انتقاد قرار گرفت.')).toEqual(['ACCUSE wst>afgtal']);
  });

  it('with no agent phrase the actor stays empty (ASSAULT [] -> [X])', () => {
    expect(code('یک سرباز آمریکایی در بغداد به قتل رسید.')).toEqual(['ASSAULT >usmil']);
  });

  it('an active «به قتل رساند» keeps its subject as the actor, not a «به» phrase', () => {
    expect(code('شورشیان عراقی یک سرباز آمریکایی را به قتل رساندند.')).toEqual(['ASSAULT irqreb>usmil']);
  });
});

describe('a quantity before the subject («بیش از 1500 …»)', () => {
  const actors: TestActor[] = [
    { id: 'psecvl', code: 'PSECVL', country: 'PSE', names: ['کودک فلسطینی'] },
    { id: 'irn', code: 'IRN', country: 'IRN', names: ['ایران'] },
    { id: 'sau', code: 'SAU', country: 'SAU', names: ['عربستان'] },
  ];
  const run = (text: string) => codeWith(actors, text, '2017-01-03').map(eventSummary);

  it('the «از» of «بیش از» before a numeral opens no phrase: the counted are the subject', () => {
    expect(run('بیش از 1500 کودک فلسطینی در قدس بازداشت شده‌اند.')).toEqual(['COERCE >psecvl']);
    expect(run('نزدیک به دو هزار کودک فلسطینی بازداشت شدند.')).toEqual(['COERCE >psecvl']);
  });

  it('without a numeral after it «از» stays a preposition («بیش از پیش از X انتقاد کرد»)', () => {
    expect(run('ایران بیش از پیش از عربستان انتقاد کرد.')).toEqual(['ACCUSE irn>sau']);
  });
});

describe('a subject counted out of a group («10 تن از X»، «یکی از X»)', () => {
  const actors: TestActor[] = [
    { id: 'pakmil', code: 'PAKMIL', country: 'PAK', names: ['نیروهای امنیتی پاکستان'] },
    { id: 'tal', code: 'AFGREBTAL', country: 'AFG', names: ['نیروهای طالبان'] },
    { id: 'hamas', code: 'PSEREBHMS', country: 'PSE', names: ['رهبران حماس', 'اعضای حماس'] },
    { id: 'irnleg', code: 'IRNLEG', country: 'IRN', names: ['نمایندگان مجلس ایران'] },
    { id: 'irngov', code: 'IRNGOV', country: 'IRN', names: ['دولت روحانی'] },
    { id: 'irncop', code: 'IRNCOP', country: 'IRN', names: ['پلیس ایران'] },
  ];
  const run = (text: string) => codeWith(actors, text, '2017-01-03').map(eventSummary);

  it('the group is the victim of a passive, the agent its actor', () => {
    expect(run('10 تن از نیروهای امنیتی پاکستان توسط نیروهای طالبان کشته شدند.')).toEqual([
      'ASSAULT tal>pakmil',
    ]);
    expect(run('یکی از رهبران حماس در غزه ترور شد.')).toEqual(['ASSAULT >hamas']);
  });

  it('after a phrase with no actor, a numeral opens the counted subject', () => {
    expect(run('در این حمله 10 تن از نیروهای امنیتی پاکستان کشته شدند.')).toEqual(['ASSAULT >pakmil']);
  });

  it('the group is the actor of an active verb', () => {
    expect(run('شماری از نمایندگان مجلس ایران از دولت روحانی انتقاد کردند.')).toEqual([
      'ACCUSE irnleg>irngov',
    ]);
  });

  it('a counted object («شماری از X را») stays the object, the subject the actor', () => {
    expect(run('پلیس ایران شماری از اعضای حماس را بازداشت کرد.')).toEqual(['COERCE irncop>hamas']);
  });

  it('a quantity inside a phrase is no subject («با یکی از رهبران حماس دیدار کرد»)', () => {
    expect(run('نمایندگان مجلس ایران با یکی از رهبران حماس دیدار کردند.')).toEqual(['CONSULT irnleg>hamas']);
  });

  it('a group counted in the target phrase of an attack is the target', () => {
    expect(run('نیروهای طالبان به شماری از نیروهای امنیتی پاکستان حمله کردند.')).toEqual([
      'ASSAULT tal>pakmil',
    ]);
  });
});

describe('«ضد/بر ضد X» marks the target as «علیه X» does', () => {
  const actors: TestActor[] = [
    { id: 'usmil', code: 'USAMIL', country: 'USA', names: ['ارتش آمریکا'] },
    { id: 'isis', code: 'IMGMUSISI', country: null, names: ['داعش'] },
    { id: 'eu', code: 'IGOEUREEC', country: null, names: ['اتحادیه اروپا'] },
    { id: 'rus', code: 'RUS', country: 'RUS', names: ['روسیه'] },
  ];
  const run = (text: string) => codeWith(actors, text, '2017-01-03').map(eventSummary);

  it('an attack and a sanction against X', () => {
    expect(run('ارتش آمریکا بر ضد داعش حمله کرد.')).toEqual(['ASSAULT usmil>isis']);
    expect(run('اتحادیه اروپا تحریم‌های تازه‌ای بر ضد روسیه وضع کرد.').map((e) => e.split(' ')[1])).toEqual([
      'eu>rus',
    ]);
  });

  it('a «ضد» phrase is not taken when the trigger has its own «علیه» phrase', () => {
    expect(run('ارتش آمریکا در ائتلاف ضد داعش علیه روسیه حمله کرد.')).toEqual(['ASSAULT usmil>rus']);
  });
});

describe('travel with the destination inside the verb phrase (triggers-travel.json)', () => {
  const code = (text: string): string[] => {
    const doc = run({ id: 't', title: null, text, published: '2017-01-03' });
    const codeOf = new Map(doc.actors.map((a) => [a.id, a.code]));
    const c = (ids: string[]) => ids.map((id) => codeOf.get(id)).join('+');
    return doc.events.map((e) => `${e.type} ${c(e.actor)}>${c(e.recipient)}`);
  };

  it('«وارد X شد», «به X رفت», «به مقصد X عزیمت کرد»: a visit to the state of X', () => {
    expect(code('حسن روحانی عصر امروز وارد مسکو شد.')).toEqual(['CONSULT IRNGOV>RUS']);
    expect(code('حسن روحانی به نیویورک رفت.')).toEqual(['CONSULT IRNGOV>USA']);
    expect(code('حسن روحانی به مقصد مسکو عزیمت کرد.')).toEqual(['CONSULT IRNGOV>RUS']);
  });

  it('a future trip is a plan (AGREE 036)', () => {
    expect(code('حسن روحانی هفته آینده به مسکو خواهد رفت.').map((e) => e.split(' ')[0])).toEqual(['AGREE']);
  });

  it('a gap that is no destination is no travel', () => {
    expect(code('مذاکرات وارد مرحله تازه‌ای شد.')).toEqual([]);
    expect(code('نیروهای ترکیه وارد خاک سوریه شدند.').filter((e) => e.startsWith('CONSULT'))).toEqual([]);
    expect(code('ارتش آمریکا به جنگ داعش رفت.').filter((e) => e.startsWith('CONSULT'))).toEqual([]);
  });

  it('travel needs a visitor, and travel home is no visit', () => {
    expect(code('گرد و غبار از عراق وارد استان ایلام شد.')).toEqual([]);
    expect(code('ماریا بوتینا، شهروند روسیه، روز شنبه وارد مسکو شد.')).toEqual([]);
  });
});
