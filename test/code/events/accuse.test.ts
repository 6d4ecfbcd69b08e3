// ACCUSE forms of lexicon/events/triggers-accuse.json and the argument rules they rely on: who
// claims or protests is the actor, the party the claim or protest is about the recipient. Sentences
// are written for these tests.
import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../../src/code/events/index.js';
import type { CodedEvent } from '../../../src/doc.js';
import { findQuotes } from '../../../src/resolve/quotes/index.js';
import { buildDoc, type TestActor } from './doc-builder.js';

const ACTORS: TestActor[] = [
  { id: 'zarif', code: 'IRNGOV', country: 'IRN', names: ['محمدجواد ظریف', 'ظریف'] },
  { id: 'lavrov', code: 'RUSGOV', country: 'RUS', names: ['سرگئی لاوروف', 'لاوروف'] },
  { id: 'irnmfa', code: 'IRNGOV', country: 'IRN', names: ['وزارت امور خارجه ایران'] },
  { id: 'envoy', code: 'FRAGOV', country: 'FRA', names: ['سفیر فرانسه در تهران', 'سفیر فرانسه'] },
  { id: 'tur', code: 'TUR', country: 'TUR', names: ['ترکیه'] },
  { id: 'usa', code: 'USA', country: 'USA', names: ['آمریکا', 'واشنگتن'] },
  { id: 'isr', code: 'ISR', country: 'ISR', names: ['اسرائیل'] },
  { id: 'taliban', code: 'AFGGOVTAL', country: 'AFG', names: ['طالبان'] },
  { id: 'pak', code: 'PAK', country: 'PAK', names: ['پاکستان'] },
];

function code(text: string): CodedEvent[] {
  const doc = buildDoc(text, ACTORS, { published: '2023-01-12' });
  findQuotes(doc, {});
  codeEvents(doc, {});
  return doc.events;
}
const summary = (e: CodedEvent) => `${e.type}/${e.cameo} ${e.actor.join('+')}>${e.recipient.join('+')}`;

describe('a claim about another party is an allegation', () => {
  it('«X مدعی شد که Y …»: the subject of the claim is the recipient', () => {
    expect(code('لاوروف مدعی شد که آمریکا در انتخابات دخالت کرده است.').map(summary)).toEqual([
      'ACCUSE/112 lavrov>usa',
    ]);
  });
  it('«X ادعا کرد Y …» without «که», the party a genitive of the clause subject', () => {
    expect(code('ظریف ادعا کرد دخالت اسرائیل در سوریه بهانه است.').map(summary)).toEqual([
      'ACCUSE/112 zarif>isr',
    ]);
  });
  it('a claim that names no other party is no event', () => {
    expect(code('ظریف مدعی شد که آماده گفت‌وگو است.').filter((e) => e.type === 'ACCUSE')).toEqual([]);
  });
});

describe('an envoy summoned to the ministry is a protest, not a recall', () => {
  it('passive: the ministry summons, the envoy is summoned (114, not 161)', () => {
    expect(code('سفیر فرانسه در تهران به وزارت امور خارجه ایران فراخوانده شد.').map(summary)).toEqual([
      'ACCUSE/114 irnmfa>envoy',
    ]);
  });
  it('active: «X سفیر Y را به وزارت خارجه فرا خواند»', () => {
    expect(code('ترکیه سفیر فرانسه را به وزارت خارجه فرا خواند.').map(summary)).toEqual([
      'ACCUSE/114 tur>envoy',
    ]);
  });
  it('an envoy recalled from his post stays a recall', () => {
    expect(code('ترکیه سفیر خود را از آمریکا فراخواند.').map((e) => e.cameo)).toEqual(['161']);
  });
});

describe('protests stated and delivered', () => {
  it('«اعتراض خود را به X اعلام کرد»', () => {
    expect(code('ظریف اعتراض شدید خود را به اقدام آمریکا اعلام کرد.').map(summary)).toEqual([
      'ACCUSE/111 zarif>usa',
    ]);
  });
  it('«اعتراض X به Y ابلاغ شد»: the protester is the genitive in the gap', () => {
    expect(code('اعتراض ترکیه به سفیر فرانسه ابلاغ شد.').map(summary)).toEqual(['ACCUSE/114 tur>envoy']);
  });
});

