// Builds test/gold/dates.jsonl from hand annotations (run: node test/recognize/dates/gold-src/build-gold.mjs).
// The annotations were written by reading each sentence, not from the recognizer's output; this
// script only turns their compact values (P:1383-3 = Solar Hijri Khordad 1383 …) into ISO days with
// jalaali-js and ICU directly, without rasad's own code.
//   fars-annotations.txt: "#k :: surface => CODE @calendar ;; …" for sentence k of the sample below
//   handwritten-annotations.txt: "!id | published|null | sentence :: surface => CODE @calendar ;; …"
// CODE: D:YYYY-MM-DD (a day), W:YYYY-MM-DD (the Saturday–Friday week of that day),
//       P|G|H:Y[-M[-D]] (a Solar Hijri / Gregorian / Hijri lunar year, month or day).
// The Fars sample: one sentence per article, drawn with a fixed seed from ../shared/corpus (see
// sampleFars below), so the file can be rebuilt from the corpus.
import fs from 'node:fs';
import * as j from 'jalaali-js';

const here = new URL('.', import.meta.url);
const iso = (y, m, d) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const jdnIso = (n) => {
  const g = j.d2g(n);
  return iso(g.gy, g.gm, g.gd);
};
const hf = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});
const hijriOf = (n) => {
  const p = Object.fromEntries(
    hf.formatToParts(new Date((n - 2440588) * 864e5)).map((x) => [x.type, x.value]),
  );
  return [+p.year, +p.month, +p.day];
};
function hijriJdn(y, m, d) {
  // scan the days around the mean-calendar estimate
  const est = Math.round(1948440 + ((y - 1) * 12 + m - 1) * 29.530588 + d - 1);
  for (let k = -40; k <= 40; k++) {
    const [a, b, c] = hijriOf(est + k);
    if (a === y && b === m && c === d) return est + k;
  }
  throw new Error(`no hijri day ${y}-${m}-${d}`);
}
function dayJdn(cal, y, m, d) {
  if (cal === 'P') return j.j2d(y, m, d);
  if (cal === 'G') return j.g2d(y, m, d);
  return hijriJdn(y, m, d);
}
function value(code) {
  const [kind, rest] = code.split(':');
  if (kind === 'S') {
    // a Solar Hijri season: 1 spring (months 1–3) … 4 winter (months 10–12)
    const [y, n] = rest.split('-').map(Number);
    const first = dayJdn('P', y, 3 * n - 2, 1);
    const next = n === 4 ? dayJdn('P', y + 1, 1, 1) : dayJdn('P', y, 3 * n + 1, 1);
    return { value: jdnIso(first), until: jdnIso(next - 1), granularity: 'season' };
  }
  if (kind === 'D') return { value: rest, granularity: 'day' };
  if (kind === 'W') {
    const [y, m, d] = rest.split('-').map(Number);
    const n = j.g2d(y, m, d);
    const sat = n - ((n + 2) % 7);
    return { value: jdnIso(sat), until: jdnIso(sat + 6), granularity: 'week' };
  }
  const [y, m, d] = rest.split('-').map(Number);
  if (d) return { value: jdnIso(dayJdn(kind, y, m, d)), granularity: 'day' };
  if (m) {
    const first = dayJdn(kind, y, m, 1);
    const next = m === 12 ? dayJdn(kind, y + 1, 1, 1) : dayJdn(kind, y, m + 1, 1);
    return { value: jdnIso(first), until: jdnIso(next - 1), granularity: 'month' };
  }
  const first = dayJdn(kind, y, 1, 1);
  const next = dayJdn(kind, y + 1, 1, 1);
  return { value: jdnIso(first), until: jdnIso(next - 1), granularity: 'year' };
}
function parseMentions(s, text, id) {
  const out = [];
  for (const part of s
    .split(';;')
    .map((x) => x.trim())
    .filter(Boolean)) {
    const m = /^(.*?)\s*=>\s*(\S+)\s*@(\S+)$/.exec(part);
    if (!m) throw new Error(`${id}: bad annotation ${part}`);
    if (!text.includes(m[1])) throw new Error(`${id}: «${m[1]}» not in text`);
    out.push({ text: m[1], ...value(m[2]), calendar: m[3] });
  }
  return out;
}

