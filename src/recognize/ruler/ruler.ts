// The entity ruler (runs before the statistical tagger): lexicon names, title phrases, and short
// names of people already named, as entities with source 'lexicon', 'pattern' or 'coref'. It keeps
// what it learned about each entity (which lexicon entry, which title phrase) for resolveActors in a
// per-Doc side table, because the contract's Entity has no room for it.
import type { Doc, Entity, EntityType, PipelineOptions } from '../../doc.js';
import { countedChain, institutionPlace, notAnActor } from '../../resolve/actors/generic.js';
import { letterKey } from '../../resolve/actors/letter-key.js';
import { actorLexicon, type CompiledLexicon, type Item } from '../../resolve/actors/lexicon-index.js';
import { anchorOf, type Chain, isStopWord, lexiconUnits, readChain, type Unit, unitHas } from '../../resolve/actors/phrase.js';
import { gazetteerState, placeCountryNear, placeState } from '../../resolve/actors/place-country.js';
import { articleStates } from '../../resolve/actors/article-state.js';
import { isFacilityName } from '../../resolve/actors/facility-name.js';
import { quotedNameBefore } from '../../resolve/actors/quoted-name.js';
import { rulerWords } from './ruler-words.js';
import { textWords, type Word } from '../../resolve/actors/text-words.js';

export type EntityInfo =
  | { kind: 'person'; item: Extract<Item, { kind: 'person' }>; first: number; last: number }
  | { kind: 'short'; item: Extract<Item, { kind: 'short' | 'surname' }>; first: number; last: number }
  | { kind: 'org'; item: Extract<Item, { kind: 'org' }>; first: number; last: number }
  | { kind: 'country'; item: Extract<Item, { kind: 'country' }>; first: number; last: number }
  | { kind: 'capital'; item: Extract<Item, { kind: 'capital' }>; first: number; last: number }
  | { kind: 'demonym'; item: Extract<Item, { kind: 'demonym' }>; first: number; last: number }
  | { kind: 'chain'; chain: Chain; first: number; last: number }
  | { kind: 'name-pattern'; first: number; last: number };

export interface RulerState {
  lex: CompiledLexicon;
  words: Word[];
  units: Unit[];
  /** Every title phrase found, including bare ones (no anchor) that became no entity. */
  chains: Chain[];
  info: Map<string, EntityInfo>;
}

const states = new WeakMap<Doc, RulerState>();

/** The next free entity id number: ids are e1, e2 … and every layer appends above the highest. */
export function nextEntityNumber(doc: Doc): number {
  let max = 0;
  for (const e of doc.entities) {
    const n = Number(e.id.slice(1));
    if (Number.isFinite(n) && n > max) max = n;
  }
  return max + 1;
}

const WITH = letterKey('با');

/** True when the word at `first` follows a locative preposition (or, with `comitative`, «با») on the same line. */
export function isLocative(words: Word[], first: number, comitative = false): boolean {
  const w = words[first];
  const prev = words[first - 1];
  if (!w || !prev || w.hardBreak) return false;
  return rulerWords().locativePrepositions.has(prev.key) || (comitative && prev.key === WITH);
}

const FROM = letterKey('از');

/**
 * True when a capital or «غرب» is a place or part of a noun phrase (در مسکو، دانشگاه تهران) rather
 * than the state acting (مسکو اعلام کرد): it acts at the start of a clause or after a conjunction, as
 * the genitive of an act («میانجی‌گری مسکو»), before a sentence adverb, or asked or blamed «از X».
 */
export function isPlaceUse(words: Word[], first: number): boolean {
  const lists = rulerWords();
  const w = words[first];
  const prev = words[first - 1];
  if (!w || !prev || w.hardBreak) return false;
  const next = words[first + 1];
  const after = next && !next.hardBreak ? next : null;
  if (prev.key === FROM && after) {
    if (lists.fromRecipientPrefixes.some((k) => after.key.startsWith(k))) return false;
    const then = words[first + 2];
    if (then && !then.hardBreak && lists.fromReasons.has(after.key + then.key)) return false;
    if (lists.fromReasons.has(after.key)) return false;
  }
  // «از سوی / از طرف X» is by X (the agent), not towards it.
  const before = words[first - 2];
  if (lists.byNouns.has(prev.key) && before?.key === FROM && !prev.hardBreak) return false;
  // «(تا) مسکو، واشنگتن را … متهم کرد»: a name set off by a comma before an object with «را» is the
  // clause's subject. Only where the word before it may open a clause: after «تا» (so that / up to)
  // or an ordinary word; after در، به، از … it stays a place.
  const subjectBeforeObject = commaThenObject(words, first, lists.objectMarkers);
  // «از تهران تا مسکو،» is a range of places, not a clause.
  const range = [first - 3, first - 4].some((k) => words[k]?.key === FROM);
  if (subjectBeforeObject && lists.conjunctionPrepositions.has(prev.key) && !range) return false;
  if (lists.placePrepositions.has(prev.key)) return true;
  if (lists.agentNouns.has(prev.key)) return false;
  if (subjectBeforeObject) return false;
  if (after && lists.subjectFollowers.has(after.key)) return false;
  return !lists.clauseOpeners.has(prev.key) && !lists.actorPrepositions.has(prev.key);
}