describe('questioning, Dari blame and evaluative predicates', () => {
  it('«X را زیر سؤال برد»', () => {
    expect(code('لاوروف سیاست‌های آمریکا را زیر سؤال برد.').map(summary)).toEqual(['ACCUSE/111 lavrov>usa']);
  });
  it('ridicule is disapproval, and «مسخره است» (absurd) no act', () => {
    expect(code('لاوروف سیاست‌های آمریکا را به خاطر تناقض‌هایش مسخره کرد.').map(summary)).toEqual([
      'ACCUSE/111 lavrov>usa',
    ]);
    expect(code('لاوروف گفت این ادعا مسخره است.').filter((e) => e.type === 'ACCUSE')).toEqual([]);
  });
  it('«X مورد تمسخر Y قرار گرفت»: Y mocks X', () => {
    expect(code('ظریف مورد تمسخر رسانه‌های اسرائیل قرار گرفت.').map(summary)).toEqual([
      'ACCUSE/111 isr>zarif',
    ]);
  });
  it('Dari «ملامت کردند» is blame', () => {
    expect(code('طالبان پاکستان را ملامت کردند.').map(summary)).toEqual(['ACCUSE/112 taliban>pak']);
  });
  it('an evaluative infinitive takes the one judged after it («با غیرقانونی خواندن تحریم‌های X»)', () => {
    expect(code('ظریف با غیرقانونی خواندن تحریم‌های آمریکا گفت ایران پاسخ خواهد داد.').map(summary)).toContain(
      'ACCUSE/111 zarif>usa',
    );
  });
  it('a norm list longer than eight words still reaches «خواند»', () => {
    expect(
      code(
        'لاوروف اقدامات آمریکا را مغایر اصول حقوق بین‌الملل و قطعنامه‌های مصوب شورای امنیت سازمان ملل خواند.',
      ).map(summary),
    ).toEqual(['ACCUSE/111 lavrov>usa']);
  });
});

describe('a relative clause with no subject of its own is the act of the actor it describes', () => {
  it('«اظهارات X را که Y را … خواند»: X is the actor', () => {
    expect(
      code('مردم اظهارات ظریف را که اسرائیل را رژیمی تروریست خواند تایید کردند.').map(summary),
    ).toContain('ACCUSE/111 zarif>isr');
  });
  it('a relative clause with its own subject keeps it', () => {
    expect(code('لاوروف از ترکیه که آمریکا آن را متهم کرده بود حمایت کرد.').map(summary)).not.toContain(
      'ACCUSE/112 tur>usa',
    );
  });
  it('a passive in a relative clause gives its antecedent no act', () => {
    expect(code('سفیر فرانسه که دیروز توسط ترکیه متهم شد به پاریس رفت.').map(summary)).not.toContain(
      'ACCUSE/112 envoy>tur',
    );
  });
});

describe('an object before the relative clause that interrupts its clause', () => {
  it('«X را که … است، محکوم کرد»: X is the object of the resumed verb', () => {
    expect(code('لاوروف اقدامات آمریکا را که به گفته او غیرقانونی است، محکوم کرد.').map(summary)).toEqual([
      'ACCUSE/111 lavrov>usa',
    ]);
  });
  it("an object of the relative clause itself is not the main verb's", () => {
    expect(code('لاوروف که ظریف را ملاقات کرده بود، اسرائیل را محکوم کرد.').map(summary)).toContain(
      'ACCUSE/111 lavrov>isr',
    );
  });
});

describe('a quoted evaluative word', () => {
  it('«X را «غیرقانونی» خواند»: the guillemets do not break the predicate', () => {
    expect(code('ظریف تحریم‌های آمریکا را «غیرقانونی» خواند.').map(summary)).toEqual(['ACCUSE/111 zarif>usa']);
  });
  it('a quoted praise word stays praise', () => {
    expect(code('لاوروف نقش ترکیه را «سازنده» خواند.').map((e) => e.type)).toEqual(['SUPPORT']);
  });
});
