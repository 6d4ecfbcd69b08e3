// Checking a knowledge file against its schema (TypeBox, src/knowledge/schemas/), and the one error
// format every knowledge loader uses, for the shipped files and users' own (triggers.local.json,
// --dictionary, $RASAD_DICTIONARIES) alike — one line naming the file, the entry and the field:
//
//   <file>: <entry>: field "<field>": <what is wrong>
//
// The entry is an element of a list, counted from 1 and named by its id (or title) when it has one:
// «people entry 2 ("p1")», «triggers entry 4 ("meet")», «entry 1 ("o1")» in a file that is a bare
// list, «line 3» in a table. The field is the path inside the entry («roles[0].until», «cameo»). A file
// without lists names only the field («field "types.0.quad"»). Checks a schema cannot state (a code
// the lexicon does not know, a date range that ends before it begins, a duplicate id) throw the same
// shape through entryError. The error is a UserError: the CLI prints it as one line and exits 1.
import type { Static, TSchema } from '@sinclair/typebox';
import { type TypeCheck, TypeCompiler } from '@sinclair/typebox/compiler';
import { UserError } from '../errors.js';

/** A bad knowledge file: bad input (exit status 1), one line. */
export class KnowledgeError extends UserError {
  constructor(message: string) {
    super(message, 1);
  }
}

/** A JSON pointer («/types/3/modes/0») as its parts. */
function pointerParts(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Path parts as a field name: «roles[0].until», «types.0.quad» outside lists. */
function fieldName(parts: readonly string[], brackets: boolean): string {
  let out = '';
  for (const p of parts) {
    if (brackets && /^\d+$/.test(p)) out += `[${p}]`;
    else out += out === '' ? p : `.${p}`;
  }
  return out;
}

/** An entry's name: «people entry 2 ("p1")»; `list` is null in a file that is a bare list. */
export function entryName(list: string | null, index: number, entry?: unknown): string {
  const o = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
  const id = [o.id, o.title, o.code].find((v) => typeof v === 'string' && v !== '') as string | undefined;
  return `${list ? `${list} ` : ''}entry ${index + 1}${id ? ` ("${id}")` : ''}`;
}

/** The one-line error of an entry's field (`field` null: the entry itself). */
export function entryError(
  file: string,
  entry: string,
  field: string | null,
  message: string,
): KnowledgeError {
  return new KnowledgeError(`${file}: ${entry}: ${field ? `field "${field}": ` : ''}${message}`);
}

/** The one-line error of a field of a file without entries. */
export function knowledgeError(file: string, field: string, message: string): KnowledgeError {
  return new KnowledgeError(`${file}: field "${field}": ${message}`);
}

/**
 * The error at a path inside `root`: the first list index on the path makes the entry (named from the
 * element), the rest the field.
 */
export function errorAt(
  file: string,
  root: unknown,
  parts: readonly string[],
  message: string,
): KnowledgeError {
  let node: unknown = root;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (Array.isArray(node) && /^\d+$/.test(part)) {
      const index = Number(part);
      const entry = entryName(parts.slice(0, i).join('.') || null, index, node[index]);
      const rest = parts.slice(i + 1);
      return entryError(file, entry, rest.length > 0 ? fieldName(rest, true) : null, message);
    }
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (parts.length === 0) return new KnowledgeError(`${file}: ${message}`);
  return knowledgeError(file, fieldName(parts, false), message);
}

const compiled = new WeakMap<TSchema, TypeCheck<TSchema>>();
/** A schema's checker, compiled at its first use (the lexicon files hold thousands of entries). */
function checker<T extends TSchema>(schema: T): TypeCheck<T> {
  let c = compiled.get(schema);
  if (!c) {
    c = TypeCompiler.Compile(schema);
    compiled.set(schema, c);
  }
  return c as TypeCheck<T>;
}

/**
 * What a schema error says: the schema's own `errorMessage` if it has one, else TypeBox's — for a
 * value-or-null, what the value failed (not «expected union value»).
 */
function describeError(schema: TSchema, message: string, value: unknown): string {
  if (value === undefined) return 'is missing';
  const got = `got ${JSON.stringify(value)?.slice(0, 60)}`;
  const own = (schema as { errorMessage?: string }).errorMessage;
  if (own) return `${own} (${got})`;
  const anyOf = (schema as { anyOf?: TSchema[] }).anyOf ?? [];
  const variants = anyOf.filter((s) => s.type !== 'null');
  if (variants.length === 1 && anyOf.length === 2) {
    const sub = checker(variants[0] as TSchema)
      .Errors(value)
      .First();
    const subOwn = (sub?.schema as { errorMessage?: string } | undefined)?.errorMessage;
    if (sub) return `${subOwn ?? sub.message.toLowerCase()}, or null (${got})`;
  }
  return `${message.toLowerCase()} (${got})`;
}

/**
 * The data if it fits the schema; else throws the first error as one line. `prefix` is the path of
 * `data` inside `root` when a part of a file is checked on its own (an entry of a mixed list).
 */
export function checkKnowledge<T extends TSchema>(
  schema: T,
  data: unknown,
  file: string,
  prefix: readonly string[] = [],
  root: unknown = data,
): Static<T> {
  const check = checker(schema);
  if (check.Check(data)) return data;
  const first = check.Errors(data).First();
  if (!first) throw new KnowledgeError(`${file}: does not fit its schema`);
  const parts = [...prefix, ...pointerParts(first.path)];
  throw errorAt(file, root, parts, describeError(first.schema, first.message, first.value));
}

/** checkKnowledge for one entry checked on its own (a line of a table, an element of a mixed list). */
export function checkEntry<T extends TSchema>(
  schema: T,
  value: unknown,
  file: string,
  entry: string,
): Static<T> {
  const check = checker(schema);
  if (check.Check(value)) return value;
  const first = check.Errors(value).First();
  if (!first) throw entryError(file, entry, null, 'does not fit its schema');
  const parts = pointerParts(first.path);
  throw entryError(
    file,
    entry,
    parts.length > 0 ? fieldName(parts, true) : null,
    describeError(first.schema, first.message, first.value),
  );
}
