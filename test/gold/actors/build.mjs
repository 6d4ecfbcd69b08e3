// Builds test/gold/actors/dev.jsonl from the hand annotations next to it and the article text of the
// development event gold (test/gold/events/dev.jsonl; never the frozen test part):
//   mentions.txt     actor mentions: article index, text, occurrence, code, kind
//   locations-a.txt  one line per gold event: article index, E<k>, place name, country, admin1 (or - -)
// Run from the project root: node test/gold/actors/build.mjs. It checks every mention is in its article
// and every event of an article with location lines has exactly one. The event gold grew past the
// articles located here (53 then 171), so an article is written when it has mentions or locations:
// the later ones are written only when they carry actor mentions (locations [], no place scored).
import { readFileSync, writeFileSync } from 'node:fs';

const here = (p) => new URL(p, import.meta.url);
const fold = (s) =>
  s
    .replace(/[يىئ]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[ۀة]/g, 'ه')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ؤ/g, 'و')
    .replace(/\u200c|\u200d|[\u0640\u0670\u064b-\u065f\s]/g, '');
const count = (hay, needle) => {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) n++;
  return n;
};

const articles = readFileSync(here('../events/dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l));
const out = articles.map((a) => ({
  id: a.id,
  published: a.published,
  paragraphs: a.paragraphs,
  mentions: [],
  locations: [],
}));
const KINDS = new Set(['state', 'person', 'organization', 'group', 'place']);
const errors = [];
readFileSync(here('mentions.txt'), 'utf8')
  .split('\n')
  .forEach((line, i) => {
    if (line.startsWith('#') || line.trim() === '') return;
    const [k, text, n, code, kind] = line.split('\t');
    const a = out[Number(k)];
    const where = `mentions.txt:${i + 1}`;
    if (!a) {
      errors.push(`${where}: no article ${k}`);
      return;
    }
    if (!KINDS.has(kind)) {
      errors.push(`${where}: kind ${kind}`);
      return;
    }
    if (!/^[A-Z]{3,}$/.test(code)) {
      errors.push(`${where}: code ${code}`);
      return;
    }
    const found = count(fold(a.paragraphs.join('\n')), fold(text));
    if (found < Number(n)) {
      errors.push(`${where}: «${text}» found ${found} times, occurrence ${n} asked`);
      return;
    }
    // The same words annotated twice (two phrasings of one mention) count once.
    const hay = fold(a.paragraphs.join('\n'));
    let at = -1;
    for (let m = 0; m < Number(n); m++) at = hay.indexOf(fold(text), at + 1);
    a.spans ??= [];
    if (a.spans.some(([s, e]) => at < e && s < at + fold(text).length)) {
      console.warn(`${where}: «${text}» overlaps a mention annotated before; left out`);
      return;
    }
    a.spans.push([at, at + fold(text).length]);
    a.mentions.push({ text, n: Number(n), code, kind });
  });
readFileSync(here('locations-a.txt'), 'utf8')
  .split('\n')
  .forEach((line, i) => {
    if (line.trim() === '') return;
    const m = /^(\d+) E(\d+) (.+?) ([A-Z]{3}|-)(?: (.+))?$/.exec(line.trim());
    const where = `locations-a.txt:${i + 1}`;
    if (!m) {
      errors.push(`${where}: bad line`);
      return;
    }
    const [, k, e, name, country, admin1] = m;
    const a = out[Number(k)];
    const event = articles[Number(k)]?.events[Number(e)];
    if (!a || !event) {
      errors.push(`${where}: no event ${k} E${e}`);
      return;
    }
    a.locations.push({
      event: Number(e),
      type: event.type,
      cameo: event.cameo ?? null,
      actor: event.actor,
      recipient: event.recipient,
      evidence: event.evidence,
      location: country === '-' ? null : { name, country, admin1: admin1 ?? null },
    });
  });
articles.forEach((a, k) => {
  if (out[k].locations.length > 0 && out[k].locations.length !== a.events.length)
    errors.push(`article ${k} (${a.id}): ${a.events.length} events, ${out[k].locations.length} locations`);
});
if (errors.length > 0) {
  console.error(errors.join('\n'));
  process.exit(1);
}
// Articles up to the last located one are all kept (some have neither mentions nor events).
const lastLocated = out.reduce((m, a, k) => (a.locations.length > 0 ? k : m), -1);
const kept = out.filter((a, k) => k <= lastLocated || a.mentions.length > 0);
writeFileSync(here('dev.jsonl'), `${kept.map(({ spans, ...a }) => JSON.stringify(a)).join('\n')}\n`);
const mentions = out.reduce((s, a) => s + a.mentions.length, 0);
const located = out.reduce((s, a) => s + a.locations.filter((l) => l.location).length, 0);
const events = out.reduce((s, a) => s + a.locations.length, 0);
console.log(
  `test/gold/actors/dev.jsonl: ${kept.length} articles, ${mentions} actor mentions, ${events} event locations (${located} places, ${events - located} none)`,
);
