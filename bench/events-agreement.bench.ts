// Dari–Farsi agreement of the event coder on NTREX (issue 12 item 7): each document in both varieties
// through rasad, events compared sentence by sentence as (type, actor codes, recipient codes).
// `npm run bench events-agreement`; figures go to docs/bench-events.md. Documents are numbered 0..122 in
// order of first appearance; the odd ones are the frozen test: only their totals are printed, never a
// sentence. BENCH_VERBOSE=1 lists the disagreements of the even (development) documents.
import { readFileSync } from 'node:fs';
import {
  type AgreementCounts,
  agreementRates,
  alignDocuments,
  compareDocument,
  emptyCounts,
  eventsByLine,
} from '../src/eval/agreement.js';
import { extractBatch } from '../src/pipeline.js';
import type { ExtractResult } from '../src/result.js';

const dir = new URL('../../shared/corpus/ntrex/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8').replace(/\n$/, '').split('\n');
const docs = alignDocuments(
  read('DOCUMENT_IDS.tsv').map((l) => l.split('\t')[0].trim()),
  read('newstest2019-ref.fas.txt'),
  read('newstest2019-ref.prs.txt'),
);

const verbose = process.env.BENCH_VERBOSE === '1';
const parts: Record<'dev (even)' | 'test (odd)', AgreementCounts> = {
  'dev (even)': emptyCounts(),
  'test (odd)': emptyCounts(),
};
const started = process.hrtime.bigint();
for (let k = 0; k < docs.length; k += 16) {
  const group = docs.slice(k, k + 16);
  const inputs = group.flatMap((d) => [
    { id: `fas-${d.id}`, text: d.fas.join('\n'), published: null },
    { id: `prs-${d.id}`, text: d.prs.join('\n'), published: null },
  ]);
  const out = extractBatch(inputs);
  group.forEach((d, j) => {
    const f = out[2 * j];
    const p = out[2 * j + 1];
    const result = (o: typeof f): ExtractResult | null => (o.ok ? o.result : null);
    const fr = result(f);
    const pr = result(p);
    const lines = d.fas.length;
    const empty = Array.from({ length: lines }, () => [] as string[]);
    const dev = d.index % 2 === 0;
    compareDocument(
      parts[dev ? 'dev (even)' : 'test (odd)'],
      d.id,
      fr ? eventsByLine(fr, lines) : empty,
      pr ? eventsByLine(pr, lines) : empty,
      dev && verbose
        ? (x) =>
            console.log(
              `  ${x.document}:${x.line + 1}\n    fas ${x.fas.join(' | ') || '-'}\n    prs ${x.prs.join(' | ') || '-'}`,
            )
        : undefined,
    );
  });
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const pct = (x: number) => (100 * x).toFixed(1);
console.log(
  'part\tdocuments\tsentences\twith events\tsame events\tsame types\tfas events\tprs events\tevent Dice',
);
const total = emptyCounts();
for (const [name, c] of Object.entries(parts)) {
  for (const key of Object.keys(total) as Array<keyof AgreementCounts>) total[key] += c[key];
  const r = agreementRates(c);
  console.log(
    `${name}\t${c.documents}\t${c.sentences}\t${c.withEvents}\t${c.same} (${pct(r.sentence)} %)\t${c.sameTypes} (${pct(r.types)} %)\t${c.fasEvents}\t${c.prsEvents}\t${pct(r.dice)} %`,
  );
}
const r = agreementRates(total);
console.log(
  `all\t${total.documents}\t${total.sentences}\t${total.withEvents}\t${total.same} (${pct(r.sentence)} %)\t${total.sameTypes} (${pct(r.types)} %)\t${total.fasEvents}\t${total.prsEvents}\t${pct(r.dice)} %`,
);
console.log(`(${docs.length * 2} documents extracted in ${seconds.toFixed(1)} s)`);
