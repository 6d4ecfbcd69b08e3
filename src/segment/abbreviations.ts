// Abbreviations after which "." does not end a sentence: data in lexicon/repair/abbreviations.json.
import { readKnowledgeJson } from '../knowledge/files.js';

export interface AbbreviationFile {
  description?: string;
  abbreviations: string[];
}

/** Validates the file's shape; throws naming the bad entry. */
export function parseAbbreviations(file: unknown): Set<string> {
  const f = file as AbbreviationFile;
  if (typeof f !== 'object' || f === null || !Array.isArray(f.abbreviations)) {
    throw new Error('abbreviations: expected {"abbreviations": [...]}');
  }
  const out = new Set<string>();
  for (const [i, a] of f.abbreviations.entries()) {
    if (typeof a !== 'string' || a.trim() === '' || /\s/.test(a) || a.endsWith('.')) {
      throw new Error(`abbreviations[${i}]: a non-empty string without blanks or a final dot`);
    }
    out.add(a.toLowerCase());
  }
  return out;
}

let loaded: Set<string> | undefined;
export function abbreviations(): Set<string> {
  loaded ??= parseAbbreviations(readKnowledgeJson('lexicon/repair/abbreviations.json'));
  return loaded;
}
