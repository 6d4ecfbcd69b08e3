// The grammar layer under the event patterns (src/code/grammar): compounds read as one word in every
// spelling, a pattern gap that crosses a relative «که» on its trigger noun or an appositive comma pair,
// and the soft hyphen scraped text sets for ZWNJ. Sentences are written for these tests, after the
// shapes of the development gold's misses.
import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../src/code/events/index.js';
import { grammarLexicon } from '../../src/code/grammar/grammar-lexicon.js';
import { compilePattern } from '../../src/code/grammar/pattern.js';
import { buildSentenceViews } from '../../src/code/grammar/sentence-view.js';
import type { CodedEvent, Doc } from '../../src/doc.js';
import { findQuotes } from '../../src/resolve/quotes/index.js';
import { buildDoc, type TestActor } from './doc-builder.js';

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
