// STUB (owned by the actors work): single-word lists from the actor lexicon, used as features by the
// statistical tagger (src/recognize/tagger). Words are in repaired spelling (ی، ک, ZWNJ as the lexicon has it).
export interface Gazetteer {
  countryWords: Set<string>;
  titleWords: Set<string>;
  orgWords: Set<string>;
  personWords: Set<string>;
  placeWords: Set<string>;
}

export function gazetteer(): Gazetteer {
  return { countryWords: new Set(), titleWords: new Set(), orgWords: new Set(), personWords: new Set(), placeWords: new Set() };
}
