// Reads one of the project's JSON data files (lexicon/…), naming it in any error: the knowledge
// module (src/knowledge/) does the reading.
import { readDataJson } from '../../knowledge/files.js';

/** `name` is the file's path from the project root, for messages: «lexicon/modality/modality.json». */
export function readDataFile(url: URL, name: string): unknown {
  return readDataJson(url, name);
}