/** How many words after «X،» may hold the object's «را» (an object noun phrase is short). */
const OBJECT_SPAN = 4;

/** True when the word after `first` follows a comma and an object marker («را») comes within a few words, in the same sentence. */
function commaThenObject(words: Word[], first: number, markers: ReadonlySet<string>): boolean {
  const next = words[first + 1];
  // The comma makes the next word a hard break; any other punctuation ends the pattern.
  if (!next || !/^\s*[،,]\s*$/.test(next.gap) || next.sentence !== words[first]?.sentence) return false;
  for (let k = first + 1; k <= first + OBJECT_SPAN + 1 && k < words.length; k++) {
    const w = words[k] as Word;
    if (w.sentence !== next.sentence || (k > first + 1 && (w.hardBreak || /[،,.؛:]/.test(w.gap)))) return false;
    if (markers.has(w.key)) return k > first + 1;
  }
  return false;
}

/** Analyses the text (words, units, chains) without adding entities: shared by ruler and resolver. */
export function analyse(doc: Doc, options: PipelineOptions): RulerState {
  const lex = actorLexicon(options.dictionaries ?? []);
  const words = textWords(doc.text, doc.sentences);
  const units = lexiconUnits(lex, words);
  return { lex, words, units, chains: [], info: new Map() };
}

export function rulerState(doc: Doc, options: PipelineOptions): RulerState {
  let st = states.get(doc);
  if (!st) {
    st = analyse(doc, options);
    states.set(doc, st);
  }
  return st;
}

interface Found {
  first: number;
  last: number;
  type: EntityType;
  source: NonNullable<Entity['source']>;
  info: EntityInfo;
}

/** Unknown words right before «، TITLE-PHRASE» that look like a name: 2–4 words up to a boundary. */
function nameBeforeApposition(
  words: Word[],
  units: Unit[],
  u: number,
  chain: Chain,
): { first: number; last: number } | null {
  const chainStart = words[(units[u] as Unit).first] as Word;
  // «X، TITLE، …»: the title phrase is set off by commas on both sides, and names one person.
  const after = words[chain.last + 1];
  if (chain.plural || !/[،,]/.test(chainStart.gap) || !after || !/^\s*[،,]/.test(after.gap)) return null;
  let k = u - 1;
  let count = 0;
  let first = -1;
  while (k >= 0 && count < 5) {
    const unit = units[k] as Unit;
    const w = words[unit.first] as Word;
    if (unit.items || isStopWord(w.key) || /\d/.test(w.text)) break;
    first = unit.first;
    count++;
    if (w.hardBreak) break;
    k--;
  }
  // The loop stops at a boundary (punctuation, a function word, a lexicon phrase, the text's start):
  // what it collected is the name only when it is name-sized.
  if (count < 2 || count > 4 || first < 0) return null;
  return { first, last: (units[u - 1] as Unit).last };
}

/** «TITLE-PHRASE، X Y، …»: 2–4 unknown words set off by commas right after a person's title phrase. */
function nameAfterApposition(
  words: Word[],
  units: Unit[],
  chain: Chain,
): { first: number; last: number } | null {
  if (chain.plural || chain.kind !== 'person' || !chain.anchor) return null;
  const u0 = chain.lastUnit + 1;
  const firstUnit = units[u0];
  if (!firstUnit || !/^\s*[،,]\s*$/.test((words[firstUnit.first] as Word).gap)) return null;
  let k = u0;
  while (k < units.length && k - u0 < 5) {
    const unit = units[k] as Unit;
    const w = words[unit.first] as Word;
    if (k > u0 && w.hardBreak) break;
    if (unit.items || isStopWord(w.key) || /\d/.test(w.text)) return null;
    k++;
  }
  const count = k - u0;
  const closing = units[k] ? (words[(units[k] as Unit).first] as Word).gap : '';
  if (count < 2 || count > 4 || !/^\s*[،,]/.test(closing)) return null;
  return { first: (units[u0] as Unit).first, last: (units[k - 1] as Unit).last };
}

