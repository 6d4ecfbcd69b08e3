// Which argument a grammatical position is, whatever the trigger group declares
// (lexicon/events/argument-roles.json):
//   passive     «دفتر حزب‌الله پلمب شد»، «دیپلمات‌های روس اخراج شدند»: the subject of the passive of a
//               transitive act is the one acted on; the actor is only an agent phrase («توسط X»).
//   infinitive  «با متهم کردن ارمنستان به …»: an infinitive closing the trigger takes its object after it.

import type { SentenceView } from '../../grammar/sentence-view.js';
import { wordKey } from '../../grammar/word-key.js';
import { readKnowledgeJson } from '../../knowledge/files.js';
import { ArgumentRolesFile } from '../../knowledge/schemas/events.js';
import { checkKnowledge } from '../../knowledge/validate.js';
import type { TriggerHit } from './find-triggers.js';

export interface ArgumentRoles {
  /** Word keys X whose «X شدن/گردیدن» is the passive of «X کردن». */
  passivePredicates: Set<string>;
  /** Lemma keys of the passive auxiliaries («شدن», «گردیدن»). */
  passiveAuxiliaries: Set<string>;
  /** Lemma keys of light verbs whose infinitive takes its object right after it. */
  infinitiveObjects: Set<string>;
  /** Head noun key → the preposition keys whose phrase after it names the act's target. */
  governedPrepositions: Map<string, string[]>;
}

let cache: ArgumentRoles | null = null;

export function argumentRoles(): ArgumentRoles {
  if (cache) return cache;
  const file = 'lexicon/events/argument-roles.json';
  const d = checkKnowledge(ArgumentRolesFile, readKnowledgeJson(file), file);
  cache = {
    passivePredicates: new Set(d.passivePredicates.map(wordKey)),
    passiveAuxiliaries: new Set(d.passiveAuxiliaries.map(wordKey)),
    infinitiveObjects: new Set(d.infinitiveObjects.map(wordKey)),
    governedPrepositions: new Map(
      Object.entries(d.governedPrepositions).map(([noun, preps]) => [wordKey(noun), preps.map(wordKey)]),
    ),
  };
  return cache;
}

/**
 * The prepositions the trigger's head nouns govern («با تبریک» → «به»), in the trigger's word order;
 * empty for a trigger with a finite verb (its phrases stand before it and its markers read them).
 */
export function governedPrepositions(
  view: SentenceView,
  hit: TriggerHit,
  objectInfinitive: boolean,
): string[] {
  if (hit.pattern.hasVerb && !objectInfinitive) return [];
  const table = argumentRoles().governedPrepositions;
  const out: string[] = [];
  for (let w = hit.first; w <= hit.last; w++)
    for (const p of table.get(view.words[w].key) ?? []) if (!out.includes(p)) out.push(p);
  return out;
}

const SUBJECT = new Set(['subject', 'verb-subject']);

/**
 * The trigger's verb is the passive auxiliary right after a passive predicate («پلمب شد»، «اخراج
 * شدند»), and its group reads the subject as the actor: the subject is the recipient instead.
 */
export function isPassiveOfTransitive(view: SentenceView, hit: TriggerHit): boolean {
  if (!hit.pattern.hasVerb || !hit.verb || !argumentRoles().passiveAuxiliaries.has(hit.verb.lemma)) return false;
  const before = view.words[hit.verbAt - 1];
  return !!before && hit.verbAt - 1 >= hit.first && argumentRoles().passivePredicates.has(before.key);
}

/**
 * The hit with its argument markers as the passive reads them: the subject markers leave the actor
 * and open the recipient. Unchanged when the verb is no passive of a transitive act, or the group
 * already reads the subject as the recipient.
 */
export function withPassiveRoles(view: SentenceView, hit: TriggerHit): TriggerHit {
  const { trigger } = hit;
  if (!trigger.actor.some((m) => SUBJECT.has(m)) || SUBJECT.has(trigger.recipient[0] ?? '')) return hit;
  if (!isPassiveOfTransitive(view, hit)) return hit;
  return {
    ...hit,
    trigger: {
      ...trigger,
      actor: trigger.actor.filter((m) => !SUBJECT.has(m)),
      recipient: ['subject', ...trigger.recipient.filter((m) => !SUBJECT.has(m))],
    },
  };
}

/** The trigger ends in the infinitive of a light verb that takes its object after it («متهم کردن»). */
export function endsInObjectInfinitive(hit: TriggerHit): boolean {
  return (
    !!hit.verb &&
    hit.verb.form === 'infinitive' &&
    hit.verbAt === hit.last &&
    argumentRoles().infinitiveObjects.has(hit.verb.lemma)
  );
}
