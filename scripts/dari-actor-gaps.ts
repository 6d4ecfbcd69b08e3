// Dari spellings the actor lexicon lacks (issue 13: «Farsi and Dari spellings»), found from NTREX's
// line-aligned translations: for each sentence, the actor codes rasad finds in the Farsi line and not
// in its Dari line, beside the Dari line's uncoded PER/ORG names — usually the same actor spelled the
// Afghan way («دانلد ترمپ» for «دونالد ترامپ», «کریملین» for «کرملین»). Candidates, to be judged by
// hand before they enter the lexicon.
//   node --import tsx scripts/dari-actor-gaps.ts
// Only the development documents are read: the even-numbered ones of bench/events-agreement.bench.ts
// (its odd ones are that benchmark's test part), and none of the frozen event gold's (read for ids only).
import { readFileSync } from 'node:fs';
import { alignDocuments } from '../src/eval/agreement.js';
import { extractBatch } from '../src/pipeline.js';
import type { ExtractResult } from '../src/result.js';
import { partitionPoint } from '../src/text/span-index.js';

const dir = new URL('../../shared/corpus/ntrex/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8').replace(/\n$/, '').split('\n');
const docs = alignDocuments(
  read('DOCUMENT_IDS.tsv').map((l) => (l.split('\t')[0] ?? '').trim()),
  read('newstest2019-ref.fas.txt'),
  read('newstest2019-ref.prs.txt'),
);
const frozen = new Set(
  readFileSync(new URL('../test/gold/events/test.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { id: string }).id.replace(/^ntrex-(fas|prs)-/, '')),
);
const dev = docs.filter((d) => d.index % 2 === 0 && !frozen.has(d.id));

const PRONOUNS = new Set(['او', 'وی', 'ایشان', 'آنها', 'آن‌ها']);

interface Mention {
  text: string;
  type: string;
  code: string | null;
}

/** The entity mentions of a result by line, with their actor's code. */
function mentionsByLine(r: ExtractResult, lines: number): Mention[][] {
  const starts = [0];
  for (let i = 0; i < r.text.length; i++) if (r.text.charCodeAt(i) === 10) starts.push(i + 1);
  const codeOf = new Map(r.actors.map((a) => [a.id, a.code]));
  const out: Mention[][] = Array.from({ length: lines }, () => []);
  for (const e of r.entities) {
    // Pronouns («او», «وی») differ by coreference, not by spelling.
    if (PRONOUNS.has(e.text)) continue;
    const line = Math.max(0, partitionPoint(starts.length, (i) => (starts[i] as number) <= e.start) - 1);
    if (line < lines) out[line]?.push({ text: e.text, type: e.type, code: e.actor ? (codeOf.get(e.actor) ?? null) : null });
  }
  return out;
}

const candidates = new Map<string, number>();
for (const d of dev) {
  const [f, p] = extractBatch([
    { id: `fas-${d.id}`, text: d.fas.join('\n'), published: '2018-09-30' },
    { id: `prs-${d.id}`, text: d.prs.join('\n'), published: '2018-09-30' },
  ]);
  if (!f?.ok || !p?.ok) continue;
  const fl = mentionsByLine(f.result, d.fas.length);
  const pl = mentionsByLine(p.result, d.prs.length);
  fl.forEach((fm, line) => {
    const prsCodes = new Set((pl[line] ?? []).map((m) => m.code).filter(Boolean));
    const uncoded = (pl[line] ?? []).filter((m) => !m.code && (m.type === 'PER' || m.type === 'ORG')).map((m) => m.text);
    if (uncoded.length === 0) return;
    for (const m of fm)
      if (m.code && !prsCodes.has(m.code)) {
        const key = `${m.code}\t${m.text}\t${[...new Set(uncoded)].join(' | ')}`;
        candidates.set(key, (candidates.get(key) ?? 0) + 1);
      }
  });
}
console.log('lines\tcode\tFarsi name\tDari uncoded names on the same line');
for (const [k, n] of [...candidates].sort((a, b) => b[1] - a[1])) console.log(`${n}\t${k}`);
console.error(`${dev.length} development documents read`);
