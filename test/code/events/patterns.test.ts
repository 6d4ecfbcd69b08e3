// The CAMEO pattern lexicon, group by group (lexicon/events/triggers*.json): every trigger group has an
// example sentence in pattern-examples.json that must fire that group and produce its CAMEO code, and
// the negatives (a match «دیدار», negation, «زیر نظر گرفت», a hypothetical) must produce no event of
// the type they name. Adding a group without an example fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../src/code/events/find-triggers.js';
import { codeEvents } from '../../../src/code/events/index.js';
import { compileTriggers, eventLexicon } from '../../../src/code/events/trigger-lexicon.js';
import { grammarLexicon } from '../../../src/grammar/grammar-lexicon.js';
import { candidatesFor, pairCandidatesFor, patternVariants } from '../../../src/grammar/pattern.js';
import { sentenceViews } from '../../../src/grammar/sentence-view.js';
import { wordKey } from '../../../src/grammar/word-key.js';
import { findQuotes } from '../../../src/resolve/quotes/index.js';
import { buildDoc, type TestActor } from './doc-builder.js';

interface Examples {
  actors: TestActor[];
  examples: Array<{ trigger: string; text: string; cameo: string }>;
  negatives: Array<{ label: string; absent: string; text: string }>;
}
const data = JSON.parse(
  readFileSync(new URL('./pattern-examples.json', import.meta.url), 'utf8'),
) as Examples;
const lex = eventLexicon();
const g = grammarLexicon();

function code(text: string) {
  const doc = buildDoc(text, data.actors, { published: '2023-01-12' });
  findQuotes(doc, {});
  codeEvents(doc, {});
  const fired = new Set(sentenceViews(doc).flatMap((v) => findTriggers(v, lex, g).map((h) => h.trigger.id)));
  return { events: doc.events, fired };
}

