// Modality read from the text (issue 12 item 4): planned acts are AGREE and dated by the plan, a
// realization verb negates or plans a noun trigger, conditional and first-person announced attacks are
// threats, a retaliation in a condition's consequence is a threat, background acts get no publication date.
import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../../src/code/events/index.js';
import { compileModality } from '../../../src/code/events/modality.js';
import type { CodedEvent } from '../../../src/doc.js';
import { findQuotes } from '../../../src/resolve/quotes/index.js';
import { buildDoc, type TestActor, type TestDate } from './doc-builder.js';

const ACTORS: TestActor[] = [
  { id: 'zarif', code: 'IRNGOV', country: 'IRN', names: ['ظریف'] },
  { id: 'lavrov', code: 'RUSGOV', country: 'RUS', names: ['لاوروف'] },
  { id: 'usa', code: 'USA', country: 'USA', names: ['آمریکا'] },
  { id: 'irn', code: 'IRN', country: 'IRN', names: ['ایران'] },
];

function code(text: string, dates: TestDate[] = []): CodedEvent[] {
  const doc = buildDoc(text, ACTORS, { published: '2023-01-12', dates });
  findQuotes(doc, {});
  codeEvents(doc, {});
  return doc.events;
}
const summary = (e: CodedEvent) =>
  `${e.type}/${e.cameo} ${e.actor.join('+')}>${e.recipient.join('+')} ${e.date}`;

describe('plans', () => {
  it('a split «دیدار … خواهد داشت» is a planned meeting (AGREE 036), dated by the plan', () => {
    const events = code('ظریف روز شنبه با لاوروف دیدار خواهد داشت.', [
      { text: 'روز شنبه', value: '2023-01-14' },
    ]);
    expect(events.map(summary)).toEqual(['AGREE/036 zarif>lavrov 2023-01-14']);
    expect(events[0].future).toBe(true);
  });

  it('«قرار است … دیدار کند» is planned', () => {
    expect(code('قرار است ظریف با لاوروف دیدار کند.').map(summary)).toEqual([
      'AGREE/036 zarif>lavrov 2023-01-12',
    ]);
  });

  it('a noun trigger with «برگزار خواهد شد» is planned; with «صورت نخواهد گرفت» it is no event', () => {
    expect(code('دیدار ظریف با لاوروف برگزار خواهد شد.').map(summary)).toEqual([
      'AGREE/036 zarif>lavrov 2023-01-12',
    ]);
    expect(code('دیدار ظریف با لاوروف صورت نخواهد گرفت.')).toEqual([]);
    expect(code('دیدار ظریف با لاوروف صورت نگرفت.')).toEqual([]);
    expect(code('دیدار ظریف با لاوروف صورت گرفت.').map(summary)).toEqual([
      'CONSULT/040 zarif>lavrov 2023-01-12',
    ]);
  });
});

describe('threats', () => {
  it('«اگر …، به آمریکا حمله خواهیم کرد» is the speaker threatening force (138), not an attack', () => {
    const events = code('ظریف گفت: اگر آمریکا حمله کند، به آمریکا حمله خواهیم کرد.');
    expect(events.map(summary)).toEqual(['THREATEN/138 zarif>usa 2023-01-12']);
    expect(events[0].future).toBe(false);
  });

  it('«اگر X …، پاسخ قاطعی خواهیم داد» threatens X (130)', () => {
    const events = code('ظریف گفت: اگر آمریکا به ایران حمله کند، پاسخ قاطعی خواهیم داد.');
    expect(events.map(summary)).toEqual(['THREATEN/130 zarif>usa 2023-01-12']);
  });

  it('a planned attack reported of someone else is no event, and a response outside a condition is none', () => {
    expect(code('آمریکا قصد دارد به ایران حمله کند.')).toEqual([]);
    expect(code('ظریف گفت: به این نامه پاسخ خواهیم داد.')).toEqual([]);
  });
});

describe('background acts', () => {
  it('a pluperfect or «پیش از این» act undated by the text has no date, not the publication date', () => {
    expect(code('ظریف با لاوروف دیدار کرده بود.').map(summary)).toEqual(['CONSULT/040 zarif>lavrov null']);
    expect(code('ظریف پیش از این با لاوروف دیدار کرده است.').map(summary)).toEqual([
      'CONSULT/040 zarif>lavrov null',
    ]);
    expect(
      code('ظریف دیروز با لاوروف دیدار کرده بود.', [{ text: 'دیروز', value: '2023-01-11' }]).map(summary),
    ).toEqual(['CONSULT/040 zarif>lavrov 2023-01-11']);
  });
});

