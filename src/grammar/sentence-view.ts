// A sentence as the argument and modality readers see it: words with comparison keys, clauses,
// prepositional phrases and the actor-bearing entities placed on word positions. Built once per
// sentence in one linear pass (no step looks further than a fixed window), so a 5 MB paragraph
// without punctuation costs time in proportion to its length.
import type { Doc, Entity, Span } from '../doc.js';
import { firstEndingAfter, partitionPoint } from '../text/span-index.js';
import { compoundAt } from './compounds.js';
import { type GrammarLexicon, grammarLexicon } from './grammar-lexicon.js';
import { KeyFilter } from './key-filter.js';
import { readAnyVerb } from './verb-forms.js';
import { wordKey } from './word-key.js';

export interface Word extends Span {
  text: string;
  key: string;
}

/** An entity that stands for an actor, on word positions [first, last]. */
export interface ActorSlot extends Span {
  entity: string;
  /** The entity's type (PER, ORG, LOC …). */
  type: string;
  actor: string;
  first: number;
  last: number;
  /** Inside a prepositional phrase: not a subject candidate. */
  prep: string | null;
  /** Directly followed by the object marker «را». */
  object: boolean;
}

export interface SentenceView {
  index: number;
  start: number;
  end: number;
  words: Word[];
  /** Clause number of each word. */
  clause: number[];
  /** First word of each clause. */
  clauseStart: number[];
  /** Key of the word that opened each clause («که», «اما», ':' …), '' at the sentence start. */
  clauseOpener: string[];
  /** Word is a finite verb or a past participle. */
  verb: boolean[];
  /** The preposition governing each word, or null. */
  prep: Array<string | null>;
  actors: ActorSlot[];
}

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/;

/** Word characters: letters, marks, digits, ZWNJ/ZWJ and '_'. Arabic-script and ASCII by table, the rest by Unicode class. */
function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 0x80)
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
  if (c >= 0x0600 && c <= 0x06ff) {
    // Arabic punctuation: ، ؛ ؟ ٪ ٫ ٬ ٭ ۔ and the Arabic comma/semicolon family.
    return !(
      c === 0x060c ||
      c === 0x061b ||
      c === 0x061f ||
      (c >= 0x066a && c <= 0x066d) ||
      c === 0x06d4 ||
      c === 0x060d ||
      c === 0x061e
    );
  }
  // ZWNJ/ZWJ, and the soft hyphen scraped text sets in their place («گفت­وگو»): inside the word.
  if (c === 0x200c || c === 0x200d || c === 0x00ad) return true;
  if (c >= 0xd800 && c <= 0xdfff) return true; // astral letters: keep surrogate pairs together
  if (c >= 0x2000 && c <= 0x206f) return false; // general punctuation, spaces, marks
  return LETTER_OR_DIGIT.test(text[i]);
}

function isJoiner(c: number): boolean {
  return c === 0x200c || c === 0x200d || c === 0x00ad;
}

function isSpace(c: number, text: string, i: number): boolean {
  if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) return true;
  if (c < 0x80 || (c >= 0x0600 && c <= 0x06ff) || c === 0x200c || c === 0x200d) return false;
  return SPACE.test(text[i]);
}

const VERB_PREFIX = new Set(['می', 'نمی']);
const SUFFIX = new Set(['ها', 'های', 'هایی', 'ای', 'اند', 'ام', 'ایم', 'اید', 'اش', 'شان', 'تان', 'هاست']);
/** The longest key of each set: longer words skip the lookup. */
const VERB_PREFIX_MAX = Math.max(...[...VERB_PREFIX].map((k) => k.length));
const SUFFIX_MAX = Math.max(...[...SUFFIX].map((k) => k.length));
/** Guillemets around at most this many words, not introduced by ':', enclose a name or a quoted phrase inside the clause, not a quotation of their own. */
const SHORT_QUOTE = 12;
/** Opening quotation marks and their closing partners. */
const QUOTE_PAIRS = new Map([
  ['«', '»'],
  ['"', '"'],
  ['“', '”'],
]);
/** The preposition mark of «با» after «مبارزه/مقابله …». */
export const AGAINST = 'با:ضد';
/** Opener of a clause that resumes a main clause after a relative clause. */
export const RESUMED = '↩';
/** How far (in words) a preposition reaches when no comma or verb closes it first. */
const PP_REACH = 12;
/** Words of a name after the part an entity covers, inside a list («امارات عربی متحده و کویت»). */
const NAME_TAIL = 2;
/** A PP whose first entity starts within this many words of the preposition ends with that entity. */
const PP_HEAD = 3;

