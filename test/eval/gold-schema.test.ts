// The event gold (test/gold/events/dev.jsonl and the frozen test.jsonl) is well-formed: PLOVER types and modes from
// docs/ontology.md, CAMEO codes whose PLOVER type agrees with CAMEO2PLOVER-2021, real ISO dates,
// CAMEO-style actor codes, evidence that is in the text, text identical to the corpus.
import { readFileSync } from 'node:fs';
import * as jalaali from 'jalaali-js';
import { describe, expect, it } from 'vitest';
import { PLOVER_TYPES, parseGold } from '../../src/eval/events.js';

const root = new URL('../../', import.meta.url);
const shared = new URL('../shared/', root);
const goldTexts = {
  dev: readFileSync(new URL('test/gold/events/dev.jsonl', root), 'utf8'),
  test: readFileSync(new URL('test/gold/events/test.jsonl', root), 'utf8'),
};
const parsed = (split: 'dev' | 'test') => ({
  gold: parseGold(goldTexts[split], `${split}.jsonl`),
  raw: goldTexts[split]
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l)),
});

// CAMEO code → PLOVER type, from the 2021 table; codes the table lacks or files differently are set by
// the conventions of docs/ontology.md (which the evaluation follows).
const cameoType = new Map<string, string>();
for (const l of readFileSync(new URL('data/ontology/CAMEO2PLOVER-2021.txt', shared), 'utf8').split('\n')) {
  const m = /^(\d{3,4}):\s*([A-Z]+)/.exec(l);
  if (m) cameoType.set(m[1], m[2]);
}
const CONVENTIONS: Record<string, string> = {
  '018': 'CONCEDE', // make empathetic comment (regret, condolences)
  '055': 'CONCEDE', // apologize
  '057': 'AGREE', // sign formal agreement
};
const typeOfCameo = (code: string) =>
  CONVENTIONS[code] ?? (code.startsWith('02') ? 'REQUEST' : cameoType.get(code));

