// From words to lexicon units, and from units to title phrases. A unit is the longest lexicon phrase
// starting at a word (or one unknown word). A title phrase ("chain") is a run of titles and filler
// words ending in an anchor that says whose office it is:
//   معاون سخنگوی وزارت خارجه طالبان      = titles [معاون, سخنگو, وزارت خارجه] + anchor طالبان
//   نماینده ویژه رئیس‌جمهوری روسیه در امور افغانستان = titles + anchor روسیه + tail «در امور افغانستان»
//   مقام‌های ارشد روسی                     = title + filler + adjective anchor
//   وزیر خارجه این گروه                   = title + a reference anchor resolved by coreference
import { type CompiledLexicon, type Item, type ItemKind, stepWord, type TrieNode } from './lexicon-index.js';
import type { CountryEntry, OrgEntry, ReferenceEntry, TitleEntry } from './lexicon-schema.js';
import type { Word } from './text-words.js';

export interface Unit {
  /** First and last word (inclusive). */
  first: number;
  last: number;
  items: Item[] | null;
}

export function unitHas<K extends ItemKind>(
  unit: Unit | undefined,
  kind: K,
): Extract<Item, { kind: K }> | null {
  if (!unit?.items) return null;
  for (const it of unit.items) if (it.kind === kind) return it as Extract<Item, { kind: K }>;
  return null;
}

/** Longest-match segmentation of words[from, to) into lexicon units; never across a hard break. */
export function lexiconUnits(lex: CompiledLexicon, words: Word[], from = 0, to = words.length): Unit[] {
  const units: Unit[] = [];
  let i = from;
  while (i < to) {
    let node: TrieNode | undefined = lex.prefixes.get((words[i] as Word).key);
    if (!node) {
      units.push({ first: i, last: i, items: null });
      i++;
      continue;
    }
    // The longest match so far as two plain values: one Unit is built per unit, not per extension.
    let bestLast = node.items ? i : -1;
    let bestItems = node.items;
    for (let j = i + 1; j < to && j < i + lex.maxWords; j++) {
      const w = words[j] as Word;
      if (w.hardBreak) break;
      node = stepWord(node, w.key) ?? undefined;
      if (!node) break;
      if (node.items) {
        bestLast = j;
        bestItems = node.items;
      }
    }
    if (bestLast >= 0) {
      units.push({ first: i, last: bestLast, items: bestItems });
      i = bestLast + 1;
    } else {
      units.push({ first: i, last: i, items: null });
      i++;
    }
  }
  return units;
}

export type Anchor =
  | { type: 'country'; country: CountryEntry; via: 'country' | 'adjective' | 'capital' }
  | { type: 'org'; org: OrgEntry }
  | { type: 'reference'; ref: ReferenceEntry }
  | { type: 'own-country' };

export interface Chain {
  /** Unit index range (inclusive) and word range (inclusive). */
  firstUnit: number;
  lastUnit: number;
  first: number;
  last: number;
  titles: TitleEntry[];
  kind: TitleEntry['kind'];
  anchor: Anchor | null;
  /** The phrase as the lexicon spells its parts (ZWNJ restored), unknown words as written. */
  display: string;
  /** Sector of the title nearest the anchor that has one (سخنگوی ارتش → MIL). */
  sector: string | null;
  /** The anchor as written in `display` (to swap a reference phrase for the name it points to). */
  anchorForm: string | null;
  /** First word of the anchor (its position for reference trails). */
  anchorWord: number;
  /** The head title is plural («مقام‌های ارشد روسی», «وزرای خارجه»): a group, never one named person. */
  plural: boolean;
}

/** Function words and verbs that end a phrase: never part of a title's open slot. */
const STOP = new Set(
  [
    'و',
    'یا',
    'که',
    'را',
    'با',
    'به',
    'از',
    'در',
    'بر',
    'تا',
    'برای',
    'این',
    'آن',
    'هم',
    'نیز',
    'گفت',
    'کرد',
    'است',
    'بود',
    'شد',
    'کرده',
    'شده',
    'می',
    'اعلام',
    'افزود',
    'نوشت',
    'روز',
    'دیروز',
    'امروز',
    'پس',
    'پیش',
    'روی',
    'سوی',
    'طی',
    'ضمن',
  ].map((w) => w.replace(/آ/g, 'ا')),
);

export function isStopWord(key: string): boolean {
  return STOP.has(key);
}

export function anchorOf(unit: Unit | undefined): Anchor | null {
  if (!unit?.items) return null;
  for (const it of unit.items) {
    if (it.kind === 'country' || it.kind === 'adjective' || it.kind === 'capital')
      return { type: 'country', country: it.country, via: it.kind };
    if (it.kind === 'org') return { type: 'org', org: it.org };
    if (it.kind === 'reference') return { type: 'reference', ref: it.ref };
    if (it.kind === 'own-country') return { type: 'own-country' };
  }
  return null;
}

