// Issue 12 item 3 (branch ev-args): the destination of travel, and the head of an object. A capital
// or city after «به» (or in the gap of «عازم … شد») is a place, not an actor, yet the host of a visit
// is the state it lies in; and a subject is never taken for the head of an object noun phrase.
import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../../src/doc.js';
import { process as run } from '../../../src/pipeline.js';

function code(text: string): string[] {
  const doc = run({ id: 't', title: null, text, published: '2017-01-03' });
  const codeOf = new Map(doc.actors.map((a) => [a.id, a.code]));
  const c = (ids: string[]) => ids.map((id) => codeOf.get(id)).join('+');
  return doc.events.map((e: CodedEvent) => `${e.type} ${c(e.actor)}>${c(e.recipient)}`);
}

describe('the destination of travel', () => {
  it('«عازم پکن شد»: a visit to China', () => {
    expect(code('حسن روحانی عازم پکن شد.')).toEqual(['CONSULT IRNGOV>CHN']);
  });

  it('«به نواکشوت سفر کرده بود» (Fars): a visit to Mauritania', () => {
    expect(code('آنگلا مرکل سه‌شنبه گذشته به نواکشوت سفر کرده بود.')).toEqual(['CONSULT DEUGOV>MRT']);
  });

  it('a place after «در» is where the meeting was, not a destination', () => {
    expect(code('حسن روحانی در مسکو با ولادیمیر پوتین دیدار کرد.')).toEqual(['CONSULT IRNGOV>RUSGOV']);
  });
});

describe('the head of an object', () => {
  it('«ظریف حمله به سوریه را محکوم کرد»: the subject is the one who condemns', () => {
    const events = code('محمد جواد ظریف حمله به سوریه را محکوم کرد.');
    expect(events.filter((e) => e.startsWith('ACCUSE'))).toEqual(['ACCUSE IRNGOV>']);
  });
});

describe('the target of an attack on a place', () => {
  it('«ارتش اسرائیل به غزه حمله کرد»: the target is the state the place lies in', () => {
    expect(code('ارتش اسرائیل به غزه حمله کرد.')).toEqual(['ASSAULT ISRMIL>PSE']);
  });

  it('an actor target stays the target', () => {
    expect(code('ارتش اسرائیل به نیروهای حماس در غزه حمله کرد.')).toEqual(['ASSAULT ISRMIL>PSEREBHMS']);
  });
});
