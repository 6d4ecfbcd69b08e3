// Patterns of the event lexicon per PLOVER type (docs/bench-events.md): `node --import tsx
// scripts/pattern-counts.ts`. Four counts, because "a pattern" means different things:
//   groups     triggers (an id in lexicon/events/triggers*.json)
//   written    pattern strings as a lexicon author writes them
//   spellings  compiled patterns: each ZWNJ word also as separate words, duplicates dropped
//   surface    spellings × the inflected forms their verb element accepts (person, tense, negation,
//              «می/نمی», the future «خواهد …»): the comparable figure to an English verb dictionary
//              that lists every form.
import { eventLexicon } from '../src/code/events/trigger-lexicon.js';
import { grammarLexicon, readLexiconJson } from '../src/grammar/grammar-lexicon.js';
import type { CompiledPattern } from '../src/grammar/pattern.js';

const g = grammarLexicon();
const lex = eventLexicon();

const formsOf = new Map<string, number>();
for (const readings of g.verbs.forms.values())
  for (const r of readings) formsOf.set(r.lemma, (formsOf.get(r.lemma) ?? 0) + 1);

function surface(p: CompiledPattern): number {
  let n = 1;
  for (const el of p.elements) {
    if (el.kind === 'word') n *= el.keys.size;
    else if (el.kind === 'verb') n *= el.lemmas.reduce((s, l) => s + (formsOf.get(l) ?? 0), 0);
  }
  return n;
}

const written = new Map<string, number>();
for (const t of lex.triggers) {
  const data = readLexiconJson(t.file) as { triggers: Array<{ id: string; patterns: string[] }> };
  const raw = data.triggers.find((x) => x.id === t.id);
  written.set(t.id, raw?.patterns.length ?? 0);
}

interface Row {
  groups: number;
  written: number;
  spellings: number;
  surface: number;
  codes: Set<string>;
}
const rows = new Map<string, Row>();
for (const t of lex.triggers) {
  const type = lex.cameo.get(t.cameo)?.type ?? '?';
  const row = rows.get(type) ?? { groups: 0, written: 0, spellings: 0, surface: 0, codes: new Set() };
  row.groups++;
  row.written += written.get(t.id) ?? 0;
  row.spellings += t.patterns.length;
  row.surface += t.patterns.reduce((s, p) => s + surface(p), 0);
  row.codes.add(t.cameo);
  for (const u of t.upgrade) if (u.cameo) row.codes.add(u.cameo);
  if (t.future) row.codes.add(t.future);
  rows.set(type, row);
}
const total: Row = { groups: 0, written: 0, spellings: 0, surface: 0, codes: new Set() };
console.log('| PLOVER type | groups | written | spellings | surface forms | CAMEO codes reachable |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [type, r] of [...rows].sort((a, b) => a[0].localeCompare(b[0]))) {
  console.log(`| ${type} | ${r.groups} | ${r.written} | ${r.spellings} | ${r.surface} | ${r.codes.size} |`);
  total.groups += r.groups;
  total.written += r.written;
  total.spellings += r.spellings;
  total.surface += r.surface;
  for (const c of r.codes) total.codes.add(c);
}
console.log(
  `| all | ${total.groups} | ${total.written} | ${total.spellings} | ${total.surface} | ${total.codes.size} |`,
);

// The codebook codes no group, upgrade or planned form reaches: what is left to write (issue 12 item 2).
const unreached = [...lex.cameo.keys()].filter((c) => !total.codes.has(c)).sort();
console.log(`\n${lex.cameo.size} CAMEO codes in lexicon/ontology/plover.json; ${unreached.length} not reachable:`);
console.log(unreached.join(' '));
