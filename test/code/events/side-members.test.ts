// A bare state beside one of its own members on one side of an event is no second party
// (src/code/events/side-members.ts).
import { describe, expect, it } from 'vitest';
import { withoutContainingStates } from '../../../src/code/events/side-members.js';
import type { CodedEvent } from '../../../src/doc.js';
import { process as run } from '../../../src/pipeline.js';

const codes: Record<string, string> = { a: 'LBN', b: 'LBNCVL', c: 'ISR', d: 'ISRMIL', e: 'SYR' };
const codeOf = (id: string) => codes[id] ?? id;

describe('withoutContainingStates', () => {
  it('leaves out the state when a member of it is on the same side', () => {
    expect(withoutContainingStates(['a', 'b'], codeOf)).toEqual(['b']);
    expect(withoutContainingStates(['d', 'c', 'e'], codeOf)).toEqual(['d', 'e']);
  });
  it('keeps two states, or a state with another state’s member', () => {
    expect(withoutContainingStates(['a', 'e'], codeOf)).toEqual(['a', 'e']);
    expect(withoutContainingStates(['a', 'd'], codeOf)).toEqual(['a', 'd']);
    expect(withoutContainingStates(['a'], codeOf)).toEqual(['a']);
  });
});

function code(text: string): string[] {
  const doc = run({ id: 't', title: '', text, published: '2020-01-01' });
  const c = new Map(doc.actors.map((a) => [a.id, a.code ?? a.id]));
  const side = (ids: readonly string[]) => ids.map((id) => c.get(id)).join(',');
  return doc.events.map((e: CodedEvent) => `${e.type} ${side(e.actor)}>${side(e.recipient)}`);
}

describe('in the coder', () => {
  it('a state and its minister congratulated together are one party, the government', () => {
    expect(
      code('رئیس‌جمهور برزیل با تبریک این توافق به جمهوری اسلامی ایران و ظریف گفت که روابط را گسترش می‌دهد.'),
    ).toEqual(['SUPPORT BRAGOV>IRNGOV']);
  });
  it('a victim in its own country is struck alone', () => {
    expect(code('سربازان اسرائیلی یک جوان لبنانی را در خاک لبنان به ضرب گلوله کشته‌اند.')).toEqual([
      'ASSAULT ISRMIL>LBNCVL',
    ]);
  });
});