function publishedOf(link) {
  const id = /news\/(\d+)/.exec(link)?.[1];
  let y, m, d;
  if (id?.length === 10) [y, m, d] = [1300 + +id.slice(0, 2), +id.slice(2, 4), +id.slice(4, 6)];
  else if (id?.length === 14) [y, m, d] = [+id.slice(0, 4), +id.slice(4, 6), +id.slice(6, 8)];
  else return null;
  const g = j.toGregorian(y, m, d);
  return iso(g.gy, g.gm, g.gd);
}

/**
 * One keyword-bearing sentence from each of `count` articles, in a fixed pseudo-random order. The
 * held-out sample uses another seed, only news categories, and none of the development articles.
 */
function sampleFars({ seed: seed0 = 12345, count = 170, exclude = new Set(), cats = null } = {}) {
  const arts = [1, 2, 3].flatMap((i) =>
    JSON.parse(fs.readFileSync(new URL(`../../../../../shared/corpus/fars-news-${i}.json`, here), 'utf8')),
  );
  const KW =
    /(فروردين|فروردین|ارديبهشت|اردیبهشت|خرداد|تير|تیر|مرداد|شهريور|شهریور|مهر|آبان|آذر|دي|دی|بهمن|اسفند|ژانويه|ژانویه|فوريه|فوریه|مارس|آوريل|آوریل|ژوئن|ژوئيه|ژوئیه|اوت|سپتامبر|اكتبر|اکتبر|نوامبر|دسامبر|محرم|رمضان|شعبان|امروز|ديروز|دیروز|روز گذشته|فردا|هفته گذشته|هفته آينده|هفته آینده|امسال|سال گذشته|سال جاري|سال جاری|شنبه|جمعه|سال [0-9۰-۹]|[0-9۰-۹]{2,4}\/[0-9۰-۹]{1,2}\/[0-9۰-۹]{1,2}|پيش|پیش)/;
  const cands = [];
  arts.forEach((a, ai) => {
    const p = publishedOf(a.link);
    const text = [a.title, a.abstract, ...(a.paragraphs || [])].filter(Boolean).join('\n');
    for (const s of text.split(/(?<=[.؟!])\s+|\n/).filter((x) => x.length > 20 && x.length < 400))
      if (KW.test(s)) cands.push({ ai, p, s, cat: a.cat });
  });
  let seed = seed0;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const bounded = (w) => `(?<![\\u0600-\\u06FF])(?:${w})(?![\\u0600-\\u06FF])`;
  const strong = new RegExp(
    bounded(
      'فروردين|فروردین|ارديبهشت|اردیبهشت|خرداد|تير|تیر|مرداد|شهريور|شهریور|مهر|آبان|آذر|دي|دی|بهمن|اسفند|ژانويه|ژانویه|فوريه|فوریه|مارس|آوريل|آوریل|ژوئن|ژوئيه|ژوئیه|اوت|سپتامبر|اكتبر|اکتبر|نوامبر|دسامبر|محرم|رمضان|امروز|ديروز|دیروز|روز گذشته|فردا|هفته گذشته|هفته آينده|هفته آینده|امسال|سال گذشته|سال جاري|سال جاری|شنبه|يكشنبه|یکشنبه|دوشنبه|سه شنبه|سه‌شنبه|چهارشنبه|پنجشنبه|پنج شنبه|جمعه|سال',
    ),
  );
  const pool = cands.filter((x) => strong.test(x.s) && !exclude.has(x.ai) && (!cats || cats.includes(x.cat)));
  const seen = new Set();
  const pick = [];
  const idx = pool.map((_, i) => i).sort(() => rnd() - 0.5);
  for (const i of idx) {
    const x = pool[i];
    if (seen.has(x.ai)) continue;
    seen.add(x.ai);
    pick.push(x);
    if (pick.length >= count) break;
  }
  return pick;
}

