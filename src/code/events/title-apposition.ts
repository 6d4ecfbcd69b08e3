// «آقای ترامپ با رئیس جمهور خوان کارلوس وارلا … ملاقات داشتند»: a bare title the actor resolver linked
// to the last holder it saw («رئیس جمهور» → Trump) stands right before a name: the title is that
// name's, not a mention of someone else. The title's slot takes the name's actor, and the name's slot
// the title's phrase («با …»), so the phrase names the person it is about.
import type { ActorSlot, SentenceView } from '../../grammar/sentence-view.js';
import { anaphorAlternatives } from '../../resolve/coreference/index.js';
import { argumentLexicon } from './arguments.js';
import { compactKey } from './speaker-affiliation.js';

/**
 * Views with each title slot right before a person's name slot (no word between, another actor)
 * relinked to the name. `isRole(id, words)`: the words are (the start of) a role `id` is known by.
 */
export function withTitleAppositions(
  views: readonly SentenceView[],
  isRole: (id: string, words: string) => boolean,
): SentenceView[] {
  return views.map((view) => {
    let actors: ActorSlot[] | null = null;
    for (let k = 0; k + 1 < view.actors.length; k++) {
      const title = (actors ?? view.actors)[k];
      const name = (actors ?? view.actors)[k + 1];
      if (title.type !== 'PER' || name.type !== 'PER' || title.actor === name.actor) continue;
      if (name.first !== title.last + 1 || anaphorAlternatives(title) || anaphorAlternatives(name)) continue;
      const words = (s: ActorSlot) =>
        view.words
          .slice(s.first, s.last + 1)
          .map((w) => w.key)
          .join(' ');
      // Only a singular title (a plural head before a person is a genitive: «مخالفان او»), and the
      // second slot is a name, not a second title («رئیس جمهور پاناما»).
      if (!argumentLexicon().titlesBeforeName.has(compactKey(words(title)))) continue;
      if (!isRole(title.actor, words(title)) || isRole(name.actor, words(name))) continue;
      actors ??= [...view.actors];
      actors[k] = { ...title, actor: name.actor };
      actors[k + 1] = { ...name, prep: name.prep ?? title.prep };
    }
    return actors ? { ...view, actors } : view;
  });
}
