// Coreference for event arguments: a pronoun or an anaphoric noun phrase standing where an argument
// stands («با او دیدار کرد»، «این کشور را متهم کرد»، «ما … محکوم می‌کنیم» inside a quote) becomes an
// actor slot of the sentence view, linked to the most recent compatible actor before it:
//   person   «او»، «وی»، «ایشان»      the most recent person, preferring one that was a clause subject
//   plural   «آنها»، «آنان»           the most recent group or organization
//   state    «این کشور»، «آن کشور» … the most recent state
//   group    «این گروه»، «این سازمان» … the most recent group or organization
//   speaker  «ما» inside a quote      the quote's speaker
// Inside a direct quote an anaphor never names the speaker (who would say «من»، «ما»، «کشورمان»).
// Each slot keeps its other candidates: the argument reader takes the next one when the first is the
// subject of the verb the anaphor is an argument of («آمریکا این کشور را متهم کرد»: not America).
// After a noun an anaphor is a possessor («ارتش ما»، «جیپ‌های آنها») and gets no slot.
// One pass over the words with a running record of the last few actors of each kind: linear.
// An anaphor the actor resolver already linked keeps that link unless the rule above rejects it.
// The word lists are data: lexicon/events/coreference.json.
import type { Doc, Quote } from '../../doc.js';
import { grammarLexicon } from '../../grammar/grammar-lexicon.js';
import type { ActorSlot, SentenceView } from '../../grammar/sentence-view.js';
import { wordKey } from '../../grammar/word-key.js';
import { readKnowledgeJson } from '../../knowledge/files.js';
import { CoreferenceFile } from '../../knowledge/schemas/events.js';
import { checkKnowledge, errorAt } from '../../knowledge/validate.js';
import { partitionPoint } from '../../text/span-index.js';
import { isBareStateCode } from '../actors/dated-codes.js';

export type AnaphorKind = 'person' | 'plural' | 'state' | 'group' | 'speaker';
const KINDS: readonly AnaphorKind[] = ['person', 'plural', 'state', 'group', 'speaker'];
/** The kind of antecedent each anaphor kind looks for. */
type AntecedentKind = 'person' | 'state' | 'group';
const WANTS: Record<Exclude<AnaphorKind, 'speaker'>, AntecedentKind> = {
  person: 'person',
  plural: 'group',
  state: 'state',
  group: 'group',
};

export interface CoreferenceLexicon {
  /** Phrases (word keys) by first word key, longest first. */
  byFirst: Map<string, Array<{ keys: string[]; kind: AnaphorKind }>>;
  /** How many sentences back an antecedent may stand (a plural pronoun's: pluralSentenceReach). */
  sentenceReach: number;
  pluralSentenceReach: number;
  /** Words (keys) after which an anaphor is still an argument, not a possessor. */
  before: Set<string>;
  /** Actor code endings never taken as antecedents (the media of attributions). */
  notAntecedent: string[];
}

const FILE = 'lexicon/events/coreference.json';
let cache: CoreferenceLexicon | null = null;

/** Reads and validates lexicon/events/coreference.json (naming the file and field on error). */
export function coreferenceLexicon(raw: unknown = null): CoreferenceLexicon {
  if (raw === null && cache) return cache;
  const data = checkKnowledge(CoreferenceFile, raw ?? readKnowledgeJson(FILE), FILE);
  const byFirst: CoreferenceLexicon['byFirst'] = new Map();
  const seen = new Map<string, AnaphorKind>();
  for (const kind of KINDS) {
    data[kind].forEach((phrase, i) => {
      const keys = phrase.trim().split(/\s+/).map(wordKey);
      const id = keys.join(' ');
      const before = seen.get(id);
      if (before) throw errorAt(FILE, data, [kind, `${i}`], `«${phrase}» is listed under "${before}" too`);
      seen.set(id, kind);
      const at = byFirst.get(keys[0]) ?? [];
      at.push({ keys, kind });
      at.sort((a, b) => b.keys.length - a.keys.length);
      byFirst.set(keys[0], at);
    });
  }
  const out: CoreferenceLexicon = {
    byFirst,
    sentenceReach: data.sentenceReach,
    pluralSentenceReach: data.pluralSentenceReach,
    before: new Set(data.before.map(wordKey)),
    notAntecedent: data.notAntecedent,
  };
  if (raw === null) cache = out;
  return out;
}

/**
 * The antecedents an anaphor slot could also name, most likely first (its own actor first): the
 * argument reader takes the next one when the first is the act's other side.
 */
const alternativesOf = new WeakMap<ActorSlot, string[]>();
const countryLookup = new WeakMap<ActorSlot, (id: string) => string | null>();
export function anaphorAlternatives(slot: ActorSlot): readonly string[] | undefined {
  return alternativesOf.get(slot);
}

