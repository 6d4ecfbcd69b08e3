// Coreference beyond names: pronouns (او، وی), reference phrases («این گروه», «این کشور»,
// «این وزارتخانه»), a bare repeated title («سخنگوی وزارت خارجه» with no owner) and the surname alone
// of a person the tagger or a pattern found. Each becomes an entity with source 'coref' linked to
// the actor it refers to; nothing is added when no antecedent fits.
import type { Entity, EntityType } from '../../doc.js';
import { nextEntityNumber } from '../../recognize/ruler/ruler.js';
import { partitionPoint } from '../../text/span-index.js';
import type { ReferenceEntry } from './lexicon-schema.js';
import { type Unit, unitHas } from './phrase.js';
import { type ActorRecord, type Mention, type Resolution, roleMatches } from './resolve.js';
import { type Word, wordAt } from './text-words.js';
import { uncodedTitleFragments } from './title-fragments.js';

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

/** Whether pos is inside one of the (sorted, disjoint) ranges: binary search. */
function inside(ranges: Array<[number, number]>, pos: number): boolean {
  const i = partitionPoint(ranges.length, (k) => (ranges[k] as [number, number])[1] <= pos);
  return i < ranges.length && (ranges[i] as [number, number])[0] <= pos;
}

/** او / وی: the subject-most person of the nearest sentence (this one first, then back up to three). */
function pronounReferent(res: Resolution, pos: number, quotes: Array<[number, number]>): ActorRecord | null {
  const s = res.sentenceAt(pos);
  const pronounQuoted = inside(quotes, pos);
  // Walk back over the mentions of this sentence and up to three before, keeping per sentence the
  // person mentions; the nearest sentence that has any gives its first (the subject).
  let sent = -1;
  const cands: Mention[] = [];
  for (let i = res.lastMentionBefore(pos); i >= 0; i--) {
    const m = res.mentions[i] as Mention;
    if (m.sentence < s - 3) break;
    if (m.sentence !== sent) {
      if (cands.length) break;
      sent = m.sentence;
    }
    if (m.rec.isPerson && !m.rec.plural && m.entity.type === 'PER') cands.unshift(m);
  }
  if (cands.length === 0) return null;
  const outside = pronounQuoted ? cands : cands.filter((m) => !inside(quotes, m.start));
  return ((outside[0] ?? cands[0]) as Mention).rec;
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
    if (
      chain.anchor ||
      chain.kind !== 'person' ||
      chain.titles.some((t) => t.country || t.domestic) ||
      (covered(chain.first, chain.last) && !uncodedTitleFragments(res, chain.first, chain.last))
    )
      continue;
    // A lone generic word («مقام», «رئیس») is too vague to point back: two titles at least, or a specific one.
    if (chain.titles.length < 2 && (chain.titles[0]?.sector === null || chain.titles[0]?.open)) continue;
    out.push({
      kind: 'bare-title',
      first: chain.first,
      last: chain.last,
      titles: chain.titles.map((t) => t.title),
    });
  }
  const surnames = new Set<string>();
  for (const r of res.records)
    if (r.isPerson && r.key.startsWith('name:')) for (const s of r.surnames) surnames.add(s);
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
  // Which words an entity already covers: one flag per word, so a check costs its length, not the entity count.
  const taken = new Uint8Array(words.length);
  const mark = (start: number, end: number) => {
    for (let w = wordAt(words, start); w < words.length && (words[w] as Word).start < end; w++) taken[w] = 1;
  };
  for (const e of doc.entities) mark(e.start, e.end);
  const covered = (first: number, last: number) => {
    for (let w = first; w <= last; w++) if (taken[w]) return true;
    return false;
  };
  let n = nextEntityNumber(doc);
  for (const c of collectCandidates(res, covered)) {
    // A bare title whose complement the tagger took as an uncoded ORG («وزیر نفت» with «نفت»):
    // the fragment gives way if the title finds its referent.
    const fragments = c.kind === 'bare-title' ? uncodedTitleFragments(res, c.first, c.last) : null;
    if (covered(c.first, c.last) && !fragments) continue;
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
      const from = res.lastMentionBefore(start);
      for (let i = from; i >= 0 && i > from - 400 && !rec; i--) {
        const m = res.mentions[i] as Mention;
        if (m.rec.isPerson && m.rec.surnames.includes(c.key)) rec = m.rec;
      }
    }
    if (!rec) continue;
    for (const f of fragments ?? []) res.unlink(f);
    const end = (words[c.last] as Word).end;
    const entity: Entity = {
      id: `e${n++}`,
      type,
      start,
      end,
      text: doc.text.slice(start, end),
      actor: null,
      source: 'coref',
    };
    doc.entities.push(entity);
    mark(start, end);
    res.link(entity, rec);
  }
}

export { roleMatches };
