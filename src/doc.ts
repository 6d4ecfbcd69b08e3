// The Doc: one object that flows through the pipeline (src/pipeline.ts). Every component reads the
// layers it needs and adds its own. Every annotation is a stand-off span over the *repaired* text
// (`doc.text`, UTF-16 code-unit offsets, end exclusive); `doc.map` leads back to the original input.

export interface Span {
  start: number;
  end: number;
}

/** Maps spans of the repaired text back to spans of the original input. */
export interface OffsetMap {
  /** The original span that the repaired span [start, end) came from. */
  toOriginal(start: number, end: number): Span;
}

export interface Token extends Span {
  text: string;
  /**
   * The token's lookup key, made once by the one fold (foldKey, src/text/fold.ts: the actor and place
   * letter key): every stage that looks a token up reads it here instead of folding the text again.
   */
  key: string;
  /** Index into doc.sentences. */
  sentence: number;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'DAT' | 'TIM' | 'MON' | 'PCT';

export interface Entity extends Span {
  id: string;
  type: EntityType;
  text: string;
  /** Id of an actor in doc.actors, or null. */
  actor: string | null;
  /** Which layer found it: the actor lexicon, a title pattern, the statistical tagger, or coreference. */
  source?: 'lexicon' | 'pattern' | 'tagger' | 'coref' | 'gazetteer';
  /** A LOC entity linked to the place gazetteer: the entry's id (lexicon/places), else null. */
  place?: string | null;
}

export interface Actor {
  id: string;
  name: string;
  name_en: string | null;
  /** CAMEO-style code, e.g. RUSGOV, AFGGOVTAL, IMGMUSISI, WST. */
  code: string | null;
  country: string | null;
  sector: string | null;
  wikidata: string | null;
  roles: string[];
  /** Entity ids. */
  mentions: string[];
}

export type DateGranularity = 'day' | 'week' | 'month' | 'year';
export type DateCalendar = 'persian' | 'afghan-persian' | 'gregorian' | 'hijri' | 'relative' | 'weekday';

export interface DateMention extends Span {
  text: string;
  /** ISO day (Gregorian); for a period, its first day. */
  value: string;
  /** Last day of a period (granularity week, month, year). */
  until?: string;
  granularity: DateGranularity;
  calendar: DateCalendar;
}

export interface Quote extends Span {
  direct: boolean;
  /** Actor id of the speaker, or null. */
  speaker: string | null;
  /** Actor ids from the outermost reporter to the innermost speaker. */
  chain: string[];
}

/** The 16 PLOVER event types, in quad-class order (docs: ontology.md). */
export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

export type PloverType = (typeof PLOVER_TYPES)[number];

/** Where an event happened, as the text says it (src/code/location.ts). */
export interface EventLocation {
  /** The place's Persian display name. */
  name: string;
  /** ISO 3166 alpha-3. */
  country: string;
  /** The province (first-level division) it is in, Persian display name, or null. */
  admin1: string | null;
  lat: number;
  lon: number;
  /** The gazetteer entry's id (lexicon/places/gazetteer.tsv). */
  place: string;
}

export interface CodedEvent {
  id: string;
  type: PloverType;
  mode: string | null;
  cameo: string;
  quad: 1 | 2 | 3 | 4;
  actor: string[];
  recipient: string[];
  date: string | null;
  negated: boolean;
  future: boolean;
  reported_by: string[];
  sentence: number;
  trigger: Span & { text: string };
  confidence: number;
  /**
   * Every mention of this one act in the article (title, lead and body reporting the same act are one
   * event): each mention's sentence and trigger span, the event's own `trigger` first.
   */
  evidence_spans?: Array<Span & { sentence: number; text: string }>;
  /** Where it happened, or null when the text does not say (set by the location stage). */
  location?: EventLocation | null;
}

export interface ArticleMeta {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  /** Publication date as given (YYYY-MM-DD), or null. */
  published: string | null;
}

export interface Doc {
  meta: ArticleMeta;
  /** The decoded input text, before repair. */
  original: string;
  /** The repaired text every layer points into. */
  text: string;
  map: OffsetMap;
  sentences: Span[];
  tokens: Token[];
  entities: Entity[];
  actors: Actor[];
  dates: DateMention[];
  quotes: Quote[];
  events: CodedEvent[];
  /**
   * The reference date for relative expressions: meta.published, or, when absent, the date
   * inferred from the article itself by the date recognizer (null when nothing can be inferred).
   */
  reference: string | null;
}

/** Options shared by all components of one pipeline. */
export interface PipelineOptions {
  /** Extra actor dictionary files (same format as lexicon/actors) supplied by the user. */
  dictionaries?: string[];
  /** Turn the statistical tagger off (the lexicon still runs). */
  tagger?: boolean;
}

/** A pipeline component: reads the layers it needs and adds its own. */
export type Component = (doc: Doc, options: PipelineOptions) => void;

export const identityMap = (length: number): OffsetMap => ({
  toOriginal: (start, end) => ({ start: Math.min(start, length), end: Math.min(end, length) }),
});

export function createDoc(meta: ArticleMeta, original: string): Doc {
  return {
    meta,
    original,
    text: original,
    map: identityMap(original.length),
    sentences: [],
    tokens: [],
    entities: [],
    actors: [],
    dates: [],
    quotes: [],
    events: [],
    reference: meta.published,
  };
}