/**
 * For an anaphor slot that names one of `others` (or, for a state, one of their countries): the next
 * antecedent it could name that is none of them, or null when none is left (the anaphor is then
 * unresolved). Undefined when the slot is no anaphor or names none of `others`.
 */
export function anaphorOtherThan(slot: ActorSlot, others: readonly string[]): string | null | undefined {
  const alts = alternativesOf.get(slot);
  const countryOf = countryLookup.get(slot);
  if (!alts || !countryOf) return undefined;
  const sides = new Set(others);
  const lands = new Set(others.map(countryOf).filter((c): c is string => !!c));
  const state = slot.type === 'LOC';
  const clashes = (id: string) => sides.has(id) || (state && lands.has(countryOf(id) ?? ''));
  if (!clashes(slot.actor)) return undefined;
  return alts.find((id) => !clashes(id)) ?? null;
}

interface Seen {
  actor: string;
  sentence: number;
  subject: boolean;
}

/** How many recent actors of each kind are remembered. */
const REMEMBERED = 4;

/** The innermost quote containing `pos` among quotes sorted by start (quotes nest only a few deep). */
function quoteAt(quotes: readonly Quote[], pos: number): Quote | null {
  const lo = partitionPoint(quotes.length, (i) => (quotes[i] as Quote).start <= pos);
  let best: Quote | null = null;
  for (let k = lo - 1; k >= 0 && k >= lo - 16; k--) {
    const q = quotes[k];
    if (q.end > pos && (!best || q.end - q.start < best.end - best.start)) best = q;
  }
  return best;
}

const isSubject = (s: ActorSlot) => s.prep === null && !s.object;

/**
 * The views with anaphor slots added (new view objects; the shared views are not changed). A view
 * without anaphors is returned as it is.
 */