function unitText(words: Word[], unit: Unit, item: Item | null): string {
  if (item) return item.form;
  const out: string[] = [];
  for (let k = unit.first; k <= unit.last; k++) out.push((words[k] as Word).text);
  return out.join(' ');
}

/**
 * The title phrase starting at units[u] (which must hold a title), or null. Without an anchor the
 * chain still comes back (anchor null) so that coreference can match a bare repeated title.
 */
function isPluralHead(form: string, title: string): boolean {
  if (form === title) return false;
  // The ezafe «ی» after a vowel (همتا → همتای، سخنگو → سخنگوی) is one person, not a plural.
  if (form === `${title}ی` || form === `${title}\u200cی`) return false;
  if (/(ها|های|ان|ات|ین|ای)$/.test(form)) return true;
  const fw = form.split(/\s+/)[0] as string;
  const tw = title.split(/\s+/)[0] as string;
  return fw !== tw && /(ها|های|ان|ات|ین|ای|ا)$/.test(fw);
}

/**
 * Units a title phrase may span. The longest real ones («معاون سرپرست دفتر نماینده ویژه رئیس‌جمهوری
 * روسیه در امور افغانستان») hold under a dozen; without a bound a run of n titles costs every start
 * in it a walk to the run's end, n² in time and in the title lists kept (issue 10).
 */
const MAX_CHAIN_UNITS = 24;

export function readChain(words: Word[], units: Unit[], u: number): Chain | null {
  const head = unitHas(units[u], 'title');
  if (!head) return null;
  const titles: TitleEntry[] = [head.title];
  const parts: string[] = [head.form];
  let lastTitleUnit = u;
  let open = head.title.open;
  let unknownRun = 0;
  let anchor: Anchor | null = null;
  let anchorUnit = -1;
  let anchorForm: string | null = null;
  const pending: string[] = [];
  let k = u + 1;
  const end = Math.min(units.length, u + MAX_CHAIN_UNITS);
  for (; k < end; k++) {
    const unit = units[k] as Unit;
    if ((words[unit.first] as Word).hardBreak) break;
    const t = unitHas(unit, 'title');
    if (t && head.title.kind !== 'side') {
      titles.push(t.title);
      parts.push(...pending.splice(0), t.form);
      lastTitleUnit = k;
      open = t.title.open;
      unknownRun = 0;
      continue;
    }
    if (unitHas(unit, 'filler')) {
      pending.push(unitText(words, unit, unitHas(unit, 'filler')));
      continue;
    }
    const a = anchorOf(unit);
    if (a) {
      if (head.title.kind === 'side' && !(a.type === 'country' && a.via === 'adjective')) break;
      anchor = a;
      anchorUnit = k;
      const item = unit.items?.find((it) => it.kind !== 'short') ?? null;
      anchorForm = unitText(words, unit, item);
      parts.push(...pending.splice(0), anchorForm);
      break;
    }
    if (!unit.items && open && unknownRun < 2 && !isStopWord((words[unit.first] as Word).key)) {
      unknownRun++;
      pending.push((words[unit.first] as Word).text);
      continue;
    }
    break;
  }
  if (head.title.kind === 'side' && !anchor) return null;
  let lastUnit = anchor ? anchorUnit : lastTitleUnit;
  if (anchor) {
    // «در امور افغانستان», «در کابل»: the posting of an envoy or embassy belongs to the phrase.
    const inUnit = units[lastUnit + 1];
    if (
      titles.some((t) => t.takes_in) &&
      inUnit &&
      !inUnit.items &&
      (words[inUnit.first] as Word).key === 'در' &&
      !(words[inUnit.first] as Word).hardBreak
    ) {
      let m = lastUnit + 2;
      const tail = ['در'];
      const filler = unitHas(units[m], 'filler');
      if (filler && !(words[(units[m] as Unit).first] as Word).hardBreak) {
        tail.push(filler.form);
        m++;
      }
      const target = units[m];
      const ta = anchorOf(target);
      if (target && ta && ta.type !== 'reference' && !(words[target.first] as Word).hardBreak) {
        const item = target.items?.[0] ?? null;
        tail.push(unitText(words, target, item));
        parts.push(...tail);
        lastUnit = m;
      }
    }
  }
  let sector: string | null = null;
  for (let t = titles.length - 1; t >= 0 && sector === null; t--) sector = (titles[t] as TitleEntry).sector;
  return {
    firstUnit: u,
    lastUnit,
    first: (units[u] as Unit).first,
    last: (units[lastUnit] as Unit).last,
    titles,
    kind: head.title.kind,
    anchor,
    display: parts.join(' '),
    sector,
    anchorForm,
    anchorWord: anchor ? (units[anchorUnit] as Unit).first : -1,
    // Judged on the head word: «وزرای خارجه» is plural though the phrase ends in «خارجه».
    plural: isPluralHead(head.form, head.title.title),
  };
}
