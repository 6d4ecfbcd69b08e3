// Development aid: prints each dev location-gold article (sentences, place mentions with their cues, gold
// locations) for the ids given on the command line (all when none): what the location stage sees.
import { readFileSync } from 'node:fs';
import type { ActorGoldArticle } from '../src/eval/actors.js';
import { process as runPipeline } from '../src/pipeline.js';
import { findPlaces } from '../src/resolve/places/index.js';

const ids = new Set(process.argv.slice(2));
for (const line of readFileSync('test/gold/actors/dev.jsonl', 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const a = JSON.parse(line) as ActorGoldArticle;
  if (ids.size && !ids.has(a.id)) continue;
  const doc = runPipeline({ id: a.id, text: a.paragraphs.join('\n'), published: a.published ?? undefined });
  console.log('=====', a.id);
  doc.sentences.forEach((s, i) => {
    console.log(`[${i}] ${doc.text.slice(s.start, s.end).slice(0, 400)}`);
  });
  for (const m of findPlaces(doc))
    console.log(
      `  M s${m.sentence} ${m.cue} ${doc.text.slice(m.start, m.end)} -> ${m.place.name}/${m.place.kind}/${m.place.country}`,
    );
  for (const l of a.locations)
    console.log(
      `  G E${l.event} ${l.type} ${l.cameo} ${JSON.stringify(l.location)} a=${l.actor} r=${l.recipient} :: ${l.evidence}`,
    );
}