export function tokenizeWords(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c, text, i)) {
      i++;
      continue;
    }
    let s = i;
    let e = i + 1;
    if (isWordChar(c, text, i)) {
      while (e < end && isWordChar(text.charCodeAt(e), text, e)) e++;
    }
    i = e;
    // ZWNJ (or a soft hyphen) at a word's edge is a typing slip, not part of the word.
    while (s < e && isJoiner(text.charCodeAt(s))) s++;
    while (e > s && isJoiner(text.charCodeAt(e - 1))) e--;
    if (s === e) continue;
    const surface = text.slice(s, e);
    const key = wordKey(surface);
    const prev = words[words.length - 1];
    // «نمی خواهد» written apart and «ها»/«اند» split off: join them back to one word.
    if (
      prev &&
      prev.end === s - 1 &&
      isWordChar(text.charCodeAt(s), text, s) &&
      ((prev.key.length <= VERB_PREFIX_MAX && VERB_PREFIX.has(prev.key)) ||
        (key.length <= SUFFIX_MAX && SUFFIX.has(key))) &&
      isWordChar(text.charCodeAt(prev.start), text, prev.start)
    ) {
      prev.end = e;
      prev.text = text.slice(prev.start, e);
      prev.key = prev.key + key;
    } else {
      words.push({ start: s, end: e, text: surface, key });
    }
  }
  return words;
}

/** Words joined from a split compound: nouns, whatever their first stem reads as. */
const compound = new WeakSet<Word>();

/**
 * «گفت و گو»، «گفت وگوی»، «زد و خورد»: a two-stem compound written apart becomes one word with the
 * joined key (compounds.ts), so its first stem is no verb and its «و» no clause boundary.
 */
export function joinCompounds(text: string, words: Word[], g: GrammarLexicon): Word[] {
  const c = g.compounds;
  if (c.joined.size === 0) return words;
  const out: Word[] = [];
  const key = (k: number) => words[k]?.key;
  for (let i = 0; i < words.length; i++) {
    const hit = c.first.has(words[i].key) ? compoundAt(c, key, i) : null;
    if (hit === null) {
      if (c.joined.has(words[i].key)) compound.add(words[i]);
      out.push(words[i]);
      continue;
    }
    const start = words[i].start;
    const end = words[i + hit.words - 1].end;
    const w: Word = { start, end, text: text.slice(start, end), key: hit.key };
    compound.add(w);
    out.push(w);
    i += hit.words - 1;
  }
  return out;
}

/** Per grammar lexicon: the keys isVerbWord can say yes to (finite words and every verb form). */
const verbKeys = new WeakMap<GrammarLexicon, KeyFilter>();

function verbKeysOf(g: GrammarLexicon): KeyFilter {
  let f = verbKeys.get(g);
  if (f === undefined) {
    // about 2,800 keys in 64 Kbit: a word outside both sets is let through about once in twenty
    f = new KeyFilter([...g.finiteWords, ...g.verbs.forms.keys()]);
    verbKeys.set(g, f);
  }
  return f;
}

/** What a word key is to the clause and phrase marking, as bits: one lookup per word instead of three. */
const OPENER = 1; // g.clauseOpeners
const PUNCT = 2; // g.clausePunctuation
const PREP = 4; // g.prepositions
const roleMaps = new WeakMap<GrammarLexicon, Map<string, number>>();

