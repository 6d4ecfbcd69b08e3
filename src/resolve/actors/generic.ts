// Generic groups and institutions beyond what a title phrase reads by itself (the group nouns and
// institutions are titles in lexicon/actors/generic-groups.json; the words here are in
// lexicon/actors/generic-words.json):
//  - people counted by a numeral and named by their state's adjective: «سه فلسطینی» (three
//    Palestinians), «صدها اسپانیایی», «دو نظامی آمریکایی». A state's adjective right after a numeral is
//    a noun (its people), not an attribute, so the phrase is a group of that state: its citizens
//    (CVL), or what a person noun between them says («نظامی» → the soldiers' title, MIL). It is read
//    as a title phrase of that title anchored on the adjective, so resolution codes it as it codes
//    «شهروندان فلسطینی»;
//  - an institution named by a generic noun, its name, and where it is: «بیمارستان الفلوجه در رمادی»
//    → IRQHLH (the state of the place after «در»);
//  - a group noun that names a street («خیابان کارگران», «بلوار دانشجویان») or an institution noun
//    used as an adjective («جهاد دانشگاهی») is no actor.
import { readKnowledgeJson } from '../../knowledge/files.js';
import { GenericWordsFile } from '../../knowledge/schemas/actors.js';
import { checkKnowledge } from '../../knowledge/validate.js';
import { letterKey } from './letter-key.js';
import { type CompiledLexicon, lookupPhrase } from './lexicon-index.js';
import type { TitleEntry } from './lexicon-schema.js';
import { type Chain, isStopWord, type Unit, unitHas } from './phrase.js';
import { gazetteerState, placeState } from './place-country.js';
import { rulerWords } from '../../recognize/ruler/ruler-words.js';
import type { Word } from './text-words.js';

const FILE = 'lexicon/actors/generic-words.json';

interface CountedWords {
  numerals: ReadonlySet<string>;
  citizenTitle: string;
  /** Person nouns between numeral and adjective (key of the words joined) → the title they take. */
  nouns: ReadonlyMap<string, string>;
  notPeople: ReadonlySet<string>;
  streetNouns: ReadonlySet<string>;
  institutionSectors: ReadonlySet<string>;
}

const keyOf = (entry: string) => entry.split(/\s+/).filter(Boolean).map(letterKey).join('');

let cached: CountedWords | null = null;

function countedWords(): CountedWords {
  if (cached) return cached;
  const o = checkKnowledge(GenericWordsFile, readKnowledgeJson(FILE), FILE);
  cached = {
    numerals: new Set(o.numerals.map(keyOf)),
    citizenTitle: o.citizen_title,
    nouns: new Map(o.counted_nouns.map((n) => [keyOf(n.word), n.title])),
    notPeople: new Set(o.not_people.map(keyOf)),
    streetNouns: new Set(o.street_nouns.map(keyOf)),
    institutionSectors: new Set(o.institution_sectors),
  };
  return cached;
}

const DIGITS = /^[0-9۰-۹٠-٩]+$/;
/** Four digits are a year («در دهه 1930 ترک کردند»), not a count. */
const YEAR = /^[12۱۲١٢][0-9۰-۹٠-٩]{3}$/;

function isNumeral(w: Word | undefined): boolean {
  if (!w) return false;
  if (DIGITS.test(w.text)) return !YEAR.test(w.text);
  return countedWords().numerals.has(w.key);
}

function titleEntry(lex: CompiledLexicon, title: string): TitleEntry | null {
  for (const it of lookupPhrase(lex, title) ?? []) if (it.kind === 'title') return it.title;
  return null;
}

/**
 * The counted group whose state adjective is units[u] («سه فلسطینی», «دو نظامی آمریکایی»), as a
 * plural title phrase covering the adjective (and the person noun), or null.
 */