describe('modality lexicon', () => {
  it('names the file and field of a malformed entry', () => {
    expect(() =>
      compileModality({
        realization: [{ noun: 'صورت' }],
        conditions: [],
        responses: [],
        background: [],
        threatOf: {},
      }),
    ).toThrow(/modality\.json: realization entry 1: field "lemma": is missing/);
    expect(() =>
      compileModality({
        realization: [],
        conditions: [],
        responses: [],
        background: [],
        threatOf: { ASSAULT: 'x' },
      }),
    ).toThrow(/field "threatOf\.ASSAULT"/);
    expect(() =>
      compileModality({
        realization: [],
        conditions: [],
        responses: [],
        background: [],
        threatOf: {},
        stanceTypes: ['DEMAND'],
      }),
    ).toThrow(/stanceTypes entry 1: "DEMAND" is not a PLOVER type/);
  });
});

describe('conditions and moods read from the clause (issue 12 item 4)', () => {
  it("a condition closed by its verb in the same clause makes the rest its consequence: a conditional veto is a threat to the condition's party", () => {
    const events = code('ظریف گفت: اگر پیشنهاد آمریکا مورد قبول ما نباشد از حق وتوی خود استفاده خواهیم کرد.');
    expect(events.map(summary)).toEqual(['THREATEN/130 zarif>usa 2023-01-12']);
  });

  it('«در صورت …» opens a condition like «اگر»', () => {
    const events = code('ظریف گفت: در صورت حمله آمریکا، به آمریکا حمله خواهیم کرد.');
    expect(events.map(summary)).toEqual(['THREATEN/138 zarif>usa 2023-01-12']);
  });

  it('«انتظار دارد» (bare «داشتن») is indicative, not a plan', () => {
    const events = code('ظریف انتظار دارد آمریکا به تعهدات خود عمل کند.');
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => !e.future)).toBe(true);
  });
});

describe('acts still to come that are not plans (issue 12: spurious future acts)', () => {
  it('an attempted, allowed or possible act in the subjunctive is no event', () => {
    expect(code('ظریف سعی کرد از لاوروف حمایت کند.')).toEqual([]);
    expect(code('قطعنامه به آمریکا اجازه می‌دهد نیروهای خود را به ایران اعزام کند.')).toEqual([]);
    expect(code('ایران می‌تواند از آمریکا غرامت مطالبه کند.')).toEqual([]);
    expect(code('ظریف از آمریکا انتقاد خواهد کرد.')).toEqual([]);
  });

  it('the same acts that happened are events, and a planned visit stays a plan (AGREE)', () => {
    expect(code('ظریف از لاوروف حمایت کرد.').map(summary)).toEqual(['SUPPORT/051 zarif>lavrov 2023-01-12']);
    expect(code('ظریف از آمریکا انتقاد کرد.').map((e) => e.type)).toEqual(['ACCUSE']);
    expect(code('قرار است ظریف به آمریکا سفر کند.').map(summary)).toEqual(['AGREE/036 zarif>usa 2023-01-12']);
  });
});

describe("a statement the text does not date takes the lead's day", () => {
  const yesterday = { text: 'روز گذشته', value: '2023-01-11' };

  it('a later statement of the article is dated by the day its lead gives, not the publication date', () => {
    const events = code('ظریف روز گذشته در یک نشست خبری سخن گفت. ظریف از آمریکا انتقاد کرد.', [yesterday]);
    expect(events.map(summary)).toEqual(['ACCUSE/111 zarif>usa 2023-01-11']);
  });

  it('the lead may give the day in its second sentence («در مصاحبه روز پنجشنبه …»)', () => {
    const events = code('ظریف از آمریکا انتقاد کرد. ظریف در مصاحبه روز گذشته سخن گفت.', [yesterday]);
    expect(events.map(summary)).toEqual(['ACCUSE/111 zarif>usa 2023-01-11']);
  });

  it('a background sentence («این در حالی است که …»), a later sentence or a day to come gives no lead day', () => {
    const background = code('ظریف از آمریکا انتقاد کرد. این در حالی است که لاوروف روز گذشته در مسکو بود.', [
      yesterday,
    ]);
    expect(background.map(summary)).toEqual(['ACCUSE/111 zarif>usa 2023-01-12']);
    const late = code('ظریف از آمریکا انتقاد کرد. لاوروف سخن گفت. لاوروف روز گذشته در مسکو بود.', [
      yesterday,
    ]);
    expect(late.map(summary)).toEqual(['ACCUSE/111 zarif>usa 2023-01-12']);
    const coming = code('ظریف روز شنبه سخن خواهد گفت. ظریف از آمریکا انتقاد کرد.', [
      { text: 'روز شنبه', value: '2023-01-14' },
    ]);
    expect(coming.map(summary)).toEqual(['ACCUSE/111 zarif>usa 2023-01-12']);
  });

  it('a material act in the body keeps the publication date: it may be another happening', () => {
    const events = code('ظریف روز گذشته در یک نشست خبری سخن گفت. آمریکا به ایران حمله کرد.', [yesterday]);
    expect(events.filter((e) => e.type === 'ASSAULT').map((e) => e.date)).toEqual(['2023-01-12']);
  });
});