const lines = [];
const seed = fs.readFileSync(new URL('../../../../../shared/corpus/seed.txt', here), 'utf8');
lines.push({
  id: 'seed',
  published: null,
  text: seed,
  dates: [
    { text: 'پنجشنبه ۲۲ دی (۱۲ ژانویه)', value: '2023-01-12', granularity: 'day', calendar: 'persian' },
    { text: 'روز گذشته', value: '2023-01-11', granularity: 'day', calendar: 'relative' },
    { text: '۱۵ اوت ۲۰۲۱', value: '2021-08-15', granularity: 'day', calendar: 'gregorian' },
    { text: 'دیروز', value: '2023-01-11', granularity: 'day', calendar: 'relative' },
    { text: '۱۷ ماه از', ...value('P:1400-5'), calendar: 'relative' },
  ],
});
const sample = sampleFars();
for (const line of fs.readFileSync(new URL('fars-annotations.txt', here), 'utf8').split('\n')) {
  const m = /^#(\d+)\s*::(.*)$/.exec(line);
  if (!m) continue;
  const x = sample[Number(m[1])];
  const id = `fars-${m[1]}`;
  lines.push({ id, published: x.p, text: x.s, dates: parseMentions(m[2], x.s, id) });
}
for (const line of fs.readFileSync(new URL('handwritten-annotations.txt', here), 'utf8').split('\n')) {
  const m = /^!(\S+)\s*\|\s*(\S+)\s*\|\s*(.*?)\s*::(.*)$/.exec(line);
  if (!m) continue;
  lines.push({
    id: m[1],
    published: m[2] === 'null' ? null : m[2],
    text: m[3],
    dates: parseMentions(m[4], m[3], m[1]),
  });
}
fs.writeFileSync(
  new URL('../../../gold/dates.jsonl', here),
  `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`,
);
const n = lines.reduce((a, l) => a + l.dates.length, 0);
console.log(
  `${lines.length} texts, ${n} date mentions, ${lines.filter((l) => !l.dates.length).length} texts without dates`,
);

// Held-out: annotated after the rules were frozen, never used to tune them (docs/bench-dates.md).
const devArticles = new Set(sample.map((x) => x.ai));
const held = sampleFars({
  seed: 987654,
  count: 70,
  exclude: devArticles,
  cats: ['politics', 'world', 'foreign-policy', 'economy', 'social', 'culture', 'province'],
});
const heldLines = [];
for (const line of fs.readFileSync(new URL('heldout-annotations.txt', here), 'utf8').split('\n')) {
  const m = /^#(\d+)\s*::(.*)$/.exec(line);
  if (!m) continue;
  const x = held[Number(m[1])];
  const id = `fars-heldout-${m[1]}`;
  heldLines.push({ id, published: x.p, text: x.s, dates: parseMentions(m[2], x.s, id) });
}
fs.writeFileSync(
  new URL('../../../gold/dates-heldout.jsonl', here),
  `${heldLines.map((l) => JSON.stringify(l)).join('\n')}\n`,
);
const hn = heldLines.reduce((a, l) => a + l.dates.length, 0);
console.log(`held-out: ${heldLines.length} texts, ${hn} date mentions`);

// Issue 15: more Fars sentences (not in the two samples above), NTREX Farsi/Dari sentences and a few
// written ones, annotated by reading them, in a development part and a frozen test part (never used
// to write rules). Split by source: all sentences of one Fars article or NTREX document in one part.
//   F <article>.<sentence> :: …   the article's index in fars-news-1,2,3 (in that order) and the
//                                  sentence's index in the split below; published from the link id
//   N fas|prs <line> :: …          NTREX line (1-based); published 2018-09-30 (the NTREX news is from
//                                  the last days of September 2018, see «136 years ago today» on line 813)
//   !id | published|null | sentence :: …   as in handwritten-annotations.txt
// Lines starting with % are comments; any other line that does not parse is an error.
const farsArticles = [1, 2, 3].flatMap((i) =>
  JSON.parse(fs.readFileSync(new URL(`../../../../../shared/corpus/fars-news-${i}.json`, here), 'utf8')),
);
const farsSentences = (a) =>
  [a.title, a.abstract, ...(a.paragraphs || [])]
    .filter(Boolean)
    .join('\n')
    .split(/(?<=[.؟!])\s+|\n/);
