// Events rasad emits on the open corpus (articles in no gold), for auditing precision by reading
// (issue 12): one TSV row per event with its article, type, CAMEO, sides, trigger and sentence.
//   node --import tsx scripts/open-events.ts [--sample N] [--seed S]
// Without --sample every event is listed; with it, N events drawn uniformly at random (a fixed-seed
// generator, so the same seed and the same output draw the same sample). Rows are keyed by
// article:sentence:trigger-start, so a sample judged once can be re-judged after a change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { factsOf } from '../src/code/events/confidence.js';
import { process as run } from '../src/pipeline.js';
import type { ArticleInput } from '../src/read/article.js';

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const sample = opt('--sample') ? Number(opt('--sample')) : null;
let seed = Number(opt('--seed') ?? 12);
const OPEN_DIR = process.env.RASAD_OPEN_DIR ?? '/work/open';

/** mulberry32: a small seeded generator. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const clean = (s: string) => s.replace(/[\t\n\r]+/g, ' ').trim();
const rows: string[] = [];
for (const f of ['fars-open', 'ntrex-open']) {
  const list = JSON.parse(readFileSync(join(OPEN_DIR, `${f}.json`), 'utf8')) as ArticleInput[];
  list.forEach((a, i) => {
    const doc = run({ ...a, id: `${f}:${i}` });
    const code = new Map(doc.actors.map((x) => [x.id, x.code ?? x.country ?? x.id]));
    const name = new Map(doc.actors.map((x) => [x.id, x.name ?? '']));
    const side = (ids: readonly string[]) =>
      ids.map((id) => `${code.get(id)}(${name.get(id)})`).join(',') || '-';
    for (const e of doc.events) {
      const s = doc.sentences[e.sentence];
      const sentence = s ? doc.text.slice(s.start, s.end) : '';
      rows.push(
        [
          `${f}:${i}:${e.sentence}:${e.trigger.start}`,
          e.type,
          e.mode ?? '',
          e.cameo,
          side(e.actor),
          side(e.recipient),
          factsOf.get(e)?.trigger ?? '',
          clean(e.trigger.text),
          e.future ? 'future' : '',
          clean(sentence),
        ].join('\t'),
      );
    }
  });
}
const header = 'key\ttype\tmode\tcameo\tactor\trecipient\ttrigger_id\ttrigger\tfuture\tsentence';
let out = rows;
if (sample !== null) {
  const idx = rows.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  out = idx
    .slice(0, sample)
    .sort((a, b) => a - b)
    .map((i) => rows[i]);
}
console.log(header);
for (const r of out) console.log(r);
console.error(`${rows.length} events in the open corpus${sample !== null ? `, ${out.length} sampled` : ''}`);
