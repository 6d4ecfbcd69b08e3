// The pipeline's order is checked when it is built (src/components.ts buildPipeline): every layer a
// component requires must be assigned by an earlier one. These tests check that the real order passes,
// that a wrong one fails naming the component and the layer, and that the declarations are true: a
// recording proxy over the Doc shows which fields each stage really reads and writes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildPipeline,
  INPUT_LAYERS,
  type Layer,
  type PipelineComponent,
  PipelineOrderError,
} from '../../src/components.js';
import { createDoc, type Doc } from '../../src/doc.js';
import { extract, PIPELINE } from '../../src/pipeline.js';
import { articleText } from '../../src/read/article.js';
import { loadFars } from '../ingest/make-input.js';

const byName = (name: string): PipelineComponent => {
  const c = PIPELINE.find((p) => p.name === name);
  if (!c) throw new Error(`no component ${name}`);
  return c;
};

describe('pipeline order', () => {
  it('the real pipeline is valid and runs every stage once', () => {
    expect(() => buildPipeline(PIPELINE)).not.toThrow();
    expect(PIPELINE.map((c) => c.name)).toEqual([
      'repair',
      'segment',
      'dates',
      'entity-ruler',
      'tagger',
      'actors',
      'quotes',
      'events',
      'location',
    ]);
  });

  it('events before actors fails, naming the component and the missing layer', () => {
    const names = PIPELINE.map((c) => c.name);
    const wrong = [...PIPELINE];
    const [events] = wrong.splice(names.indexOf('events'), 1);
    wrong.splice(names.indexOf('actors'), 0, events);
    let error: unknown;
    try {
      buildPipeline(wrong);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PipelineOrderError);
    const err = error as PipelineOrderError;
    expect(err.component).toBe('events');
    expect(err.layer).toBe('actors');
    expect(err.message).toContain('"events" requires layer "actors"');
    expect(err.message).toContain('assigned by "actors", which runs later');
  });

  it('a missing stage fails on a hidden layer too', () => {
    const noRuler = PIPELINE.filter((c) => c.name !== 'entity-ruler');
    // The tagger needs entities first; with it gone too, actors is the first to miss the ruler's state.
    expect(() => buildPipeline(noRuler)).toThrow(/"tagger" requires layer "entities"/);
    const noRulerNoTagger = noRuler.filter((c) => c.name !== 'tagger');
    expect(() => buildPipeline(noRulerNoTagger)).toThrow(/"actors" requires layer "entities"/);
    const ruler = byName('entity-ruler');
    const stateless = PIPELINE.map((c) => (c === ruler ? { ...ruler, assigns: ['entities'] as Layer[] } : c));
    expect(() => buildPipeline(stateless)).toThrow(
      /"actors" requires layer "rulerState", which no earlier component assigns \(no component assigns it\)/,
    );
  });

  it('a component listed twice fails', () => {
    expect(() => buildPipeline([...PIPELINE, byName('location')])).toThrow(/"location" appears twice/);
  });
});

/** A fingerprint of one Doc field, to see whether a stage changed it (in place or by assignment). */
function snapshot(doc: Doc): Map<string, { ref: unknown; json: string }> {
  const out = new Map<string, { ref: unknown; json: string }>();
  for (const key of Object.keys(doc)) {
    const value = (doc as unknown as Record<string, unknown>)[key];
    out.set(key, { ref: value, json: JSON.stringify(value) ?? '' });
  }
  return out;
}