describe('a demand stated with a copula is a standing position', () => {
  it('«X خواستار Y است» is no event; «X خواستار Y شد» and «X خواستار Y شده است» are demands', () => {
    expect(code('ایران خواستار لغو تحریم‌ها است.')).toEqual([]);
    expect(code('ایران خواهان توسعه و ثبات در منطقه است.')).toEqual([]);
    expect(code('ایران خواستار لغو تحریم‌ها شد.').map((e) => e.type)).toEqual(['REQUEST']);
    expect(code('ایران خواستار لغو تحریم‌ها شده است.').map((e) => e.type)).toEqual(['REQUEST']);
  });

  it('a copula does not silence an act of another type («درگیر بودند»، «ناخرسند است»)', () => {
    expect(code('نیروهای آمریکا با نیروهای ایران درگیر بودند.').map((e) => e.type)).toEqual(['ASSAULT']);
    expect(code('ایران از سیاست آمریکا ناخرسند است.').map((e) => e.type)).toEqual(['ACCUSE']);
  });
});

describe('ways, plots and likelihoods are not happenings', () => {
  it('«شیوه‌های حمله»، «روش‌های حمله»، «طرح ادعایی حمله» name no attack; «حمله آمریکا به ایران» does', () => {
    expect(code('در این اسناد شیوه‌های حمله به آمریکا شرح داده شده است.')).toEqual([]);
    expect(code('در این اسناد روش‌های حمله به آمریکا آمده است.')).toEqual([]);
    expect(code('ظریف به طرح ادعایی حمله به آمریکا اشاره کرد.').filter((e) => e.type === 'ASSAULT')).toEqual(
      [],
    );
    expect(code('حمله ایران به آمریکا ادامه دارد.').map((e) => e.type)).toEqual(['ASSAULT']);
  });

  it('«احتمالا …» makes a refusal a prediction; the refusal itself is one', () => {
    expect(code('احتمالا ایران شرایط آمریکا را نخواهد پذیرفت.')).toEqual([]);
    expect(code('ایران شرایط آمریکا را رد کرد.').map((e) => e.type)).toEqual(['REJECT']);
  });
});

describe('a past progressive describes the background, not a dated act', () => {
  it('«… او را سرزنش می‌کردند»، «که با لاوروف همکاری می‌کرد» are no events; the simple past is one', () => {
    expect(code('ظریف ایستاده بود در حالی که آمریکا او را سرزنش می‌کرد.')).toEqual([]);
    expect(code('ظریف که با لاوروف همکاری می‌کرد سخن گفت.')).toEqual([]);
    expect(code('آمریکا ظریف را سرزنش کرد.').map((e) => e.type)).toEqual(['ACCUSE']);
    expect(code('ظریف با لاوروف همکاری کرد.').map((e) => e.type)).toEqual(['COOPERATE']);
  });
});

describe('what an accusation alleges is a claim, not a happening', () => {
  it('«X را به نقض آتش‌بس / به دست داشتن در بمب‌گذاری‌ها متهم کرد» gives the accusation only', () => {
    expect(code('ایران آمریکا را به نقض آتش بس متهم کرد.').map((e) => e.type)).toEqual(['ACCUSE']);
    expect(code('ایران آمریکا را به دست داشتن در بمب گذاری‌ها متهم کرد.').map((e) => e.type)).toEqual([
      'ACCUSE',
    ]);
  });

  it('an attack reported beside an accusation stays («آمریکا به ایران حمله کرد و ایران آمریکا را متهم کرد»)', () => {
    const events = code('آمریکا دیروز به ایران حمله کرد. ایران آمریکا را به دروغگویی متهم کرد.');
    expect(events.map((e) => e.type).sort()).toEqual(['ACCUSE', 'ASSAULT']);
  });
});