function rolesOf(g: GrammarLexicon): Map<string, number> {
  let roles = roleMaps.get(g);
  if (roles === undefined) {
    roles = new Map();
    for (const [set, bit] of [
      [g.clauseOpeners, OPENER],
      [g.clausePunctuation, PUNCT],
      [g.prepositions, PREP],
    ] as const)
      for (const key of set) roles.set(key, (roles.get(key) ?? 0) | bit);
    roleMaps.set(g, roles);
  }
  return roles;
}

const DIGIT = /^[0-9۰-۹٠-٩]/;

/** A word key that is a numeral: it begins with a digit of any script or is a number word (grammar.json). */
export function isNumeralWord(g: GrammarLexicon, key: string): boolean {
  return DIGIT.test(key) || g.numerals.has(key);
}

/** How many words after the preposition at `i` make a discourse adverbial («در این رابطه»: 2), or 0. */
function closedAdverbialLength(g: GrammarLexicon, words: readonly Word[], i: number): number {
  for (const rest of g.closedAdverbials.get(words[i].key) ?? [])
    if (rest.every((k, d) => words[i + 1 + d]?.key === k)) return rest.length;
  return 0;
}

/** Word `i` is the preposition of a quantity before a numeral («بیش از 1500»، «نزدیک به دو هزار»). */
function inQuantity(g: GrammarLexicon, words: readonly { key: string }[], i: number): boolean {
  const before = g.quantityBefore.get(words[i].key);
  if (!before || i === 0 || !before.has(words[i - 1].key)) return false;
  return isNumeralWord(g, words[i + 1]?.key ?? '');
}

function isVerbWord(g: GrammarLexicon, key: string, maybeVerb: KeyFilter): boolean {
  if (!maybeVerb.mayHave(key) || g.notVerbs.has(key)) return false;
  if (g.finiteWords.has(key)) return true;
  const r = readAnyVerb(g.verbs, key);
  // «هسته‌ای»، «کرده‌ای»: news text has the adjective «…ه‌ای» far more often than a second-person perfect.
  if (r !== null && r.stem === 'past' && r.prefix === '' && key.endsWith('های')) return false;
  return r !== null && r.form !== 'infinitive';
}

/** Outermost entities (a nested «روسیه» inside «وزیر خارجه روسیه» is dropped), sorted by start. */
export function outermostEntities(entities: readonly Entity[]): Entity[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Entity[] = [];
  let reach = -1;
  for (const e of sorted) {
    if (e.start >= reach) {
      out.push(e);
      reach = e.end;
    } else if (e.actor && out.length && !out[out.length - 1].actor && e.end <= reach) {
      // An unlinked outer span (a tagger PER) must not hide a linked inner one.
      out[out.length - 1] = e;
    }
  }
  return out;
}

