// Issue 12 item 3 (branch ev-recipients): which argument a grammatical position is, whatever the
// trigger group declares (lexicon/events/argument-roles.json). The subject of the passive of a
// transitive act is the one acted on; an infinitive closing a trigger takes its object after it.
import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../../src/code/events/index.js';
import type { CodedEvent } from '../../../src/doc.js';
import { findQuotes } from '../../../src/resolve/quotes/index.js';
import { buildDoc, type TestActor } from './doc-builder.js';

const ACTORS: TestActor[] = [
  { id: 'hzb', code: 'LBNREB', country: 'LBN', names: ['حزب‌الله'] },
  { id: 'lbncop', code: 'LBNCOP', country: 'LBN', names: ['پلیس لبنان'] },
  { id: 'rusdip', code: 'RUSGOV', country: 'RUS', names: ['دیپلمات‌های روس'] },
  { id: 'azemil', code: 'AZEMIL', country: 'AZE', names: ['ارتش جمهوری آذربایجان'] },
  { id: 'arm', code: 'ARM', country: 'ARM', names: ['ارمنستان'] },
  { id: 'usa', code: 'USA', country: 'USA', names: ['آمریکا'] },
  { id: 'iaea', code: 'IGOUNOIAE', country: null, names: ['آژانس بین‌المللی انرژی اتمی'] },
  { id: 'irn', code: 'IRN', country: 'IRN', names: ['ایران', 'تهران'] },
];

function code(text: string): string[] {
  const doc = buildDoc(text, ACTORS, { published: '2020-10-14' });
  findQuotes(doc, {});
  codeEvents(doc, {});
  return doc.events.map((e: CodedEvent) => `${e.type} ${e.actor.join('+')}>${e.recipient.join('+')}`);
}

describe('the subject of a passive is the one acted on', () => {
  it('«دفتر حزب‌الله پلمب شد»: Hezbollah is sealed, it does not seal', () => {
    const events = code('دفتر حزب‌الله در بیروت پلمب شد.');
    expect(events.some((e) => e.startsWith('COERCE hzb>'))).toBe(false);
    expect(events).toContain('COERCE >hzb');
  });

  it('«… توسط X پلمب شد»: the agent phrase is the actor', () => {
    expect(code('دفتر حزب‌الله توسط پلیس لبنان پلمب شد.')).toContain('COERCE lbncop>hzb');
  });

  it('the active «X را پلمب کرد» keeps its subject as the actor', () => {
    expect(code('پلیس لبنان دفتر حزب‌الله را پلمب کرد.')).toContain('COERCE lbncop>hzb');
  });

  it('«دیپلمات‌های روس … اخراج شدند»: the expelled are no actor of the expulsion', () => {
    expect(code('دیپلمات‌های روس از آمریکا اخراج شدند.').some((e) => e.startsWith('SANCTION rusdip>'))).toBe(
      false,
    );
  });
});

describe('an infinitive takes its object after it', () => {
  it('«با متهم کردن ارمنستان به …»: Armenia is accused', () => {
    expect(code('ارتش جمهوری آذربایجان با متهم کردن ارمنستان به حمله، بیانیه‌ای صادر کرد.')).toContain(
      'ACCUSE azemil>arm',
    );
  });

  it('the finite «ارمنستان را متهم کرد» still reads its object before the verb', () => {
    expect(code('ارتش جمهوری آذربایجان ارمنستان را به حمله متهم کرد.')).toContain('ACCUSE azemil>arm');
  });
});

describe('the phrase a noun trigger governs (governedPrepositions)', () => {
  it('«با تبریک … به X»: congratulation goes to the «به» phrase after it', () => {
    expect(code('ارتش جمهوری آذربایجان با تبریک این پیروزی به ارمنستان گفت که صلح نزدیک است.')).toContain(
      'SUPPORT azemil>arm',
    );
  });

  it('«ضمن مخالفت با طرح X»: the opposed, although its «با» is marked as an opponent', () => {
    expect(code('ارتش جمهوری آذربایجان ضمن مخالفت با طرح ارمنستان گفت که صلح نزدیک است.')).toContain(
      'REJECT azemil>arm',
    );
  });

  it('«با تبریک سال نو» with no «به» phrase after it attaches no one', () => {
    expect(code('ارتش جمهوری آذربایجان با تبریک سال نو گفت که ارمنستان باید عقب‌نشینی کند.')).not.toContain(
      'SUPPORT azemil>arm',
    );
  });
});

describe('the members of a «میان/بین» phrase', () => {
  it('«دیدار رسمی که بین X فعلی ایالات متحده و Y»: the member after «و» is the other party', () => {
    expect(
      code(
        'در اولین دیدار رسمی که بین ارتش جمهوری آذربایجان فعلی ایالات متحده و ارمنستان در تاریخ 12 ژوئن برگزار شد، صلح بررسی شد.',
      ),
    ).toContain('CONSULT azemil>arm');
  });

  it('«ملاقات تاریخی ماه جون، میان X، … و Y»: a phrase begun within reach runs on over its conjuncts', () => {
    expect(
      code('این بیان بعد از ملاقات تاریخی ماه جون سال گذشته، میان ارتش جمهوری آذربایجان و ارمنستان نشر شد.'),
    ).toContain('CONSULT azemil>arm');
  });
});

describe('a noun trigger inside a phrase', () => {
  it('«پس از انتقاد آژانس … از تهران»: the genitive in the outer «از» phrase is the actor, not the criticised', () => {
    expect(code('تصمیم ایران پس از انتقاد آژانس بین‌المللی انرژی اتمی از تهران مطرح شده است.')).toContain(
      'ACCUSE iaea>irn',
    );
  });
});
