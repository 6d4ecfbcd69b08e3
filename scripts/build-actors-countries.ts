// Maintenance script for lexicon/actors/countries.tsv (run: node --import tsx scripts/build-actors-countries.ts).
// 1. Checks every state code against the Phoenix country dictionary (../shared/data/ontology/
//    Phoenix.Countries.actors.txt, MIT, Open Event Data Alliance) and reports codes it lacks.
// 2. Fills the adjectives column where it is empty with the regular Persian adjective of a one-word
//    name (ژاپن → ژاپنی, کانادا → کانادایی); names ending in ه or ی are irregular (فرانسه → فرانسوی)
//    and are left for a human. The output is the curated file: review the diff before committing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = fileURLToPath(new URL('../lexicon/actors/countries.tsv', import.meta.url));
const phoenix = fileURLToPath(
  new URL('../../shared/data/ontology/Phoenix.Countries.actors.txt', import.meta.url),
);

function regularAdjective(name: string): string | null {
  if (/\s/.test(name)) return null;
  if (/[اوآ]$/.test(name)) return `${name}یی`;
  if (/[هیۀ]$/.test(name)) return null;
  return `${name}ی`;
}

const phoenixCodes = existsSync(phoenix)
  ? new Set([...readFileSync(phoenix, 'utf8').matchAll(/\[([A-Z]{3})[\] ]/g)].map((m) => m[1]))
  : null;
let filled = 0;
const missing: string[] = [];
const out = readFileSync(file, 'utf8')
  .split('\n')
  .map((line) => {
    if (line.startsWith('#') || line.trim() === '') return line;
    const cols = line.split('\t');
    while (cols.length < 6) cols.push('');
    const [code, , , names, adjectives] = cols as [string, string, string, string, string, string];
    if (phoenixCodes && !phoenixCodes.has(code)) missing.push(code);
    if (adjectives.trim() === '') {
      const adj = regularAdjective(names.split('|')[0] ?? '');
      if (adj) {
        cols[4] = adj;
        filled++;
      }
    }
    return cols.join('\t');
  });
writeFileSync(file, out.join('\n'));
console.log(`adjectives filled: ${filled}`);
console.log(
  phoenixCodes
    ? `codes not in Phoenix: ${missing.join(' ') || 'none'}`
    : 'Phoenix dictionary not found: code check skipped',
);
