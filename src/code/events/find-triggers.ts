// Trigger matching: at each word, the longest pattern of the lexicon that matches wins, and the words
// it covers cannot start another trigger («مورد حمله قرار گرفت» is one event, not two).
import type { GrammarLexicon } from '../../grammar/grammar-lexicon.js';
import {
  type CompiledPattern,
  candidatesFor,
  isFutureAux,
  matchAt,
  type PatternMatch,
  pairCandidatesFor,
} from '../../grammar/pattern.js';
import type { SentenceView } from '../../grammar/sentence-view.js';
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
    const single = candidatesFor(lex.index, view.words[i].key);
    const pair = pairCandidatesFor(lex.index, view.words[i].key, view.words[i + 1]?.key);
    if (single.length === 0 && pair.length === 0) continue;
    // The two lists, each longest first, merged in that order (ties: the lexicon's order).
    let a = 0;
    let b = 0;
    while (a < single.length || b < pair.length) {
      const fromPair =
        b < pair.length &&
        (a >= single.length ||
          pair[b].pattern.weight > single[a].pattern.weight ||
          (pair[b].pattern.weight === single[a].pattern.weight &&
            (pair[b].order ?? 0) < (single[a].order ?? 0)));
      const { item: trigger, pattern } = fromPair ? pair[b++] : single[a++];
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
