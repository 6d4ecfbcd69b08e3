// Coreference beyond names: pronouns (او، وی), reference phrases («این گروه», «این کشور»,
// «این وزارتخانه»), a bare repeated title («سخنگوی وزارت خارجه» with no owner) and the surname alone
// of a person the tagger or a pattern found. Each becomes an entity with source 'coref' linked to
// the actor it refers to; nothing is added when no antecedent fits.
import type { Entity, EntityType } from '../../doc.js';
import type { ReferenceEntry } from './lexicon-schema.js';
import { type Unit, unitHas } from './phrase.js';
import { type ActorRecord, type Mention, type Resolution, roleMatches } from './resolve.js';
import { nextEntityNumber } from './ruler.js';
import type { Word } from './text-words.js';

type Candidate =
  | { kind: 'pronoun'; first: number; last: number }
  | { kind: 'reference'; first: number; last: number; ref: ReferenceEntry }
  | { kind: 'bare-title'; first: number; last: number; titles: string[] }
  | { kind: 'surname'; first: number; last: number; key: string; female: boolean };

/** Spans inside «…» longer than a word or two (single emphasised words are not quotes). */
function quoteRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0xab) open.push(i);
    else if (ch === 0xbb && open.length) {
      const s = open.pop() as number;
      if (i - s > 25) out.push([s, i + 1]);
    }
  }
  return out;
}

function inside(ranges: Array<[number, number]>, pos: number): boolean {
  return ranges.some(([s, e]) => s <= pos && pos < e);
}

/** او / وی: the subject-most person of the nearest sentence (this one first, then back up to three). */
function pronounReferent(res: Resolution, pos: number, quotes: Array<[number, number]>): ActorRecord | null {
  const s = res.sentenceAt(pos);
  const pronounQuoted = inside(quotes, pos);
  for (let sent = s; sent >= 0 && sent >= s - 3; sent--) {
    const cands = res.mentions.filter((m) => m.sentence === sent && m.start < pos && m.rec.isPerson && m.entity.type === 'PER');
    if (cands.length === 0) continue;
    const outside = pronounQuoted ? cands : cands.filter((m) => !inside(quotes, m.start));
    return ((outside[0] ?? cands[0]) as Mention).rec;
  }
  return null;
}

function collectCandidates(res: Resolution, covered: (first: number, last: number) => boolean): Candidate[] {
  const { st, words } = res;
  const out: Candidate[] = [];
  for (const unit of st.units as Unit[]) {
    if (covered(unit.first, unit.last)) continue;
    if (unitHas(unit, 'pronoun')) out.push({ kind: 'pronoun', first: unit.first, last: unit.last });
    const ref = unitHas(unit, 'reference');
    if (ref) out.push({ kind: 'reference', first: unit.first, last: unit.last, ref: ref.ref });
  }
  for (const chain of st.chains) {
    if (chain.anchor || chain.kind !== 'person' || chain.titles.some((t) => t.country || t.domestic) || covered(chain.first, chain.last)) continue;
    // A lone generic word («مقام», «رئیس») is too vague to point back: two titles at least, or a specific one.
    if (chain.titles.length < 2 && (chain.titles[0]?.sector === null || chain.titles[0]?.open)) continue;
    out.push({ kind: 'bare-title', first: chain.first, last: chain.last, titles: chain.titles.map((t) => t.title) });
  }
  const surnames = new Set<string>();
  for (const r of res.records) if (r.isPerson && r.key.startsWith('name:')) for (const s of r.surnames) surnames.add(s);
  if (surnames.size) {
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as Word;
      if (!surnames.has(w.key) || covered(i, i)) continue;
      out.push({ kind: 'surname', first: i, last: i, key: w.key, female: false });
    }
  }
  return out.sort((a, b) => a.first - b.first);
}

export function addCoreferences(res: Resolution): void {
  const { doc, words } = res;
  const quotes = quoteRanges(doc.text);
  const spans = doc.entities.map((e) => [e.start, e.end] as [number, number]);
  const covered = (first: number, last: number) => {
    const s = (words[first] as Word).start;
    const e = (words[last] as Word).end;
    return spans.some(([a, b]) => a < e && s < b);
  };
  let n = nextEntityNumber(doc);
  for (const c of collectCandidates(res, covered)) {
    if (covered(c.first, c.last)) continue;
    const start = (words[c.first] as Word).start;
    let rec: ActorRecord | null = null;
    let type: EntityType = 'PER';
    if (c.kind === 'pronoun') rec = pronounReferent(res, start, quotes);
    else if (c.kind === 'reference') {
      rec = res.referent(c.ref.refers_to, start);
      type = rec?.key.startsWith('country:') ? 'LOC' : 'ORG';
    } else if (c.kind === 'bare-title') {
      rec = res.personByRole({ titles: c.titles, anchor: null }, start, true);
    } else {
      for (let i = res.mentions.length - 1; i >= 0 && !rec; i--) {
        const m = res.mentions[i] as Mention;
        if (m.start < start && m.rec.isPerson && m.rec.surnames.includes(c.key)) rec = m.rec;
      }
    }
    if (!rec) continue;
    const end = (words[c.last] as Word).end;
    const entity: Entity = { id: `e${n++}`, type, start, end, text: doc.text.slice(start, end), actor: null, source: 'coref' };
    doc.entities.push(entity);
    spans.push([start, end]);
    res.link(entity, rec);
  }
}

export { roleMatches };
