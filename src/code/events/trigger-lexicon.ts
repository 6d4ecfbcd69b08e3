// The event trigger lexicon: lexicon/events/triggers*.json validated and compiled, with the CAMEO →
// PLOVER table of the ontology (lexicon/ontology/plover.json, read by src/knowledge/ontology.ts).
// A malformed entry fails loudly with the file, the trigger id and the field, so a user who extends the
// lexicon sees exactly what to fix.
import type { PloverType } from '../../doc.js';
import { type GrammarLexicon, grammarLexicon, readLexiconJson } from '../../grammar/grammar-lexicon.js';
import {
  buildPatternIndex,
  type CompiledPattern,
  compilePattern,
  type PatternIndex,
  patternSignature,
  patternVariants,
} from '../../grammar/pattern.js';
import { wordKey } from '../../grammar/word-key.js';
import { KeyFilter } from '../../grammar/key-filter.js';
import { compiledKnowledge } from '../../knowledge/compiled.js';
import { listKnowledge } from '../../knowledge/files.js';
import { type CameoEntry, ploverOntology } from '../../knowledge/ontology.js';
import { TriggersFile } from '../../knowledge/schemas/events.js';
import { checkKnowledge, entryError, entryName, knowledgeError } from '../../knowledge/validate.js';
import { expandWordClasses, type WordClasses, wordClasses } from './word-classes.js';

export type { CameoEntry } from '../../knowledge/ontology.js';

export interface Upgrade {
  words: Set<string>;
  cameo?: string;
  mode?: string;
}

export interface Trigger {
  id: string;
  file: string;
  cameo: string;
  mode: string | null;
  actor: string[];
  recipient: string[];
  requires: Set<'actor' | 'recipient'>;
  /** When set, the actor must be of one of these sectors (MOBILIZE «اعزام شدند»: troops, not rescue teams). */
  actorSectors: ReadonlySet<string> | null;
  upgrade: Upgrade[];
  future: string | null;
  sports: boolean;
  merge: string | null;
  recipientFromEvent: PloverType | null;
  /** Coordinated subjects act together («A و B … امضا کردند»): one event A→B, not one per subject. */
  mutual: boolean;
  /** «سفر می‌کند» in news is a plan: a present tense with «می» is future. */
  presentIsFuture: boolean;
  /**
   * Which argument an actor standing bare inside the pattern's gap is (for the argument stage):
   * «مورد انتقاد شدید روسیه قرار گرفت» → روسیه is the actor; null when the gap holds none.
   */
  inGap: 'actor' | 'recipient' | null;
  /**
   * The pattern's gap is the destination of travel («وارد مسکو شد»، «به پکن رفت»): it must hold a place
   * or an actor and nothing else (a word of arguments.json destinationHeads may open it), or the
   * trigger is no travel («وارد مرحله تازه‌ای شد»، «وارد خاک سوریه شدند»، «به جنگ داعش رفت»).
   */
  destinationGap: boolean;
  confidence: number;
  patterns: CompiledPattern[];
}

export interface EventLexicon {
  cameo: Map<string, CameoEntry>;
  triggers: Trigger[];
  /** Patterns by the word keys that can begin them. */
  index: PatternIndex<Trigger>;
  /** Words that refer back to an event of a type («حادثه» → ASSAULT). */
  anaphors: Map<string, PloverType>;
  /** Keys of single-word nominal triggers and anaphors: a date right after one belongs to it. */
  eventNouns: Set<string>;
}

const isPlover = (t: unknown): boolean => ploverOntology().modes.has(t as PloverType);
const FIXED_ARGS = new Set(['subject', 'verb-subject', 'genitive', 'را', 'complement']);

