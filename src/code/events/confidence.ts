// An event's confidence is the probability that it is right (a strict match in `rasad eval`), from a
// logistic model over what the coder knows about the event: how reliable its trigger is, whether its
// actor and recipient were found and carry a code with a role, whether the text dates it, how many
// mentions report it. The weights are fitted on the development gold by scripts/fit-event-confidence.ts
// and live in lexicon/confidence/event-confidence.json, so «≥ 0.8» means «right four times in five».
import type { Actor, CodedEvent } from '../../doc.js';
import { readKnowledgeJson } from '../../knowledge/files.js';
import { EventConfidenceFile } from '../../knowledge/schemas/others.js';
import { checkKnowledge, knowledgeError } from '../../knowledge/validate.js';

/** What the coder knows about an event when it scores it. */
export interface ConfidenceFacts {
  /** The trigger's own confidence in the lexicon. */
  base: number;
  /** How the actor was found: in the clause, inherited from an earlier clause, the quote's speaker, not at all. */
  actorSource: 'direct' | 'inherited' | 'speaker' | 'none';
  /** 3 attached, 2 clause, 1 publication date, 0 none. */
  dateStrength: number;
  /** Mentions of the act in the article (evidence spans). */
  mentions: number;
  event: CodedEvent;
}

export const FEATURES = [
  'base',
  'actor_role',
  'actor_code',
  'actor_name',
  'actor_not_direct',
  'recipient_role',
  'recipient_code',
  'recipient_name',
  'date_text',
  'date_none',
  'mentions',
  'reported',
  'future',
  'attack',
] as const;
export type Feature = (typeof FEATURES)[number];

export interface ConfidenceModel {
  bias: number;
  weights: Record<Feature, number>;
}

/** A role code: country (or IGO/IMG…) plus a sector, «RUSGOV», «IGOUNOIAE»; a bare «RUS» is a code without role. */
const ROLE_CODE = /^[A-Z]{6,}$/;

type Kind = 'role' | 'code' | 'name' | 'none';
function kindOf(ids: readonly string[], actors: ReadonlyMap<string, Actor>): Kind {
  if (ids.length === 0) return 'none';
  let kind: Kind = 'role';
  for (const id of ids) {
    const a = actors.get(id);
    const code = a?.code ?? null;
    if (!code && !a?.country) return 'name';
    if (!code || !ROLE_CODE.test(code)) kind = 'code';
  }
  return kind;
}

export function featuresOf(f: ConfidenceFacts, actors: ReadonlyMap<string, Actor>): Record<Feature, number> {
  const actor = kindOf(f.event.actor, actors);
  const recipient = kindOf(f.event.recipient, actors);
  return {
    base: f.base,
    actor_role: actor === 'role' ? 1 : 0,
    actor_code: actor === 'code' ? 1 : 0,
    actor_name: actor === 'name' ? 1 : 0,
    actor_not_direct: f.actorSource !== 'direct' && actor !== 'none' ? 1 : 0,
    recipient_role: recipient === 'role' ? 1 : 0,
    recipient_code: recipient === 'code' ? 1 : 0,
    recipient_name: recipient === 'name' ? 1 : 0,
    date_text: f.dateStrength >= 2 ? 1 : 0,
    date_none: f.dateStrength === 0 ? 1 : 0,
    mentions: Math.min(3, f.mentions - 1),
    reported: f.event.reported_by.length > 0 ? 1 : 0,
    future: f.event.future ? 1 : 0,
    attack: f.event.type === 'ASSAULT' ? 1 : 0,
  };
}

export function scoreWith(model: ConfidenceModel, x: Record<Feature, number>): number {
  let z = model.bias;
  for (const name of FEATURES) z += (model.weights[name] ?? 0) * x[name];
  const p = 1 / (1 + Math.exp(-z));
  return Math.round(Math.min(0.99, Math.max(0.01, p)) * 100) / 100;
}

let cached: ConfidenceModel | null = null;

export function compileModel(
  data: unknown,
  file = 'lexicon/confidence/event-confidence.json',
): ConfidenceModel {
  const d = checkKnowledge(EventConfidenceFile, data, file);
  for (const k of Object.keys(d.weights))
    if (!(FEATURES as readonly string[]).includes(k))
      throw knowledgeError(file, `weights.${k}`, `unknown feature "${k}"`);
  const weights = Object.fromEntries(FEATURES.map((k) => [k, (d.weights?.[k] as number) ?? 0])) as Record<
    Feature,
    number
  >;
  return { bias: d.bias, weights };
}

export function confidenceModel(): ConfidenceModel {
  cached ??= compileModel(readKnowledgeJson('lexicon/confidence/event-confidence.json'));
  return cached;
}

/** Facts recorded per coded event, for the fitting script (scripts/fit-event-confidence.ts). */
export const factsOf = new WeakMap<CodedEvent, ConfidenceFacts>();