export function withAnaphors(
  doc: Doc,
  views: readonly SentenceView[],
  lex: CoreferenceLexicon = coreferenceLexicon(),
  prepositions: ReadonlySet<string> = grammarLexicon().prepositions,
): SentenceView[] {
  const codeOf = new Map(doc.actors.map((a) => [a.id, a.code]));
  // Speech after a colon is the speaker's own words, with or without guillemets.
  const direct = (q: Quote): boolean => {
    if (q.direct) return true;
    let i = q.start - 1;
    while (i >= 0 && /[\s«"“]/u.test(doc.text[i])) i--;
    return doc.text[i] === ':';
  };
  const countries = new Map(doc.actors.map((a) => [a.id, a.country]));
  const countryOf = (id: string): string | null => {
    const code = codeOf.get(id);
    return countries.get(id) ?? (isBareStateCode(code) ? code : null);
  };
  // An anaphor after a noun is its possessor («ارتش ما»، «جیپ‌های آنها»، «رئیس … این نهاد»), no argument.
  // After an actor's name it begins a noun phrase of its own («آمریکا این کشور را …»): a name takes no possessor.
  const argumentPlace = (view: SentenceView, w: number, k: number): boolean => {
    if (w === view.clauseStart[view.clause[w]]) return true;
    const prev = view.words[w - 1].key;
    if (k > 0 && view.actors[k - 1].last === w - 1) return true;
    return !/\p{L}/u.test(prev) || prepositions.has(prev) || lex.before.has(prev);
  };
  const quotes = [...doc.quotes].sort((a, b) => a.start - b.start);
  const kindOf = (slot: ActorSlot): AntecedentKind | null => {
    const code = codeOf.get(slot.actor);
    if (!code || lex.notAntecedent.some((end) => code.endsWith(end))) return null;
    if (isBareStateCode(code)) return 'state';
    if (slot.type === 'PER') return 'person';
    if (slot.type === 'ORG') return 'group';
    return null;
  };
  const record: Record<AntecedentKind, Seen[]> = { person: [], state: [], group: [] };
  const remember = (kind: AntecedentKind, seen: Seen) => {
    const list = record[kind].filter((s) => s.actor !== seen.actor);
    list.unshift(seen);
    if (list.length > REMEMBERED) list.length = REMEMBERED;
    record[kind] = list;
  };
  const out: SentenceView[] = [];
  for (const view of views) {
    const words = view.words;
    const added: ActorSlot[] = [];
    const replaced = new Map<ActorSlot, ActorSlot>();
    let k = 0;
    for (let w = 0; w < words.length; w++) {
      // Pass the actors that end before this word into the record.
      while (k < view.actors.length && view.actors[k].last < w) {
        const slot = replaced.get(view.actors[k]) ?? view.actors[k];
        k++;
        const kind = kindOf(slot);
        if (kind) remember(kind, { actor: slot.actor, sentence: view.index, subject: isSubject(slot) });
      }
      const entries = lex.byFirst.get(words[w].key);
      if (!entries) continue;
      const entry = entries.find((e) => e.keys.every((key, j) => words[w + j]?.key === key));
      if (!entry) continue;
      const last = w + entry.keys.length - 1;
      // The actor resolver's own link of the anaphor: a slot on exactly its words.
      const existing =
        k < view.actors.length && view.actors[k].first === w && view.actors[k].last === last
          ? view.actors[k]
          : null;
      // A slot that covers more than the anaphor names more than it («دستگاه قضایی این کشور»): leave it.
      if (!existing && k < view.actors.length && view.actors[k].first <= last) continue;
      if (!existing && !argumentPlace(view, w, k)) continue;
      const prep = view.prep[w];
      const object = words[last + 1]?.key === 'را';
      const subject = prep === null && !object;
      const quote = quoteAt(quotes, words[w].start);
      const speaker = quote ? (quote.chain[quote.chain.length - 1] ?? quote.speaker) : null;
      let candidates: string[] = [];
      // Who the anaphor cannot be: inside a direct quote the speaker, who would say «من»/«ما»/«کشورمان»
      // (nor, for a state anaphor, the speaker's country). The act's own other side is ruled out by the
      // argument reader (anaphorOtherThan), which knows the act.
      // As a possessor the anaphor may name its clause's subject («انگلیس … دخالت نظامی این کشور»).
      const excluded = new Set<string>();
      // Only in direct speech: «ترامپ گفت که او …» is Trump.
      if (speaker && quote && direct(quote) && entry.kind !== 'speaker') excluded.add(speaker);
      const excludedCountries = new Set<string>();
      if (entry.kind === 'state')
        for (const id of excluded) {
          const c = countryOf(id);
          if (c) excludedCountries.add(c);
        }
      const rejects = (id: string) => excluded.has(id) || excludedCountries.has(countryOf(id) ?? '');
      if (entry.kind === 'speaker') {
        // As a subject «ما» needs no slot: the first-person verb already names the speaker, and a
        // slot would be inherited by a third-person verb after it («ما متوجه شدیم که X … داشته‌اند»).
        if (!subject && speaker && codeOf.get(speaker)) candidates = [speaker];
      } else {
        const wanted = WANTS[entry.kind];
        const reach = entry.kind === 'plural' ? lex.pluralSentenceReach : lex.sentenceReach;
        const allowed = record[wanted].filter((s) => view.index - s.sentence <= reach && !rejects(s.actor));
        // A person pronoun prefers the subject of an earlier clause to a person named inside one.
        const ordered =
          entry.kind === 'person'
            ? [...allowed.filter((s) => s.subject), ...allowed.filter((s) => !s.subject)]
            : allowed;
        candidates = ordered.map((s) => s.actor);
      }
      if (existing) {
        const code = codeOf.get(existing.actor);
        // The resolver's link stands unless it names someone the anaphor cannot be.
        const keep = !!code && !rejects(existing.actor);
        if (keep) {
          alternativesOf.set(existing, [existing.actor, ...candidates.filter((id) => id !== existing.actor)]);
          countryLookup.set(existing, countryOf);
        } else if (code && candidates.length) {
          const slot: ActorSlot = { ...existing, actor: candidates[0] };
          alternativesOf.set(slot, candidates);
          countryLookup.set(slot, countryOf);
          replaced.set(existing, slot);
        }
        w = Math.max(w, existing.last);
        continue;
      }
      if (candidates.length === 0) continue;
      const slot: ActorSlot = {
        entity: '',
        type: entry.kind === 'state' ? 'LOC' : entry.kind === 'person' ? 'PER' : 'ORG',
        actor: candidates[0],
        start: words[w].start,
        end: words[last].end,
        first: w,
        last,
        prep,
        object,
      };
      alternativesOf.set(slot, candidates);
      countryLookup.set(slot, countryOf);
      added.push(slot);
      const kind = entry.kind === 'speaker' ? kindOf(slot) : WANTS[entry.kind];
      if (kind) remember(kind, { actor: slot.actor, sentence: view.index, subject });
      w = last;
    }
    // The remaining actors enter the record too.
    for (; k < view.actors.length; k++) {
      const slot = replaced.get(view.actors[k]) ?? view.actors[k];
      const kind = kindOf(slot);
      if (kind) remember(kind, { actor: slot.actor, sentence: view.index, subject: isSubject(slot) });
    }
    if (added.length === 0 && replaced.size === 0) {
      out.push(view);
      continue;
    }
    const actors = view.actors.map((s) => replaced.get(s) ?? s);
    if (added.length) {
      actors.push(...added);
      actors.sort((a, b) => a.first - b.first);
    }
    out.push({ ...view, actors });
  }
  return out;
}
