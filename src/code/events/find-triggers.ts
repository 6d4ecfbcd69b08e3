// Trigger matching: at each word, the longest pattern of the lexicon that matches wins, and the words
// it covers cannot start another trigger («مورد حمله قرار گرفت» is one event, not two).
import type { GrammarLexicon } from '../grammar/grammar-lexicon.js';
import {
  type CompiledPattern,
  candidatesFor,
  isFutureAux,
  matchAt,
  type PatternMatch,
} from '../grammar/pattern.js';
import type { SentenceView } from '../grammar/sentence-view.js';
import type { EventLexicon, Trigger } from './trigger-lexicon.js';

export interface TriggerHit extends PatternMatch {
  trigger: Trigger;
  pattern: CompiledPattern;
}

export function findTriggers(view: SentenceView, lex: EventLexicon, g: GrammarLexicon): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const used = new Uint8Array(view.words.length);
  for (let i = 0; i < view.words.length; i++) {
    if (used[i]) continue;
    const candidates = candidatesFor(lex.index, view.words[i].key);
    if (candidates.length === 0) continue;
    for (const { item: trigger, pattern } of candidates) {
      const m = matchAt(view, i, pattern, g, used);
      if (!m) continue;
      // «خواهد کرد»: the future auxiliary is not the verb «خواستن» (want, ask).
      if (m.first === m.last && isFutureAux(view.words[m.first].key, g) && view.verb[m.first + 1]) continue;
      hits.push({ ...m, trigger, pattern });
      used.fill(1, m.first, m.last + 1);
      i = m.last;
      break;
    }
  }
  return hits;
}