export function buildSentenceView(
  doc: Doc,
  index: number,
  span: Span,
  entities: readonly Entity[],
  g = grammarLexicon(),
): SentenceView {
  const words = joinCompounds(doc.text, tokenizeWords(doc.text, span.start, span.end), g);
  const n = words.length;
  const maybeVerb = verbKeysOf(g);
  const verb = words.map((w) => isVerbWord(g, w.key, maybeVerb) && !compound.has(w));
  const roleMap = rolesOf(g);
  const role = new Uint8Array(n);
  for (let i = 0; i < n; i++) role[i] = roleMap.get(words[i].key) ?? 0;
  // «به گفته وی»، «در پی»: a participle right after a preposition is a noun, not the clause's verb,
  // unless the preposition is that verb's particle: «در شرق ترکیه روی داد» (happened), «زیر گرفت».
  for (let i = 1; i < n; i++) {
    if (!verb[i] || (role[i - 1] & PREP) === 0 || g.finiteWords.has(words[i].key)) continue;
    const lemmas = g.verbParticles.get(words[i - 1].key);
    if (lemmas !== undefined && g.verbs.forms.get(words[i].key)?.some((r) => lemmas.has(r.lemma)))
      role[i - 1] &= ~PREP;
    else verb[i] = false;
  }
  const clause: number[] = new Array(n);
  const clauseStart: number[] = [0];
  const clauseOpener: string[] = [''];
  // «…» around a short name or term («دیمیتری پسکوف»، «نقشه راه») is no quotation: its guillemets
  // do not cut the clause.
  // Older Fars text sets names in straight quotes («روستاي "عدايه"»): a pair of them is read the same
  // way, left to right, so the closing mark of one pair never opens the next.
  const transparent = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const close = QUOTE_PAIRS.get(words[i].key);
    if (close === undefined || words[i - 1]?.key === ':') continue;
    for (let j = i + 1; j < n && j <= i + SHORT_QUOTE + 1; j++) {
      if (words[j].key === close) {
        transparent[i] = 1;
        transparent[j] = 1;
        if (close === words[i].key) i = j;
        break;
      }
      if (words[j].key === words[i].key || words[j].key === ':') break;
    }
  }
  let c = 0;
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const prev = words[i - 1];
    const opener = clauseOpener[c];
    // A relative clause «که … است» (after a noun, not after a verb of saying) ends at its verb; what
    // follows resumes the main clause:
    // «هزاران نفر از هواداران … که … خواستار سرنگونی دولت‌اند، تظاهرات کردند».
    const relative = opener === 'که' && clauseStart[c] > 0 && !verb[clauseStart[c] - 1];
    const resumes =
      i > 0 && relative && verb[i - 1] && !verb[i] && i - 1 > clauseStart[c] && /\p{L}/u.test(w.key);
    const opensHere =
      i > 0 &&
      ((role[i] & OPENER) !== 0 ||
        ((role[i - 1] & PUNCT) !== 0 && !transparent[i - 1]) ||
        ((w.key === '،' || w.key === g.coordinator) && verb[i - 1]) ||
        resumes);
    if (opensHere) {
      c++;
      clauseStart.push(i);
      const plain =
        (role[i] & OPENER) === 0 && (role[i - 1] & PUNCT) === 0 && w.key !== '،' && w.key !== g.coordinator;
      clauseOpener.push(resumes && plain ? RESUMED : (role[i - 1] & PUNCT) !== 0 ? prev.key : w.key);
    }
    clause[i] = c;
  }

  // Entities on word positions.
  const placed: Array<{ e: Entity; first: number; last: number }> = [];
  let wi = 0;
  for (const e of outermostEntities(entities)) {
    while (wi < n && words[wi].end <= e.start) wi++;
    let last = wi;
    while (last + 1 < n && words[last + 1].start < e.end) last++;
    if (wi < n && words[wi].start < e.end) placed.push({ e, first: wi, last });
  }
  const entityAt: number[] = new Array(n).fill(-1);
  for (let k = 0; k < placed.length; k++) entityAt[placed[k].first] = k;

  // Prepositional phrases: from the preposition to a comma, a verb, «را», a clause boundary, the end
  // of its first entity (when that entity is its head), or PP_REACH words. An entity coordinated with
  // «و» or set in apposition right after the head stays in the phrase.
  const prep: Array<string | null> = new Array(n).fill(null);
  // «از حکومت‌های پاکستان، عربستان سعودی و مصر»: a list of entities stays in its phrase.
  // Only a list that ends in «و» + entity: «، X، نماینده …» is the subject with its apposition.
  const listGoesOn = (start: number): boolean => {
    let last = start;
    for (let k = 0; k < 6; k++) {
      last += nameTail(last);
      const next = words[last + 1]?.key;
      const ent = entityAt[last + 2] ?? -1;
      if (ent < 0) return false;
      if (next === g.coordinator) return true;
      if (next !== '،') return false;
      last = placed[ent].last;
    }
    return false;
  };
  // Plain words (at most NAME_TAIL) after an entity, followed by «و» or «،» and another entity.
  const nameTail = (last: number): number => {
    for (let k = 1; k <= NAME_TAIL; k++) {
      const x = last + k;
      if (x >= n || verb[x] || role[x] !== 0 || entityAt[x] >= 0 || !/^\p{L}+$/u.test(words[x].key)) return 0;
      if (words[x].key === g.coordinator || words[x].key === g.objectMarker) return 0;
      const joint = words[x + 1]?.key;
      if ((joint === g.coordinator || joint === '،') && (entityAt[x + 2] ?? -1) >= 0) return k;
    }
    return 0;
  };
  const appositionBeforeVerb = (last: number): boolean =>
    words[last + 1]?.key === '،' && (verb[last + 2] === true || verb[last + 3] === true);
  for (let i = 0; i < n; i++) {
    // A preposition inside another phrase opens its own («در تماس تلفنی با متقی»: متقی is با's).
    if ((role[i] & PREP) === 0) continue;
    // «بیش از 1500 کودک»، «بالغ بر ده‌ها نفر»: a preposition inside a quantity opens no phrase.
    if (inQuantity(g, words, i)) continue;
    // «مبارزه با داعش»: an opponent, not a companion; marked apart so no «با» argument takes it.
    const p =
      words[i].key === 'با' && i > 0 && g.notCompanionBefore.has(words[i - 1].key) ? AGAINST : words[i].key;
    // «در این رابطه «نظربایف» …»، «از سوی دیگر نماینده …»: a discourse adverbial is a whole phrase.
    const closed = closedAdverbialLength(g, words, i);
    if (closed > 0) {
      for (let x = i; x <= i + closed && x < n; x++) prep[x] = p;
      i += closed;
      continue;
    }
    let j = i + 1;
    let headDone = false;
    for (; j < n && j <= i + PP_REACH; j++) {
      const k = words[j].key;
      if (clause[j] !== clause[i] || verb[j] || k === g.objectMarker) break;
      if (k === '،') {
        // Apposition of the head: «با امیرخان متقی، وزیر خارجه طالبان، دیدار کرد». Only when the
        // verb follows the closing comma; «پس از حمله … به وزارت خارجه طالبان، ضمیر کابلوف، نماینده …»
        // puts the subject, not an apposition, after the comma.
        if (
          headDone &&
          j + 1 < n &&
          entityAt[j + 1] >= 0 &&
          (appositionBeforeVerb(placed[entityAt[j + 1]].last) || listGoesOn(placed[entityAt[j + 1]].last))
        ) {
          prep[j] = p;
          continue;
        }
        break;
      }
      const ent = entityAt[j];
      if (ent >= 0) {
        const { first, last } = placed[ent];
        for (let x = first; x <= last; x++) prep[x] = p;
        j = last;
        if (first - i <= PP_HEAD || headDone) {
          headDone = true;
          // «به عربستان سعودی، امارات عربی متحده و کویت»: a name the entity covers only in part
          // («امارات») leaves a word or two before the list goes on; they stay in the phrase.
          const tail = nameTail(j);
          for (let x = j + 1; x <= j + tail; x++) prep[x] = p;
          j += tail;
          const next = words[j + 1]?.key;
          const coordinated = next === g.coordinator && j + 2 < n && entityAt[j + 2] >= 0;
          if (!coordinated && next !== '،') break;
        }
        continue;
      }
      if (headDone && k !== g.coordinator) break;
      prep[j] = p;
    }
    prep[i] = p;
  }

  const actors: ActorSlot[] = [];
  for (const { e, first, last } of placed) {
    if (!e.actor) continue;
    actors.push({
      entity: e.id,
      type: e.type,
      actor: e.actor,
      start: e.start,
      end: e.end,
      first,
      last,
      prep: prep[first],
      object: words[afterMarks(words, last + 1)]?.key === g.objectMarker,
    });
  }
  // «حماس» و نوار غزه را …: an actor joined by «و» to an object is an object too.
  for (let k = actors.length - 2; k >= 0; k--) {
    const a = actors[k];
    const b = actors[k + 1];
    if (a.object || !b.object || a.prep !== b.prep || b.first - a.last > 4) continue;
    let and = false;
    let clean = true;
    for (let x = a.last + 1; x < b.first; x++) {
      const key = words[x].key;
      if (key === g.coordinator) and = true;
      else if (!NAME_MARKS.has(key)) clean = false;
    }
    if (and && clean) a.object = true;
  }
  // … and to an object that is no actor, in at most two words: «حماس و نوار غزه را».
  for (const a of actors) {
    if (a.object) continue;
    const and = afterMarks(words, a.last + 1);
    if (words[and]?.key !== g.coordinator) continue;
    for (let x = and + 1; x <= and + 3 && x < n; x++) {
      const key = words[x].key;
      if (key === g.objectMarker) {
        if (x > and + 1) a.object = true;
        break;
      }
      if (
        (entityAt[x] >= 0 && placed[entityAt[x]].e.actor) ||
        verb[x] ||
        prep[x] !== null ||
        NAME_MARKS.has(key) ||
        !/\p{L}/u.test(key)
      )
        break;
    }
  }
  return {
    index,
    start: span.start,
    end: span.end,
    words,
    clause,
    clauseStart,
    clauseOpener,
    verb,
    prep,
    actors,
  };
}