/**
 * «نیروهای مسلح این کشور و ازبکستان», «مقامات روسی و چینی», «دولت ایران و ترکیه»: a group noun or an
 * office shared by two states. The second state gets the same title phrase (a chain of its own that
 * covers only its name). A singular person title («وزیر خارجه ایران و ترکیه») is left alone: there
 * «و ترکیه» is usually the state itself.
 */
function coordinatedChain(words: Word[], units: Unit[], chain: Chain): Chain | null {
  if (!chain.anchor || chain.anchor.type === 'org' || (chain.kind === 'person' && !chain.plural)) return null;
  const and = units[chain.lastUnit + 1];
  const next = units[chain.lastUnit + 2];
  if (!and || !next || and.items || (words[and.first] as Word).key !== 'و') return null;
  if ((words[and.first] as Word).hardBreak || (words[next.first] as Word).hardBreak) return null;
  const a = anchorOf(next);
  if (a?.type !== 'country' || a.via === 'capital') return null;
  const form = next.items?.find((it) => it.kind === a.via)?.form ?? (words[next.first] as Word).text;
  return {
    ...chain,
    firstUnit: chain.lastUnit + 2,
    lastUnit: chain.lastUnit + 2,
    first: next.first,
    last: next.last,
    anchor: a,
    anchorForm: form,
    anchorWord: next.first,
    display: chain.anchorForm ? chain.display.replace(chain.anchorForm, form) : chain.display,
  };
}

/**
 * The state a bare context title («ارتش», «پلیس», «نمایندگان مجلس») belongs to: the one the text
 * places it in. None when the phrase says it is the subject's own («نیروهای خود»).
 */
export function contextCountry(st: RulerState, chain: Chain): string | null {
  if (!chain.titles.some((t) => t.context || t.article)) return null;
  const next = st.words[chain.last + 1];
  if (next && !next.hardBreak && rulerWords().reflexives.has(next.key)) return null;
  // The sentence's own place first; else the state the whole article is about (a report from Belfast).
  return (
    placeCountryNear(st, chain.first, true) ??
    (chain.titles.some((t) => t.article) ? articleStates(st).dominant : null)
  );
}

/**
 * «رئیس پارلمان و نخست‌وزیر این کشور», «نیروهای ارتش و پلیس عراق»: a bare title coordinated with a
 * title phrase that names its owner shares that owner (the genitive is written once, at the end).
 */
function borrowAnchor(words: Word[], units: Unit[], chain: Chain): void {
  const and = units[chain.lastUnit + 1];
  if (!and || and.items || (words[and.first] as Word).key !== 'و' || (words[and.first] as Word).hardBreak)
    return;
  const next = readChain(words, units, chain.lastUnit + 2);
  if (!next?.anchor || next.kind === 'side') return;
  chain.anchor = next.anchor;
  chain.anchorForm = next.anchorForm;
  chain.anchorWord = next.anchorWord;
}

const THIS = letterKey('این');

/**
 * «پلیس رمادی», «والی ننگرهار», «ساکنان این شهر»: a title without an owner followed by a city or
 * province of one state (the place gazetteer, or a lexicon place entry), or by «این شهر» after one,
 * belongs to that state; the place joins the phrase.
 */
