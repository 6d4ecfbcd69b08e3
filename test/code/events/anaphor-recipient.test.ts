// An anaphor recipient («به این کشور») never names the act's own actor or the actor's state, also when
// the actor was found past a phrase the subject check does not see (arguments.ts, readArguments).
import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../../src/code/events/index.js';
import type { CodedEvent } from '../../../src/doc.js';
import { findQuotes } from '../../../src/resolve/quotes/index.js';
import { buildDoc, type TestActor } from './doc-builder.js';

const ACTORS: TestActor[] = [
  // The actor resolver linked «این کشور» to Turkey: the anaphor's first reading names the actor's state.
  { id: 'tur', code: 'TUR', country: 'TUR', names: ['ترکیه', 'این کشور'] },
  { id: 'turgov', code: 'TURGOV', country: 'TUR', names: ['اردوغان'] },
  { id: 'deu', code: 'DEU', country: 'DEU', names: ['آلمان'] },
];

function code(text: string): CodedEvent[] {
  const doc = buildDoc(text, ACTORS, { published: '2015-03-27' });
  for (const e of doc.entities) if (e.actor !== 'turgov') e.type = 'LOC';
  findQuotes(doc, {});
  codeEvents(doc, {});
  return doc.events;
}
const summary = (e: CodedEvent) => `${e.type} ${e.actor.join('+')}>${e.recipient.join('+')}`;

describe('anaphor recipients and the actor found', () => {
  it('«در پی … اردوغان با هدف … با آلمان به این کشور سفر کرد»: the visit is to Germany', () => {
    const events = code(
      'اردوغان دیروز در آنکارا گفت که روابط خوب است. در پی بهبود روابط ترکیه با همسایگان اردوغان با هدف گسترش همکاری با آلمان به این کشور سفر کرد.',
    );
    expect(events.map(summary)).toEqual(['CONSULT turgov>deu']);
  });
});
