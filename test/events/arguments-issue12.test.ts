// Argument attachment, issue 12 item 3 (third part): the parties of a «میان/بین» phrase on a noun
// trigger (also inside the relative clause on it), ...
import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../src/code/events/index.js';
import type { CodedEvent } from '../../src/doc.js';
import { findQuotes } from '../../src/resolve/quotes/index.js';
import { buildDoc, type TestActor } from './doc-builder.js';

const ACTORS: TestActor[] = [
  { id: 'tur', code: 'TURGOV', country: 'TUR', names: ['وزیر خارجه ترکیه'] },
  { id: 'egy', code: 'EGYGOV', country: 'EGY', names: ['همتای مصری او', 'وزیر خارجه مصر'] },
  { id: 'rep', code: 'USAMED', country: 'USA', names: ['خبرنگار رویترز'] },
  { id: 'jor', code: 'JORGOV', country: 'JOR', names: ['پادشاه اردن'] },
];

function code(text: string): CodedEvent[] {
  const doc = buildDoc(text, ACTORS, { published: '2020-10-14' });
  findQuotes(doc, {});
  codeEvents(doc, {});
  return doc.events;
}
const summary = (e: CodedEvent) => `${e.type} ${e.actor.join('+')}>${e.recipient.join('+')}`;

describe('«میان/بین» on a noun trigger', () => {
  it('«دیداری که بین X و Y برگزار شد»: the phrase in the relative clause gives both sides', () => {
    const events = code(
      'خبرنگار رویترز نوشت در دیداری که بین وزیر خارجه ترکیه و وزیر خارجه مصر در قاهره برگزار شد، روابط بررسی شد.',
    );
    expect(events.map(summary)).toContain('CONSULT tur>egy');
    expect(events.map(summary).filter((s) => s.includes('rep'))).toEqual([]);
  });
});
