// Where the repair lexicons live: lexicon/repair/ at the package root, located and read by the
// knowledge module (src/knowledge/).
import { knowledgeUrl, readKnowledgeText } from '../knowledge/files.js';

export const repairLexiconUrl = (name: string): URL => knowledgeUrl(`lexicon/repair/${name}`);

export const readRepairLexicon = (name: string): string => readKnowledgeText(`lexicon/repair/${name}`);
