// Why triggers that matched on the open corpus gave no event (issue 12: drops on text rasad was not
// fitted to). Runs the pipeline over /work/open/fars-open.json and ntrex-open.json (articles in no gold)
// and counts the coder's drop reasons (droppedTriggers), with up to five example sentences each.
//   node --import tsx scripts/dropped-triggers.ts [--re REGEX]   only triggers whose text matches REGEX
//   (e.g. --re 'دیدار|ملاقات' for the meeting words)
import { readFileSync } from 'node:fs';
import { process as run } from '../src/pipeline.js';
import { droppedTriggers } from '../src/code/events/index.js';
const arg = process.argv.indexOf('--re');
const re = new RegExp(arg >= 0 ? (process.argv[arg + 1] ?? '') : '.');
const counts = new Map<string, number>();
const ex = new Map<string, string[]>();
for (const f of ['fars-open', 'ntrex-open']) {
  const list = JSON.parse(readFileSync(`/work/open/${f}.json`, 'utf8'));
  for (const a of list) {
    const text = [a.title, a.abstract, ...(a.paragraphs ?? [])].filter(Boolean).join('\n');
    const doc = run({ id: a.id, title: null, text, published: a.published ?? null });
    for (const d of droppedTriggers.get(doc) ?? []) {
      const span = doc.text.slice(d.start, d.end);
      if (!re.test(span)) continue;
      const k = d.reason.replace(/«[^»]*»/g, '«…»').replace(/:.*$/, '');
      counts.set(k, (counts.get(k) ?? 0) + 1);
      const l = ex.get(k) ?? [];
      if (l.length < 5) l.push(`[${span}] ${d.reason.slice(0, 60)} | ${doc.text.slice(Math.max(0, d.start - 90), d.end + 50).replace(/\n/g, ' ')}`);
      ex.set(k, l);
    }
  }
}
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) {
  console.log(v, k);
  for (const e of ex.get(k) ?? []) console.log('     ', e);
}
