// Triggers and argument rules added for recall on unseen articles: passives whose subject is the
// patient (abducted, shot at, targeted), «هدف قرار دادن», congratulations, «خواهان … شد»,
// «متهم به … کرد», deployments, a meeting with a gap («دیداری با X … داشت»), coordinated subjects
// whose names stand in guillemets with a title after each, and the head of an object noun phrase.
// Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../../src/code/events/index.js';
import type { CodedEvent, Doc } from '../../../src/doc.js';
import { findQuotes } from '../../../src/resolve/quotes/index.js';
import { buildDoc, type TestActor } from './doc-builder.js';

const ACTORS: TestActor[] = [
  { id: 'zarif', code: 'IRNGOV', country: 'IRN', names: ['محمدجواد ظریف', 'ظریف'] },
  { id: 'lavrov', code: 'RUSGOV', country: 'RUS', names: ['سرگئی لاوروف', 'لاوروف'] },
  { id: 'isis', code: 'IMGMUSISI', names: ['گروه داعش', 'داعش'] },
  { id: 'envoy', code: 'JPNGOV', country: 'JPN', names: ['سفیر ژاپن'] },
  { id: 'rus', code: 'RUS', country: 'RUS', names: ['روسیه', 'مسکو'] },
  { id: 'irq', code: 'IRQ', country: 'IRQ', names: ['عراق'] },
  { id: 'usa', code: 'USA', country: 'USA', names: ['آمریکا', 'واشنگتن'] },
  { id: 'minA', code: 'TURGOV', country: 'TUR', names: ['علی کایا', 'وزیر کشور ترکیه'] },
  { id: 'minB', code: 'AZEGOV', country: 'AZE', names: ['رضا علی‌اف', 'وزیر کشور آذربایجان'] },
];

function code(text: string): { doc: Doc; events: CodedEvent[] } {
  const doc = buildDoc(text, ACTORS, { published: '2023-01-12' });
  findQuotes(doc, {});
  codeEvents(doc, {});
  return { doc, events: doc.events };
}
const summary = (e: CodedEvent) => `${e.type}/${e.cameo} ${e.actor.join('+')}>${e.recipient.join('+')}`;

describe('passives whose subject is the patient', () => {
  it('an abducted envoy is the recipient, not the actor', () => {
    const { events } = code('سفیر ژاپن دیروز در بغداد ربوده شد.');
    expect(events.map(summary)).toEqual(['ASSAULT/181 >envoy']);
  });
  it('«هدف تیراندازی قرار گرفت»: the one shot at is the recipient', () => {
    const { events } = code('خودروی سفیر ژاپن امروز هدف تیراندازی قرار گرفت.');
    expect(events.map(summary)).toEqual(['ASSAULT/193 >envoy']);
  });
  it('«از سوی X هدف قرار گرفت» gives the perpetrator', () => {
    const { events } = code('مواضع داعش از سوی آمریکا هدف قرار گرفت.');
    expect(events.map(summary)).toEqual(['ASSAULT/190 usa>isis']);
  });
});

describe('victims and shots', () => {
  it('named victims of a passive «کشته شدند» are the recipient of an attack', () => {
    const { events } = code('سفیر ژاپن و دو محافظ او در بغداد کشته شدند.');
    expect(events.map(summary)).toEqual(['ASSAULT/180 >envoy']);
  });
  it('unnamed victims alone say nothing an analyst can use', () => {
    const { events } = code('سه نفر در این حادثه زخمی شدند.');
    expect(events).toEqual([]);
  });
  it('«شلیک گلوله از سوی X» is a shooting by X', () => {
    const { events } = code('شلیک گلوله از سوی داعش به سوی سفیر ژاپن ادامه داشت.');
    expect(events.map((e) => `${e.type}/${e.cameo} ${e.actor.join('+')}`)).toEqual(['ASSAULT/193 isis']);
  });
  it('«مورد حمایت … قرار گرفت»: the supported one is the subject', () => {
    const { events } = code('ظریف از سوی روسیه مورد حمایت کامل قرار گرفت.');
    expect(events.map(summary)).toEqual(['SUPPORT/051 rus>zarif']);
  });
});

describe('«را هدف قرار داد» and the head of the object', () => {
  it('the object is the noun before «در …», not the place', () => {
    const { events } = code('آمریکا مواضع داعش در عراق را هدف قرار داد.');
    expect(events.map(summary)).toEqual(['ASSAULT/190 usa>isis']);
  });
  it('a conditional attack is no attack', () => {
    const { events } = code('روسیه گفت به شرط آنکه مواضع داعش هدف قرار بگیرد از این طرح حمایت می‌کند.');
    expect(events.filter((e) => e.type === 'ASSAULT')).toEqual([]);
  });
  it('a place alone as object stays the object', () => {
    const { events } = code('آمریکا عراق را هدف قرار داد.');
    expect(events.map(summary)).toEqual(['ASSAULT/190 usa>irq']);
  });
  it('«هدف» as a goal is no attack', () => {
    const { events } = code('ظریف با هدف گسترش روابط به مسکو رفت.');
    expect(events.filter((e) => e.type === 'ASSAULT')).toEqual([]);
  });
});