function placeAnchor(st: RulerState, chain: Chain): void {
  const { words, units } = st;
  const unit = units[chain.lastUnit + 1];
  if (!unit || (words[unit.first] as Word).hardBreak) return;
  let code: string | null = null;
  let lastUnit = chain.lastUnit + 1;
  const w = words[unit.first] as Word;
  const plain = (x: Unit) => !x.items || x.items.every((it) => it.kind === 'surname' || it.kind === 'short');
  if (w.key === THIS && plain(unit)) {
    const noun = units[chain.lastUnit + 2];
    if (!noun || !plain(noun) || (words[noun.first] as Word).hardBreak) return;
    if (!rulerWords().placeNouns.has((words[noun.first] as Word).key)) return;
    lastUnit = chain.lastUnit + 2;
    code = placeCountryNear(st, chain.first);
  } else if (unit.items) {
    if (!unit.items.some((it) => it.kind === 'org' && it.org.kind === 'place')) return;
    code = placeState(unit.items);
  } else if (unit.first === unit.last) code = gazetteerState(w.key);
  const country = code ? st.lex.countryByCode.get(code) : undefined;
  if (!country) return;
  const last = units[lastUnit] as Unit;
  const form = words
    .slice(unit.first, last.last + 1)
    .map((x) => x.text)
    .join(' ');
  chain.anchor = { type: 'country', country, via: 'country' };
  chain.anchorForm = form;
  chain.anchorWord = unit.first;
  chain.display = `${chain.display} ${form}`;
  chain.lastUnit = lastUnit;
  chain.last = last.last;
}

