// Aggregate diagnostics of an event gold (counts only, safe for the frozen part): how many required
// gold events find, in their article, a predicted event of the same type (type level), of the same
// type and actor codes, of the same type and recipient codes; and the shapes of gold codes.
// `node --import tsx scripts/event-aggregate.ts [GOLD.jsonl] [--list] [--by-type]`: --by-type adds the same
// counts per PLOVER type (a table, counts only); --list prints, for the dev gold
// only, each required event one of whose codes no actor of its article carries (the actor stage's misses).
import { readFileSync } from 'node:fs';
import { codesMatch, goldText, goldToScored, parseGold, scoredEvents } from '../src/eval/events.js';
import { process as run } from '../src/pipeline.js';
import { toResult } from '../src/result.js';

const file = process.argv.find((a) => a.endsWith('.jsonl')) ?? 'test/gold/events/dev.jsonl';
const list = process.argv.includes('--list');
const byType = process.argv.includes('--by-type');
const perType = new Map<string, { req: number; codesInDoc: number; type: number; typeActor: number; pred: number }>();
const row = (t: string) => {
  let r = perType.get(t);
  if (!r) perType.set(t, (r = { req: 0, codesInDoc: 0, type: 0, typeActor: 0, pred: 0 }));
  return r;
};
if (list && /(^|\/)(test|.*frozen|.*heldout|.*-test)[^/]*\.jsonl$/.test(file)) {
  console.error(`${file}: a frozen gold is never listed (counts only)`);
  process.exit(1);
}
const gold = parseGold(readFileSync(file, 'utf8'), file);
const n = { codesInDoc: 0, actorInDoc: 0, recipientInDoc: 0, req: 0, type: 0, typeActor: 0, typeRecipient: 0, either: 0, pred: 0 };
const shape = new Map<string, number>();
const bump = (k: string) => shape.set(k, (shape.get(k) ?? 0) + 1);
const shapeOf = (codes: readonly string[]) =>
  codes.length === 0 ? 'empty' : codes.length > 1 ? 'list' : codes[0].length === 3 ? 'country' : codes[0].startsWith('IGO') ? 'igo' : 'sector';
for (const a of gold) {
  const doc = run({ id: a.id, title: a.title ?? null, text: goldText(a), published: a.published });
  const result = toResult(doc);
  const predicted = scoredEvents(result);
  const docCodes = new Set(result.actors.map((x) => x.code).filter(Boolean) as string[]);
  const has = (codes: readonly string[]) => codes.length === 0 || codes.every((c) => docCodes.has(c));
  n.pred += predicted.length;
  for (const p of predicted) row(p.type).pred++;
  for (const g of a.events.filter((e) => !e.negated && !e.optional).map(goldToScored)) {
    n.req++;
    const r = row(g.type);
    r.req++;
    if (has(g.actor)) n.actorInDoc++;
    if (has(g.recipient)) n.recipientInDoc++;
    if (has(g.actor) && has(g.recipient)) {
      n.codesInDoc++;
      r.codesInDoc++;
    }
    else if (list)
      console.log(`${a.id}\t${g.type}\t${g.actor.join(',')}${has(g.actor) ? '' : '*'}\t${g.recipient.join(',')}${has(g.recipient) ? '' : '*'}\t«${g.evidence ?? ''}»`);
    bump(`actor ${shapeOf(g.actor)}`);
    bump(`recipient ${shapeOf(g.recipient)}`);
    const same = predicted.filter((p) => p.type === g.type);
    if (same.length) {
      n.type++;
      r.type++;
    }
    const ta = same.some((p) => codesMatch(g.actor, p.actor, false));
    const tr = same.some((p) => codesMatch(g.recipient, p.recipient, false));
    if (ta) {
      n.typeActor++;
      r.typeActor++;
    }
    if (tr) n.typeRecipient++;
    if (ta || tr) n.either++;
  }
}
console.log(file, JSON.stringify(n));
console.log([...shape].sort().map(([k, v]) => `${k} ${v}`).join('; '));
if (byType) {
  console.log('type\tgold\tcodes in article\ttype found\ttype+actor\tpredicted');
  for (const [t, r] of [...perType].sort((a, b) => b[1].req - a[1].req))
    console.log(`${t}\t${r.req}\t${r.codesInDoc}\t${r.type}\t${r.typeActor}\t${r.pred}`);
}
