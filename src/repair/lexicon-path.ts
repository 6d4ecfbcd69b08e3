// Where the repair lexicons live: lexicon/repair/ at the package root. The same relative URL works from
// src/repair (tsx, vitest) and dist/repair (the built CLI) because dist mirrors src.
import { readFileSync } from 'node:fs';

export const repairLexiconUrl = (name: string): URL =>
  new URL(`../../lexicon/repair/${name}`, import.meta.url);

export const readRepairLexicon = (name: string): string => readFileSync(repairLexiconUrl(name), 'utf8');
