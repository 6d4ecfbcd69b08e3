// The trained named-entity tagger: `tagTokens` for token lists (PEYMA style or rasad's own repaired
// tokens), and `tagEntities`, the pipeline component that adds the tagger's entities to a Doc where
// the lexicon found none. The model (models/ner.bin) is loaded once, on first use. When
// models/ner-nn.bin exists, the neural tagger stacked on the perceptron (neural.ts) decodes instead:
// it reads the perceptron's emission scores and re-scores them; without the file nothing changes.
import { existsSync } from 'node:fs';
import type { Doc, Entity, EntityType, PipelineOptions } from '../../doc.js';
import { knowledgeUrl, readKnowledgeBytes } from '../../knowledge/files.js';
import { shippedTitles } from '../../resolve/actors/lexicon-files.js';
import { foldKey as letterKey } from '../../text/fold.js';
import { decode, perceptronEmissions, type TaggerModel } from './model.js';
import { parseModel } from './model-io.js';
import { decodeNeuralFast, type NeuralModel } from './neural.js';
import { parseNeural } from './neural-io.js';
import { ENTITY_TYPES, isInside, TAGS, typeOfTag } from './tags.js';

/** models/ner.bin at the package root, located by the knowledge module (src/knowledge/). */
export const MODEL_URL = knowledgeUrl('models/ner.bin');

let loaded: TaggerModel | null = null;
/** undefined: not looked for yet; null: no neural model (the perceptron decodes alone). */
let neural: NeuralModel | null | undefined;

/** The shipped model, read and parsed on first call. */
export function taggerModel(): TaggerModel {
  loaded ??= parseModel(readKnowledgeBytes('models/ner.bin'));
  return loaded;
}

/** The shipped neural model stacked on taggerModel(), or null when models/ner-nn.bin is absent. */
export function neuralModel(): NeuralModel | null {
  if (neural === undefined)
    neural = existsSync(knowledgeUrl('models/ner-nn.bin'))
      ? parseNeural(readKnowledgeBytes('models/ner-nn.bin'), taggerModel().resources)
      : null;
  return neural;
}

/**
 * Replaces the model the tagger uses (tests, and scripts that compare models). A neural model is
 * stacked on one perceptron only, so replacing the perceptron drops it unless one is given.
 */
export function setTaggerModel(model: TaggerModel, stacked: NeuralModel | null = null): void {
  loaded = model;
  neural = stacked;
}

/** Tag indices of one sentence: the neural model over the perceptron's scores, or the perceptron. */
export function decodeSentence(tokens: readonly string[]): Int32Array {
  const model = taggerModel();
  const nn = neuralModel();
  if (nn === null || tokens.length === 0) return decode(model, tokens);
  return decodeNeuralFast(nn, tokens, perceptronEmissions(model, tokens));
}

/** BIO tags (B_PER style) for one sentence's tokens. */
export function tagTokens(tokens: readonly string[]): string[] {
  const tags = decodeSentence(tokens);
  const out: string[] = new Array(tags.length);
  for (let i = 0; i < tags.length; i++) out[i] = TAGS[tags[i]];
  return out;
}

/**
 * «ری یوننگ-هو»، «برنرز-لی»، «ترزا-می»: a person's name runs on over a hyphen set tight between two
 * words (the model, trained on text that spaces them, stops at the hyphen and leaves «هو» out, so
 * the apposition after the name and the lexicon's full name are missed). The index of the last token
 * of the name, `last` or past such joints.
 */
function hyphenatedEnd(
  tokens: readonly { text: string; start: number; end: number }[],
  last: number,
  type: number,
): number {
  if (ENTITY_TYPES[type] !== 'PER') return last;
  let k = last;
  while (
    k + 2 < tokens.length &&
    HYPHEN.test(tokens[k + 1].text) &&
    tokens[k + 1].start === tokens[k].end &&
    tokens[k + 2].start === tokens[k + 1].end &&
    /^\p{L}/u.test(tokens[k + 2].text) &&
    // «محمدحسین حمیدی-رئیس …»: a title after the hyphen is a dash before the person's office.
    !titleWords().has(letterKey(tokens[k + 2].text))
  )
    k += 2;
  return k;
}
const HYPHEN = /^[-\u2010]$/;

let titleKeys: ReadonlySet<string> | null = null;
/** The first words of the actor lexicon's titles and their variants (lexicon/actors/titles.json). */
function titleWords(): ReadonlySet<string> {
  if (!titleKeys) {
    titleKeys = new Set(
      shippedTitles()
        .flatMap((t) => [t.title, ...t.variants])
        .map((f) => letterKey(f.split(' ')[0])),
    );
  }
  return titleKeys;
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
    const tags = decodeSentence(sentence.map((t) => t.text));
    for (let k = 0; k < tags.length; k++) {
      if (tags[k] === 0 || isInside(tags[k])) continue;
      let end = k + 1;
      while (end < tags.length && isInside(tags[end]) && typeOfTag(tags[end]) === typeOfTag(tags[k])) end++;
      const start = sentence[k].start;
      const last = hyphenatedEnd(sentence, end - 1, typeOfTag(tags[k]));
      const stop = sentence[last].end;
      const type = ENTITY_TYPES[typeOfTag(tags[k])] as EntityType;
      // The tokens a hyphenated name ran on over start no entity of their own.
      k = Math.max(k, last);
      if (!overlapsTaken(start, stop)) {
        added.push({
          id: `e${nextId++}`,
          type,
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
