// Lists ZWNJ restoration errors on the PerDT dev sentences by word, for one scenario (deleted | spaces |
// gold): the words only the output has, and the words only gold has. For understanding error classes;
// fixes must be general rules or lexicon data, never per-sentence answers.
// Run: node --import tsx scripts/repair-errors.ts deleted [count]
import { readFileSync } from 'node:fs';
import { evaluate } from '../src/repair/zwnj-score.js';

const sentences = readFileSync(
  new URL('../../shared/data/perdt/fa_perdt-ud-dev.conllu', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((l) => l.startsWith('# text = '))
  .map((l) => l.slice('# text = '.length).trim());
const results = evaluate(sentences);
for (const r of results) {
  console.log(
    r.name,
    r.counts,
    `P ${r.precision.toFixed(4)} R ${r.recall.toFixed(4)} F1 ${r.f1.toFixed(4)}`,
    `sentences changed ${r.sentencesChanged}, chars changed ${r.charsChanged}/${r.chars}`,
  );
}
const r = results.find((x) => x.name === (process.argv[2] ?? 'deleted'));
if (r) {
  const only = (a: string[], b: string[]) => {
    const set = new Set(b);
    return a.filter((w) => !set.has(w));
  };
  const count = (words: string[]) => {
    const m = new Map<string, number>();
    for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
    return [...m.entries()]
      .sort((x, y) => y[1] - x[1])
      .slice(0, Number(process.argv[3] ?? 60))
      .map(([w, n]) => `${w}:${n}`)
      .join('  ');
  };
  const out: string[] = [];
  const gold: string[] = [];
  for (const e of r.errors) {
    const g = e.gold.split(/\s+/);
    const o = e.output.split(/\s+/);
    out.push(...only(o, g));
    gold.push(...only(g, o));
  }
  console.log('OUTPUT ONLY:', count(out));
  console.log('GOLD ONLY:', count(gold));
}
