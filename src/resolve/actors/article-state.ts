// The state an article is about, for bare titles no sentence gives an owner: «پلیس گفت …» in a
// report from Belfast is Britain's police, «سنا» in a report from Washington is America's Senate.
// Counted once per article over the states and places it names (countries, capitals, provinces and
// cities of the actor lexicon and the gazetteer). A state is the article's only when it is named at
// least twice and at least twice as often as any other: a report that names two states as often
// gives a bare title no owner. Besides places, a state's adjective («آمریکایی») and the state of a
// person or organization of the lexicon («دونالد ترامپ», «حزب دموکرات آمریکا») count: a report on
// the US Senate names Trump and the parties more often than Washington. (Where an article's acts take
// place, from its linked places, is src/code/events/article-scene.ts: the events stage's question.)
import type { RulerState } from '../../recognize/ruler/ruler.js';
import type { Item } from './lexicon-index.js';
import { gazetteerState, placeState } from './place-country.js';

/** The state a lexicon unit points to: a place's, an adjective's, a person's or an organization's. */
function unitState(items: Item[] | null): string | null {
  const place = placeState(items);
  if (place || !items) return place;
  for (const it of items) {
    if (it.kind === 'adjective' || it.kind === 'demonym') return it.country.code;
    if (it.kind === 'person' && it.person.country) return it.person.country;
    if (it.kind === 'org' && it.org.country) return it.org.country;
  }
  return null;
}

export interface ArticleStates {
  /** How often each state (ISO3) is named, as itself or through one of its places. */
  counts: ReadonlyMap<string, number>;
  /** The state the article is about, or null when none dominates. */
  dominant: string | null;
}

/** Fewest mentions that make a state the article's, and how many times the next one it must outnumber. */
const MIN_MENTIONS = 2;
const MARGIN = 2;

const cache = new WeakMap<RulerState, ArticleStates>();

export function articleStates(st: RulerState): ArticleStates {
  const known = cache.get(st);
  if (known) return known;
  const counts = new Map<string, number>();
  for (const unit of st.units) {
    const state =
      unitState(unit.items) ??
      (unit.items === null && unit.first === unit.last ? gazetteerState(st.words[unit.first]?.key ?? '') : null);
    if (state) counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  let first: [string, number] | null = null;
  let second = 0;
  for (const [state, n] of counts) {
    if (!first || n > first[1]) {
      second = first?.[1] ?? 0;
      first = [state, n];
    } else if (n > second) second = n;
  }
  const dominant = first && first[1] >= MIN_MENTIONS && first[1] >= MARGIN * second ? first[0] : null;
  const result = { counts, dominant };
  cache.set(st, result);
  return result;
}
