// The grammar layer under the event patterns (src/code/grammar): compounds read as one word in every
// spelling, a pattern gap that crosses a relative «که» on its trigger noun or an appositive comma pair,
// and the soft hyphen scraped text sets for ZWNJ. Sentences are written for these tests, after the
// shapes of the development gold's misses.
import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../src/code/events/index.js';
import type { CodedEvent, Doc } from '../../src/doc.js';
import { grammarLexicon } from '../../src/grammar/grammar-lexicon.js';
import { compilePattern, matchAt } from '../../src/grammar/pattern.js';
import { buildSentenceViews } from '../../src/grammar/sentence-view.js';
import { findQuotes } from '../../src/resolve/quotes/index.js';
import { buildDoc, type TestActor } from '../code/events/doc-builder.js';

const ACTORS: TestActor[] = [
  { id: 'zarif', code: 'IRNGOV', country: 'IRN', names: ['محمدجواد ظریف', 'ظریف'] },
  { id: 'lavrov', code: 'RUSGOV', country: 'RUS', names: ['سرگئی لاوروف', 'لاوروف'] },
  { id: 'frattini', code: 'ITAGOV', country: 'ITA', names: ['فرانکو فراتینی', 'فراتینی'] },
  { id: 'kharrazi', code: 'IRNGOV', country: 'IRN', names: ['کمال خرازی', 'خرازی'] },
  { id: 'eu', code: 'IGOEUREEC', names: ['سران اتحادیه اروپا', 'اتحادیه اروپا'] },
  { id: 'gbr', code: 'GBRGOV', country: 'GBR', names: ['نخست وزیر انگلیس'] },
];

function code(text: string): { doc: Doc; events: CodedEvent[] } {
  const doc = buildDoc(text, ACTORS, { published: '2023-01-12' });
  findQuotes(doc, {});
  codeEvents(doc, {});
  return { doc, events: doc.events };
}
const summary = (e: CodedEvent) => `${e.type} ${e.actor.join('+')}>${e.recipient.join('+')}`;

describe('compounds of two stems are one word', () => {
  const g = grammarLexicon();
  const spellings = ['گفت و گو', 'گفت وگو', 'گفتو گو', 'گفت\u200cوگو', 'گفتوگو', 'گفت\u00adوگو'];
  for (const s of spellings) {
    it(`«${s}» is one word, no verb, no clause boundary`, () => {
      const text = `ظریف در پی ${s}ی تلفنی با لاوروف به خبرنگاران گفت که مذاکرات ادامه دارد.`;
      const doc = buildDoc(text, ACTORS);
      const [view] = buildSentenceViews(doc);
      const at = view.words.findIndex((w) => w.key.startsWith('گفتوگو'));
      expect(at).toBeGreaterThan(0);
      expect(view.verb[at]).toBe(false);
      // The clause of the compound runs on to «گفت که»: its «و» opened none.
      expect(view.clause[at]).toBe(view.clause[at + 3]);
    });
  }
  it('a pattern written with spaces matches the joined word and the reverse', () => {
    const spaced = compilePattern('گفت و گوی تلفنی', g);
    const joined = compilePattern('گفت\u200cوگوی تلفنی', g);
    expect(spaced.elements.length).toBe(2);
    expect(spaced.elements).toEqual(joined.elements);
  });
  it('«گفت گو» (the spelling «گفتگو» written apart) is one word too', () => {
    expect(firstMatch('ظریف با لاوروف در مسکو دیدار و گفت گو کرد.', 'دیدار و گفتگو @کردن')).toBe(
      'دیدار و گفت گو کرد',
    );
  });
  it('«گفت و» before another word is still the verb «said» and «and»', () => {
    const doc = buildDoc('ظریف این را گفت و گوش داد.', ACTORS);
    const [view] = buildSentenceViews(doc);
    expect(view.words.map((w) => w.key)).toContain('گفت');
  });
  it('a phone call written «گفت و گوی تلفنی» after «در پی» is a call, and no quote opens at «گفت»', () => {
    const { doc, events } = code('فراتینی در پی گفت و گوی تلفنی با خرازی به این امر اشاره کرد.');
    expect(events.map(summary)).toContain('CONSULT frattini>kharrazi');
    expect(doc.quotes).toEqual([]);
  });
  it('«وارد گفت\u00adوگو شد» with a soft hyphen (unrepaired text) is a meeting', () => {
    const { events } = code('نخست وزیر انگلیس با سران اتحادیه اروپا وارد گفت\u00adوگو شد.');
    expect(events.map(summary)).toEqual(['CONSULT gbr>eu']);
  });
});

