// The party a quote's speaker speaks for, when the speaker is a person the actor lexicon has no code
// for: «محمدرضا میر تاج‌الدینی نماینده مردم تبریز در مجلس شورای اسلامی گفت: … محکوم می‌کنیم»,
// «نوروز محمداف رئیس اداره امور پستی در وزارت ارتباطات آذربایجان اعلام کرد: … ما … نپذیرفتیم». The
// title or institution in apposition right after the name (one mention anywhere in the article) is
// the speaker's affiliation; the speaker's acts (first-person verbs, «باید …» demands, dropped
// subjects in the quote) are coded as that party's. Apposition is read strictly: the role starts at
// most one word after the name (the rest of a name the tagger cut short, or «از» of «یکی از»), with
// no verb, punctuation or conjunction between, and an institution may follow the role after «در».
import type { ActorSlot, SentenceView } from '../../grammar/sentence-view.js';
import { wordKey } from '../../grammar/word-key.js';
import { demandLexicon } from './modal-demand.js';

/** A phrase's comparison key without spaces and joiners («نماینده‌ مردم» = «نماینده مردم»). */
export function compactKey(phrase: string): string {
  return phrase
    .split(/\s+/)
    .map((w) => wordKey(w))
    .join('')
    .replace(/[\u200c\u200d]/g, '');
}

/** Punctuation that ends an apposition. */
const PUNCT = /^[\p{P}\p{S}]+$/u;

/** The slot right after `from` in apposition to it, or null. */
function nextInApposition(view: SentenceView, i: number, role: boolean): ActorSlot | null {
  const from = view.actors[i];
  const next = view.actors[i + 1];
  if (!next) return null;
  const gap = next.first - from.last - 1;
  if (gap < 0 || gap > 1) return null;
  if (gap === 1) {
    const w = from.last + 1;
    const key = view.words[w].key;
    if (view.verb[w] || PUNCT.test(key)) return null;
    const { notLinks, institutionLink } = demandLexicon().apposition;
    if (role ? notLinks.has(key) : key !== institutionLink) return null;
  }
  return next;
}

/**
 * Per speaker without a code (`coded(id)` false), the actor of the role or institution in apposition
 * to one of its person mentions that has a code: the institution after «در» if there is one, else the
 * role itself.
 */
export function speakerAffiliations(
  views: readonly SentenceView[],
  speakers: ReadonlySet<string>,
  coded: (id: string) => boolean,
  /** The words of a person slot are (the start of) a role its actor is known by, not a name. */
  isRole: (id: string, words: string) => boolean,
  trace?: (view: SentenceView, slot: number) => void,
): Map<string, string> {
  const found = new Map<string, string>();
  const wanted = new Set([...speakers].filter((id) => !coded(id)));
  if (wanted.size === 0) return found;
  for (const view of views) {
    for (let i = 0; i < view.actors.length; i++) {
      const slot = view.actors[i];
      if (slot.type !== 'PER' || !wanted.has(slot.actor) || found.has(slot.actor)) continue;
      if (demandLexicon().apposition.pronouns.has(view.words[slot.first].key)) continue;
      const role = nextInApposition(view, i, true);
      // A place after the name is where the person is («علیخانی در ایران»), a second name is a list.
      if (!role || role.actor === slot.actor || role.type === 'LOC') continue;
      const roleWords = view.words.slice(role.first, role.last + 1).map((w) => w.key);
      if (role.type === 'PER' && !isRole(role.actor, roleWords.join(' '))) continue;
      let pick = coded(role.actor) ? role.actor : null;
      // «نماینده مردم تبریز در مجلس شورای اسلامی»: the institution the role is held in.
      const institution = nextInApposition(view, i + 1, false);
      if (institution && institution.first > role.last + 1 && coded(institution.actor))
        pick = institution.actor;
      if (pick && pick !== slot.actor) {
        found.set(slot.actor, pick);
        trace?.(view, i);
      }
    }
  }
  return found;
}
