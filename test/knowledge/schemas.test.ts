// Every file under lexicon/ has a schema (src/knowledge/schemas/) and fits it; a broken file is
// refused with one line naming the file and the field (or the line of a table).
import { readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type KnowledgeName, knowledgePath, readKnowledgeText } from '../../src/knowledge/files.js';
import { checkKnowledgeFile, hasSchema, NOT_DATA } from '../../src/knowledge/schemas/index.js';

/** The data files at or under a knowledge path (documentation and licences left out). */
function filesAt(name: string): string[] {
  if (!statSync(knowledgePath(name as KnowledgeName)).isDirectory()) return NOT_DATA.test(name) ? [] : [name];
  return readdirSync(knowledgePath(`${name}/` as KnowledgeName)).flatMap((e) => filesAt(`${name}/${e}`));
}

const FILES = readdirSync(knowledgePath('lexicon/')).flatMap((f) => filesAt(`lexicon/${f}`));

const refusal = (name: string, text: string): string => {
  try {
    checkKnowledgeFile(name as KnowledgeName, text);
  } catch (e) {
    return (e as Error).message;
  }
  return 'accepted';
};

/** A shipped JSON file with one change made to its data. */
function broken(name: string, change: (d: Record<string, unknown>) => void): string {
  const d = JSON.parse(readKnowledgeText(name as KnowledgeName)) as Record<string, unknown>;
  change(d);
  return JSON.stringify(d);
}

describe('every knowledge file', () => {
  it('has a schema or a line format', () => {
    expect(FILES.length).toBeGreaterThan(40);
    expect(FILES.filter((f) => !hasSchema(f))).toEqual([]);
  });
  it.each(FILES)('%s fits it', (name) => {
    expect(() => checkKnowledgeFile(name as KnowledgeName)).not.toThrow();
  });
});

describe('a broken file: one line naming the file, the entry and the field', () => {
  it('a trigger without patterns', () => {
    const text = broken('lexicon/events/triggers.json', (d) => {
      delete (d.triggers as Array<Record<string, unknown>>)[3]?.patterns;
    });
    expect(refusal('lexicon/events/triggers.json', text)).toMatch(
      /^lexicon\/events\/triggers\.json: triggers entry 4 \("[^"]+"\): field "patterns": is missing$/,
    );
  });
  it('a month number out of range', () => {
    const text = broken('lexicon/calendars/months.json', (d) => {
      ((d.persian as Array<Record<string, unknown>>)[0] as Record<string, unknown>).month = 13;
    });
    expect(refusal('lexicon/calendars/months.json', text)).toMatch(
      /^lexicon\/calendars\/months\.json: persian entry 1: field "month": .*\(got 13\)$/,
    );
  });
  it('a person whose names are not a list', () => {
    const text = broken('lexicon/actors/people.json', (d) => {
      ((d as unknown as Array<Record<string, unknown>>)[0] as Record<string, unknown>).names = 'x';
    });
    const msg = refusal('lexicon/actors/people.json', text);
    expect(msg.split('\n')).toHaveLength(1);
    expect(msg).toMatch(/^lexicon\/actors\/people\.json: entry 1 \("[^"]+"\): field "names": .*\(got "x"\)$/);
  });
  it('arguments.json: a missing list, a blank word, a side policy that is not PLOVER types', () => {
    const file = 'lexicon/events/arguments.json';
    const missing = broken(file, (d) => {
      delete d.destinationHeads;
    });
    expect(refusal(file, missing)).toBe(`${file}: field "destinationHeads": is missing`);
    const blank = broken(file, (d) => {
      (d.partitiveHeads as string[])[1] = '  ';
    });
    expect(refusal(file, blank)).toBe(
      `${file}: partitiveHeads entry 2: must be a non-empty string (got "  ")`,
    );
    const lower = broken(file, (d) => {
      ((d.oneSided as Record<string, Record<string, string[]>>).noActor as Record<string, string[]>).never = [
        'reject',
      ];
    });
    expect(refusal(file, lower)).toMatch(
      /^lexicon\/events\/arguments\.json: oneSided\.noActor\.never entry 1: /,
    );
  });
  it('a JSON syntax error names the file', () => {
    expect(refusal('lexicon/repair/abbreviations.json', '{"abbreviations": [')).toMatch(
      /^lexicon\/repair\/abbreviations\.json: /,
    );
  });
  it('a table line with the wrong number of fields names the line', () => {
    expect(refusal('lexicon/tagger/names.tsv', '# comment\nفارس\tMEDIA\nایرنا\n')).toBe(
      'lexicon/tagger/names.tsv: line 3: 1 field, expected 2',
    );
  });
  it('a file with no schema is named', () => {
    expect(refusal('lexicon/events/new-list.json', '{}')).toBe(
      'lexicon/events/new-list.json: no schema (src/knowledge/schemas/)',
    );
  });
});