const NAME_MARKS = new Set(['«', '»', '"']);
/** The first word at or after `w` that is not a guillemet or quotation mark around a name. */
function afterMarks(words: readonly { key: string }[], w: number): number {
  let x = w;
  while (x < words.length && x < w + 2 && NAME_MARKS.has(words[x].key)) x++;
  return x;
}

/** Views of every sentence of the Doc, with its entities distributed to them. */
export function buildSentenceViews(doc: Doc): SentenceView[] {
  const g = grammarLexicon();
  const sentences =
    doc.sentences.length > 0 || doc.text.length === 0 ? doc.sentences : [{ start: 0, end: doc.text.length }];
  const entities = [...doc.entities].sort((a, b) => a.start - b.start);
  const views: SentenceView[] = [];
  let k = 0;
  for (let s = 0; s < sentences.length; s++) {
    const span = sentences[s];
    while (k < entities.length && entities[k].start < span.start) k++;
    const mine: Entity[] = [];
    let j = k;
    while (j < entities.length && entities[j].start < span.end) mine.push(entities[j++]);
    views.push(buildSentenceView(doc, s, span, mine, g));
  }
  return views;
}

const viewCache = new WeakMap<
  Doc,
  { text: string; entities: readonly Entity[]; count: number; views: SentenceView[] }