// Modes per type, from docs/ontology.md ("- TYPE: `a`, `b` …").
const modes = new Map<string, Set<string>>();
for (const l of readFileSync(new URL('docs/ontology.md', shared), 'utf8').split('\n')) {
  const m = /^- ([A-Z /]+): (.*)$/.exec(l);
  if (!m) continue;
  const list = new Set([...m[2].matchAll(/`([^`]+)`/g)].map((x) => x[1]));
  for (const t of m[1].split('/').map((s) => s.trim())) modes.set(t, list);
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (d: string) => ISO.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;
const unify = (s: string) => s.replace(/ي/g, 'ی').replace(/ك/g, 'ک');

describe('dev gold set: its size and its probes', () => {
  const { gold, raw } = parsed('dev');
  it('has at least 25 Fars articles, the seed, sports and no-event articles, and 100+ events', () => {
    expect(gold.filter((a) => a.id.startsWith('fars-')).length).toBeGreaterThanOrEqual(25);
    expect(gold.some((a) => a.id === 'seed')).toBe(true);
    expect(raw.some((a) => String(a.cat).startsWith('sports') && a.events.length === 0)).toBe(true);
    expect(gold.filter((a) => a.events.length === 0).length).toBeGreaterThanOrEqual(2);
    expect(gold.reduce((n, a) => n + a.events.length, 0)).toBeGreaterThanOrEqual(100);
    expect(new Set(gold.map((a) => a.id)).size).toBe(gold.length);
  });
});

// The frozen test part is checked for form only: nothing here depends on what it says.
describe.each(['dev', 'test'] as const)('%s gold: form', (split) => {
  const { gold, raw } = parsed(split);
  const ntrex = readNtrex();

  it('carries the corpus text exactly and the publication date of the link id', () => {
    const corpus = [1, 2, 3].flatMap((i) =>
      JSON.parse(readFileSync(new URL(`corpus/fars-news-${i}.json`, shared), 'utf8')),
    );
    for (const a of raw.filter((x) => x.id.startsWith('ntrex-'))) {
      const doc = ntrex.get(a.id.replace(/^ntrex-(fas|prs)-/, ''));
      expect(doc, a.id).toBeDefined();
      expect(a.paragraphs, a.id).toEqual(doc?.[a.variety as 'fas' | 'prs']);
      expect((doc?.index ?? 0) % 2, `${a.id}: odd NTREX documents are test`).toBe(split === 'test' ? 1 : 0);
    }
    for (const a of raw.filter((x) => x.id.startsWith('fars-'))) {
      const src = corpus.find((x: { link: string }) => x.link === a.link);
      expect(src, a.id).toBeDefined();
      expect(a.paragraphs, a.id).toEqual(src.paragraphs);
      const id = a.id.slice(5);
      const [jy, jm, jd] =
        id.length === 10
          ? [1300 + +id.slice(0, 2), +id.slice(2, 4), +id.slice(4, 6)]
          : [+id.slice(0, 4), +id.slice(4, 6), +id.slice(6, 8)];
      const g = jalaali.toGregorian(jy, jm, jd);
      expect(a.published, a.id).toBe(
        `${g.gy}-${String(g.gm).padStart(2, '0')}-${String(g.gd).padStart(2, '0')}`,
      );
    }
  });

  it('codes every event with a PLOVER type, a valid mode, an agreeing CAMEO code, codes and dates', () => {
    for (const a of gold) {
      const text = (a.paragraphs ?? []).join('\n');
      for (const e of a.events) {
        const where = `${a.id} ${e.type} «${e.evidence}»`;
        expect(PLOVER_TYPES, where).toContain(e.type);
        expect(e.cameo, where).toMatch(/^\d{3,4}$/);
        expect(typeOfCameo(e.cameo as string), where).toBe(e.type);
        if (e.mode != null) expect([...(modes.get(e.type) ?? [])], where).toContain(e.mode);
        for (const c of [...e.actor, ...e.recipient]) expect(c, where).toMatch(/^[A-Z]{3}[A-Z]*$/);
        if (e.date != null) expect(realDay(e.date), where).toBe(true);
        expect(e.negated ?? false, where).toBe(false);
        expect(typeof e.evidence, where).toBe('string');
        expect(unify(text).includes(unify(e.evidence as string)), where).toBe(true);
      }
    }
  });

  it('gives dates in the layout of the date gold: text in the article, ISO value, granularity, until', () => {
    let n = 0;
    for (const a of gold) {
      const text = (a.paragraphs ?? []).join('\n');
      for (const d of a.dates ?? []) {
        n++;
        const where = `${a.id} ${d.text}`;
        expect(text.includes(d.text), where).toBe(true);
        expect(realDay(d.value), where).toBe(true);
        expect(['day', 'week', 'month', 'year'], where).toContain(d.granularity ?? 'day');
        if (d.until !== undefined) {
          expect(realDay(d.until), where).toBe(true);
          expect(d.until >= d.value, where).toBe(true);
        }
      }
    }
    if (split === 'dev') expect(n).toBeGreaterThanOrEqual(30);
  });
});

describe('gold build', () => {
  it('the committed dev.jsonl and test.jsonl are what the annotation files build (node test/gold/events/build.mjs)', async () => {
    const builder = new URL('test/gold/events/build.mjs', root).href;
    const { buildGold } = (await import(builder)) as {
      buildGold: () => Promise<{ dev: string; test: string }>;
    };
    const built = await buildGold();
    expect(built.dev).toBe(goldTexts.dev);
    expect(built.test).toBe(goldTexts.test);
  });
});

/** NTREX documents in order of first appearance (their index decides dev or test). */
function readNtrex() {
  const dir = new URL('corpus/ntrex/', shared);
  const lines = (f: string) => readFileSync(new URL(f, dir), 'utf8').replace(/\n$/, '').split('\n');
  const ids = lines('DOCUMENT_IDS.tsv').map((l) => l.split('\t')[0].trim());
  const fas = lines('newstest2019-ref.fas.txt');
  const prs = lines('newstest2019-ref.prs.txt');
  const docs = new Map<string, { index: number; fas: string[]; prs: string[] }>();
  ids.forEach((id, i) => {
    if (!docs.has(id)) docs.set(id, { index: docs.size, fas: [], prs: [] });
    docs.get(id)?.fas.push(fas[i]);
    docs.get(id)?.prs.push(prs[i]);
  });
  return docs;
}
