// What every pipeline component reads and writes (spaCy's `requires` / `assigns`), so that the order
// in src/pipeline.ts can be checked when the pipeline is built instead of failing — or, worse, quietly
// reading an empty layer — at run time. The order itself lives in src/pipeline.ts only; this module
// declares each component and checks a list of them.
//
// A layer is a field of the Doc (src/doc.ts) or a hidden layer: per-Doc state a stage caches in a
// WeakMap keyed by the Doc rather than on the Doc itself. The hidden ones are named here so the order
// check covers them too; they stay WeakMap-backed for now (moving them onto the Doc is later work):
//   - rulerState: the entity ruler's word/unit analysis and title chains (src/recognize/ruler/ruler.ts,
//     `rulerState(doc)`), built by the ruler and read back by actor resolution (resolve.ts).
//   - sentenceView: the grammar view of each sentence (src/grammar/sentence-view.ts,
//     `sentenceViews(doc)`), built by the quote finder and reused by the event coder while the text and
//     entities stay the same (either rebuilds it when missing, so it is a cache, but the events stage
//     is ordered after quotes to reuse it).
//   - droppedTriggers: the triggers the event coder saw and dropped, with why
//     (src/code/events/index.ts); read only by diagnostics (scripts/event-causes.ts).
//
// An array layer a component appends to or edits in place (entities, events) is in its `assigns`:
// it writes that layer, even though it also reads what the earlier components put there.
// test/extract/pipeline.test.ts runs the real pipeline through a recording proxy and fails when a
// component touches a Doc field its declaration does not name.
import { code } from './code/index.js';
import { locate } from './code/location.js';
import type { Component, Doc } from './doc.js';
import { checkTokenCount } from './read/article-limits.js';
import { recognizeDates } from './recognize/dates/index.js';
import { tagEntities } from './recognize/tagger/index.js';
import { repair } from './repair/index.js';
import { recognizeLexiconEntities, resolveActors } from './resolve/actors/index.js';
import { findQuotes } from './resolve/quotes/index.js';
import { segment } from './segment/index.js';

/** Per-Doc state kept in a WeakMap keyed by the Doc (see the list above). */
export type HiddenLayer = 'rulerState' | 'sentenceView' | 'droppedTriggers';

/** Every layer a component can read or write: the Doc's fields and the hidden layers. */
export type Layer = keyof Doc | HiddenLayer;

/** Layers createDoc() fills from the input, before any component runs. */
export const INPUT_LAYERS: readonly Layer[] = ['meta', 'original'];

/** A pipeline component and the layers it reads (`requires`) and writes (`assigns`). */
export interface PipelineComponent {
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly assigns: readonly Layer[];
  readonly run: Component;
}

export const repairComponent: PipelineComponent = {
  name: 'repair',
  requires: ['original'],
  assigns: ['text', 'map'],
  run: (doc) => {
    const repaired = repair(doc.original);
    doc.text = repaired.text;
    doc.map = repaired.map;
  },
};

export const segmentComponent: PipelineComponent = {
  name: 'segment',
  requires: ['text'],
  assigns: ['sentences', 'tokens'],
  run: (doc) => {
    const { sentences, tokens } = segment(doc.text);
    checkTokenCount(tokens.length);
    doc.sentences = sentences;
    doc.tokens = tokens;
  },
};

export const datesComponent: PipelineComponent = {
  name: 'dates',
  // reference: createDoc sets it to meta.published; this stage infers it when that is missing.
  requires: ['meta', 'text', 'sentences'],
  assigns: ['dates', 'reference'],
  run: recognizeDates,
};

export const entityRulerComponent: PipelineComponent = {
  name: 'entity-ruler',
  requires: ['text', 'sentences'],
  assigns: ['entities', 'rulerState'],
  run: recognizeLexiconEntities,
};

export const taggerComponent: PipelineComponent = {
  name: 'tagger',
  requires: ['text', 'tokens', 'entities'],
  assigns: ['entities'],
  run: (doc, options) => {
    if (options.tagger !== false) tagEntities(doc, options);
  },
};

export const actorsComponent: PipelineComponent = {
  name: 'actors',
  requires: ['text', 'entities', 'dates', 'reference', 'rulerState'],
  assigns: ['actors', 'entities'],
  run: resolveActors,
};

export const quotesComponent: PipelineComponent = {
  name: 'quotes',
  // actors: it reads no doc.actors field, but a speaker is the actor id resolution puts on an entity.
  requires: ['text', 'sentences', 'entities', 'actors'],
  assigns: ['quotes', 'sentenceView'],
  run: findQuotes,
};

export const eventsComponent: PipelineComponent = {
  name: 'events',
  // tokens: the place mentions that give an unnamed party its country (generic-parties.ts); actors:
  // the actors it adds for those parties and for a visited or attacked place's state (destination.ts).
  requires: ['text', 'tokens', 'entities', 'actors', 'dates', 'reference', 'quotes', 'sentenceView'],
  assigns: ['events', 'droppedTriggers', 'actors'],
  run: code,
};

export const locationComponent: PipelineComponent = {
  name: 'location',
  requires: ['text', 'sentences', 'tokens', 'entities', 'actors', 'dates', 'quotes', 'events'],
  assigns: ['entities', 'events'],
  run: locate,
};

/** A pipeline list whose order does not give a component a layer it requires. */
export class PipelineOrderError extends Error {
  constructor(
    readonly component: string,
    readonly layer: Layer,
    message: string,
  ) {
    super(message);
    this.name = 'PipelineOrderError';
  }
}

/**
 * Checks that every component's `requires` is an input layer or assigned by an earlier component,
 * and that names are unique; returns the list frozen. Throws PipelineOrderError naming the first
 * component and layer that break it. Runs once, when src/pipeline.ts is loaded.
 */
export function buildPipeline(components: readonly PipelineComponent[]): readonly PipelineComponent[] {
  const available = new Map<Layer, string>(INPUT_LAYERS.map((l) => [l, 'the input']));
  const names = new Set<string>();
  for (const c of components) {
    if (names.has(c.name))
      throw new PipelineOrderError(
        c.name,
        c.assigns[0] ?? 'text',
        `pipeline: component "${c.name}" appears twice`,
      );
    names.add(c.name);
    for (const layer of c.requires) {
      if (available.has(layer)) continue;
      const later = components.find((o) => o !== c && o.assigns.includes(layer));
      const hint = later
        ? ` (it is assigned by "${later.name}", which runs later)`
        : ' (no component assigns it)';
      throw new PipelineOrderError(
        c.name,
        layer,
        `pipeline: component "${c.name}" requires layer "${layer}", which no earlier component assigns${hint}`,
      );
    }
    for (const layer of c.assigns) if (!available.has(layer)) available.set(layer, c.name);
  }
  return Object.freeze([...components]);
}
