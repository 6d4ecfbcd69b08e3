// Single-word lists from the actor lexicon, used as features by the statistical tagger
// (src/recognize/tagger). Words are in the lexicon's spelling (ی، ک, ZWNJ as written there); a
// multi-word name contributes each of its words. Built from the shipped lexicon only, so a trained
// model's features do not change with a user's dictionaries.
import { actorLexicon } from './lexicon-index.js';

export interface Gazetteer {
  countryWords: Set<string>;
  titleWords: Set<string>;
  orgWords: Set<string>;
  personWords: Set<string>;
  placeWords: Set<string>;
}

/** Words that begin organization names whatever the organization (PEYMA's ORG heads). */
const ORG_HEADS = [
  'وزارت',
  'سازمان',
  'حزب',
  'شورا',
  'شورای',
  'مجلس',
  'اتحادیه',
  'جنبش',
  'جبهه',
  'گروه',
  'کمیسیون',
  'کمیته',
  'دفتر',
  'بانک',
  'صندوق',
  'آژانس',
  'خبرگزاری',
  'دانشگاه',
  'نهاد',
  'ارتش',
  'سپاه',
  'پارلمان',
  'دولت',
  'حکومت',
  'دادگاه',
  'ریاست',
];

const words = (phrase: string) => phrase.split(/\s+/).filter((w) => w.length > 1);

let built: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  if (built) return built;
  const { data } = actorLexicon([]);
  const g: Gazetteer = {
    countryWords: new Set(),
    titleWords: new Set(),
    orgWords: new Set(ORG_HEADS),
    personWords: new Set(),
    placeWords: new Set(),
  };
  for (const c of data.countries) {
    for (const n of [...c.names, ...c.adjectives]) for (const w of words(n)) g.countryWords.add(w);
    for (const cap of c.capitals) for (const w of words(cap)) g.placeWords.add(w);
  }
  for (const t of data.titles) {
    const forms = [t.title, ...t.variants];
    for (const f of forms) for (const w of words(f)) (t.kind === 'office' ? g.orgWords : g.titleWords).add(w);
  }
  for (const o of data.organizations) {
    if (o.kind === 'place') {
      for (const n of o.names) for (const w of words(n)) g.placeWords.add(w);
      continue;
    }
    if (o.kind === 'collective') continue;
    for (const n of o.names) for (const w of words(n)) g.orgWords.add(w);
  }
  for (const p of data.people)
    for (const n of [...p.names, ...p.short]) for (const w of words(n)) g.personWords.add(w);
  // A word in several lists keeps them all; but generic words that only glue names together are no evidence.
  for (const set of Object.values(g))
    for (const stop of ['و', 'در', 'از', 'بن', 'آل', 'این']) set.delete(stop);
  built = g;
  return g;
}
