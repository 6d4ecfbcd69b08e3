// Output identity for refactors (issue 11): extracts the 900 Fars articles and the seed with the
// working tree's pipeline and writes one JSON line per article, so two trees can be compared byte
// for byte. `--save FILE` writes the output; `--compare FILE` prints the ids whose output differs
// (with the first differing field) and exits 1 when any does.
//   node --import tsx scripts/output-identity.ts --save /tmp/before.jsonl
//   node --import tsx scripts/output-identity.ts --compare /tmp/before.jsonl
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractBatch } from '../src/pipeline.js';
import type { ArticleInput } from '../src/read/article.js';
import { farsNewsId, farsPublished } from '../src/read/fars.js';

const SHARED = join(import.meta.dirname, '..', '..', 'shared', 'corpus');

function articles(): ArticleInput[] {
  const out: ArticleInput[] = [{ id: 'seed', text: readFileSync(join(import.meta.dirname, '..', 'samples', 'seed.txt'), 'utf8'), published: '2022-01-08' }];
  for (const f of ['fars-news-1', 'fars-news-2', 'fars-news-3']) {
    const list = JSON.parse(readFileSync(join(SHARED, `${f}.json`), 'utf8')) as ArticleInput[];
    list.forEach((a, i) => {
      const id = `${f}:${i}`;
      out.push({ ...a, id, published: farsPublished(farsNewsId(a.link)) });
    });
  }
  return out;
}

function run(): Map<string, string> {
  const inputs = articles();
  const lines = new Map<string, string>();
  const outcomes = extractBatch(inputs);
  outcomes.forEach((o, i) => {
    lines.set(String(inputs[i]?.id), o.ok ? JSON.stringify(o.result) : `error: ${String(o.error)}`);
  });
  return lines;
}

function firstDifference(a: string, b: string): string {
  if (a.startsWith('error') || b.startsWith('error')) return 'error';
  const x = JSON.parse(a) as Record<string, unknown>;
  const y = JSON.parse(b) as Record<string, unknown>;
  for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
    if (JSON.stringify(x[k]) !== JSON.stringify(y[k])) return k;
  }
  return 'key order';
}

const [mode, file] = process.argv.slice(2);
if ((mode !== '--save' && mode !== '--compare') || !file) {
  console.error('usage: output-identity.ts --save FILE | --compare FILE');
  process.exit(2);
}
const now = run();
if (mode === '--save') {
  writeFileSync(file, [...now].map(([id, line]) => `${id}\t${line}`).join('\n') + '\n');
  console.log(`saved ${now.size} articles to ${file}`);
} else {
  const before = new Map(
    readFileSync(file, 'utf8').trim().split('\n').map((l) => {
      const tab = l.indexOf('\t');
      return [l.slice(0, tab), l.slice(tab + 1)] as const;
    }),
  );
  let differ = 0;
  for (const [id, line] of now) {
    const old = before.get(id);
    if (old === line) continue;
    differ++;
    console.log(`${id}\t${old === undefined ? 'new' : firstDifference(old, line)}`);
  }
  console.log(`${now.size - differ} of ${now.size} articles identical`);
  process.exit(differ > 0 ? 1 : 0);
}
