// The build-time artifact of compiled knowledge (src/knowledge/compiled.ts): a value comes from the
// artifact only while the files it was compiled from are unchanged, and what comes from it equals what
// compiling gives — for the three real loaders too, so that a class instance or a function added to a
// compiled lexicon (which serialization cannot carry) fails here instead of at a user's start.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'rasad-compiled-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function freshModules() {
  vi.resetModules();
  return import('../../src/knowledge/compiled.js');
}

describe('compiledKnowledge', () => {
  it('takes a value from the artifact while its input files are the same, and compiles otherwise', async () => {
    const file = join(dir, 'small.bin');
    let c = await freshModules();
    c.useArtifactFile(file);
    c.startRecording();
    c.compiledKnowledge('k', ['lexicon/events/grammar.json'], () => ({ built: 'at build time' }));
    expect(c.writeArtifact(file)).toEqual(['k']);

    c = await freshModules();
    c.useArtifactFile(file);
    const compile = vi.fn(() => ({ built: 'now' }));
    expect(c.compiledKnowledge('k', ['lexicon/events/grammar.json'], compile)).toEqual({ built: 'at build time' });
    expect(compile).not.toHaveBeenCalled();
    // Other inputs (as when a user's file is added to a folder): the recorded hash no longer matches.
    expect(c.compiledKnowledge('k', ['lexicon/events/verbs.json'], compile)).toEqual({ built: 'now' });
    // A key the artifact does not hold.
    expect(c.compiledKnowledge('other', ['lexicon/events/grammar.json'], compile)).toEqual({ built: 'now' });
    expect(compile).toHaveBeenCalledTimes(2);
  });

  it('compiles from the files when the artifact is damaged or missing', async () => {
    const damaged = join(dir, 'damaged.bin');
    writeFileSync(damaged, 'not a v8 serialization');
    for (const file of [damaged, join(dir, 'missing.bin')]) {
      const c = await freshModules();
      c.useArtifactFile(file);
      expect(c.compiledKnowledge('k', ['lexicon/events/grammar.json'], () => 42)).toBe(42);
    }
  });

  it('a folder input changes its hash when a file in it changes', async () => {
    const c = await freshModules();
    const a = c.inputsHash(['lexicon/events/']);
    expect(c.inputsHash(['lexicon/events/'])).toBe(a);
    expect(c.inputsHash(['lexicon/ontology/'])).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the actor, trigger and ZWNJ lexicons read from an artifact equal the compiled ones', async () => {
    const file = join(dir, 'real.bin');
    const load = async () => ({
      events: (await import('../../src/code/events/trigger-lexicon.js')).eventLexicon(),
      actors: (await import('../../src/resolve/actors/lexicon-index.js')).actorLexicon(),
      zwnj: (await import('../../src/repair/zwnj-lexicon.js')).zwnjLexicon(),
    });
    let c = await freshModules();
    c.useArtifactFile(file);
    c.startRecording();
    const compiled = await load();
    expect(c.writeArtifact(file).sort()).toEqual(['actors/lexicon', 'events/lexicon', 'repair/zwnj-lexicon']);

    c = await freshModules();
    c.useArtifactFile(file);
    const read = await load();
    // The trigger index's KeyFilters must come back as KeyFilters (of this module graph: resetModules
    // made a new class), then isDeepStrictEqual, which compares prototypes too, holds.
    const { KeyFilter } = await import('../../src/grammar/key-filter.js');
    expect(read.events.index.keys).toBeInstanceOf(KeyFilter);
    expect(read.events.index.pairKeys).toBeInstanceOf(KeyFilter);
    for (const f of [compiled.events.index.keys, compiled.events.index.pairKeys])
      if (f) Object.setPrototypeOf(f, KeyFilter.prototype);
    expect(isDeepStrictEqual(read.events, compiled.events)).toBe(true);
    expect(isDeepStrictEqual(read.actors, compiled.actors)).toBe(true);
    expect(isDeepStrictEqual(read.zwnj, compiled.zwnj)).toBe(true);
    expect(read.events.index.keys?.mayHave('دیدار')).toBe(true);
  }, 300_000);
});