>();

/** buildSentenceViews, shared by the quote and event coders while the Doc's text and entities stay the same. */
export function sentenceViews(doc: Doc): SentenceView[] {
  const hit = viewCache.get(doc);
  if (hit && hit.text === doc.text && hit.entities === doc.entities && hit.count === doc.entities.length)
    return hit.views;
  const views = buildSentenceViews(doc);
  viewCache.set(doc, { text: doc.text, entities: doc.entities, count: doc.entities.length, views });
  return views;
}

/** Index of the view containing character offset `pos`, by binary search (-1 if none). */
export function viewAt(views: readonly SentenceView[], pos: number): number {
  let lo = 0;
  let hi = views.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (views[mid].end <= pos) lo = mid + 1;
    else if (views[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Index of the word containing or following character offset `pos` in a view. */
export function wordAt(view: SentenceView, pos: number): number {
  return firstEndingAfter(view.words, pos);
}

/** A clause opened by «که» right after a noun (not after a verb of saying): a relative clause. */
export function isRelativeClause(view: SentenceView, c: number): boolean {
  const start = view.clauseStart[c];
  return view.clauseOpener[c] === 'که' && start > 0 && !view.verb[start - 1];
}

/** Index of the first actor slot whose first word is at or after `word` (binary search). */
export function slotFrom(view: SentenceView, word: number): number {
  return partitionPoint(view.actors.length, (i) => (view.actors[i] as ActorSlot).first < word);
}
