// Why events are missed or spurious on a gold file (issue 12's cause table, recounted): each strict
// miss and each spurious prediction is put in one class by what rasad did with the gold evidence's
// words. `node --import tsx scripts/event-causes.ts [GOLD.jsonl] [--list CLASS]` (default dev.jsonl).
import { readFileSync } from 'node:fs';
import { droppedTriggers, triggerSpans } from '../src/code/events/index.js';
import {
  eventsMatch,
  type GoldArticle,
  goldText,
  goldToScored,
  matchWithOptional,
  parseGold,
  type ScoredEvent,
  scoredEvents,
} from '../src/eval/events.js';
import { wordKey } from '../src/grammar/word-key.js';
import { process as run } from '../src/pipeline.js';
import { toResult } from '../src/result.js';

const file = process.argv.find((a) => a.endsWith('.jsonl')) ?? 'test/gold/events/dev.jsonl';
const listAt = process.argv.indexOf('--list');
const list = listAt > 0 ? process.argv[listAt + 1] : null;
const gold: GoldArticle[] = parseGold(readFileSync(file, 'utf8'), file);

/** Text compared word key by word key, so spelling variants (ي/ی، ZWNJ) do not matter. */
const norm = (s: string) =>
  s
    .split(/[\s\u200c]+/)
    .map(wordKey)
    .join(' ');
const inside = (needle: string | undefined, hay: string | undefined) =>
  !!needle && !!hay && norm(hay).includes(norm(needle));

const misses = new Map<string, number>();
const spurious = new Map<string, number>();
const bump = (m: Map<string, number>, k: string, what: string) => {
  m.set(k, (m.get(k) ?? 0) + 1);
  if (list === k) console.log(`${k}\t${what}`);
};
const fmt = (e: ScoredEvent) => `${e.type} [${e.actor}] -> [${e.recipient}] «${e.evidence ?? ''}»`;

for (const a of gold) {
  const doc = run({ id: a.id, title: a.title ?? null, text: goldText(a), published: a.published });
  const result = toResult(doc);
  const predicted = scoredEvents(result);
  const dropped = (droppedTriggers.get(doc) ?? []).map((d) => ({
    ...d,
    text: doc.text.slice(d.start, d.end),
  }));
  const hitTexts = (triggerSpans.get(doc) ?? []).map((h) => doc.text.slice(h.start, h.end));
  const all = a.events.filter((e) => !e.negated).map(goldToScored);
  const required = all.filter((e) => !e.optional);
  const m = matchWithOptional(
    required,
    all.filter((e) => e.optional),
    predicted,
    'strict',
  );
  const spur = m.spurious.map((i) => predicted[i]);
  for (const gi of m.missed) {
    const g = required[gi];
    const what = `${a.id}\t${fmt(g)}`;
    if (spur.some((p) => eventsMatch(g, p, 'strictNoDate'))) bump(misses, 'date only', what);
    else if (spur.some((p) => p.type === g.type && inside(p.evidence, g.evidence))) {
      const p = spur.find((q) => q.type === g.type && inside(q.evidence, g.evidence));
      bump(misses, 'right type, wrong actor or recipient', `${what}\t(rasad: [${p?.actor}] -> [${p?.recipient}])`);
    }
    else if (spur.some((p) => p.type !== g.type && inside(p.evidence, g.evidence)))
      bump(misses, 'wrong type for the right words', what);
    else if (
      dropped.some((d) =>
        d.reason.startsWith('no ') || d.reason.startsWith('neither') ? inside(d.text, g.evidence) : false,
      )
    ) {
      const why = dropped.find(
        (d) => (d.reason.startsWith('no ') || d.reason.startsWith('neither')) && inside(d.text, g.evidence),
      );
      bump(
        misses,
        'trigger found, dropped for an unresolved argument',
        `${what}\t(${why?.reason}: «${why?.text}»)`,
      );
    } else if (dropped.some((d) => inside(d.text, g.evidence)))
      bump(misses, 'trigger found, read as negated or hypothetical', what);
    else if (hitTexts.some((t) => inside(t, g.evidence)))
      // A pattern matched in the evidence, yet no spurious or dropped event stands there: the event
      // went to another gold event of the same words (a second direction, a second recipient), was
      // merged into a mention elsewhere, or was filtered without a recorded reason.
      bump(misses, 'trigger found, event kept elsewhere or filtered', what);
    else bump(misses, 'no pattern for the act', what);
  }
  for (const p of spur) {
    const what = `${a.id}\t${fmt(p)}`;
    const same = (x: ScoredEvent) =>
      x !== p && x.type === p.type && `${x.actor}|${x.recipient}` === `${p.actor}|${p.recipient}`;
    if (all.some((g) => eventsMatch(g, p, 'strictNoDate'))) bump(spurious, 'date only', what);
    else if (predicted.some(same)) bump(spurious, 'duplicate', what);
    else if (all.some((g) => g.type === p.type && inside(p.evidence, g.evidence)))
      bump(spurious, 'wrong or empty arguments', what);
    else if (all.some((g) => inside(p.evidence, g.evidence))) bump(spurious, 'wrong type', what);
    else bump(spurious, 'no event in the gold', what);
  }
}
const table = (m: Map<string, number>) =>
  [...m]
    .sort((x, y) => y[1] - x[1])
    .map(([k, n]) => `| ${k} | ${n} |`)
    .join('\n');
console.log(`${file}: ${gold.length} articles`);
console.log(`\n| miss (strict) | count |\n| --- | --- |\n${table(misses)}`);
console.log(`\n| spurious (strict) | count |\n| --- | --- |\n${table(spurious)}`);
