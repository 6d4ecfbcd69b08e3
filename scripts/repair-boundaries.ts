// Lists ZWNJ boundary errors on PerDT dev for one scenario, one line per error: FP/FN, the gold word
// around the boundary and the output word. For error analysis only (fixes stay general rules).
// Run: node --import tsx scripts/repair-boundaries.ts spaces
import { readFileSync } from 'node:fs';
import { repair } from '../src/repair/index.js';
import { SCENARIOS, zwnjBoundaries } from '../src/repair/zwnj-score.js';

const sentences = readFileSync(
  new URL('../../shared/data/perdt/fa_perdt-ud-dev.conllu', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((l) => l.startsWith('# text = '))
  .map((l) => l.slice('# text = '.length).trim());
const [, damage] = SCENARIOS.find(([n]) => n === (process.argv[2] ?? 'deleted')) ?? SCENARIOS[0];
/** The word (between blanks) of text that covers skeleton position p. */
function wordAt(text: string, p: number): string {
  let k = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\u200c' || /\s/.test(ch)) continue;
    if (k === p) break;
    k++;
  }
  let s = i;
  while (s > 0 && !/\s/.test(text[s - 1])) s--;
  let e = i;
  while (e < text.length && !/\s/.test(text[e])) e++;
  // include the previous word when the boundary is at a word start
  let s2 = s;
  if (s === i && s > 0) {
    s2 = s - 1;
    while (s2 > 0 && !/\s/.test(text[s2 - 1])) s2--;
  }
  return text.slice(s2, e).replaceAll('\u200c', '+');
}
for (const gold of sentences) {
  const out = repair(damage(gold)).text;
  const g = zwnjBoundaries(gold);
  const o = zwnjBoundaries(out);
  for (const b of o.boundaries)
    if (!g.boundaries.has(b)) console.log(`FP\t${wordAt(gold, b)}\t${wordAt(out, b)}`);
  for (const b of g.boundaries)
    if (!o.boundaries.has(b)) console.log(`FN\t${wordAt(gold, b)}\t${wordAt(out, b)}`);
}
