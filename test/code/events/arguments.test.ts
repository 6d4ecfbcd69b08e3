// Argument attachment (issue 12 item 3): reciprocals, «میان X و Y», conjoined parties, a recipient
// inside a discontinuous trigger, a recipient shared by conjoined verbs, the headline speaker, a
// first-person verb in reported speech, a genitive after a name in guillemets, straight quotes around a
// name, and «به گفته X» not taken for a verb.
import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../../src/code/events/index.js';
import type { CodedEvent } from '../../../src/doc.js';
import { findQuotes } from '../../../src/resolve/quotes/index.js';
import { buildDoc, type TestActor } from './doc-builder.js';

const ACTORS: TestActor[] = [
  { id: 'usa', code: 'USAMIL', country: 'USA', names: ['نیروهای آمریکایی'] },
  { id: 'reb', code: 'IRQREB', country: 'IRQ', names: ['گروه‌های مسلح عراقی'] },
  { id: 'aze', code: 'AZE', country: 'AZE', names: ['جمهوری آذربایجان', 'باکو'] },
  { id: 'arm', code: 'ARM', country: 'ARM', names: ['ارمنستان', 'ایروان'] },
  { id: 'jor', code: 'JOR', country: 'JOR', names: ['اردن'] },
  { id: 'egy', code: 'EGY', country: 'EGY', names: ['مصر'] },
  { id: 'syr', code: 'SYR', country: 'SYR', names: ['سوریه'] },
  { id: 'irqpm', code: 'IRQGOV', country: 'IRQ', names: ['نخست وزیر عراق'] },
  { id: 'usgov', code: 'USAGOV', country: 'USA', names: ['وزارت خارجه آمریکا', 'بوش'] },
  { id: 'syrgov', code: 'SYRGOV', country: 'SYR', names: ['رهبران سوریه'] },
  { id: 'indpm', code: 'INDGOV', country: 'IND', names: ['نخست وزیر هند'] },
  { id: 'pakpm', code: 'PAKGOV', country: 'PAK', names: ['نواز شریف'] },
  { id: 'pak', code: 'PAK', country: 'PAK', names: ['پاکستان'] },
  { id: 'ind', code: 'IND', country: 'IND', names: ['هند'] },
  { id: 'spox', code: 'INDGOV', country: 'IND', names: ['سخنگوی وزارت دفاع هند'] },
];

function code(text: string): CodedEvent[] {
  const doc = buildDoc(text, ACTORS, { published: '2020-10-14' });
  findQuotes(doc, {});
  codeEvents(doc, {});
  return doc.events;
}
const summary = (e: CodedEvent) => `${e.type} ${e.actor.join('+')}>${e.recipient.join('+')}`;

describe('reciprocal and «میان» parties', () => {
  it('«A و B با یکدیگر درگیر شدند»: A against B, one event, not one per subject', () => {
    const events = code('نیروهای آمریکایی و گروه‌های مسلح عراقی دو ساعت با یکدیگر درگیر شدند.');
    expect(events.map(summary)).toEqual(['ASSAULT usa>reb']);
  });

  it('«توافق آتش‌بس میان A و B»: a noun with no genitive takes the «میان» parties', () => {
    const events = code(
      'ارمنستان را متهم کرد. نیروها توافق کردند. درگیری میان جمهوری آذربایجان و ارمنستان ادامه یافت.',
    );
    expect(events.map(summary)).toContain('ASSAULT aze>arm');
  });
});

describe('conjoined parties', () => {
  it('a visit to three countries is three events', () => {
    const events = code('نخست وزیر عراق تاکنون به اردن، مصر و سوریه سفر کرده است.');
    expect(events.map(summary).sort()).toEqual([
      'CONSULT irqpm>egy',
      'CONSULT irqpm>jor',
      'CONSULT irqpm>syr',
    ]);
  });

  it('a criticism of two countries stays one event with two recipients', () => {
    const events = code('وزارت خارجه آمریکا از جمهوری آذربایجان و ارمنستان انتقاد کرد.');
    expect(events.map(summary)).toEqual(['ACCUSE usgov>aze+arm']);
  });
});