/** The first match of `source` in the single sentence of `text`, as the words it covers. */
function firstMatch(text: string, source: string): string | null {
  const g = grammarLexicon();
  const p = compilePattern(source, g);
  const [view] = buildSentenceViews(buildDoc(text, ACTORS));
  for (let i = 0; i < view.words.length; i++) {
    const m = matchAt(view, i, p, g);
    if (m)
      return view.words
        .slice(m.first, m.last + 1)
        .map((w) => w.text)
        .join(' ');
  }
  return null;
}

describe('a gap crosses a relative «که» on its trigger noun', () => {
  it('«دیداری که روز دوشنبه با X انجام داد» is a meeting with X', () => {
    const { events } = code('ظریف دیداری که روز دوشنبه با لاوروف انجام داد را مثبت خواند.');
    expect(events.map(summary)).toContain('CONSULT zarif>lavrov');
  });
  it('the noun marked by «ی/‌ای» or a demonstrative heads the relative clause', () => {
    expect(
      firstMatch('پس از جلسه‌ای که در ماه سپتامبر با لاوروف در مسکو داشت، سخن گفت.', 'جلسه … با … @داشتن'),
    ).toBe('جلسه‌ای که در ماه سپتامبر با لاوروف در مسکو داشت');
    expect(firstMatch('در این نشست که دیروز با لاوروف برگزار شد، توافقی نشد.', 'نشست … برگزار @شدن')).toBe(
      'نشست که دیروز با لاوروف برگزار شد',
    );
  });
  it('a complement clause after a verb, or a «که» far from the noun, is not entered', () => {
    expect(firstMatch('ظریف درباره دیدار گفت که با لاوروف تماس داشت.', 'دیدار … با … @داشتن')).toBeNull();
    expect(
      firstMatch('دیدار ظریف در تهران با مقامی که با لاوروف تماس داشت.', 'دیدار … تماس @داشتن'),
    ).toBeNull();
  });
  it('the gap goes no further than the relative clause', () => {
    expect(firstMatch('جلسه‌ای که دیروز برگزار شد، لاوروف را خشنود کرد.', 'جلسه … خشنود @کردن')).toBeNull();
  });
});

describe('a gap crosses an appositive comma pair', () => {
  it('«خواستار آزادی X، وزیر خارجه Y، شد» is a demand on X', () => {
    const { events } = code('ظریف خواستار آزادی لاوروف، وزیر خارجه روسیه، شد.');
    expect(events.map(summary)).toEqual(['REQUEST zarif>lavrov']);
  });
  it('a comma pair around a verb, a long one or a single comma still ends the gap', () => {
    expect(firstMatch('ظریف خواستار آزادی لاوروف، که دیروز آمد، شد.', 'خواستار … @شدن')).toBeNull();
    expect(firstMatch('ظریف خواستار آزادی، لاوروف امروز آمد، شد.', 'خواستار … @شدن')).toBeNull();
    expect(
      firstMatch(
        'ظریف خواستار آزادی لاوروف، وزیر خارجه کشور بزرگ و قدیمی روسیه در اروپا، شد.',
        'خواستار …12 @شدن',
      ),
    ).toBeNull();
    expect(firstMatch('ظریف خواستار آزادی لاوروف، وزیر خارجه روسیه شد.', 'خواستار … @شدن')).toBeNull();
  });
});

