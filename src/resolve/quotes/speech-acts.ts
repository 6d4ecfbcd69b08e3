// Speech acts: a verb of saying followed by «که», ':' or a «…» quotation, with its speaker and the
// source it passes on («به نقل از X»). Quotes and reported speech are built from these.
import type { GrammarLexicon } from '../../grammar/grammar-lexicon.js';
import { candidatesFor, matchAt } from '../../grammar/pattern.js';
import { type SentenceView, slotFrom } from '../../grammar/sentence-view.js';
import { clauseSubjects, inheritedSubjects } from '../../grammar/subject.js';
import type { SpeechLexicon } from './speech-lexicon.js';

export type SpeechKind = 'that' | 'colon' | 'direct';

export interface SpeechAct {
  view: number;
  /** Word positions of the verb of saying. */
  first: number;
  last: number;
  /** Word position where the reported content begins. */
  contentFrom: number;
  kind: SpeechKind;
  speaker: string | null;
  /** «به نقل از X»: X's actor id. */
  source: string | null;
}

const PRONOUNS = new Set(['او', 'وی', 'ایشان']);
/** How far before its verb «به نقل از X» may stand. */
const SOURCE_REACH = 30;

/** Finds a phrase (a list of word keys) in words [from, to); returns the index after it or -1. */
export function findPhrase(view: SentenceView, phrase: readonly string[], from: number, to: number): number {
  for (let i = Math.max(0, from); i + phrase.length <= to; i++) {
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) ok = view.words[i + k].key === phrase[k];
    if (ok) return i + phrase.length;
  }
  return -1;
}

export function findSpeechActs(
  views: readonly SentenceView[],
  g: GrammarLexicon,
  sp: SpeechLexicon,
): SpeechAct[] {
  const acts: SpeechAct[] = [];
  let lastSpeaker: string | null = null;
  for (const view of views) {
    const { words } = view;
    for (let i = 0; i < words.length; i++) {
      let match = null;
      for (const { pattern } of candidatesFor(sp.index, words[i].key)) {
        match = matchAt(view, i, pattern, g);
        if (match) break;
      }
      if (!match) continue;
      const next = words[match.last + 1]?.key;
      const after = words[match.last + 2]?.key;
      let kind: SpeechKind | null = null;
      let contentFrom = match.last + 2;
      if (next === 'که') kind = 'that';
      else if (next === ':' && after === '«') kind = 'direct';
      else if (next === ':') kind = 'colon';
      else if (next === '«') {
        kind = 'direct';
        contentFrom = match.last + 1;
      }
      if (!kind) {
        i = match.last;
        continue;
      }
      const clauseStart = view.clauseStart[view.clause[i]];
      let subjects = clauseSubjects(view, i);
      if (subjects.length === 0) subjects = inheritedSubjects(view, i, new Set());
      let speaker: string | null = subjects[0]?.actor ?? null;
      if (!speaker) {
        // «او گفت:» without a resolved pronoun: the last speaker is the one meant (news style).
        for (let w = Math.max(clauseStart, i - 4); w < i; w++)
          if (PRONOUNS.has(words[w].key)) speaker = lastSpeaker;
      }
      let source: string | null = null;
      for (const phrase of sp.reportedFrom) {
        const at = findPhrase(view, phrase, Math.max(clauseStart, i - SOURCE_REACH), i);
        if (at < 0) continue;
        const slot = view.actors[slotFrom(view, at)];
        if (slot && slot.last < i) source = slot.actor;
      }
      if (speaker) lastSpeaker = speaker;
      acts.push({ view: view.index, first: i, last: match.last, contentFrom, kind, speaker, source });
      i = match.last;
    }
  }
  return acts;
}
