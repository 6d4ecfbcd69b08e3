// The Doc as the contract's result object (docs/output-contract.md). Internal fields of the layers
// are dropped so that the JSON users script against stays exactly as documented.
import type { Actor, CodedEvent, DateMention, Doc, Entity, Quote, Span } from './doc.js';

export interface ExtractResult {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
  text: string;
  sentences: Span[];
  entities: Array<Omit<Entity, 'source'>>;
  actors: Actor[];
  dates: DateMention[];
  quotes: Quote[];
  events: CodedEvent[];
}

export function toResult(doc: Doc): ExtractResult {
  return {
    id: doc.meta.id,
    title: doc.meta.title,
    url: doc.meta.url,
    source: doc.meta.source,
    published: doc.meta.published ?? doc.reference,
    text: doc.text,
    sentences: doc.sentences.map(({ start, end }) => ({ start, end })),
    entities: doc.entities.map(({ id, type, start, end, text, actor, place }) =>
      type === 'LOC'
        ? { id, type, start, end, text, actor, place: place ?? null }
        : { id, type, start, end, text, actor },
    ),
    actors: doc.actors.map((a) => ({
      id: a.id,
      name: a.name,
      name_en: a.name_en,
      code: a.code,
      country: a.country,
      sector: a.sector,
      wikidata: a.wikidata,
      roles: a.roles,
      mentions: a.mentions,
    })),
    dates: doc.dates.map((d) => {
      const out: DateMention = {
        start: d.start,
        end: d.end,
        text: d.text,
        value: d.value,
        granularity: d.granularity,
        calendar: d.calendar,
      };
      if (d.until) out.until = d.until;
      return out;
    }),
    quotes: doc.quotes.map(({ start, end, direct, speaker, chain }) => ({
      start,
      end,
      direct,
      speaker,
      chain,
    })),
    events: doc.events,
  };
}
