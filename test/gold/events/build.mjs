// Builds the event gold from the hand annotations and the article text in ../shared/corpus:
//   dev.jsonl  ← annotations.mjs, annotations-dev2.mjs, the dev documents of annotations-ntrex.mjs
//   test.jsonl ← annotations-test.mjs, the test documents of annotations-ntrex.mjs (the FROZEN test
//                part: no rule or lexicon entry is written from it; see test/gold/README.md)
// Fars News text: Apache-2.0 repository language-ml/course-nlp-ir-1-text-exploring; NTREX: CC BY-SA 4.0
// (MicrosoftTranslator/NTREX). The output is self-contained: each line carries the article's paragraphs
// exactly as in the corpus. Run from the project root: node test/gold/events/build.mjs
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as jalaali from 'jalaali-js';

const root = new URL('../../../', import.meta.url);
const shared = new URL('../shared/', root);
const here = new URL('./', import.meta.url);
const corpus = [1, 2, 3].map((i) =>
  JSON.parse(readFileSync(new URL(`corpus/fars-news-${i}.json`, shared), 'utf8')),
);

/** Annotation files, in the order their articles are written, and the split each feeds. */
export const SOURCES = [
  { file: 'annotations.mjs', split: 'dev' },
  { file: 'annotations-dev2.mjs', split: 'dev' },
  { file: 'annotations-ntrex.mjs', split: 'by-entry' },
  { file: 'annotations-test.mjs', split: 'test' },
];

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

/** NTREX: the documents in order of first appearance, each with its Farsi and Dari sentences. */
function ntrexDocuments() {
  const dir = new URL('corpus/ntrex/', shared);
  const lines = (f) => readFileSync(new URL(f, dir), 'utf8').replace(/\n$/, '').split('\n');
  const ids = lines('DOCUMENT_IDS.tsv').map((l) => l.split('\t')[0].trim());
  const fas = lines('newstest2019-ref.fas.txt');
  const prs = lines('newstest2019-ref.prs.txt');
  const docs = new Map();
  ids.forEach((id, i) => {
    if (!docs.has(id)) docs.set(id, { id, index: docs.size, fas: [], prs: [] });
    docs.get(id).fas.push(fas[i]);
    docs.get(id).prs.push(prs[i]);
  });
  return docs;
}

/** Evidence of an NTREX event in one variety (`{fas, prs}`), or a plain string for both. */
const sideOf = (evidence, variety) =>
  evidence && typeof evidence === 'object' ? evidence[variety] : evidence;

function goldEvent(e, text, where, evidence = e.evidence) {
  return {
    type: e.type,
    mode: e.mode ?? null,
    cameo: e.cameo,
    actor: e.actor,
    recipient: e.recipient,
    date: e.date ?? null,
    negated: false,
    ...(e.optional ? { optional: true } : {}),
    evidence: exact(text, evidence, `${where} ${e.type}`),
    ...(e.note ? { note: e.note } : {}),
  };
}

function notEvents(list, text, where, variety) {
  const out = [];
  for (const n of list ?? []) {
    const evidence = variety ? sideOf(n.evidence, variety) : n.evidence;
    if (evidence == null) continue;
    out.push({ evidence: exact(text, evidence, `${where} not_event`), ...(n.note ? { note: n.note } : {}) });
  }
  return out.length ? { not_events: out } : {};
}

function farsLines(a) {
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
    const x = corpus[f - 1]?.[j];
    if (!x) throw new Error(`${a.src}: no such article`);
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
  const events = a.events.map((e) => goldEvent(e, text, a.src));
  return [
    {
      ...head,
      ...(a.note ? { note: a.note } : {}),
      events,
      dates,
      ...notEvents(a.not_events, text, a.src),
    },
  ];
}

/** One NTREX document gives two gold articles, its Farsi and its Dari version (same events). */
function ntrexLines(a, docs) {
  const docId = a.src.slice('ntrex:'.length);
  const doc = docs.get(docId);
  if (!doc) throw new Error(`${a.src}: no such NTREX document`);
  return ['fas', 'prs'].map((variety) => {
    const paragraphs = doc[variety];
    const text = paragraphs.join('\n');
    const where = `${a.src} ${variety}`;
    const events = a.events
      .filter((e) => sideOf(e.evidence, variety) != null)
      .map((e) => goldEvent(e, text, where, sideOf(e.evidence, variety)));
    return {
      id: `ntrex-${variety}-${docId}`,
      published: null,
      title: null,
      source: 'ntrex',
      variety,
      paragraphs,
      ...(a.note ? { note: a.note } : {}),
      events,
      dates: [],
      ...notEvents(a.not_events, text, where, variety),
    };
  });
}

/** The texts of dev.jsonl and test.jsonl (a test checks the committed files equal them). */
export async function buildGold() {
  const docs = ntrexDocuments();
  const out = { dev: [], test: [] };
  for (const { file, split } of SOURCES) {
    const url = new URL(file, here);
    if (!existsSync(url)) continue;
    const { annotations } = await import(url.href);
    for (const a of annotations) {
      if (a.src.startsWith('ntrex:')) {
        const doc = docs.get(a.src.slice('ntrex:'.length));
        // Even-numbered NTREX documents are development, odd ones frozen test (fixed before annotation).
        const want = doc && doc.index % 2 === 1 ? 'test' : 'dev';
        if (a.split && a.split !== want)
          throw new Error(`${a.src}: split ${a.split}, document ${doc?.index}`);
        out[want].push(...ntrexLines(a, docs));
      } else {
        out[split === 'by-entry' ? a.split : split].push(...farsLines(a));
      }
    }
  }
  const ids = new Set();
  for (const line of [...out.dev, ...out.test]) {
    if (ids.has(line.id)) throw new Error(`${line.id}: annotated twice`);
    ids.add(line.id);
  }
  const text = (lines) => `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`;
  return { dev: text(out.dev), test: text(out.test), counts: out };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { dev, test, counts } = await buildGold();
  writeFileSync(new URL('dev.jsonl', here), dev);
  writeFileSync(new URL('test.jsonl', here), test);
  for (const split of ['dev', 'test']) {
    const events = counts[split].reduce((n, a) => n + a.events.length, 0);
    console.log(`${split}: ${counts[split].length} articles, ${events} events`);
  }
}
