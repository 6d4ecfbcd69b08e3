// Builds a Doc by hand for unit tests: the text, sentences from the project's segmenter, and entities
// placed wherever an actor's listed names occur (longest names first), so the event and quote coders
// are tested without depending on the actor recognizer's state.
import { codeEvents } from '../../../src/code/events/index.js';
import {
  type Actor,
  type CodedEvent,
  createDoc,
  type DateMention,
  type Doc,
  type Entity,
} from '../../../src/doc.js';
import { findQuotes } from '../../../src/resolve/quotes/index.js';
import { segment } from '../../../src/segment/index.js';

export interface TestActor {
  id: string;
  code: string;
  country?: string | null;
  names: string[];
}

export interface TestDate {
  text: string;
  value: string;
}

export function buildDoc(
  text: string,
  actors: TestActor[],
  opts: { published?: string; dates?: TestDate[] } = {},
): Doc {
  const doc = createDoc(
    { id: 't', title: null, url: null, source: null, published: opts.published ?? null },
    text,
  );
  const { sentences, tokens } = segment(text);
  doc.sentences = sentences;
  doc.tokens = tokens;
  const names = actors.flatMap((a) => a.names.map((name) => ({ name, actor: a })));
  names.sort((x, y) => y.name.length - x.name.length);
  const taken = new Uint8Array(text.length);
  const entities: Entity[] = [];
  for (const { name, actor } of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (taken.subarray(at, end).some((x) => x)) continue;
      // Whole words only.
      if (/[\p{L}]/u.test(text[at - 1] ?? '') || /[\p{L}]/u.test(text[end] ?? '')) continue;
      taken.fill(1, at, end);
      entities.push({ id: '', type: 'PER', start: at, end, text: name, actor: actor.id, source: 'lexicon' });
    }
  }
  entities.sort((a, b) => a.start - b.start);
  entities.forEach((e, i) => {
    e.id = `e${i + 1}`;
  });
  doc.entities = entities;
  doc.actors = actors.map(
    (a): Actor => ({
      id: a.id,
      name: a.names[0],
      name_en: null,
      code: a.code,
      country: a.country ?? null,
      sector: null,
      wikidata: null,
      roles: [],
      mentions: entities.filter((e) => e.actor === a.id).map((e) => e.id),
    }),
  );
  const dates: DateMention[] = [];
  for (const d of opts.dates ?? []) {
    for (let at = text.indexOf(d.text); at >= 0; at = text.indexOf(d.text, at + 1)) {
      dates.push({
        start: at,
        end: at + d.text.length,
        text: d.text,
        value: d.value,
        granularity: 'day',
        calendar: 'persian',
      });
    }
  }
  doc.dates = dates.sort((a, b) => a.start - b.start);
  doc.reference = opts.published ?? null;
  return doc;
}

/** The events of a text with the given actors placed by hand: quotes, then events, as the pipeline runs them. */
export function codeWith(actors: TestActor[], text: string, published = '2020-10-14'): CodedEvent[] {
  const doc = buildDoc(text, actors, { published });
  findQuotes(doc, {});
  codeEvents(doc, {});
  return doc.events;
}

/** «TYPE actor+actor>recipient», for comparing events in one line. */
export const eventSummary = (e: CodedEvent) => `${e.type} ${e.actor.join('+')}>${e.recipient.join('+')}`;
