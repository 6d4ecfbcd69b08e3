// extractBatch runs a batch stage by stage (for the CPU caches); it must give each article exactly
// what extract() gives it, and an article extract() throws on must not stop the others. Eighty
// articles, so that more than five of them have events to compare (forty had four once the coder
// stopped coding plans and background as events).
import { describe, expect, it } from 'vitest';
import { extract, extractBatch } from '../../src/pipeline.js';
import { loadFars } from '../ingest/make-input.js';

describe('extractBatch', () => {
  const inputs = loadFars()
    .slice(0, 80)
    .map((a, i) => ({
      id: `f${i}`,
      title: a.title,
      text: [a.abstract, ...a.paragraphs].join('\n'),
      url: a.link,
      published: null,
    }));

  it('gives every article the result extract() gives it', () => {
    const batch = extractBatch(inputs);
    expect(batch).toHaveLength(inputs.length);
    expect(batch.filter((o) => o.ok && o.result.events.length > 0).length).toBeGreaterThan(5);
    expect(batch).toEqual(inputs.map((input) => ({ ok: true, result: extract(input) })));
  });

  it('an article extract() rejects gets its error; the rest go on', () => {
    const bad = { id: 'bad', text: 'وزیر خارجه ایران با همتای روسی دیدار کرد.', published: '1402-13-45' };
    expect(() => extract(bad)).toThrow();
    const batch = extractBatch([inputs[0], bad, inputs[1]]);
    expect(batch[1].ok).toBe(false);
    expect(batch[0]).toEqual({ ok: true, result: extract(inputs[0]) });
    expect(batch[2]).toEqual({ ok: true, result: extract(inputs[1]) });
  });
});
