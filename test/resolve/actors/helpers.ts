// Runs the real pipeline's components (src/pipeline.ts COMPONENTS, in order) up to and including
// actor resolution. The later stages (quotes, events) are other parts' work: stopping before them
// keeps these tests about actors, and keeps them green while those stages change.

import { createDoc, type Doc, type PipelineOptions } from '../../../src/doc.js';
import { COMPONENTS } from '../../../src/pipeline.js';

export function resolveDoc(
  text: string,
  published: string | null = null,
  options: PipelineOptions = {},
): Doc {
  const doc = createDoc({ id: 't', title: null, url: null, source: null, published }, text);
  for (const [name, component] of COMPONENTS) {
    component(doc, options);
    if (name === 'actors') break;
  }
  return doc;
}

/** The actor that the entity with exactly this text (the n-th such, 0-based) points to. */
export function actorOf(doc: Doc, text: string, nth = 0) {
  const hits = doc.entities.filter(
    (e) => e.text === text || e.text.replace(/\u200c/g, ' ') === text.replace(/\u200c/g, ' '),
  );
  const e = hits[nth];
  if (!e)
    throw new Error(`no entity «${text}» #${nth}; entities: ${doc.entities.map((x) => x.text).join(' | ')}`);
  return e.actor ? (doc.actors.find((a) => a.id === e.actor) ?? null) : null;
}

export function actorNamed(doc: Doc, name: string) {
  const a = doc.actors.find((x) => x.name === name);
  if (!a) throw new Error(`no actor «${name}»; actors: ${doc.actors.map((x) => x.name).join(' | ')}`);
  return a;
}