describe('recipients the markers miss', () => {
  it('«خواستار بازگشت A و B به میز مذاکره شد»: the demand is on the parties inside the trigger', () => {
    const events = code('وزارت خارجه آمریکا خواستار بازگشت جمهوری آذربایجان و ارمنستان به میز مذاکره شد.');
    expect(events.map(summary)).toEqual(['REQUEST usgov>aze+arm']);
  });
});

describe('speakers', () => {
  it('a headline «X: …» makes X the actor of an act with no subject', () => {
    const events = code('بوش: از رهبران سوریه می‌خواهیم حامیان صدام را اخراج کنند.');
    expect(events.map(summary)[0]).toBe('REQUEST usgov>syrgov');
  });

  // «به خاک هند»: a territory is the state; «به مواضع مرزی هند» is its military (target-sector.test.ts).
  it('«به گفته وی، …» does not make «گفته» a verb that closes the phrase', () => {
    const events = code(
      'سخنگوی وزارت دفاع هند گفت. به گفته وی، سربازان پاکستان به خاک هند حمله کردند.',
    );
    expect(events.map(summary)).toEqual(['ASSAULT pak>ind']);
  });
});

describe('the owner of an object noun', () => {
  it('«X پیشنهاد پاکستان … را رد کرد»: the act is aimed at the owner, who is no subject', () => {
    const events = code('نخست وزیر هند پیشنهاد پاکستان جهت نابودسازی سلاح‌های هسته‌ای را رد کرد.');
    expect(events.map(summary)).toEqual(['REJECT indpm>pak']);
  });

  it('an actor at the start of the clause is its subject, not an owner', () => {
    // Two-sided: a rejection naming no one rejected is dropped (arguments.json oneSided).
    const events = code('پاکستان این پیشنهاد هند را رد کرد.');
    expect(events.map(summary)).toEqual(['REJECT pak>ind']);
  });
});

describe('sympathy over an attack', () => {
  it("«از حادثه … ابراز تاسف کرد» goes to those the article's attack struck", () => {
    const events = code(
      'سربازان پاکستان به خاک هند حمله کردند. سخنگوی وزارت دفاع هند از این حادثه ابراز تاسف کرد.',
    );
    expect(events.map(summary)).toContain('CONCEDE spox>ind');
  });
});

describe('a sentence without a subject', () => {
  it("continues the previous sentence's subject", () => {
    const events = code('نخست وزیر هند روز دوشنبه به تهران رفت. ماه آینده نیز با نواز شریف دیدار می‌کند.');
    expect(events.map(summary)).toContain('AGREE indpm>pakpm');
  });

  it('but not when it names its own subject, or speaks in the first person', () => {
    const own = code('نخست وزیر هند روز دوشنبه به تهران رفت. نواز شریف با سخنگوی وزارت دفاع هند دیدار کرد.');
    expect(own.map(summary)).toEqual(['CONSULT pakpm>spox']);
    // The first person is not the previous sentence's subject; with no speaker known, the meeting has
    // no actor, and a meeting by no one is not emitted (arguments.json oneSided.noActor).
    expect(code('نخست وزیر هند روز دوشنبه به تهران رفت. با نواز شریف دیدار کردیم.').map(summary)).toEqual([]);
  });
});

describe('genitives and names in quotation marks', () => {
  it('«دیدار «نام» نخست وزیر هند با …»: the title after a name in guillemets is the genitive actor', () => {
    const events = code('این حادثه پس از دیدار «مان موهان سینگ» نخست وزیر هند با «نواز شریف» رخ داد.');
    expect(events.map(summary)).toEqual(['CONSULT indpm>pakpm']);
  });

  it('straight quotes around a place name do not cut the clause', () => {
    const events = code(
      'نیروهای آمریکایی به مواضع گروه‌های مسلح عراقی در روستای "عدایه" از توابع "الحضر" حمله کردند.',
    );
    expect(events.map(summary)).toEqual(['ASSAULT usa>reb']);
  });
});