describe('phrases before a relative clause', () => {
  it('«از A، B و C که …، انتقاد کرد»: the listed parties before the relative clause are recipients', () => {
    const { events } = code('ظریف از روسیه، آمریکا و عراق که این طرح را پذیرفته‌اند، انتقاد کرد.');
    expect(events.map(summary)).toEqual(['ACCUSE/111 zarif>rus+usa+irq']);
  });
});

describe('coordinated objects', () => {
  it('«A و B را»: both are recipients, neither the subject', () => {
    const { events } = code('ظریف روسیه و آمریکا را به دخالت متهم کرد.');
    expect(events.map(summary)).toEqual(['ACCUSE/112 zarif>rus+usa']);
  });
  it('an actor joined by «و» to a non-actor object is an object, not the subject', () => {
    const { events } = code('روسیه «داعش» و نیروهای محلی را به حمله تهدید کرد.');
    expect(events.map(summary)).toEqual(['THREATEN/138 rus>isis']);
  });
  it('coordinated subjects before a plain object stay subjects', () => {
    // Two-sided: a rejection naming no one rejected is dropped (arguments.json oneSided).
    const { events } = code('روسیه و آمریکا این طرح عراق را رد کردند.');
    expect(events.map(summary)).toEqual(['REJECT/120 rus>irq', 'REJECT/120 usa>irq']);
  });
});

describe('what a demand asks for', () => {
  it("a subjunctive act after «خواستند» is the demand's content, not an event", () => {
    const { events } = code('روسیه از آمریکا خواست که ظریف را به رسمیت بشناسد.');
    expect(events.map(summary)).toEqual(['REQUEST/100 rus>usa']);
  });
  it('an act after the demand in the indicative is still an event', () => {
    const { events } = code('روسیه از آمریکا خواست و سپس ظریف را به رسمیت می‌شناسد.');
    expect(events.map((e) => e.type)).toContain('SUPPORT');
  });
});

describe('verbal acts', () => {
  it('welcoming an attack endorses its perpetrator', () => {
    const { events } = code('لاوروف از حمله هوایی آمریکا به مواضع داعش استقبال کرد.');
    expect(events.filter((e) => e.type === 'SUPPORT').map(summary)).toEqual(['SUPPORT/051 lavrov>usa']);
  });
  it('welcoming a visit keeps the «از» party', () => {
    const { events } = code('لاوروف از سفر ظریف استقبال کرد.');
    expect(events.map(summary)).toEqual(['SUPPORT/051 lavrov>zarif']);
  });
  it('«به X تبریک گفت» is SUPPORT toward X', () => {
    const { events } = code('ظریف به لاوروف به مناسبت انتخاب مجدد تبریک گفت.');
    expect(events.map(summary)).toEqual(['SUPPORT/051 zarif>lavrov']);
  });
  it('«خواهان … شد» is REQUEST like «خواستار … شد» (a halt to fighting: demand de-escalation, 1056)', () => {
    const { events } = code('روسیه خواهان توقف فوری درگیری‌ها شد.');
    expect(events.map(summary)).toEqual(['REQUEST/1056 rus>']);
  });
  it('«X را متهم به … کرد» is ACCUSE toward X', () => {
    const { events } = code('مسکو واشنگتن را متهم به دخالت در انتخابات کرد.');
    expect(events.map(summary)).toEqual(['ACCUSE/112 rus>usa']);
  });
  it('a negated congratulation is no event', () => {
    const { events } = code('ظریف به لاوروف تبریک نگفت.');
    expect(events).toEqual([]);
  });
});

describe('meetings, agreements, deployments', () => {
  it('«دیداری با X … داشت» with words between', () => {
    const { events } = code('ظریف ماه گذشته نیز دیداری با لاوروف در مسکو داشت.');
    expect(events.map(summary)).toEqual(['CONSULT/040 zarif>lavrov']);
  });
  it('coordinated signers in guillemets, each with a title, sign with each other', () => {
    const { events } = code(
      '«علی کایا» وزیر کشور ترکیه و «رضا علی‌اف» وزیر کشور آذربایجان توافقنامه همکاری امضا کردند.',
    );
    expect(events.map(summary)).toEqual(['AGREE/057 minA>minB']);
  });
  it('«نیرو به X اعزام کرد» is MOBILIZE', () => {
    const { events } = code('روسیه هزار نیرو به عراق اعزام کرد.');
    expect(events.map(summary)).toEqual(['MOBILIZE/154 rus>irq']);
  });
  it('a delegation sent is no mobilisation', () => {
    const { events } = code('روسیه یک هیئت تحقیق به عراق اعزام کرد.');
    expect(events).toEqual([]);
  });
});
