// Argument attachment, issue 12 item 3 (third part): the parties of a «میان/بین» phrase on a noun
// trigger (also inside the relative clause on it), ...
import { describe, expect, it } from 'vitest';
import { codeWith, eventSummary, type TestActor } from './doc-builder.js';

const ACTORS: TestActor[] = [
  { id: 'tur', code: 'TURGOV', country: 'TUR', names: ['وزیر خارجه ترکیه'] },
  { id: 'egy', code: 'EGYGOV', country: 'EGY', names: ['همتای مصری او', 'وزیر خارجه مصر'] },
  { id: 'rep', code: 'USAMED', country: 'USA', names: ['خبرنگار رویترز'] },
  { id: 'jor', code: 'JORGOV', country: 'JOR', names: ['پادشاه اردن'] },
];

const code = (text: string) => codeWith(ACTORS, text);
const summary = eventSummary;

describe('«میان/بین» on a noun trigger', () => {
  it('«دیداری که بین X و Y برگزار شد»: the phrase in the relative clause gives both sides', () => {
    const events = code(
      'خبرنگار رویترز نوشت در دیداری که بین وزیر خارجه ترکیه و وزیر خارجه مصر در قاهره برگزار شد، روابط بررسی شد.',
    );
    expect(events.map(summary)).toContain('CONSULT tur>egy');
    expect(events.map(summary).filter((s) => s.includes('rep'))).toEqual([]);
  });
});
