// The order of components lives here and only here. Each component is `(doc, options) => void` and
// adds one layer to the Doc (see src/doc.ts); none knows what runs before or after it beyond the
// layers it reads.
import { code } from './code/index.js';
import { locate } from './code/location.js';
import { type Component, createDoc, type Doc, type PipelineOptions } from './doc.js';
import { type ArticleInput, articleText } from './read/article.js';
import { checkTokenCount } from './read/article-limits.js';
import { recognizeDates } from './recognize/dates/index.js';
import { tagEntities } from './recognize/tagger/index.js';
import { repair } from './repair/index.js';
import { recognizeLexiconEntities, resolveActors } from './resolve/actors/index.js';
import { findQuotes } from './resolve/quotes/index.js';
import { type ExtractResult, toResult } from './result.js';
import { segment } from './segment/index.js';

const repairText: Component = (doc) => {
  const repaired = repair(doc.original);
  doc.text = repaired.text;
  doc.map = repaired.map;
};

const segmentText: Component = (doc) => {
  const { sentences, tokens } = segment(doc.text);
  checkTokenCount(tokens.length);
  doc.sentences = sentences;
  doc.tokens = tokens;
};

const runTagger: Component = (doc, options) => {
  if (options.tagger !== false) tagEntities(doc, options);
};

/** The pipeline, in order: repair → segment → recognize → resolve → code → locate. */
export const COMPONENTS: ReadonlyArray<readonly [string, Component]> = [
  ['repair', repairText],
  ['segment', segmentText],
  ['dates', recognizeDates],
  ['entity-ruler', recognizeLexiconEntities],
  ['tagger', runTagger],
  ['actors', resolveActors],
  ['quotes', findQuotes],
  ['events', code],
  ['location', locate],
];

/** Runs every component over one article and returns the Doc with all its layers. */
export function process(input: ArticleInput, options: PipelineOptions = {}): Doc {
  const { meta, text } = articleText(input);
  const doc = createDoc(meta, text);
  for (const [, component] of COMPONENTS) component(doc, options);
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
  for (const [, component] of COMPONENTS) {
    for (let k = 0; k < docs.length; k++) {
      const doc = docs[k];
      if (doc === null) continue;
      try {
        component(doc, options);
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
