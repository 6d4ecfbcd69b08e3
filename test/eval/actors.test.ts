// `rasad eval --actors`: a gold mention's text may run on past the mention with context words that
// make it unique; the mention is what it starts with, so the entity at its first letter is scored.
import { describe, expect, it } from 'vitest';
import { evalActors } from '../../src/eval/actors.js';

const gold = (mentions: Array<{ text: string; code: string; kind: string }>) =>
  JSON.stringify({
    id: 'a1',
    published: '2003-04-12',
    paragraphs: ['سوریه نیز به امریکا گفت که مرز خود را با عراق بسته است.'],
    mentions: mentions.map((m) => ({ ...m, n: 1 })),
    locations: [],
  });

describe('eval --actors scores the entity a gold text starts with', () => {
  it('«سوریه نیز به امریکا» is Syria, not the longer «امریکا» inside it', () => {
    const r = evalActors(gold([{ text: 'سوریه نیز به امریکا', code: 'SYR', kind: 'state' }]));
    expect(r.byKind.state.correct).toBe(1);
    expect(r.mentionErrors).toEqual([]);
  });

  it('a mention the text starts with but that has no entity falls back to the largest overlap', () => {
    const r = evalActors(gold([{ text: 'نیز به امریکا', code: 'USA', kind: 'state' }]));
    expect(r.byKind.state.correct).toBe(1);
  });
});
