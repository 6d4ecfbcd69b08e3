// A state struck through its installations is its forces (src/code/events/target-sector.ts,
// lexicon/events/target-sectors.json).
import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../../src/doc.js';
import { process as run } from '../../../src/pipeline.js';

function code(text: string): string[] {
  const doc = run({ id: 't', title: null, text, published: '2020-01-01' });
  const c = new Map(doc.actors.map((a) => [a.id, a.code ?? a.id]));
  const side = (ids: readonly string[]) => ids.map((id) => c.get(id)).join(',');
  return doc.events.map((e: CodedEvent) => `${e.type} ${side(e.actor)}>${side(e.recipient)}`);
}

describe('the sector of a state struck through its installations', () => {
  it('«مواضع مرزی X», a position with a modifier before the state: its military', () => {
    expect(code('سربازان پاکستانی به مواضع مرزی هند در منطقه کشمیر حمله کردند.')).toEqual([
      'ASSAULT PAKMIL>INDMIL',
    ]);
  });
  it('«تجهیزات نظامی X را هدف قرار داد»: its military', () => {
    expect(code('ارتش آذربایجان تجهیزات نظامی ارمنستان را هدف قرار داد.')).toEqual(['ASSAULT AZEMIL>ARMMIL']);
  });
  it('a territory stays the state', () => {
    expect(code('ارتش ترکیه به خاک عراق حمله کرد.')).toEqual(['ASSAULT TURMIL>IRQ']);
  });
});
