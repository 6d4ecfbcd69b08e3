// The order of components lives here and only here. Each component (src/components.ts) declares the
// Doc layers it reads (`requires`) and writes (`assigns`); buildPipeline checks, when this module is
// loaded, that every layer a component requires is written by an earlier one, and throws naming the
// component and the layer otherwise. None knows what runs before or after it beyond those layers.
import {
  actorsComponent,
  buildPipeline,
  datesComponent,
  entityRulerComponent,
  eventsComponent,
  locationComponent,
  type PipelineComponent,
  quotesComponent,
  repairComponent,
  segmentComponent,
  taggerComponent,
} from './components.js';
import { type Component, createDoc, type Doc, type PipelineOptions } from './doc.js';
import { type ArticleInput, articleText } from './read/article.js';
import { type ExtractResult, toResult } from './result.js';

/** The pipeline, in order: repair → segment → recognize → resolve → code → locate. */
export const PIPELINE: readonly PipelineComponent[] = buildPipeline([
  repairComponent,
  segmentComponent,
  datesComponent,
  entityRulerComponent,
  taggerComponent,
  actorsComponent,
  quotesComponent,
  eventsComponent,
  locationComponent,
]);

/** PIPELINE as (name, run) pairs, for callers that run a prefix of it (eval, tests). */
export const COMPONENTS: ReadonlyArray<readonly [string, Component]> = PIPELINE.map(
  (c) => [c.name, c.run] as const,
);

/** Runs every component over one article and returns the Doc with all its layers. */
export function process(input: ArticleInput, options: PipelineOptions = {}): Doc {
  const { meta, text } = articleText(input);
  const doc = createDoc(meta, text);
  for (const component of PIPELINE) component.run(doc, options);
  return doc;
}

/** One article in, one contract result out (docs: output-contract.md, `rasad extract`). */
export function extract(input: ArticleInput, options: PipelineOptions = {}): ExtractResult {
  return toResult(process(input, options));
}

/** One article's outcome in a batch: its result, or what extract() would have thrown for it. */
export type BatchOutcome = { ok: true; result: ExtractResult } | { ok: false; error: unknown };

/**
 * extract() over several articles, stage by stage: every article through repair, then every one
 * through segmentation, and so on. Each result is exactly extract()'s for that article (a component
 * reads and writes only its own Doc); an article extract() would throw on gets that error and drops
 * out of the later stages while the others go on. One stage over many articles keeps that stage's
 * lexicons and tables in the CPU's caches, which one article at a time through every stage keeps
 * evicting: about a fifth less CPU per article (docs/bench-events.md). Batches of 8–64 are plenty.
 */
/** Articles per extractBatch call that callers use: enough to keep each stage's tables in cache. */
export const STAGE_BATCH = 32;

export function extractBatch(inputs: readonly ArticleInput[], options: PipelineOptions = {}): BatchOutcome[] {
  const out: BatchOutcome[] = new Array(inputs.length);
  const docs: Array<Doc | null> = inputs.map((input, k) => {
    try {
      const { meta, text } = articleText(input);
      return createDoc(meta, text);
    } catch (error) {
      out[k] = { ok: false, error };
      return null;
    }
  });
  for (const { run } of PIPELINE) {
    for (let k = 0; k < docs.length; k++) {
      const doc = docs[k];
      if (doc === null) continue;
      try {
        run(doc, options);
      } catch (error) {
        out[k] = { ok: false, error };
        docs[k] = null;
      }
    }
  }
  for (let k = 0; k < docs.length; k++) {
    const doc = docs[k];
    if (doc === null) continue;
    try {
      out[k] = { ok: true, result: toResult(doc) };
    } catch (error) {
      out[k] = { ok: false, error };
    }
  }
  return out;
}
