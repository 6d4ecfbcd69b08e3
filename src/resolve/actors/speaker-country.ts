// «کشورش», «کشور او», «کشور وی» ("his country") name the state of the person the sentence is about,
// not the state named last: «وزیر خارجه ایتالیا … آمادگی کامل کشورش را اعلام کرد» is Italy even
// when another state comes between. A reference phrase whose refers_to is SPEAKER_COUNTRY
// (coreference.json) is resolved here: the nearest earlier single person (named, titled, or a
// pronoun already linked to one) within a few sentences, if that person's country is known.
import type { Mention } from './resolve.js';

/** The refers_to value of the "his / her country" reference phrases in coreference.json. */
export const SPEAKER_COUNTRY = 'speaker-country';

/** How many sentences back the person may be: the possessor is the sentence's or paragraph's subject. */
const SENTENCES_BACK = 2;

/**
 * The country code of the nearest single person mentioned before mention index `from` (inclusive),
 * no further back than SENTENCES_BACK sentences from `sentence`; null when that person has no
 * country (or none is near): a wrong state is worse than none.
 */
export function speakerCountryCode(
  mentions: readonly Mention[],
  from: number,
  sentence: number,
): string | null {
  for (let i = from; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (m.sentence < sentence - SENTENCES_BACK) return null;
    if (!m.rec.isPerson || m.rec.plural) continue;
    return m.rec.actor.country ?? null;
  }
  return null;
}
