// Every knowledge file's schema, by name: the JSON families (one module each) and the line formats of
// the tabular files. checkKnowledgeFile reads a file through src/knowledge/files.ts and throws its first
// error as one line naming the file and the field (or line). test/knowledge/schemas.test.ts checks
// that every file under lexicon/ has a schema here and fits it.
import type { Static, TSchema } from '@sinclair/typebox';
import { type KnowledgeName, readKnowledgeJson, readKnowledgeText } from '../files.js';
import { checkKnowledge } from '../validate.js';
import { ACTOR_SCHEMAS } from './actors.js';
import { CALENDAR_SCHEMAS } from './calendars.js';
import { EVENT_SCHEMAS, TriggersFile } from './events.js';
import { PloverFile } from './ontology.js';
import { OTHER_SCHEMAS } from './others.js';
import { checkTable, TABLE_FORMATS } from './tables.js';

const JSON_SCHEMAS: Record<string, TSchema> = {
  ...EVENT_SCHEMAS,
  ...ACTOR_SCHEMAS,
  ...CALENDAR_SCHEMAS,
  ...OTHER_SCHEMAS,
  'lexicon/ontology/plover.json': PloverFile,
};

/** Documentation and licences: not data, so no schema. */
export const NOT_DATA = /(?:^|\/)(?:README\.md|LICENSE[^/]*)$/;

/** The schema of a JSON knowledge file (every lexicon/events/triggers*.json is a trigger file). */
export function jsonSchemaFor(name: string): TSchema | null {
  if (/^lexicon\/events\/triggers[^/]*\.json$/.test(name)) return TriggersFile;
  return JSON_SCHEMAS[name] ?? null;
}

/** Whether a file under lexicon/ has a schema or a line format here. */
export function hasSchema(name: string): boolean {
  return jsonSchemaFor(name) !== null || name in TABLE_FORMATS;
}

/** Validates one knowledge file given its text (default: read from lexicon/). */
export function checkKnowledgeFile(name: KnowledgeName, text: string = readKnowledgeText(name)): void {
  const schema = jsonSchemaFor(name);
  if (schema) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new Error(`${name}: ${(e as Error).message.split('\n')[0]}`);
    }
    checkKnowledge(schema, data, name);
    return;
  }
  const format = TABLE_FORMATS[name];
  if (!format) throw new Error(`${name}: no schema (src/knowledge/schemas/)`);
  checkTable(name, text, format);
}

/**
 * A JSON knowledge file read and checked against its schema — the one way a loader reads its file.
 * The schema must be the file's own (the one `jsonSchemaFor` names), so the loader and the schema
 * test check the same thing.
 */
export function readCheckedJson<T extends TSchema>(name: KnowledgeName, schema: T): Static<T> {
  if (jsonSchemaFor(name) !== schema) throw new Error(`${name}: read with a schema that is not its own`);
  return checkKnowledge(schema, readKnowledgeJson(name), name);
}
