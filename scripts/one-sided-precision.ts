// Issue 12: how right are the events rasad codes with one side empty? Every predicted event with an
// empty actor or recipient list is put in a category (PLOVER type × missing side) and scored against
// the gold (strict and lenient), with all one-sided events kept; then the F1 of dropping each category
// is computed exactly. The break-even: dropping n predictions of which t are right helps F1 exactly when
// t/n < TP/(P+G) = F1/2 (P predicted, G gold). `cond` counts the events that would pass the
// conditional rule (no other party in the trigger's clause).
// `node --import tsx scripts/one-sided-precision.ts [GOLD.jsonl]` (default dev.jsonl).
import { readFileSync } from 'node:fs';
import { argumentLexicon } from '../src/code/events/arguments.js';
import { PLOVER_TYPES } from '../src/doc.js';
import {
  type GoldArticle,
  goldText,
  goldToScored,
  matchWithOptional,
  parseGold,
  type ScoredEvent,
  scoreArticles,
  scoredEvents,
} from '../src/eval/events.js';
import { extract } from '../src/pipeline.js';

const file = process.argv.find((a) => a.endsWith('.jsonl')) ?? 'test/gold/events/dev.jsonl';
const gold: GoldArticle[] = parseGold(readFileSync(file, 'utf8'), file);
const policy = argumentLexicon().oneSided;
const copy = (p: { always: Set<string>; never: Set<string> }) => ({ always: new Set(p.always), never: new Set(p.never) });
const asRead = { noActor: copy(policy.noActor), noRecipient: copy(policy.noRecipient) };

type Tagged = ScoredEvent & { cat: string | null; cond: boolean };
/** Predictions with every one-sided event kept, tagged with their category. */
function predictAll(): Map<string, Tagged[]> {
  const out = new Map<string, Tagged[]>();
  const run = (a: GoldArticle) =>
    extract({ id: a.id, title: a.title ?? null, text: goldText(a), published: a.published });
  const setPolicy = (always: string[], never: string[]) => {
    for (const side of [policy.noActor, policy.noRecipient]) {
      side.always.clear();
      side.never.clear();
      for (const t of always) side.always.add(t);
      for (const t of never) side.never.add(t);
    }
  };
  // Pass 1: everything conditional, to learn which one-sided events pass the clause test.
  setPolicy([], []);
  const passes = new Map<string, Set<string>>();
  for (const a of gold) {
    const r = run(a);
    passes.set(a.id, new Set(r.events.map((e) => `${e.type}@${e.trigger.start}`)));
  }
  // Pass 2: every one-sided event kept.
  setPolicy([...PLOVER_TYPES], []);
  for (const a of gold) {
    const r = run(a);
    const live = r.events.filter((e) => !e.negated);
    const scored = scoredEvents(r);
    out.set(
      a.id,
      scored.map((s, i) => {
        const e = live[i];
        const missing =
          e.actor.length === 0 && e.recipient.length === 0
            ? 'both'
            : e.actor.length === 0
              ? 'actor'
              : e.recipient.length === 0
                ? 'recipient'
                : null;
        return {
          ...s,
          cat: missing ? `${e.type}/${missing}` : null,
          cond: passes.get(a.id)?.has(`${e.type}@${e.trigger.start}`) ?? false,
        };
      }),
    );
  }
  return out;
}

const all = predictAll();
const score = (keep: (e: Tagged) => boolean) => scoreArticles(gold, (a) => (all.get(a.id) ?? []).filter(keep));
const base = score(() => true);
const f1 = (r: ReturnType<typeof score>, m: 'strict' | 'lenient') => r.overall[m].f1;
const fmt = (x: number) => (x * 100).toFixed(2);

// Which predictions are right: matched (strict, lenient) in the all-kept run.
const right = { strict: new Set<Tagged>(), lenient: new Set<Tagged>() };
for (const a of gold) {
  const g = a.events.filter((e) => !e.negated).map(goldToScored);
  const p = all.get(a.id) ?? [];
  for (const mode of ['strict', 'lenient'] as const) {
    const m = matchWithOptional(
      g.filter((e) => !e.optional),
      g.filter((e) => e.optional),
      p,
      mode,
    );
    for (const [, pi] of m.pairs) right[mode].add(p[pi]);
  }
}

const cats = new Map<string, Tagged[]>();
for (const p of all.values()) for (const e of p) if (e.cat) cats.set(e.cat, [...(cats.get(e.cat) ?? []), e]);
console.log(`${file}: all one-sided kept: strict F1 ${fmt(f1(base, 'strict'))} (P ${fmt(base.overall.strict.precision)} R ${fmt(base.overall.strict.recall)}), lenient F1 ${fmt(f1(base, 'lenient'))}`);
console.log(`break-even precision: strict ${fmt(f1(base, 'strict') / 2)}, lenient ${fmt(f1(base, 'lenient') / 2)}`);
console.log('\n| category (type/missing side) | n | strict right | lenient right | cond n | cond strict | cond lenient | ΔF1 strict if dropped | ΔF1 lenient if dropped | ΔF1 strict drop non-cond | ΔF1 lenient drop non-cond |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const [cat, es] of [...cats].sort((x, y) => y[1].length - x[1].length)) {
  const drop = score((e) => e.cat !== cat);
  const dropNc = score((e) => e.cat !== cat || e.cond);
  const c = es.filter((e) => e.cond);
  const n = (s: Set<Tagged>, l: Tagged[]) => l.filter((e) => s.has(e)).length;
  console.log(
    `| ${cat} | ${es.length} | ${n(right.strict, es)} | ${n(right.lenient, es)} | ${c.length} | ${n(right.strict, c)} | ${n(right.lenient, c)} | ${fmt(f1(drop, 'strict') - f1(base, 'strict'))} | ${fmt(f1(drop, 'lenient') - f1(base, 'lenient'))} | ${fmt(f1(dropNc, 'strict') - f1(base, 'strict'))} | ${fmt(f1(dropNc, 'lenient') - f1(base, 'lenient'))} |`,
  );
}

// The policy of lexicon/events/arguments.json as read (before this script changed it), scored on the
// same predictions: a one-sided event is kept when each empty side's type is `always`, or is not
// `never` and the clause names no other party.
const keeps = (e: Tagged): boolean => {
  if (!e.cat) return true;
  const [type, missing] = e.cat.split('/');
  const sides = missing === 'both' ? (['noActor', 'noRecipient'] as const) : missing === 'actor' ? (['noActor'] as const) : (['noRecipient'] as const);
  return sides.every((s) => asRead[s].always.has(type) || (!asRead[s].never.has(type) && e.cond));
};
const now = score(keeps);
for (const m of ['strict', 'lenient'] as const)
  console.log(
    `\npolicy as read, ${m}: P ${fmt(now.overall[m].precision)} R ${fmt(now.overall[m].recall)} F1 ${fmt(f1(now, m))}`,
  );
