// The tag set (PEYMA's scheme: B_/I_ of seven types, and O) and the BIO constraint that an I_X tag
// may only follow B_X or I_X. rasad writes tags PEYMA-style (B_PER); readers accept B-PER too.

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'DAT', 'TIM', 'MON', 'PCT'] as const;
export type TaggerEntityType = (typeof ENTITY_TYPES)[number];

/** Index 0 is O; then B_X, I_X for each type in ENTITY_TYPES order. */
export const TAGS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B_${t}`, `I_${t}`])];
export const NUM_TAGS = TAGS.length;

const TAG_INDEX = new Map(TAGS.map((t, i) => [t, i]));

/** Accepts B_PER, B-PER, b-per; anything unknown (or a lone type) is O. */
export function normalizeTag(tag: string): string {
  const t = tag.trim().toUpperCase().replace('-', '_');
  return TAG_INDEX.has(t) ? t : 'O';
}

export function tagIndex(tag: string): number {
  return TAG_INDEX.get(normalizeTag(tag)) ?? 0;
}

export const isInside = (i: number): boolean => i > 0 && i % 2 === 0;
export const isBegin = (i: number): boolean => i % 2 === 1;
/** Entity type index (into ENTITY_TYPES) of a B_ or I_ tag; -1 for O. */
export const typeOfTag = (i: number): number => (i === 0 ? -1 : (i - 1) >> 1);

/** Whether tag `cur` may follow tag `prev` (prev = -1 at the start of a sentence). */
export function allowedTransition(prev: number, cur: number): boolean {
  if (!isInside(cur)) return true;
  return prev >= 0 && prev !== 0 && typeOfTag(prev) === typeOfTag(cur);
}