const OPEN_QUOTE = /["«“]\s*$/;
const CLOSE_QUOTE = /^\s*["»”]/;

/**
 * «روزنامه پاکستانی "نیوز"», «شبکه روسی «آر تی»»: the quoted name right after a state's newspaper
 * or channel is that outlet, so it joins the phrase (when the lexicon does not know the name itself).
 */
function quotedMediaName(words: Word[], units: Unit[], chain: Chain): void {
  if (chain.kind !== 'office' || chain.sector !== 'MED' || chain.anchor?.type !== 'country') return;
  const u0 = chain.lastUnit + 1;
  const start = units[u0];
  if (!start || !OPEN_QUOTE.test((words[start.first] as Word).gap)) return;
  for (let k = u0; k < units.length && k < u0 + 4; k++) {
    const unit = units[k] as Unit;
    if (unit.items || (k > u0 && (words[unit.first] as Word).hardBreak)) return;
    const next = units[k + 1];
    const closing = next ? (words[next.first] as Word).gap : '';
    if (CLOSE_QUOTE.test(closing) || (!next && /["»”]/.test(closing))) {
      const name = words
        .slice(start.first, unit.last + 1)
        .map((w) => w.text)
        .join(' ');
      chain.display = `${chain.display} ${name}`;
      chain.lastUnit = k;
      chain.last = unit.last;
      return;
    }
  }
}

/** A short name or implied surname in the unit of a person already named in the article, or null. */
function namedShort(
  unit: Unit,
  named: ReadonlySet<string>,
): Extract<Item, { kind: 'short' | 'surname' }> | null {
  for (const it of unit.items ?? [])
    if ((it.kind === 'short' || it.kind === 'surname') && named.has(it.person.id)) return it;
  return null;
}

function findEntities(st: RulerState): Found[] {
  const { words, units } = st;
  const found: Found[] = [];
  const named = new Set<string>();
  for (let u = 0; u < units.length; u++) {
    const unit = units[u] as Unit;
    const { first, last } = unit;
    const person = unitHas(unit, 'person');
    if (person && isFacilityName(words, first)) continue;
    if (person) {
      named.add(person.person.id);
      found.push({
        first,
        last,
        type: 'PER',
        source: 'lexicon',
        info: { kind: 'person', item: person, first, last },
      });
      continue;
    }
    // The surname of a person already named here outranks a state or group spelled the same
    // («کامرون» after «دیوید کامرون» is David Cameron, not Cameroon).
    const shortOf = unitHas(unit, 'short');
    const preferShort = shortOf !== null && shortOf !== undefined && named.has(shortOf.person.id);
    const org = preferShort ? null : unitHas(unit, 'org');
    if (org) {
      if (org.org.acts_only && isPlaceUse(words, first)) continue;
      const type: EntityType =
        (org.org.kind === 'collective' && org.org.acts_only) || org.org.kind === 'place' ? 'LOC' : 'ORG';
      found.push({ first, last, type, source: 'lexicon', info: { kind: 'org', item: org, first, last } });
      continue;
    }
    // A state's name (LOC), or its people as a plural noun — «آمریکایی‌ها», «فلسطینیان» — acting for
    // it (a group, so an ORG mention).
    const country = preferShort ? null : unitHas(unit, 'country');
    const demonym = preferShort || country ? null : unitHas(unit, 'demonym');
    if (country || demonym) {
      found.push({
        first,
        last,
        type: country ? 'LOC' : 'ORG',
        source: 'lexicon',
        info: country
          ? { kind: 'country', item: country, first, last }
          : { kind: 'demonym', item: demonym as NonNullable<typeof demonym>, first, last },
      });
      continue;
    }
    const title = preferShort ? null : unitHas(unit, 'title');
    if (title) {
      const chain = readChain(words, units, u);
      if (chain && !notAnActor(words, units, chain)) {
        if (!chain.anchor) borrowAnchor(words, units, chain);
        if (!chain.anchor) placeAnchor(st, chain);
        else quotedMediaName(words, units, chain);
        institutionPlace(st.lex, words, units, chain);
        st.chains.push(chain);
        const hasOwner =
          chain.anchor !== null ||
          chain.titles.some((t) => t.country !== null || t.domestic) ||
          contextCountry(st, chain) !== null;
        if (hasOwner) {
          if (chain.kind === 'person' && chain.anchor) {
            const name = nameBeforeApposition(words, units, u, chain) ?? quotedNameBefore(words, units, u, chain);
            const prev = found[found.length - 1];
            if (name && !(prev && prev.last >= name.first)) {
              found.push({
                ...name,
                type: 'PER',
                source: 'pattern',
                info: { kind: 'name-pattern', ...name },
              });
            }
          }
          const type: EntityType = chain.kind === 'person' ? 'PER' : 'ORG';
          found.push({
            first: chain.first,
            last: chain.last,
            type,
            source: 'pattern',
            info: { kind: 'chain', chain, first: chain.first, last: chain.last },
          });
          u = chain.lastUnit;
          const after = nameAfterApposition(words, units, chain);
          if (after) {
            found.push({
              ...after,
              type: 'PER',
              source: 'pattern',
              info: { kind: 'name-pattern', ...after },
            });
            while (u + 1 < units.length && (units[u + 1] as Unit).last <= after.last) u++;
          } else {
            const second = coordinatedChain(words, units, chain);
            if (second) {
              found.push({
                first: second.first,
                last: second.last,
                type,
                source: 'pattern',
                info: { kind: 'chain', chain: second, first: second.first, last: second.last },
              });
              u = second.lastUnit;
            }
          }
          continue;
        }
      }
    }
    // «سه فلسطینی», «دو نظامی آمریکایی»: people counted and named by their state (generic.ts).
    const counted = preferShort ? null : countedChain(st.lex, words, units, u);
    if (counted) {
      st.chains.push(counted);
      const { first: f, last: l } = counted;
      found.push({
        first: f,
        last: l,
        type: 'PER',
        source: 'pattern',
        info: { kind: 'chain', chain: counted, first: f, last: l },
      });
      continue;
    }
    const capital = preferShort ? null : unitHas(unit, 'capital');
    if (capital) {
      found.push({
        first,
        last,
        type: 'LOC',
        source: 'lexicon',
        info: { kind: 'capital', item: capital, first, last },
      });
      continue;
    }
    const short = namedShort(unit, named);
    if (short) {
      // «متقی صاحب», «آقای کابلوف»: the honorific belongs to the mention.
      let f = first;
      let l = last;
      const after = units[u + 1];
      if (unitHas(after, 'hon-after') && after && !(words[after.first] as Word).hardBreak) {
        l = after.last;
        u++;
      }
      const before = units[u - 1 - (l !== last ? 1 : 0)];
      const prev = found[found.length - 1];
      if (
        unitHas(before, 'hon-before') &&
        before &&
        !(words[first] as Word).hardBreak &&
        !(prev && prev.last >= before.first)
      )
        f = before.first;
      found.push({
        first: f,
        last: l,
        type: 'PER',
        source: 'coref',
        info: { kind: 'short', item: short, first: f, last: l },
      });
    }
  }
  return found;
}

/** The entity ruler: lexicon and title-pattern entities (runs before the tagger). */
export function recognizeLexiconEntities(doc: Doc, options: PipelineOptions): void {
  const st = analyse(doc, options);
  states.set(doc, st);
  let n = nextEntityNumber(doc);
  const taken = doc.entities.map((e) => [e.start, e.end] as const);
  for (const f of findEntities(st)) {
    const start = (st.words[f.first] as Word).start;
    const end = (st.words[f.last] as Word).end;
    if (taken.some(([s, e]) => s < end && start < e)) continue;
    const id = `e${n++}`;
    doc.entities.push({
      id,
      type: f.type,
      start,
      end,
      text: doc.text.slice(start, end),
      actor: null,
      source: f.source,
    });
    st.info.set(id, f.info);
  }
}
