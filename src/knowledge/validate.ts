// Checking a knowledge file against its schema (TypeBox, src/knowledge/schemas/): the first error is
// one line naming the file, the field (as a path: «cameo.018.type», «types.3.modes.0») and what
// was expected, so a user who edits a lexicon file sees exactly what to fix.
import type { Static, TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

/** A JSON pointer («/types/3/modes/0») as a field path («types.3.modes.0»). */
export function fieldPath(pointer: string): string {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  return parts.length > 0 ? parts.join('.') : '(top level)';
}

/** A one-line error naming the file and the field. */
export function knowledgeError(file: string, field: string, message: string): Error {
  return new Error(`${file}: ${field}: ${message}`);
}

/** The data if it fits the schema; else throws the first error as one line (file, field, expected, got). */
export function checkKnowledge<T extends TSchema>(schema: T, data: unknown, file: string): Static<T> {
  if (Value.Check(schema, data)) return data;
  const first = Value.Errors(schema, data).First();
  if (!first) throw new Error(`${file}: does not fit its schema`);
  const got = first.value === undefined ? 'missing' : `got ${JSON.stringify(first.value)?.slice(0, 60)}`;
  throw knowledgeError(file, fieldPath(first.path), `${first.message.toLowerCase()} (${got})`);
}
