// The place cues (lexicon/places/cues.json): the head words, prepositions and topic words the place
// recognizer reads around a name, and the office and visit words of the location stage. Read once,
// validated here; an error names the file and the field.
import { readKnowledgeJson } from '../../knowledge/files.js';
import { PlaceCuesFile } from '../../knowledge/schemas/others.js';
import { checkKnowledge } from '../../knowledge/validate.js';
import { letterKey } from '../actors/letter-key.js';
import type { PlaceKind } from './gazetteer.js';

const FILE = 'lexicon/places/cues.json';

export interface PlaceCues {
  heads: Set<string>;
  /** Head word key → the kind of place it names. */
  headKinds: Map<string, PlaceKind>;
  topicNouns: Set<string>;
  nounPhraseAdverbs: Set<string>;
  topicPrepositions: Set<string>;
  /** Raw quotation marks (not keyed). */
  quotes: Set<string>;
  in: Set<string>;
  to: Set<string>;
  from: Set<string>;
  notPlaceBefore: Set<string>;
  /** «رئیس پلیس …», «والی …»: an entity text that is a local office. */
  localOffice: RegExp;
  visitWords: RegExp;
  visitedFrom: RegExp;
  /** «به/با/از» before a party's name: the name is an object, its «در X» not the event's seat. */
  seatObject: Set<string>;
  /** «وی افزود»: the sentence goes on with the previous one's statement. */
  continues: RegExp;
  /** «گفت‌وگوی تلفنی»: a call, whose parties are in two places. */
  remote: RegExp;
  /** «طی این گفت‌وگو»: the sentence goes on with an earlier call. */
  remoteRefer: RegExp;
}

const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (ws: readonly string[]) => ws.map(escapeRe).join('|');

/** Validates and compiles the cue file's content; `file` names it in errors. */
export function compilePlaceCues(data: unknown): PlaceCues {
  const d = checkKnowledge(PlaceCuesFile, data, FILE);
  type Keyed = 'heads' | 'topicNouns' | 'nounPhraseAdverbs' | 'topicPrepositions' | 'in' | 'to' | 'from';
  const keyed = (field: Keyed | 'notPlaceBefore' | 'seatObject') => new Set(d[field].map(letterKey));
  const headKinds = new Map<string, PlaceKind>();
  const kinds: PlaceKind[] = ['admin1', 'city', 'admin2', 'country'];
  for (const kind of kinds)
    for (const w of d.headKinds[kind]) {
      const k = letterKey(w);
      if (!headKinds.has(k)) headKinds.set(k, kind);
    }
  const sub = (field: 'localOffice' | 'visitWords' | 'visitedFrom' | 'continues' | 'remote', part: string) =>
    (d[field] as Record<string, string[]>)[part] as string[];
  return {
    heads: keyed('heads'),
    headKinds,
    topicNouns: keyed('topicNouns'),
    nounPhraseAdverbs: keyed('nounPhraseAdverbs'),
    topicPrepositions: keyed('topicPrepositions'),
    quotes: new Set(d.quotes),
    in: keyed('in'),
    to: keyed('to'),
    from: keyed('from'),
    notPlaceBefore: keyed('notPlaceBefore'),
    localOffice: new RegExp(
      `^(?:${alt(sub('localOffice', 'ranks'))})?\\s*(?:${alt(sub('localOffice', 'offices'))})`,
    ),
    visitWords: new RegExp(alt(sub('visitWords', 'words'))),
    visitedFrom: new RegExp(
      `(?:${alt(sub('visitedFrom', 'nouns'))})\\s*(?:${alt(sub('visitedFrom', 'verbs'))})`,
    ),
    seatObject: keyed('seatObject'),
    continues: new RegExp(alt(sub('continues', 'words'))),
    remote: new RegExp(alt(sub('remote', 'words'))),
    remoteRefer: new RegExp(alt(sub('remote', 'refer'))),
  };
}

let cached: PlaceCues | null = null;

/** The shipped cues, read at first use. */
export function placeCues(): PlaceCues {
  if (cached) return cached;
  cached = compilePlaceCues(readKnowledgeJson(FILE));
  return cached;
}