export function countedChain(lex: CompiledLexicon, words: Word[], units: Unit[], u: number): Chain | null {
  const unit = units[u] as Unit;
  const adjective = unitHas(unit, 'adjective');
  if (!adjective || unit.first !== unit.last) return null;
  const cw = countedWords();
  if (cw.notPeople.has((words[unit.first] as Word).key)) return null;
  const at = words[unit.first] as Word;
  if (at.hardBreak) return null;
  // The adjective is not itself followed by a noun it qualifies: «سه فلسطینی» ends there or goes on
  // with a verb or function word; «دو آمریکایی‌تبار» is one word and no adjective item.
  let first = unit.first;
  let title = cw.citizenTitle;
  const prev = words[unit.first - 1];
  if (!isNumeral(prev)) {
    // One or two words of a person noun between: «دو نظامی آمریکایی», «سه غیر نظامی افغان».
    let found = false;
    for (const n of [1, 2]) {
      const k = unit.first - n;
      const num = words[k - 1];
      if (k < 1 || !isNumeral(num)) continue;
      const span = words.slice(k, unit.first);
      if (span.some((w) => w.hardBreak) || span.some((w) => w.sentence !== at.sentence)) continue;
      const noun = cw.nouns.get(span.map((w) => w.key).join(''));
      if (!noun) continue;
      title = noun;
      first = k;
      found = true;
      break;
    }
    if (!found) return null;
  } else if (prev && prev.sentence !== at.sentence) return null;
  const entry = titleEntry(lex, title);
  if (!entry) return null;
  const form = adjective.form;
  const nounText = words
    .slice(first, unit.first)
    .map((w) => w.text)
    .join(' ');
  const firstUnit = first === unit.first ? u : u - (unit.first - first);
  return {
    firstUnit: Math.max(0, firstUnit),
    lastUnit: u,
    first,
    last: unit.last,
    titles: [entry],
    kind: entry.kind,
    anchor: { type: 'country', country: adjective.country, via: 'adjective' },
    display: nounText ? `${nounText} ${form}` : form,
    sector: entry.sector,
    anchorForm: form,
    anchorWord: unit.first,
    plural: true,
  };
}

const IN = letterKey('در');

/** How many name words may stand between an institution noun and «در» («بیمارستان الفلوجه در …»). */
const NAME_WORDS = 3;

/**
 * «بیمارستان الفلوجه در رمادی», «مسجدی در شهر کابل»: an institution phrase without an owner takes the
 * state of the place named after «در» (a few name words may come first); the span stays the phrase.
 */
export function institutionPlace(lex: CompiledLexicon, words: Word[], units: Unit[], chain: Chain): void {
  if (chain.anchor || !chain.sector || !countedWords().institutionSectors.has(chain.sector)) return;
  const sentence = (words[chain.first] as Word).sentence;
  let u = chain.lastUnit + 1;
  for (let n = 0; n <= NAME_WORDS; n++, u++) {
    const unit = units[u];
    if (!unit) return;
    const w = words[unit.first] as Word;
    if (w.sentence !== sentence || w.hardBreak) return;
    if (!unit.items && w.key === IN) break;
    if (n === NAME_WORDS || unit.items || isStopWord(w.key)) return;
  }
  let place = units[u + 1];
  if (place && !place.items && rulerWords().placeNouns.has((words[place.first] as Word).key))
    place = units[u + 2];
  if (!place || (words[place.first] as Word).sentence !== sentence) return;
  const code =
    placeState(place.items) ??
    (!place.items && place.first === place.last ? gazetteerState((words[place.first] as Word).key) : null);
  const country = code ? lex.countryByCode.get(code) : undefined;
  if (!country) return;
  chain.anchor = { type: 'country', country, via: 'country' };
  chain.anchorWord = place.first;
}

/** A title phrase that is no actor: a street's name («خیابان کارگران») or an adjective («دانشگاهی»). */
export function notAnActor(words: Word[], units: Unit[], chain: Chain): boolean {
  const before = words[chain.first - 1];
  if (before && !(words[chain.first] as Word).hardBreak && countedWords().streetNouns.has(before.key))
    return true;
  // «دانشگاه» + «ی» is the adjective «دانشگاهی» (the ezafe of a word ending in a consonant «ه» is not written).
  const head = unitHas(units[chain.firstUnit], 'title');
  return head !== null && letterKey(head.form).endsWith(letterKey('اهی'));
}
