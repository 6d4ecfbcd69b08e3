// Reads one of the project's JSON data files (lexicon/…), naming it in any error.
import { readFileSync } from 'node:fs';

/** `name` is the file's path from the project root, for messages: «lexicon/modality/modality.json». */
export function readDataFile(url: URL, name: string): unknown {
  try {
    return JSON.parse(readFileSync(url, 'utf8'));
  } catch (e) {
    throw new Error(`${name}: ${(e as Error).message.split('\n')[0]}`);
  }
}
