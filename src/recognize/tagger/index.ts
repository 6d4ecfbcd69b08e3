// STUB (owned by the tagger work): adds statistical entities to doc.entities where the lexicon found none.
import type { Doc, PipelineOptions } from '../../doc.js';

export function tagEntities(_doc: Doc, _options: PipelineOptions): void {}
