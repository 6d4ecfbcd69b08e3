// The sector of an organization the lexicon does not name, read off its head word
// (lexicon/actors/org-heads.json): «سازمان منطقه آزاد اروند» is a government body, «شرکت کشتیرانی …» a
// company. The Iranian and Afghan press name their own state's agencies, firms and associations
// without the state's name, so the country is the article's own (Resolution.ownCountry).
import { readKnowledgeJson } from '../../knowledge/files.js';
import { OrgHeadsFile } from '../../knowledge/schemas/actors.js';
import { checkKnowledge } from '../../knowledge/validate.js';
import { letterKey } from './letter-key.js';

const FILE = 'lexicon/actors/org-heads.json';

const keyOf = (phrase: string) => phrase.split(/\s+/).filter(Boolean).map(letterKey).join(' ');

let cached: { byHead: ReadonlyMap<string, string>; longest: number } | null = null;

function heads() {
  if (cached) return cached;
  const file = checkKnowledge(OrgHeadsFile, readKnowledgeJson(FILE), FILE);
  const byHead = new Map(file.heads.map((h) => [keyOf(h.head), h.sector]));
  cached = { byHead, longest: Math.max(...file.heads.map((h) => keyOf(h.head).split(' ').length)) };
  return cached;
}

/** The sector an organization's name gives by its first word(s), or null. The longest head wins. */
export function orgHeadSector(name: string): string | null {
  const { byHead, longest } = heads();
  const words = keyOf(name).split(' ');
  if (words.length < 2) return null; // a head word alone («سازمان») names no particular body
  for (let n = Math.min(longest, words.length - 1); n >= 1; n--) {
    const sector = byHead.get(words.slice(0, n).join(' '));
    if (sector) return sector;
  }
  return null;
}
