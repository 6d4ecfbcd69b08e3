// The one reader of rasad's knowledge: the data files under lexicon/ and the trained models under
// models/, both at the package root. Every loader asks here instead of reading files itself, so a
// file is located one way (relative to this module: src/knowledge/ under tsx and vitest, and
// dist/knowledge/ in the built package — tsconfig.build.json keeps dist/ mirroring src/) and every
// read failure names the file the same way. Users' own files (--dictionary, $RASAD_DICTIONARIES) are
// read with readUserText/readUserJson so their errors have the same one-line shape.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The package root: the folder that holds lexicon/ and models/. */
export const PACKAGE_ROOT_URL = new URL('../../', import.meta.url);

/** A knowledge file is named by its path from the package root: «lexicon/events/grammar.json». */
export type KnowledgeName = `lexicon/${string}` | `models/${string}`;

function checkName(name: string): void {
  if (!/^(lexicon|models)\/[^\\]*$/.test(name) || name.split('/').includes('..'))
    throw new Error(`${name}: not a file under lexicon/ or models/`);
}

/** The file URL of a knowledge file (or folder, with a final «/»). */
export function knowledgeUrl(name: KnowledgeName): URL {
  checkName(name);
  return new URL(name, PACKAGE_ROOT_URL);
}

/** The absolute path of a knowledge file. */
export function knowledgePath(name: KnowledgeName): string {
  return fileURLToPath(knowledgeUrl(name));
}

/** The first line of an error's message (JSON.parse and fs errors may run on). */
const firstLine = (e: unknown): string => (e as Error).message.split('\n')[0];

/** A knowledge file's bytes; a failure is one line naming the file. */
export function readKnowledgeBytes(name: KnowledgeName): Buffer {
  try {
    return readFileSync(knowledgeUrl(name));
  } catch (e) {
    throw new Error(`${name}: ${firstLine(e)}`);
  }
}

/** A knowledge file's text (UTF-8). */
export function readKnowledgeText(name: KnowledgeName): string {
  try {
    return readFileSync(knowledgeUrl(name), 'utf8');
  } catch (e) {
    throw new Error(`${name}: ${firstLine(e)}`);
  }
}

/** A knowledge file parsed as JSON; a syntax error is one line naming the file. */
export function readKnowledgeJson(name: KnowledgeName): unknown {
  const text = readKnowledgeText(name);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${name}: ${firstLine(e)}`);
  }
}

/** The names of the files in a knowledge folder («lexicon/events/») that match a pattern. */
export function listKnowledge(folder: KnowledgeName, pattern: RegExp): string[] {
  const dir = folder.endsWith('/') ? folder : `${folder}/`;
  return readdirSync(knowledgeUrl(dir as KnowledgeName)).filter((f) => pattern.test(f));
}

/**
 * A data file given by path or URL rather than by knowledge name — a user's own dictionary, or a
 * lexicon file a caller located itself. `label` names it in errors (default: the path).
 */
export function readDataText(file: string | URL, label = String(file)): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`${label}: ${firstLine(e)}`, { cause: e });
  }
}

/** readDataText parsed as JSON, a syntax error naming the file. */
export function readDataJson(file: string | URL, label = String(file)): unknown {
  const text = readDataText(file, label);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${label}: ${firstLine(e)}`);
  }
}
