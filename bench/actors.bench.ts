// Entity ruler + actor resolution speed over the 900 Fars News articles (../shared/corpus), paragraphs
// joined by "\n". Repair, segmentation and dates run once beforehand (not timed); each timed run
// resets the entity/actor layers and runs recognizeLexiconEntities + resolveActors (no tagger, so
// the figure is this stage's own cost). Median of 5 runs. Also prints the lexicon's size.
import { readFileSync } from 'node:fs';
import { createDoc, type Doc } from '../src/doc.js';
import { COMPONENTS } from '../src/pipeline.js';
import { actorLexicon, recognizeLexiconEntities, resolveActors } from '../src/resolve/actors/index.js';
import { readShippedLexicon } from '../src/resolve/actors/lexicon-files.js';
import { compileLexicon } from '../src/resolve/actors/lexicon-index.js';

interface FarsArticle {
  title: string;
  paragraphs: string[];
  link: string;
}

const articles: FarsArticle[] = [1, 2, 3].flatMap((n) =>
  JSON.parse(readFileSync(new URL(`../../shared/corpus/fars-news-${n}.json`, import.meta.url), 'utf8')),
);
const before = new Set(['repair', 'segment', 'dates']);
const docs: Doc[] = articles.map((a, i) => {
  const doc = createDoc(
    { id: String(i), title: a.title, url: a.link, source: 'fars', published: null },
    a.paragraphs.join('\n'),
  );
  for (const [name, c] of COMPONENTS) if (before.has(name)) c(doc, {});
  return doc;
});
const chars = docs.reduce((n, d) => n + d.text.length, 0);

// Load time: reading the lexicon files and compiling the trie (what a process pays once, at its
// first article), measured on fresh compiles; the cached lexicon is what the runs below use.
const loadRuns: number[] = [];
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  compileLexicon(readShippedLexicon());
  loadRuns.push(performance.now() - t0);
}
loadRuns.sort((a, b) => a - b);
console.log(
  `lexicon load + compile: median ${(loadRuns[2] as number).toFixed(0)} ms (runs ${loadRuns.map((x) => x.toFixed(0)).join(', ')})`,
);

const lex = actorLexicon([]);
console.log(`trie prefixes: ${lex.prefixes.size}`);
const d = lex.data;
console.log(
  `lexicon: ${d.countries.length} states, ${d.organizations.length} organizations/groups/collectives, ${d.people.length} people, ${d.titles.length} titles; ` +
    `${d.countries.reduce((n, c) => n + c.names.length + c.adjectives.length + c.capitals.length, 0)} state names/adjectives/capitals`,
);

// Wall-clock on a shared 2-core machine is inflated by other processes: CPU time of this process
// (process.cpuUsage, user + system) is reported beside it and is the figure to compare.
const runs: number[] = [];
const cpuRuns: number[] = [];
let entities = 0;
let actors = 0;
for (let r = 0; r < 5; r++) {
  entities = 0;
  actors = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const doc of docs) {
    doc.entities = [];
    doc.actors = [];
    recognizeLexiconEntities(doc, {});
    resolveActors(doc, {});
    entities += doc.entities.length;
    actors += doc.actors.length;
  }
  runs.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpuRuns.push((c.user + c.system) / 1000);
}
runs.sort((a, b) => a - b);
cpuRuns.sort((a, b) => a - b);
const median = runs[2] as number;
const cpu = cpuRuns[2] as number;
console.log(
  `articles: ${docs.length}, ${(chars / 1e6).toFixed(2)} M chars; entities ${entities}, actors ${actors}`,
);
console.log(
  `ruler+resolution CPU time: median ${cpu.toFixed(0)} ms = ${(docs.length / (cpu / 1000)).toFixed(0)} articles/s, ${(cpu / docs.length).toFixed(3)} ms/article (runs: ${cpuRuns.map((x) => x.toFixed(0)).join(', ')})`,
);
console.log(
  `ruler+resolution wall clock: median ${median.toFixed(0)} ms for ${docs.length} articles = ${(docs.length / (median / 1000)).toFixed(0)} articles/s, ${(median / docs.length).toFixed(3)} ms/article (runs: ${runs.map((x) => x.toFixed(0)).join(', ')})`,
);