describe('declarations match what the stages do', () => {
  const inputs = loadFars()
    .slice(0, 20)
    .map((a, i) => ({
      id: `f${i}`,
      title: a.title,
      text: [a.abstract, ...a.paragraphs].join('\n'),
      url: a.link,
      // half without a publication date, so the date stage infers the reference
      published: i % 2 === 0 ? '2023-05-01' : null,
    }));

  it('every Doc field a stage reads or writes is declared; every declared write happens', () => {
    const reads = new Map<string, Set<string>>();
    const writes = new Map<string, Set<string>>();
    const add = (m: Map<string, Set<string>>, stage: string, key: string) => {
      const s = m.get(stage) ?? new Set<string>();
      m.set(stage, s);
      s.add(key);
    };
    let current = '';
    for (const input of inputs) {
      const { meta, text } = articleText(input);
      const doc = createDoc(meta, text);
      const recorded = new Proxy(doc, {
        get(target, key, receiver) {
          if (typeof key === 'string') add(reads, current, key);
          return Reflect.get(target, key, receiver);
        },
        set(target, key, value, receiver) {
          if (typeof key === 'string') add(writes, current, key);
          return Reflect.set(target, key, value, receiver);
        },
        ownKeys(target) {
          add(reads, current, '*');
          return Reflect.ownKeys(target);
        },
      });
      for (const c of PIPELINE) {
        current = '';
        const before = snapshot(doc);
        current = c.name;
        c.run(recorded, {});
        current = '';
        for (const [key, was] of before) {
          const now = (doc as unknown as Record<string, unknown>)[key];
          if (now !== was.ref || (JSON.stringify(now) ?? '') !== was.json) add(writes, c.name, key);
        }
      }
    }
    const docFields = new Set(
      Object.keys(createDoc({ id: 'x', title: null, url: null, source: null, published: null }, '')),
    );
    const undeclared: string[] = [];
    const unused: string[] = [];
    for (const c of PIPELINE) {
      const declared = new Set<string>([...c.requires, ...c.assigns]);
      for (const key of reads.get(c.name) ?? [])
        if (!declared.has(key)) undeclared.push(`${c.name} reads ${key}`);
      for (const key of writes.get(c.name) ?? [])
        if (!c.assigns.includes(key as Layer)) undeclared.push(`${c.name} writes ${key}`);
      for (const layer of c.assigns)
        if (docFields.has(layer) && !writes.get(c.name)?.has(layer))
          unused.push(`${c.name} never writes ${layer}`);
    }
    expect(undeclared).toEqual([]);
    expect(unused).toEqual([]);
    expect(reads.get('events')?.size).toBeGreaterThan(3);
  });

  it('every layer name is a Doc field or a declared hidden layer', () => {
    const docFields = new Set<string>(
      Object.keys(createDoc({ id: 'x', title: null, url: null, source: null, published: null }, '')),
    );
    const hidden = new Set(['rulerState', 'sentenceView', 'droppedTriggers']);
    for (const c of PIPELINE)
      for (const layer of [...c.requires, ...c.assigns])
        expect(docFields.has(layer) || hidden.has(layer)).toBe(true);
    for (const layer of INPUT_LAYERS) expect(docFields.has(layer)).toBe(true);
  });

  // Hidden layers live in WeakMaps the proxy cannot see; a grep-level check that only the stages that
  // declare one call its accessor.
  it('only the stages that declare a hidden layer use its accessor', () => {
    const uses: Array<{ layer: Layer; accessor: RegExp; file: string; stage: string }> = [
      {
        layer: 'rulerState',
        accessor: /\brulerState\(/,
        file: 'src/recognize/ruler/ruler.ts',
        stage: 'entity-ruler',
      },
      {
        layer: 'rulerState',
        accessor: /\brulerState\(/,
        file: 'src/resolve/actors/resolve.ts',
        stage: 'actors',
      },
      {
        layer: 'sentenceView',
        accessor: /\bsentenceViews\(/,
        file: 'src/resolve/quotes/index.ts',
        stage: 'quotes',
      },
      {
        layer: 'sentenceView',
        accessor: /\bsentenceViews\(/,
        file: 'src/code/events/index.ts',
        stage: 'events',
      },
      {
        layer: 'droppedTriggers',
        accessor: /\bdroppedTriggers\.set\(/,
        file: 'src/code/events/index.ts',
        stage: 'events',
      },
    ];
    for (const u of uses) {
      expect(readFileSync(u.file, 'utf8')).toMatch(u.accessor);
      const c = byName(u.stage);
      expect([...c.requires, ...c.assigns]).toContain(u.layer);
    }
  });

  it('running the stages by hand gives what extract() gives', () => {
    const input = inputs[0];
    const { meta, text } = articleText(input);
    const doc = createDoc(meta, text);
    for (const c of PIPELINE) c.run(doc, {});
    expect(extract(input).events.length).toBe(doc.events.length);
  });
});
