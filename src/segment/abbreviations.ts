// Abbreviations after which "." does not end a sentence: data in lexicon/repair/abbreviations.json.
import { readKnowledgeJson } from '../knowledge/files.js';
import { AbbreviationsFile } from '../knowledge/schemas/others.js';
import { checkKnowledge } from '../knowledge/validate.js';

const FILE = 'lexicon/repair/abbreviations.json';

export interface AbbreviationFile {
  description?: string;
  abbreviations: string[];
}

/** Validates the file's shape; throws naming the bad entry. */
export function parseAbbreviations(file: unknown): Set<string> {
  const f = checkKnowledge(AbbreviationsFile, file, FILE);
  return new Set(f.abbreviations.map((a) => a.toLowerCase()));
}

let loaded: Set<string> | undefined;
export function abbreviations(): Set<string> {
  loaded ??= parseAbbreviations(readKnowledgeJson(FILE));
  return loaded;
}