describe('a gap crosses a parenthesis as one word, and at most two inserts', () => {
  it('«در بروکسل (مقر اتحادیه اروپا) برگزار می‌شود»', () => {
    expect(
      firstMatch(
        'فراتینی در نشستی که در ماه ژوئیه در بروکسل (مقر اتحادیه اروپا) برگزار می‌شود، شرکت می‌کند.',
        'نشست … برگزار @شدن',
      ),
    ).toBe('نشستی که در ماه ژوئیه در بروکسل ( مقر اتحادیه اروپا ) برگزار می‌شود');
    expect(
      firstMatch('فراتینی در نشستی در بروکسل (که دیروز گفت) برگزار شد.', 'نشست … برگزار @شدن'),
    ).toBeNull();
  });
  it('a third apposition ends the gap', () => {
    const two = 'ظریف خواستار آزادی لاوروف، وزیر روسیه، و پری، وزیر آمریکا، شد.';
    expect(firstMatch(two, 'خواستار …12 @شدن')).toBe(
      'خواستار آزادی لاوروف ، وزیر روسیه ، و پری ، وزیر آمریکا ، شد',
    );
    const three = 'ظریف خواستار آزادی لاوروف، وزیر روسیه، و پری، وزیر آمریکا، و خرازی، وزیر ایران، شد.';
    expect(firstMatch(three, 'خواستار …16 @شدن')).toBeNull();
  });
});

describe('a preposition that is a verb particle', () => {
  it('«روی داد» (happened) is a verb, and «روی» opens no phrase', () => {
    const [view] = buildSentenceViews(
      buildDoc('این انفجار دیروز در شرق ترکیه روی داد و سه نفر کشته شدند.', ACTORS),
    );
    const at = view.words.findIndex((w) => w.key === 'داد');
    expect(view.verb[at]).toBe(true);
    // The «و» after the verb opens the next clause.
    expect(view.clause[at + 1]).toBe(view.clause[at] + 1);
    expect(firstMatch('این انفجار دیروز در شرق ترکیه روی داد.', 'انفجار … روی @دادن')).toBe(
      'انفجار دیروز در شرق ترکیه روی داد',
    );
  });
  it('a participle after any other preposition stays a noun («به گفته وی»)', () => {
    const [view] = buildSentenceViews(buildDoc('به گفته وی این دیدار مفید بود.', ACTORS));
    expect(view.verb[1]).toBe(false);
  });
});

describe('words that only look like verbs', () => {
  it('«شدید» (severe) is no verb: «با شلیک شدید و مستقیم …» stays one clause', () => {
    const [view] = buildSentenceViews(
      buildDoc('ظریف با شلیک شدید و مستقیم موشک به لاوروف پاسخ داد.', ACTORS),
    );
    const at = view.words.findIndex((w) => w.key === 'شدید');
    expect(view.verb[at]).toBe(false);
    expect(view.clause[at + 1]).toBe(view.clause[at]);
    expect(firstMatch('مواضع داعش هدف حمله شدید بود.', 'حمله @شدن')).toBeNull();
  });
});

describe('a discourse adverbial is a whole phrase (grammar.json closedAdverbials)', () => {
  it('«در این رابطه «X» …»: the name after the adverbial is the subject, not the phrase head', () => {
    const { doc, events } = code('در این رابطه «محمدجواد ظریف» از سرگئی لاوروف انتقاد کرد.');
    const [view] = buildSentenceViews(doc);
    const name = view.actors.find((s) => s.actor === 'zarif');
    expect(name?.prep).toBeNull();
    expect(events.map(summary)).toEqual(['ACCUSE zarif>lavrov']);
  });

  it('«از سوی دیگر X …» is no agent phrase: X is the subject of the active verb', () => {
    const { events } = code('از سوی دیگر محمدجواد ظریف از سرگئی لاوروف انتقاد کرد.');
    expect(events.map(summary)).toEqual(['ACCUSE zarif>lavrov']);
  });

  it('a preposition that opens no listed adverbial still takes its head («در دیدار با X»)', () => {
    const doc = buildDoc('ظریف در دیدار با سرگئی لاوروف گفت که مذاکرات ادامه دارد.', ACTORS);
    const [view] = buildSentenceViews(doc);
    expect(view.actors.find((s) => s.actor === 'lavrov')?.prep).toBe('با');
  });
});
