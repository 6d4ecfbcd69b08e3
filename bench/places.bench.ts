// Place recognition + event location speed over the 900 Fars News articles (../shared/corpus),
// paragraphs joined by "\n". Every stage before it runs once beforehand (not timed); each timed run
// resets the entities the stage adds and the events' locations and runs it again. Also the
// gazetteer's size and load time. Median of 5 runs, CPU time of this process (user + system).
import { readFileSync } from 'node:fs';
import { locate } from '../src/code/location.js';
import { createDoc, type Doc } from '../src/doc.js';
import { COMPONENTS } from '../src/pipeline.js';
import { placeGazetteer } from '../src/resolve/places/gazetteer.js';

interface FarsArticle {
  title: string;
  paragraphs: string[];
  link: string;
}

const l0 = process.cpuUsage();
const g = placeGazetteer();
const load = process.cpuUsage(l0);
const kinds = new Map<string, number>();
for (const p of g.byId.values()) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
console.log(
  `gazetteer: ${g.byId.size} places (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}), ${g.byKey.size} name keys; load ${((load.user + load.system) / 1000).toFixed(1)} ms CPU`,
);

const articles: FarsArticle[] = [1, 2, 3].flatMap((n) =>
  JSON.parse(readFileSync(new URL(`../../shared/corpus/fars-news-${n}.json`, import.meta.url), 'utf8')),
);
const docs: Doc[] = articles.map((a, i) => {
  const doc = createDoc(
    { id: String(i), title: a.title, url: a.link, source: 'fars', published: null },
    a.paragraphs.join('\n'),
  );
  for (const [name, c] of COMPONENTS) if (name !== 'location') c(doc, {});
  return doc;
});
const base = docs.map((d) => d.entities);

const cpuRuns: number[] = [];
let located = 0;
let events = 0;
let linked = 0;
for (let r = 0; r < 5; r++) {
  located = 0;
  events = 0;
  linked = 0;
  const c0 = process.cpuUsage();
  docs.forEach((doc, i) => {
    doc.entities = base[i].map((e) => ({ ...e }));
    locate(doc, {});
    events += doc.events.length;
    located += doc.events.filter((e) => e.location).length;
    linked += doc.entities.filter((e) => e.place).length;
  });
  const c = process.cpuUsage(c0);
  cpuRuns.push((c.user + c.system) / 1000);
}
cpuRuns.sort((a, b) => a - b);
const cpu = cpuRuns[2] as number;
console.log(
  `articles: ${docs.length}; events ${events}, with a location ${located}; LOC entities linked ${linked}`,
);
console.log(
  `places+location CPU time: median ${cpu.toFixed(0)} ms = ${(cpu / docs.length).toFixed(3)} ms/article (runs: ${cpuRuns.map((x) => x.toFixed(0)).join(', ')})`,
);