/** Validates and compiles one triggers file; `file` names it in errors. */
export function compileTriggers(
  data: unknown,
  file: string,
  cameo: Map<string, CameoEntry>,
  g: GrammarLexicon,
  classes: WordClasses = wordClasses(),
): { triggers: Trigger[]; anaphors: Map<string, PloverType> } {
  const where = `lexicon/events/${file}`;
  // The shape of every entry is the schema's (src/knowledge/schemas/events.ts); what it cannot say
  // (a CAMEO code of the ontology, a preposition of grammar.json, a pattern that compiles, a unique
  // id) is checked here, in the same one-line format naming the file, the entry and the field.
  const d = checkKnowledge(TriggersFile, data, where);
  const triggers: Trigger[] = [];
  const ids = new Map<string, number>();
  d.triggers.forEach((t, index) => {
    const id = t.id;
    const fail = (field: string | null, msg: string): never => {
      throw entryError(where, entryName('triggers', index, t), field, msg);
    };
    const first = ids.get(id);
    if (first !== undefined) fail('id', `duplicate id: duplicates ${entryName('triggers', first, t)}`);
    ids.set(id, index);
    const notCameo = (v: unknown) =>
      `${JSON.stringify(v)} is not a CAMEO code of lexicon/ontology/plover.json`;
    const code = t.cameo;
    if (!cameo.has(code)) fail('cameo', notCameo(t.cameo));
    const args = (field: 'actor' | 'recipient'): string[] =>
      (t[field] ?? []).map((a, k) => {
        const prep = a.startsWith('after:') ? a.slice(6) : a;
        if (!FIXED_ARGS.has(a) && !g.prepositions.has(wordKey(prep))) {
          fail(
            `${field}[${k}]`,
            `"${a}" is neither subject, verb-subject, genitive, را, complement nor a preposition of grammar.json (optionally after:)`,
          );
        }
        return a.startsWith('after:') ? `after:${wordKey(prep)}` : FIXED_ARGS.has(a) ? a : wordKey(a);
      });
    // Spellings that compile to the same elements («سوء‌قصد» split and «سوء قصد») are kept once.
    const signatures = new Set<string>();
    const patterns = t.patterns.flatMap((p, k) => {
      try {
        return expandWordClasses(p, classes)
          .flatMap((e) => patternVariants(e))
          .map((v) => compilePattern(v, g))
          .filter((c) => {
            const sig = patternSignature(c);
            if (signatures.has(sig)) return false;
            signatures.add(sig);
            return true;
          });
      } catch (e) {
        return fail(`patterns[${k}]`, `«${p}»: ${(e as Error).message}`);
      }
    });
    const requires = new Set(t.requires ?? []);
    const upgrade = (t.upgrade ?? []).map((up, k) => {
      if (up.cameo !== undefined && !cameo.has(up.cameo)) fail(`upgrade[${k}].cameo`, notCameo(up.cameo));
      if (up.cameo === undefined && up.mode === undefined) fail(`upgrade[${k}]`, 'needs a cameo or a mode');
      return { words: new Set(up.words.map(wordKey)), cameo: up.cameo, mode: up.mode };
    });
    if (t.future != null && !cameo.has(t.future)) fail('future', notCameo(t.future));
    const confidence = t.confidence ?? 0.7;
    const rfe = t.recipientFromEvent ?? null;
    if (rfe !== null && !isPlover(rfe)) fail('recipientFromEvent', `"${rfe}" is not a PLOVER type`);
    const inGap = t.inGap ?? null;
    triggers.push({
      id: id as string,
      file,
      cameo: code,
      mode: (t.mode as string | undefined) ?? (cameo.get(code) as CameoEntry).mode,
      actor: args('actor'),
      recipient: args('recipient'),
      requires: requires as Set<'actor' | 'recipient'>,
      actorSectors: t.actorSectors ? new Set(t.actorSectors) : null,
      upgrade,
      future: t.future ?? null,
      sports: t.sports === true,
      merge: typeof t.merge === 'string' ? t.merge : null,
      recipientFromEvent: rfe as PloverType | null,
      mutual: t.mutual === true,
      presentIsFuture: t.presentIsFuture === true,
      inGap: inGap as 'actor' | 'recipient' | null,
      destinationGap: t.destinationGap === true,
      confidence: confidence as number,
      patterns,
    });
  });
  const anaphors = new Map<string, PloverType>();
  for (const [type, words] of Object.entries(d.eventAnaphors ?? {})) {
    if (!isPlover(type))
      throw knowledgeError(where, `eventAnaphors.${type}`, `"${type}" is not a PLOVER type`);
    for (const w of words) anaphors.set(wordKey(w), type as PloverType);
  }
  return { triggers, anaphors };
}

export function buildEventLexicon(
  files: Array<{ file: string; data: unknown }>,
  cameo: Map<string, CameoEntry>,
  g: GrammarLexicon,
): EventLexicon {
  const triggers: Trigger[] = [];
  const anaphors = new Map<string, PloverType>();
  for (const { file, data } of files) {
    const compiled = compileTriggers(data, file, cameo, g);
    triggers.push(...compiled.triggers);
    for (const [k, v] of compiled.anaphors) anaphors.set(k, v);
  }
  const eventNouns = new Set<string>(anaphors.keys());
  const entries: Array<{ pattern: CompiledPattern; item: Trigger }> = [];
  for (const trigger of triggers) {
    for (const pattern of trigger.patterns) {
      entries.push({ pattern, item: trigger });
      const first = pattern.elements[0];
      if (first.kind === 'word' && !pattern.hasVerb) for (const k of first.keys) eventNouns.add(k);
    }
  }
  const index = buildPatternIndex(entries, g, { pairs: true });
  return { cameo, triggers, index, anaphors, eventNouns };
}

/** Every lexicon/events/triggers*.json, in name order (triggers.json first). */
export function triggerFiles(): string[] {
  return listKnowledge('lexicon/events/', /^triggers.*\.json$/).sort((a, b) =>
    a === 'triggers.json' ? -1 : b === 'triggers.json' ? 1 : a.localeCompare(b),
  );
}

let cached: EventLexicon | null = null;
export function eventLexicon(): EventLexicon {
  // Compiled at build time (src/knowledge/compiled.ts); the pattern index's key filters are class
  // instances, whose prototype serialization drops.
  cached ??= compiledKnowledge(
    'events/lexicon',
    ['lexicon/events/', 'lexicon/ontology/'],
    () =>
      buildEventLexicon(
        triggerFiles().map((file) => ({ file, data: readLexiconJson(file) })),
        ploverOntology().cameo,
        grammarLexicon(),
      ),
    (raw) => {
      for (const f of [raw.index.keys, raw.index.pairKeys]) if (f) Object.setPrototypeOf(f, KeyFilter.prototype);
      return raw;
    },
  );
  return cached;
}
