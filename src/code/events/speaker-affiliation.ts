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
  const speaking = new Set([...speakers].filter((id) => !coded(id)));
  if (speaking.size === 0) return found;
  // Persons the uncoded speakers may be a second mention of («میرتاج الدینی» of «محمدرضا میر
  // تاج‌الدینی»): their affiliation is read too, and passed on below.
  const alias = aliasesOf(views, speaking, coded);
  const wanted = new Set([...speaking, ...[...alias.values()].flat()]);
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
  for (const [id, persons] of alias) {
    if (found.has(id)) continue;
    // One person only: a surname two affiliated people share says nothing.
    const picks = new Set(persons.flatMap((p) => (found.has(p) ? [found.get(p) as string] : [])));
    if (picks.size === 1) found.set(id, [...picks][0] as string);
  }
  for (const id of found.keys()) if (!speaking.has(id)) found.delete(id);
  return found;
}

/** The fewest letters a surname needs to stand for a person named before (no initials, no «علی»). */
const ALIAS_LETTERS = 5;

/**
 * «حجت الاسلام محمدرضا مير تاج‌الديني نماينده مردم تبريز … ميرتاج الديني … تصريح كرد: … محکوم
 * می‌کنیم»: the later mention is the surname of the person introduced with the role, spelt with
 * other spaces, and the tagger cut the first mention short («محمدرضا مير»), so the resolver made two
 * actors. Per uncoded speaker, the other uncoded persons whose mention (with the one word after it,
 * the rest of a name cut short) ends, spaces and joiners removed, in each of the speaker's names on
 * a word boundary: a speaker once named in full («لینسی پلاسکو») is no second mention of a relative
 * («جویل پلاسکو») who shares the surname.
 */
function aliasesOf(
  views: readonly SentenceView[],
  speaking: ReadonlySet<string>,
  coded: (id: string) => boolean,
): Map<string, string[]> {
  const names = new Map<string, Set<string>>();
  const tails = new Map<string, Set<string>>();
  for (const view of views)
    for (const slot of view.actors) {
      if (slot.type !== 'PER' || coded(slot.actor)) continue;
      const words = view.words.slice(slot.first, slot.last + 1).map((w) => w.key);
      // «محمدرضا و آرمین» is two people, no name whose tail is a surname.
      if (words.includes('و')) continue;
      if (speaking.has(slot.actor)) {
        const name = compactKey(words.join(' '));
        if (name.length >= ALIAS_LETTERS)
          names.set(slot.actor, (names.get(slot.actor) ?? new Set()).add(name));
      }
      const next = view.words[slot.last + 1];
      const spans =
        next && !PUNCT.test(next.key) && !view.verb[slot.last + 1] ? [words, [...words, next.key]] : [words];
      const set = tails.get(slot.actor) ?? new Set<string>();
      for (const span of spans)
        for (let k = 1; k < span.length; k++) set.add(compactKey(span.slice(span.length - k).join(' ')));
      tails.set(slot.actor, set);
    }
  const out = new Map<string, string[]>();
  for (const [id, own] of names) {
    const persons = [...tails]
      .filter(([p, set]) => p !== id && [...own].every((n) => set.has(n)))
      .map(([p]) => p);
    if (persons.length) out.set(id, persons);
  }
  return out;
}