const ntrexDir = new URL('../../../../../shared/corpus/ntrex/', here);
const ntrexLines = (name) => fs.readFileSync(new URL(name, ntrexDir), 'utf8').split('\n');
const ntrex = { fas: ntrexLines('newstest2019-ref.fas.txt'), prs: ntrexLines('newstest2019-ref.prs.txt') };
const ntrexDocs = ntrexLines('DOCUMENT_IDS.tsv');
const NTREX_PUBLISHED = '2018-09-30';
const earlierGold = new Set([...lines, ...heldLines].map((l) => l.text));

function issue15Part(file, earlier = earlierGold) {
  const out = [];
  const sources = new Set();
  fs.readFileSync(new URL(file, here), 'utf8')
    .split('\n')
    .forEach((raw, k) => {
      const line = raw.trim();
      const where = `${file}:${k + 1}`;
      if (!line || line.startsWith('%')) return;
      let m = /^F\s+(\d+)\.(\d+)\s*::(.*)$/.exec(line);
      if (m) {
        const a = farsArticles[Number(m[1])];
        const text = a && farsSentences(a)[Number(m[2])];
        if (!text) throw new Error(`${where}: no Fars sentence ${m[1]}.${m[2]}`);
        if (earlier.has(text)) throw new Error(`${where}: sentence already in the earlier gold`);
        const id = `fars-${m[1]}.${m[2]}`;
        sources.add(`fars:${m[1]}`);
        out.push({ id, published: publishedOf(a.link), text, dates: parseMentions(m[3], text, id) });
        return;
      }
      m = /^N\s+(fas|prs)\s+(\d+)\s*::(.*)$/.exec(line);
      if (m) {
        const n = Number(m[2]);
        const text = ntrex[m[1]][n - 1];
        if (!text) throw new Error(`${where}: no NTREX ${m[1]} line ${n}`);
        if (earlier.has(text)) throw new Error(`${where}: sentence already in an earlier gold`);
        const id = `ntrex-${m[1]}-${n}`;
        sources.add(`ntrex:${ntrexDocs[n - 1]}`);
        out.push({ id, published: NTREX_PUBLISHED, text, dates: parseMentions(m[3], text, id) });
        return;
      }
      m = /^!(\S+)\s*\|\s*(\S+)\s*\|\s*(.*?)\s*::(.*)$/.exec(line);
      if (m) {
        out.push({
          id: m[1],
          published: m[2] === 'null' ? null : m[2],
          text: m[3],
          dates: parseMentions(m[4], m[3], m[1]),
        });
        return;
      }
      throw new Error(`${where}: unreadable line`);
    });
  const ids = new Set();
  for (const l of out) {
    // the scorer finds each surface after the previous one, so the list must follow the text
    let from = 0;
    for (const d of l.dates) {
      const at = l.text.indexOf(d.text, from);
      if (at < 0) throw new Error(`${file}: ${l.id}: «${d.text}» is out of text order`);
      from = at + d.text.length;
    }
    if (ids.has(l.id)) throw new Error(`${file}: ${l.id} twice`);
    ids.add(l.id);
  }
  return { out, sources };
}
const i15 = {
  dev: issue15Part('issue15-dev-annotations.txt'),
  test: issue15Part('issue15-test-annotations.txt'),
};
for (const s of i15.test.sources)
  if (i15.dev.sources.has(s)) throw new Error(`issue 15: ${s} is in both the dev and the test part`);
