// The name gazetteer of the tagger's `names` feature group: whole multi-word names from rasad's own
// knowledge (the actor lexicon's people, organizations, countries and titles; the place gazetteer;
// Afghanistan's provinces and districts; lexicon/tagger/names.tsv: media, companies, clubs), as normalized phrase keys → NAME_KINDS index. General
// knowledge only (nothing is drawn from PEYMA). Training reads the snapshot models/ner-names.tsv so a
// rebuild stays exact while the lexicons grow; `npm run train:ner -- --refresh-names` rewrites it.
import { readFileSync } from 'node:fs';
import { readKnowledgeText } from '../src/knowledge/files.js';
import { readRows, TAGGER_NAMES } from '../src/knowledge/schemas/tables.js';
import { NAME_KINDS, type NameKind } from '../src/recognize/tagger/features.js';
import { normalizeToken } from '../src/recognize/tagger/normalize.js';
import { MAX_PHRASE, phraseKey } from '../src/recognize/tagger/phrase-lexicon.js';
import { SHARED } from './ner-corpus.js';

const ROOT = new URL('../', import.meta.url);
const read = (path: string, base: URL = ROOT) => readFileSync(new URL(path, base), 'utf8');

/** When one key has several kinds, the earlier kind in this order wins (a name before a title). */
const PRIORITY: NameKind[] = ['ORG', 'PER', 'LOC', 'OFFICE', 'TITLE', 'MEDIA', 'CLUB', 'SUR'];

export function buildNames(): Map<string, number> {
  const out = new Map<string, number>();
  const weak = new Set(
    read('lexicon/places/weak-names.txt')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))
      .map(normalizeToken),
  );
  const add = (name: string | null | undefined, kind: NameKind): void => {
    if (!name) return;
    // split at real spaces only: a ZWNJ stays inside the word, as PEYMA and the tokenizer keep it
    const words = name.trim().split(/\s+/).map(normalizeToken).filter(Boolean);
    if (words.length === 0 || words.length > MAX_PHRASE) return;
    if (words.length === 1 && words[0].length < 2) return;
    const key = phraseKey(words);
    if (kind === 'LOC' && weak.has(key)) return;
    const k = NAME_KINDS.indexOf(kind);
    const had = out.get(key);
    if (had === undefined || PRIORITY.indexOf(kind) < PRIORITY.indexOf(NAME_KINDS[had])) out.set(key, k);
  };
  type Person = { names: string[]; short?: string[] };
  for (const p of JSON.parse(read('lexicon/actors/people-compiled.json')) as Person[]) {
    for (const n of p.names) add(n, 'PER');
    for (const n of p.short ?? []) add(n, 'SUR');
  }
  type Org = { names: string[]; kind: string };
  for (const o of JSON.parse(read('lexicon/actors/organizations-compiled.json')) as Org[])
    for (const n of o.names) add(n, o.kind === 'place' ? 'LOC' : 'ORG');
  for (const line of read('lexicon/actors/countries.tsv').split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue;
    const cols = line.split('\t');
    for (const n of [...(cols[3] ?? '').split('|'), ...(cols[5] ?? '').split('|')]) add(n, 'LOC');
  }
  for (const line of read('lexicon/actors/countries-cldr.tsv').split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue;
    for (const n of line.split('\t').slice(1)) for (const m of n.split('|')) add(m, 'LOC');
  }
  for (const line of read('lexicon/places/gazetteer.tsv').split('\n')) {
    if (line.startsWith('#') || line.startsWith('id\t') || !line.trim()) continue;
    for (const n of (line.split('\t')[5] ?? '').split('|')) add(n, 'LOC');
  }
  type District = { nameFa?: string; namePa?: string };
  type Province = District & { districts?: District[] };
  const afg = JSON.parse(
    read('data/gazetteer/afghanistan/provinces-and-districts.json', SHARED),
  ) as Province[];
  for (const p of afg)
    for (const d of [p, ...(p.districts ?? [])]) {
      add(d.nameFa, 'LOC');
      add(d.namePa, 'LOC');
    }
  type Title = { title: string; variants?: string[]; kind: string };
  const titles = JSON.parse(read('lexicon/actors/titles.json')) as { titles: Title[] };
  for (const t of titles.titles)
    for (const n of [t.title, ...(t.variants ?? [])]) add(n, t.kind === 'person' ? 'TITLE' : 'OFFICE');
  // Rows read and checked by the file's format (TAGGER_NAMES: a Persian name, a kind of NAME_KINDS).
  readRows(
    'lexicon/tagger/names.tsv',
    readKnowledgeText('lexicon/tagger/names.tsv'),
    TAGGER_NAMES,
    ({ name, kind }) => add(name, kind),
  );
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
