// Word classes of the trigger patterns (lexicon/events/word-classes.json, src/code/events/word-classes.ts):
// «$name» stands for each word of its class, an unknown class or a malformed file fails at load time, and
// the shipped polarity classes reach every predicative verb they are written with.
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../src/code/events/find-triggers.js';
import { compileTriggers, eventLexicon } from '../../../src/code/events/trigger-lexicon.js';
import { compileWordClasses, expandWordClasses, wordClasses } from '../../../src/code/events/word-classes.js';
import { grammarLexicon } from '../../../src/grammar/grammar-lexicon.js';
import { sentenceViews } from '../../../src/grammar/sentence-view.js';
import { buildDoc } from './doc-builder.js';

const g = grammarLexicon();
const classes = compileWordClasses({ classes: { bad: ['خصمانه', 'غیرقانونی'] } });

describe('expandWordClasses', () => {
  it('writes one pattern per word of the class and keeps the other words', () => {
    expect(expandWordClasses('$bad @خواندن|دانستن', classes)).toEqual([
      'خصمانه @خواندن|دانستن',
      'غیرقانونی @خواندن|دانستن',
    ]);
    expect(expandWordClasses('محکوم @کردن', classes)).toEqual(['محکوم @کردن']);
  });
  it('rejects a class the file does not define', () => {
    expect(() => expandWordClasses('$good @خواندن', classes)).toThrow(/no word class "good"/);
  });
  it('fails on a malformed class file, naming the field', () => {
    expect(() => compileWordClasses({ classes: { bad: [] } })).toThrow(/classes/);
    expect(() => compileWordClasses({ classes: { bad: ['دو کلمه'] } })).toThrow(/classes/);
  });
});

describe('a trigger file using a class', () => {
  const cameo = eventLexicon().cameo;
  const trigger = { id: 't', patterns: ['$bad توصیف @کردن'], cameo: '111' };
  it('compiles the class into the patterns', () => {
    const [t] = compileTriggers({ triggers: [trigger] }, 'triggers.local.json', cameo, g, classes).triggers;
    expect(t.patterns.map((p) => p.source)).toEqual(['خصمانه توصیف @کردن', 'غیرقانونی توصیف @کردن']);
  });
  it('names the file, the entry and the pattern of an unknown class', () => {
    const bad = { ...trigger, patterns: ['$none توصیف @کردن'] };
    expect(() => compileTriggers({ triggers: [bad] }, 'triggers.local.json', cameo, g, classes)).toThrow(
      /triggers\.local\.json.*patterns\[0\].*no word class "none"/,
    );
  });
});

describe('the shipped polarity classes', () => {
  const lex = eventLexicon();
  const fired = (text: string) =>
    sentenceViews(buildDoc(text, [], { published: '2023-01-12' })).flatMap((v) =>
      findTriggers(v, lex, g).map((h) => h.trigger.id),
    );
  it('are loaded from lexicon/events/word-classes.json', () => {
    expect(wordClasses().get('evaluative-negative')).toContain('نابخردانه');
    expect(wordClasses().get('evaluative-positive')).toContain('سازنده');
  });
  it('an approving word after a separate «غیر» is no praise', () => {
    expect(fired('این اقدام را غیر مسئولانه خواند.')).not.toContain('predicative-praise');
    expect(fired('این اقدام را غیر سازنده دانست.')).not.toContain('predicative-praise');
  });
  it.each([
    ['این اقدام را غیرمسئولانه خواند.', 'predicative-describe'],
    ['این اقدام را غیر قانونی نامید.', 'predicative-describe'],
    ['این اقدام را غیر سازنده ارزیابی کرد.', 'predicative-describe'],
    ['این اقدام را تحریک‌آمیز دانست.', 'predicative-describe'],
    ['این اقدام را غیر مسئولانه ارزیابی کرد.', 'predicative-describe'],
    ['این اقدام را نابخردانه عنوان نمود.', 'predicative-describe'],
    ['این نقش را سازنده توصیف کرد.', 'predicative-praise'],
    ['این گام را ارزشمند برشمرد.', 'predicative-praise'],
  ])('«%s» fires %s', (text, id) => {
    expect(fired(text)).toContain(id);
  });
});