describe('every trigger group has an example', () => {
  it('names only groups that exist, and every group at least once', () => {
    const ids = new Set(lex.triggers.map((t) => t.id));
    const covered = new Set(data.examples.map((x) => x.trigger));
    expect([...covered].filter((id) => !ids.has(id))).toEqual([]);
    expect([...ids].filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe.each(data.examples)('$trigger', ({ trigger, text, cameo }) => {
  it(`«${text}» → ${cameo}`, () => {
    const { events, fired } = code(text);
    expect(fired).toContain(trigger);
    expect(events.map((e) => e.cameo)).toContain(cameo);
  });
});

describe.each(data.negatives)('not an event: $label', ({ absent, text }) => {
  it(`«${text}» has no ${absent}`, () => {
    const { events } = code(text);
    expect(events.filter((e) => e.type === absent || e.cameo === absent)).toEqual([]);
  });
});

describe('«کردهای» is the Kurds, not a form of کردن', () => {
  it('no light-verb pattern ends on it', () => {
    for (const text of [
      'ترکیه درباره تهدید کردهای سوریه هشدار داد.',
      'ارتش ترکیه به حمله کردهای سوریه پاسخ داد.',
    ]) {
      const doc = buildDoc(text, data.actors, { published: '2023-01-12' });
      const words = sentenceViews(doc).flatMap((v) =>
        findTriggers(v, lex, g).map((h) => v.words[h.last].text),
      );
      expect(words).not.toContain('کردهای');
    }
  });
});

describe('pattern spellings', () => {
  it('a word written with ZWNJ also matches its parts written apart', () => {
    expect(patternVariants('گفت\u200cوگو @کردن')).toEqual(['گفتوگو @کردن', 'گفت وگو @کردن']);
    expect(patternVariants('غیر\u200cقابل\u200cقبول @خواندن')).toHaveLength(4);
  });
  it('never splits before a joined suffix or after «می»', () => {
    expect(patternVariants('تحریم\u200cها')).toEqual(['تحریمها']);
    expect(patternVariants('می\u200cکند')).toEqual(['میکند']);
  });
  it('codes the same light verb with and without ZWNJ, with Arabic letters, in every tense', () => {
    const forms = [
      'ایران حمله اسرائیل را محکوم کرد.',
      'ایران حمله اسرائیل را محکوم نموده‌است.',
      'ایران حمله اسرائیل را محكوم كرده است.',
      'ایران حمله اسرائیل را محکوم می‌کند.',
      'ایران حمله اسرائیل را محکوم می کند.',
      'ایران حمله اسرائیل را محکوم ساخت.',
      'ایران حمله اسرائیل را تقبیح نمودند.',
    ];
    for (const text of forms)
      expect(
        code(text).events.map((e) => e.cameo),
        text,
      ).toContain('111');
    expect(code('ایران حمله اسرائیل را محکوم نمی‌کند.').events.filter((e) => e.type === 'ACCUSE')).toEqual([]);
  });
});

describe('active and passive forms are separate groups', () => {
  it('never makes the perpetrator the victim when the object is no coded actor', () => {
    const { events } = code('طالبان یک مرد را در کابل به گروگان گرفت و شکنجه کرد.');
    // The abduction is Taliban's, against an unnamed man (before the split: actor none, recipient Taliban).
    expect(events.filter((e) => e.cameo === '181').map((e) => [e.actor, e.recipient])).toEqual([
      [['taliban'], []],
    ]);
    for (const e of events) expect(e.recipient).not.toContain('taliban');
  });
  it('reads the victim of a passive as the subject and the agent as the actor', () => {
    const { events } = code('خبرنگار ایرانی در زندان توسط داعش شکنجه شد.');
    expect(events.map((e) => [e.cameo, e.actor, e.recipient])).toEqual([['1822', ['isis'], ['journalist']]]);
  });
});

describe('the pattern index', () => {
  it('tries the «مورد … قرار گرفت» patterns only where the next word fits («در مورد این» tries none)', () => {
    const index = lex.index;
    const k = wordKey('مورد');
    expect(candidatesFor(index, k)).toHaveLength(0);
    expect(pairCandidatesFor(index, k, wordKey('این'))).toHaveLength(0);
    expect(pairCandidatesFor(index, k, wordKey('حمله')).length).toBeGreaterThan(0);
  });
  it('offers any word at most a few dozen patterns, however large the lexicon', () => {
    let most = 0;
    for (const list of lex.index.byKey.values()) most = Math.max(most, list.length);
    for (const inner of lex.index.byPair?.values() ?? [])
      for (const list of inner.values()) most = Math.max(most, list.length);
    const total = lex.triggers.reduce((n, t) => n + t.patterns.length, 0);
    expect(total).toBeGreaterThan(1000);
    expect(most).toBeLessThan(total / 25);
  });
});

describe('bad input', () => {
  // A sentence of nothing but trigger words (condemnations, attacks, arrests, «در مورد»): four times
  // the text may cost about four times the time, never the square, 16× (a ratio, not a timed limit;
  // 10× leaves room for a loaded machine, which once made 2× the text cost 4.1× the time).
  const unit = 'ایران حمله اسرائیل را محکوم کرد و در مورد بازداشت خبرنگار ایرانی مورد انتقاد قرار گرفت و ';
  const run = (n: number) => {
    const text = `${unit.repeat(n)}.`;
    const t0 = process.hrtime.bigint();
    const { events } = code(text);
    return { ms: Number(process.hrtime.bigint() - t0) / 1e6, events: events.length };
  };
  it('codes a sentence of 500 and of 2000 trigger words in time linear in its length', () => {
    run(50); // warm-up
    // The fastest of three runs each, so that another process on the machine does not decide it.
    const best = (n: number) => Math.min(...[0, 1, 2].map(() => run(n).ms));
    const small = best(125);
    const large = best(500);
    expect(run(500).events).toBeGreaterThan(0);
    expect(large / Math.max(small, 1)).toBeLessThan(10);
  });
});

describe('the inGap field', () => {
  it('is read from the data and refused when it names no argument', () => {
    expect(lex.triggers.find((t) => t.id === 'criticized')?.inGap).toBe('actor');
    expect(lex.triggers.find((t) => t.id === 'condemn')?.inGap).toBeNull();
    const bad = { triggers: [{ id: 'x', patterns: ['محکوم @کردن'], cameo: '111', inGap: 'object' }] };
    expect(() => compileTriggers(bad, 'triggers.bad.json', lex.cameo, g)).toThrow(
      'lexicon/events/triggers.bad.json: triggers entry 1 ("x"): field "inGap": must be actor or recipient, or null (got "object")',
    );
  });
});
