// Argument attachment, issue 12 item 3 (second part): an actor inside a passive's gap (the trigger
// field inGap), partitive objects, an object after a phrase that is no place, «طرفین/دو رهبر» as the
// parties of the act before, a noun trigger inside a phrase, members coordinated after a noun
// trigger's phrase, uncoded actors, and a capital after «علیه» read as its state.
import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../../src/code/events/index.js';
import type { CodedEvent } from '../../../src/doc.js';
import { process as run } from '../../../src/pipeline.js';
import { findQuotes } from '../../../src/resolve/quotes/index.js';
import { toResult } from '../../../src/result.js';
import { buildDoc, type TestActor } from './doc-builder.js';

const ACTORS: TestActor[] = [
  { id: 'reb', code: 'IRQREB', country: 'IRQ', names: ['گروه‌های مسلح عراقی'] },
  { id: 'aze', code: 'AZE', country: 'AZE', names: ['جمهوری آذربایجان'] },
  { id: 'arm', code: 'ARM', country: 'ARM', names: ['ارمنستان'] },
  { id: 'irqpm', code: 'IRQGOV', country: 'IRQ', names: ['نخست وزیر عراق'] },
  { id: 'usgov', code: 'USAGOV', country: 'USA', names: ['وزارت خارجه آمریکا'] },
  { id: 'indpm', code: 'INDGOV', country: 'IND', names: ['نخست وزیر هند'] },
  { id: 'pakpm', code: 'PAKGOV', country: 'PAK', names: ['نواز شریف'] },
  { id: 'pak', code: 'PAK', country: 'PAK', names: ['پاکستان'] },
  { id: 'elysee', code: 'FRAGOV', country: 'FRA', names: ['کاخ الیزه'] },
  { id: 'fra', code: 'FRAGOV', country: 'FRA', names: ['فرانسوا اولاند'] },
  { id: 'gbr', code: 'GBRGOV', country: 'GBR', names: ['دیوید کامرون'] },
  { id: 'nobody', code: '', country: null, names: ['جان اسمیت'] },
];

function code(text: string): CodedEvent[] {
  const doc = buildDoc(text, ACTORS, { published: '2020-10-14' });
  findQuotes(doc, {});
  codeEvents(doc, {});
  return doc.events;
}
const summary = (e: CodedEvent) => `${e.type} ${e.actor.join('+')}>${e.recipient.join('+')}`;

describe('the gap of a passive (inGap)', () => {
  it('«مورد حمایت X قرار گرفت»: the bare actor in the gap is the supporter, the subject the supported', () => {
    const events = code('نخست وزیر عراق مورد حمایت وزارت خارجه آمریکا قرار گرفت.');
    expect(events.map(summary)).toEqual(['SUPPORT usgov>irqpm']);
  });
});

describe('objects', () => {
  it('«شماری از X را بازداشت کرد»: X is the object of a partitive', () => {
    const events = code('وزارت خارجه آمریکا شماری از گروه‌های مسلح عراقی را بازداشت کرد.');
    expect(events.map(summary)).toEqual(['COERCE usgov>reb']);
  });

  it('an object right after a time phrase is the object, not inside the phrase', () => {
    const events = code('نخست وزیر هند طی چند ماه گذشته چندین بار پاکستان را تهدید کرده است.');
    expect(events.map(summary)).toEqual(['THREATEN indpm>pak']);
  });

  it('but an object inside «در …» is still where, not whom', () => {
    const events = code('وزارت خارجه آمریکا چند نفر در پاکستان را بازداشت کرد.');
    expect(events.map(summary)).not.toContain('COERCE usgov>pak');
  });
});

describe('«دو رهبر»، «طرفین»', () => {
  it('are the two parties of the act reported just before', () => {
    const events = code('نخست وزیر هند با نواز شریف دیدار کرد. دو رهبر بر گسترش همکاری توافق کردند.');
    expect(events.map(summary)).toEqual(['CONSULT indpm>pakpm', 'AGREE indpm>pakpm']);
  });

  it('give nothing when no act with two parties comes before', () => {
    const events = code('دو رهبر بر گسترش همکاری توافق کردند.');
    expect(events.map(summary)).toEqual([]);
  });
});

describe('a noun trigger inside a phrase', () => {
  it('takes its own genitive, not the subject of the clause that reports it', () => {
    const events = code('کاخ الیزه از گفت‌وگوی تلفنی «فرانسوا اولاند» و «دیوید کامرون» خبر داد.');
    expect(events.map(summary)).toEqual(['CONSULT fra>gbr']);
  });
});

describe('«پس از آنکه …»', () => {
  it('opens a clause: its subject is no member of the «از» phrase', () => {
    const events = code('شورا پس از آنکه نخست وزیر عراق استعفا کرد، قطعنامه را تصویب نمود.');
    expect(events.map(summary)).toContain('CONCEDE irqpm>');
  });
});

describe('coordinated members after a noun trigger', () => {
  it('«دیدار X با A و B»: a meeting with each', () => {
    const events = code('پس از دیدار نخست وزیر هند با نواز شریف و نخست وزیر عراق بیانیه‌ای منتشر شد.');
    expect(events.map(summary).sort()).toEqual(['CONSULT indpm>irqpm', 'CONSULT indpm>pakpm']);
  });
});

describe('uncoded actors', () => {
  it('an act by a name with neither code nor country is not emitted', () => {
    expect(code('جان اسمیت از نخست وزیر عراق انتقاد کرد.').map(summary)).toEqual([]);
  });

  it('while an act by a coded actor in the same text is', () => {
    expect(code('وزارت خارجه آمریکا از نخست وزیر عراق انتقاد کرد.').map(summary)).toEqual([
      'ACCUSE usgov>irqpm',
    ]);
  });
});

describe('a capital in an argument phrase', () => {
  it('«علیه مسکو» is the Russian state, the target of the sanctions', () => {
    const result = toResult(
      run({
        id: 't',
        title: null,
        text: 'استرالیا تحریم‌های جدیدی را علیه مسکو اعمال کرد.',
        published: '2014-09-01',
      }),
    );
    const codeOf = new Map(result.actors.map((a) => [a.id, a.code]));
    expect(
      result.events.map(
        (e) => `${e.type} ${e.actor.map((a) => codeOf.get(a))}>${e.recipient.map((a) => codeOf.get(a))}`,
      ),
    ).toEqual(['COERCE AUS>RUS']);
  });

  it('«در مسکو» stays a place', () => {
    const result = toResult(
      run({
        id: 't',
        title: null,
        text: 'استرالیا در مسکو تحریم‌های جدیدی اعمال کرد.',
        published: '2014-09-01',
      }),
    );
    const codes = result.actors.map((a) => a.code);
    expect(codes).not.toContain('RUS');
  });
});

describe('lexicon/events/arguments.json', () => {
  it('loads as word keys: quantity nouns and «both sides» phrases of one or more words', async () => {
    const { argumentLexicon } = await import('../../../src/code/events/arguments.js');
    const { wordKey } = await import('../../../src/grammar/word-key.js');
    const lex = argumentLexicon();
    expect(lex.partitiveHeads.has(wordKey('شماری'))).toBe(true);
    expect(lex.partitiveHeads.has(wordKey('تعدادی'))).toBe(true);
    expect(lex.bothParties.length).toBeGreaterThan(3);
    for (const p of lex.bothParties) for (const w of p) expect(w).toBe(wordKey(w));
    expect(lex.bothParties.some((p) => p.join(' ') === ['رهبران', 'دو', 'کشور'].map(wordKey).join(' '))).toBe(
      true,
    );
  });
});
