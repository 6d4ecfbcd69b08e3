// A bare title linked to an earlier holder, right before a person's name, is that name's
// (src/code/events/title-apposition.ts; arguments.json titlesBeforeName).
import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../../src/code/events/index.js';
import type { CodedEvent } from '../../../src/doc.js';
import { findQuotes } from '../../../src/resolve/quotes/index.js';
import { buildDoc, type TestActor } from './doc-builder.js';

const ACTORS: TestActor[] = [
  // The resolver linked the bare title «رئیس جمهور» to the French president named before.
  { id: 'fragov', code: 'FRAGOV', country: 'FRA', names: ['ماکرون', 'رئیس جمهور'] },
  { id: 'bragov', code: 'BRAGOV', country: 'BRA', names: ['ژائیر بولسونارو'] },
  { id: 'fraopp', code: 'FRAOPP', country: 'FRA', names: ['مخالفان'] },
];
const ROLES: Record<string, string[]> = { fragov: ['رئیس جمهور فرانسه'], fraopp: ['مخالفان'] };

function code(text: string): CodedEvent[] {
  const doc = buildDoc(text, ACTORS, { published: '2019-03-27' });
  for (const a of doc.actors) a.roles = ROLES[a.id] ?? [];
  findQuotes(doc, {});
  codeEvents(doc, {});
  return doc.events;
}
const codes = (e: CodedEvent) => `${e.type} ${e.actor.join('+')}>${e.recipient.join('+')}`;

describe('a title before a name', () => {
  it('«ماکرون با رئیس جمهور ژائیر بولسونارو دیدار کرد»: the meeting is with Bolsonaro', () => {
    expect(code('ماکرون روز دوشنبه با رئیس جمهور ژائیر بولسونارو در پاریس دیدار کرد.').map(codes)).toEqual([
      'CONSULT fragov>bragov',
    ]);
  });
});
