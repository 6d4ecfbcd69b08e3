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
import { listKnowledge } from '../../knowledge/files.js';
import { type CameoEntry, ploverOntology } from '../../knowledge/ontology.js';

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
const FIXED_ARGS = new Set(['subject', 'verb-subject', 'genitive', 'را']);

/** Validates and compiles one triggers file; `file` names it in errors. */
export function compileTriggers(
  data: unknown,
  file: string,
  cameo: Map<string, CameoEntry>,
  g: GrammarLexicon,
): { triggers: Trigger[]; anaphors: Map<string, PloverType> } {
  const d = data as { triggers?: unknown; eventAnaphors?: unknown };
  const where = `lexicon/events/${file}`;
  if (!Array.isArray(d.triggers)) throw new Error(`${where}: "triggers" must be a list`);
  const triggers: Trigger[] = [];
  const ids = new Set<string>();
  d.triggers.forEach((raw, index) => {
    const t = raw as Record<string, unknown>;
    const id = typeof t.id === 'string' && t.id ? t.id : null;
    const fail = (msg: string): never => {
      throw new Error(`${where}: trigger ${id ? `"${id}"` : `#${index + 1}`}: ${msg}`);
    };
    if (!id) fail('"id" must be a non-empty string');
    if (ids.has(id as string)) fail('duplicate id');
    ids.add(id as string);
    const code = String(t.cameo ?? '');
    if (!cameo.has(code))
      fail(`"cameo" ${JSON.stringify(t.cameo)} is not a CAMEO code of lexicon/ontology/plover.json`);
    const list = (field: string, required: boolean): string[] => {
      const v = t[field] ?? [];
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
        fail(`"${field}" must be a list of strings`);
      if (required && (v as string[]).length === 0) fail(`"${field}" must not be empty`);
      return v as string[];
    };
    const args = (field: string): string[] =>
      list(field, false).map((a) => {
        const prep = a.startsWith('after:') ? a.slice(6) : a;
        if (!FIXED_ARGS.has(a) && !g.prepositions.has(wordKey(prep))) {
          fail(
            `"${field}": "${a}" is neither subject, verb-subject, genitive, را nor a preposition of grammar.json (optionally after:)`,
          );
        }
        return a.startsWith('after:') ? `after:${wordKey(prep)}` : FIXED_ARGS.has(a) ? a : wordKey(a);
      });
    // Spellings that compile to the same elements («سوء‌قصد» split and «سوء قصد») are kept once.
    const signatures = new Set<string>();
    const patterns = list('patterns', true).flatMap((p) => {
      try {
        return patternVariants(p)
          .map((v) => compilePattern(v, g))
          .filter((c) => {
            const sig = patternSignature(c);
            if (signatures.has(sig)) return false;
            signatures.add(sig);
            return true;
          });
      } catch (e) {
        return fail(`pattern «${p}»: ${(e as Error).message}`);
      }
    });
    const requires = new Set(list('requires', false));
    for (const r of requires)
      if (r !== 'actor' && r !== 'recipient') fail(`"requires": "${r}" must be actor or recipient`);
    const upgrade = ((t.upgrade ?? []) as unknown[]).map((u, k) => {
      const up = u as Record<string, unknown>;
      if (!Array.isArray(up.words) || up.words.length === 0)
        fail(`upgrade[${k}].words must be a non-empty list`);
      if (up.cameo !== undefined && !cameo.has(String(up.cameo)))
        fail(`upgrade[${k}].cameo ${up.cameo} is not a CAMEO code of lexicon/ontology/plover.json`);
      if (up.cameo === undefined && typeof up.mode !== 'string')
        fail(`upgrade[${k}] needs a cameo or a mode`);
      return {
        words: new Set((up.words as string[]).map(wordKey)),
        cameo: up.cameo as string | undefined,
        mode: up.mode as string | undefined,
      };
    });
    if (t.future != null && !cameo.has(String(t.future)))
      fail(`"future" ${t.future} is not a CAMEO code of lexicon/ontology/plover.json`);
    const confidence = t.confidence ?? 0.7;
    if (typeof confidence !== 'number' || confidence < 0 || confidence > 1)
      fail('"confidence" must be a number in [0, 1]');
    const rfe = t.recipientFromEvent ?? null;
    if (rfe !== null && !isPlover(rfe)) fail('"recipientFromEvent" must be a PLOVER type');
    if (t.mode != null && typeof t.mode !== 'string') fail('"mode" must be a string');
    const inGap = t.inGap ?? null;
    if (inGap !== null && inGap !== 'actor' && inGap !== 'recipient')
      fail('"inGap" must be actor or recipient');
    if (t.destinationGap !== undefined && typeof t.destinationGap !== 'boolean')
      fail('"destinationGap" must be true or false');
    triggers.push({
      id: id as string,
      file,
      cameo: code,
      mode: (t.mode as string | undefined) ?? (cameo.get(code) as CameoEntry).mode,
      actor: args('actor'),
      recipient: args('recipient'),
      requires: requires as Set<'actor' | 'recipient'>,
      upgrade,
      future: t.future != null ? String(t.future) : null,
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
  for (const [type, words] of Object.entries((d.eventAnaphors ?? {}) as Record<string, unknown>)) {
    if (!isPlover(type)) throw new Error(`${where}: eventAnaphors: "${type}" is not a PLOVER type`);
    if (!Array.isArray(words)) throw new Error(`${where}: eventAnaphors.${type} must be a list`);
    for (const w of words) anaphors.set(wordKey(String(w)), type as PloverType);
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
  cached ??= buildEventLexicon(
    triggerFiles().map((file) => ({ file, data: readLexiconJson(file) })),
    ploverOntology().cameo,
    grammarLexicon(),
  );
  return cached;
}
