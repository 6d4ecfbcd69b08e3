// STUB (owned by the actors work).
import type { Doc, PipelineOptions } from '../../doc.js';

/** The entity ruler: lexicon and title-pattern entities (runs before the tagger). */
export function recognizeLexiconEntities(_doc: Doc, _options: PipelineOptions): void {}

/** Entities → actors with codes and roles; coreference of later mentions (runs after the tagger). */
export function resolveActors(_doc: Doc, _options: PipelineOptions): void {}
