// The country a sentence places something in, for actors known only by where they act: an
// unidentified armed group («افراد مسلح ناشناس در ولایت ننگرهار …») takes the state of the place the
// text names. Bounded look-around over the lexicon units of the same sentence, then the sentences
// just before it: never a scan of the whole article.
import { placeGazetteer } from '../places/gazetteer.js';
import type { Item } from './lexicon-index.js';
import type { OrgEntry } from './lexicon-schema.js';
import type { Unit } from './phrase.js';
import type { RulerState } from '../../recognize/ruler/ruler.js';
import { isLocative } from '../../recognize/ruler/ruler.js';
import { partitionPoint } from '../../text/span-index.js';

/** The unidentified-armed-actor entry (code UAF) of the lexicon. */
export function isUnknownArmed(o: OrgEntry): boolean {
  return o.codes.some((c) => c.code === 'UAF');
}

/** The state a unit names as a place: a country, its capital, or a province/city entry with a country. */
export function placeState(items: Item[] | null): string | null {
  if (!items) return null;
  for (const it of items) {
    if (it.kind === 'country' || it.kind === 'capital') return it.country.code;
    if (it.kind === 'org' && it.org.kind === 'place' && it.org.country) return it.org.country;
  }
  return null;
}

/**
 * The state of a city or province the actor lexicon does not hold («رمادی», «موصل»), from the place
 * gazetteer: only a name that is no common word and names places of one country.
 */
export function gazetteerState(key: string): string | null {
  const g = placeGazetteer();
  if (key.length < 3 || g.weakKeys.has(key)) return null;
  const places = g.byKey.get(key);
  if (!places || places.length === 0 || places.some((p) => p.weak)) return null;
  const country = (places[0] as (typeof places)[number]).country;
  return places.every((p) => p.country === country) ? country : null;
}

/** How many units either side are looked at; a sentence rarely holds more. */
const SPAN = 60;

/** Index of the unit holding word `word` (units are in text order and cover every word). */
function unitIndex(units: Unit[], word: number): number {
  return Math.max(0, partitionPoint(units.length, (i) => (units[i] as Unit).first <= word) - 1);
}

/**
 * The state named as a place nearest to word `word`: first one after a locative preposition (در، به …)
 * in the same sentence, then any in the sentence, then the nearest in the two sentences before.
 */
export function placeCountryNear(st: RulerState, word: number, sameSentence = false): string | null {
  const { units, words } = st;
  if (units.length === 0) return null;
  const sentence = words[word]?.sentence ?? 0;
  const u0 = unitIndex(units, word);
  let anyInSentence: string | null = null;
  let before: string | null = null;
  const look = (u: number): string | null => {
    const unit = units[u] as Unit;
    const state =
      placeState(unit.items) ??
      (unit.items === null && unit.first === unit.last ? gazetteerState(words[unit.first]?.key ?? '') : null);
    if (!state) return null;
    const s = words[unit.first]?.sentence ?? -1;
    if (s === sentence) {
      if (isLocative(words, unit.first)) return state;
      anyInSentence ??= state;
    } else if (s < sentence && s >= sentence - 2) before ??= state;
    return null;
  };
  for (let d = 0; d <= SPAN; d++) {
    const fwd = u0 + d < units.length ? look(u0 + d) : null;
    if (fwd) return fwd;
    const back = d > 0 && u0 - d >= 0 ? look(u0 - d) : null;
    if (back) return back;
  }
  return sameSentence ? anyInSentence : (anyInSentence ?? before);
}
