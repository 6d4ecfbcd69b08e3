// Validates a response body against one of the API's schemas with the same Ajv (and formats) that
// Fastify validates requests with, loaded through Fastify's own dependency chain.
import { createRequire } from 'node:module';
import type { TSchema } from '@sinclair/typebox';

const fromHere = createRequire(import.meta.url);
const fromCompiler = createRequire(
  createRequire(fromHere.resolve('fastify')).resolve('@fastify/ajv-compiler'),
);
const Ajv = fromCompiler('ajv').default ?? fromCompiler('ajv');
const addFormats = fromCompiler('ajv-formats').default ?? fromCompiler('ajv-formats');

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);

/** The validation errors (empty when the value fits the schema). */
export function schemaErrors(schema: TSchema, value: unknown): string[] {
  const { $id: _id, ...anonymous } = schema as TSchema & { $id?: string };
  const validate = ajv.compile(anonymous);
  return validate(value)
    ? []
    : (validate.errors ?? []).map(
        (e: { instancePath: string; message?: string }) => `${e.instancePath} ${e.message}`,
      );
}
