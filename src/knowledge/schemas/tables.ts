// Line formats of the tabular knowledge files (TSV and word lists): how many TAB-separated fields a
// line holds. `#` starts a comment line; blank lines are skipped. A file a script compiles keeps its
// header line, which must have the same number of fields.
export interface TableFormat {
  /** The numbers of fields a line may have. */
  fields: readonly number[];
}

export const TABLE_FORMATS: Record<string, TableFormat> = {
  'lexicon/actors/countries.tsv': { fields: [6] },
  'lexicon/actors/countries-cldr.tsv': { fields: [3] },
  'lexicon/actors/sources/organizations.tsv': { fields: [6, 7] },
  'lexicon/actors/sources/people.tsv': { fields: [7] },
  'lexicon/places/gazetteer.tsv': { fields: [10] },
  'lexicon/places/regional.tsv': { fields: [9, 11] },
  'lexicon/places/sources/zone.tab': { fields: [3, 4] },
  'lexicon/places/weak-names.txt': { fields: [1] },
  'lexicon/repair/bound-tails.txt': { fields: [1] },
  'lexicon/repair/compound-tails.tsv': { fields: [2] },
  'lexicon/repair/whole-words.tsv': { fields: [1, 2] },
  'lexicon/repair/zwnj-forms.tsv': { fields: [2] },
  'lexicon/repair/zwnj-model.tsv': { fields: [3] },
  'lexicon/tagger/names.tsv': { fields: [2] },
  'lexicon/tagger/org-heads.txt': { fields: [1] },
};

/** The first line that does not fit the format, as a one-line error naming file and line; else null. */
export function checkTable(name: string, text: string, format: TableFormat): string | null {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/\r$/, '');
    if (line === '' || line.startsWith('#')) continue;
    const n = line.split('\t').length;
    if (!format.fields.includes(n))
      return `${name}: line ${i + 1}: ${n} field${n === 1 ? '' : 's'}, expected ${format.fields.join(' or ')}`;
    if (line.split('\t')[0] === '') return `${name}: line ${i + 1}: the first field is empty`;
  }
  return null;
}
