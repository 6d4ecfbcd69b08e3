// The order of components lives here and only here. Each component is `(doc, options) => void` and
// adds one layer to the Doc (see src/doc.ts); none knows what runs before or after it beyond the
// layers it reads.
import { code } from './code/index.js';
import { type Component, createDoc, type Doc, type PipelineOptions } from './doc.js';
import { type ArticleInput, articleText } from './read/article.js';
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
  doc.sentences = sentences;
  doc.tokens = tokens;
};

const runTagger: Component = (doc, options) => {
  if (options.tagger !== false) tagEntities(doc, options);
};

/** The pipeline, in order: repair → segment → recognize → resolve → code. */
export const COMPONENTS: ReadonlyArray<readonly [string, Component]> = [
  ['repair', repairText],
  ['segment', segmentText],
  ['dates', recognizeDates],
  ['entity-ruler', recognizeLexiconEntities],
  ['tagger', runTagger],
  ['actors', resolveActors],
  ['quotes', findQuotes],
  ['events', code],
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
