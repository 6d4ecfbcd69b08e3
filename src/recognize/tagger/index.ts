// The trained named-entity tagger: `tagTokens` for token lists (PEYMA style or rasad's own repaired
// tokens), and `tagEntities`, the pipeline component that adds the tagger's entities to a Doc where
// the lexicon found none. The model (models/ner.bin) is loaded once, on first use.
import type { Doc, Entity, EntityType, PipelineOptions } from '../../doc.js';
import { knowledgeUrl, readKnowledgeBytes } from '../../knowledge/files.js';
import { decode, type TaggerModel } from './model.js';
import { parseModel } from './model-io.js';
import { ENTITY_TYPES, isInside, TAGS, typeOfTag } from './tags.js';

/** models/ner.bin at the package root, located by the knowledge module (src/knowledge/). */
export const MODEL_URL = knowledgeUrl('models/ner.bin');

let loaded: TaggerModel | null = null;

/** The shipped model, read and parsed on first call. */
export function taggerModel(): TaggerModel {
  loaded ??= parseModel(readKnowledgeBytes('models/ner.bin'));
  return loaded;
}

/** Replaces the model the tagger uses (tests, and scripts that compare models). */
export function setTaggerModel(model: TaggerModel): void {
  loaded = model;
}

/** BIO tags (B_PER style) for one sentence's tokens. */
export function tagTokens(tokens: readonly string[]): string[] {
  const tags = decode(taggerModel(), tokens);
  const out: string[] = new Array(tags.length);
  for (let i = 0; i < tags.length; i++) out[i] = TAGS[tags[i]];
  return out;
}

/** Longest sentence handed to the model at once; longer runs are cut so work stays linear. */
const MAX_SENTENCE = 10_000;

/**
 * Tags doc.tokens sentence by sentence and appends an entity for every tagged span that overlaps no
 * existing entity (the lexicon wins where it knows the name). rasad's tokens keep ZWNJ inside words
 * («روش‌های»); the tagger's normalization maps ZWNJ to PEYMA's space, so tokens map one to one.
 */
export function tagEntities(doc: Doc, _options: PipelineOptions): void {
  if (doc.tokens.length === 0) return;
  const model = taggerModel();
  let nextId = 1;
  for (const e of doc.entities) {
    const m = /^e(\d+)$/.exec(e.id);
    if (m) nextId = Math.max(nextId, Number(m[1]) + 1);
  }
  // existing entities (lexicon, patterns); an article has few, so a linear scan is enough
  const taken = doc.entities.slice();
  const overlapsTaken = (start: number, end: number): boolean =>
    taken.some((e) => e.start < end && start < e.end);
  const added: Entity[] = [];
  let i = 0;
  while (i < doc.tokens.length) {
    let j = i + 1;
    while (j < doc.tokens.length && doc.tokens[j].sentence === doc.tokens[i].sentence && j - i < MAX_SENTENCE)
      j++;
    const sentence = doc.tokens.slice(i, j);
    const tags = decode(
      model,
      sentence.map((t) => t.text),
    );
    for (let k = 0; k < tags.length; k++) {
      if (tags[k] === 0 || isInside(tags[k])) continue;
      let end = k + 1;
      while (end < tags.length && isInside(tags[end]) && typeOfTag(tags[end]) === typeOfTag(tags[k])) end++;
      const start = sentence[k].start;
      const stop = sentence[end - 1].end;
      if (!overlapsTaken(start, stop)) {
        added.push({
          id: `e${nextId++}`,
          type: ENTITY_TYPES[typeOfTag(tags[k])] as EntityType,
          start,
          end: stop,
          text: doc.text.slice(start, stop),
          actor: null,
          source: 'tagger',
        });
      }
    }
    i = j;
  }
  doc.entities.push(...added);
}
