// Builds test/gold/events/dev.jsonl from the hand annotations in annotations.mjs and the article text
// in ../shared/corpus (Fars News, Apache-2.0 repository language-ml/course-nlp-ir-1-text-exploring).
// The output is self-contained: each line carries the article's paragraphs exactly as in the corpus.
// Run from the project root: node test/gold/events/build.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as jalaali from 'jalaali-js';
import { annotations } from './annotations.mjs';

const root = new URL('../../../', import.meta.url);
const shared = new URL('../shared/', root);
const corpus = [1, 2, 3].map((i) =>
  JSON.parse(readFileSync(new URL(`corpus/fars-news-${i}.json`, shared), 'utf8')),
);

const pad = (n) => String(n).padStart(2, '0');

/** The Solar Hijri date in a Fars link id, as a Gregorian ISO day. */
export function publishedFromLink(link) {
  const id = link.match(/news\/(\d{10,14})/)?.[1];
  if (!id) throw new Error(`no numeric id in ${link}`);
  const [jy, jm, jd] =
    id.length === 10
      ? [1300 + +id.slice(0, 2), +id.slice(2, 4), +id.slice(4, 6)]
      : [+id.slice(0, 4), +id.slice(4, 6), +id.slice(6, 8)];
  const g = jalaali.toGregorian(jy, jm, jd);
  return { id, published: `${g.gy}-${pad(g.gm)}-${pad(g.gd)}` };
}

// Same-length letter unification, so that annotations typed with Persian ی/ک find text written with
// Arabic ي/ك; the exact corpus substring is what goes into the gold file.
const unify = (s) => s.replace(/ي/g, 'ی').replace(/ك/g, 'ک').replace(/ى/g, 'ی');
function exact(text, wanted, where) {
  const k = unify(text).indexOf(unify(wanted));
  if (k < 0) throw new Error(`${where}: not in the text: ${wanted}`);
  return text.slice(k, k + wanted.length);
}

/** The text of dev.jsonl built from the annotations (a test checks the committed file equals it). */
export function buildGold() {
  const lines = [];
  for (const a of annotations) {
    let head;
    if (a.src === 'seed') {
      const text = readFileSync(new URL('corpus/seed.txt', shared), 'utf8');
      head = {
        id: 'seed',
        published: null,
        title: null,
        paragraphs: text.split('\n').filter((p) => p.trim() !== ''),
      };
    } else {
      const [f, j] = a.src.split(':').map(Number);
      const x = corpus[f - 1][j];
      const { id, published } = publishedFromLink(x.link);
      head = {
        id: `fars-${id}`,
        published,
        title: x.title,
        cat: x.cat,
        subcat: x.subcat,
        link: x.link,
        paragraphs: x.paragraphs,
      };
    }
    const text = head.paragraphs.join('\n');
    const dates = (a.dates ?? []).map((d) => ({ ...d, text: exact(text, d.text, `${a.src} date`) }));
    const events = a.events.map((e) => ({
      type: e.type,
      mode: e.mode ?? null,
      cameo: e.cameo,
      actor: e.actor,
      recipient: e.recipient,
      date: e.date ?? null,
      negated: false,
      evidence: exact(text, e.evidence, `${a.src} ${e.type}`),
      ...(e.note ? { note: e.note } : {}),
    }));
    lines.push(JSON.stringify({ ...head, ...(a.note ? { note: a.note } : {}), events, dates }));
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(new URL('test/gold/events/dev.jsonl', root), buildGold());
  const events = annotations.reduce((n, a) => n + a.events.length, 0);
  console.log(`wrote ${annotations.length} articles, ${events} events`);
}