for (const [part, { out }] of Object.entries(i15)) {
  fs.writeFileSync(
    new URL(`../../../gold/dates-issue15-${part}.jsonl`, here),
    `${out.map((l) => JSON.stringify(l)).join('\n')}\n`,
  );
  const mentions = out.reduce((a, l) => a + l.dates.length, 0);
  console.log(`issue 15 ${part}: ${out.length} texts, ${mentions} date mentions`);
}

// Item 3 of issue 15: dates-dev2 and the frozen dates-frozen, from one annotation file, split by
// source before rasad ran on any of it (Fars article index ≡ 1 mod 4, NTREX document number ≡ 1 mod 4
// → frozen). No sentence of an earlier date gold, and no NTREX document an earlier gold used.
let dates2Out = [];
{
  const earlier = new Set([...earlierGold, ...i15.dev.out, ...i15.test.out].map((l) => l.text ?? l));
  const usedDocs = new Set();
  for (const lang of ['fas', 'prs'])
    ntrex[lang].forEach((t, i) => {
      if (earlier.has(t)) usedDocs.add(ntrexDocs[i]);
    });
  const { out } = issue15Part('dates2-annotations.txt', earlier);
  dates2Out = out;
  const frozenSource = (id) => {
    let m = /^fars-(\d+)\./.exec(id);
    if (m) return Number(m[1]) % 4 === 1;
    m = /^ntrex-(fas|prs)-(\d+)$/.exec(id);
    if (!m) throw new Error(`dates2: ${id} has no source`);
    const doc = ntrexDocs[Number(m[2]) - 1];
    if (usedDocs.has(doc)) throw new Error(`dates2: ${id}: document ${doc} is in an earlier gold`);
    return Number(doc.split('.').pop()) % 4 === 1;
  };
  const parts = {
    dev2: out.filter((l) => !frozenSource(l.id)),
    frozen: out.filter((l) => frozenSource(l.id)),
  };
  for (const [part, ls] of Object.entries(parts)) {
    fs.writeFileSync(
      new URL(`../../../gold/dates-${part}.jsonl`, here),
      `${ls.map((l) => JSON.stringify(l)).join('\n')}\n`,
    );
    console.log(
      `dates-${part}: ${ls.length} texts, ${ls.reduce((a, l) => a + l.dates.length, 0)} date mentions`,
    );
  }
}

// dates-open-dev (issue 15, second round): a development gold from the open corpus, annotated before
// rasad ran on it. The sources are kept apart from every frozen part by construction: Fars articles
// with an even index only (the frozen issue-15 and dates-frozen parts draw odd ones), none of the
// dates.jsonl or held-out sample articles, and NTREX documents no earlier date gold used.
{
  const earlierTexts = [...earlierGold, ...i15.dev.out, ...i15.test.out, ...dates2Out].map((l) => l.text ?? l);
  const earlier = new Set(earlierTexts);
  const usedDocs = new Set();
  for (const lang of ['fas', 'prs'])
    ntrex[lang].forEach((t, i) => {
      if (earlier.has(t)) usedDocs.add(ntrexDocs[i]);
    });
  const sampled = new Set([...sample, ...held].map((x) => x.ai));
  const { out } = issue15Part('open-dev-annotations.txt', earlier);
  for (const l of out) {
    let m = /^fars-(\d+)\./.exec(l.id);
    if (m && (Number(m[1]) % 2 === 1 || sampled.has(Number(m[1]))))
      throw new Error(`dates-open-dev: ${l.id}: article outside the open development sources`);
    m = /^ntrex-(fas|prs)-(\d+)$/.exec(l.id);
    if (m && usedDocs.has(ntrexDocs[Number(m[2]) - 1]))
      throw new Error(`dates-open-dev: ${l.id}: document ${ntrexDocs[Number(m[2]) - 1]} is in an earlier gold`);
  }
  fs.writeFileSync(
    new URL('../../../gold/dates-open-dev.jsonl', here),
    `${out.map((l) => JSON.stringify(l)).join('\n')}\n`,
  );
  console.log(
    `dates-open-dev: ${out.length} texts, ${out.reduce((a, l) => a + l.dates.length, 0)} date mentions`,
  );
}
