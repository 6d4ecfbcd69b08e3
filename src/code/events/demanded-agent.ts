// «خواستار کاهش تعرفه واردات از سوی اروپا شد»، «خواستار تشکیل کمیته تحقیق از سوی سازمان ملل شد»:
// a demand whose words name the act demanded together with its agent («از سوی X»، «توسط X») asks
// that agent to act, so with no recipient of its own the agent is whom the demand is addressed to.
// Only an agent phrase inside the trigger's own words (the gap of «خواستار … شد») is read: after a
// noun trigger the same phrase names the one who demands («درخواست کمک از سوی ایران»).
import type { ActorSlot, SentenceView } from '../../grammar/sentence-view.js';
import { isAgent, withConjuncts } from './arguments.js';
import type { TriggerHit } from './find-triggers.js';

/** The agent phrase's actors (with conjuncts) inside the words of a verbal demand trigger. */
export function demandedAgents(view: SentenceView, hit: TriggerHit, actors: readonly string[]): ActorSlot[] {
  if (!hit.pattern.hasVerb) return [];
  for (let k = 0; k < view.actors.length; k++) {
    const slot = view.actors[k];
    if (slot.first <= hit.first) continue;
    if (slot.last >= hit.last) break;
    if (slot.prep === null || !isAgent(view, k)) continue;
    const found = withConjuncts(view, k, slot.prep).filter(
      (s) => s.last < hit.last && !actors.includes(s.actor),
    );
    if (found.length) return found;
  }
  return [];
}
