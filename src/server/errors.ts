// Every failure the API reports is JSON `{"error": "...", "field": "..."|null}` with a 4xx status
// when the client is to blame. Fastify's own errors (validation, body too large, malformed JSON,
// unsupported media type, rate limit) are translated here so none of them surfaces as a 500.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** The name of the input an Ajv error is about: `since`, `limit`, `text`… */
export function fieldOf(error: AjvError): string | null {
  if (error.keyword === 'additionalProperties') return String(error.params.additionalProperty);
  if (error.keyword === 'required') return String(error.params.missingProperty);
  const first = error.instancePath.split('/').filter(Boolean)[0];
  return first ?? null;
}

function describe(error: AjvError, context: string | undefined, field: string | null): string {
  const where =
    context === 'querystring' ? 'query parameter' : context === 'params' ? 'path parameter' : 'field';
  if (error.keyword === 'additionalProperties') return `unknown ${where} '${field}'`;
  if (error.keyword === 'required') return `missing ${where} '${field}'`;
  if (error.keyword === 'format' || error.keyword === 'pattern') {
    return `${where} '${field}' must be ${error.params.format === 'date' ? 'an ISO date YYYY-MM-DD' : 'well formed'}`;
  }
  return field
    ? `${where} '${field}' ${error.message ?? 'is invalid'}`
    : `${context ?? 'request'} ${error.message ?? 'is invalid'}`;
}

const BY_CODE: Record<string, { status: number; message: string; field: string | null }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, message: 'request body is too large', field: 'body' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, message: 'unsupported content type', field: 'content-type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    message: 'content-length does not match the body',
    field: 'content-length',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, message: 'empty JSON body', field: 'body' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, message: 'malformed JSON body', field: 'body' },
};

export function errorHandler(
  error: FastifyError & { validation?: AjvError[]; validationContext?: string },
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error.validation && error.validation.length > 0) {
    const first = error.validation[0];
    const field = fieldOf(first);
    return reply.code(400).send({ error: describe(first, error.validationContext, field), field });
  }
  if (error instanceof HttpError) {
    return reply.code(error.statusCode).send({ error: error.message, field: error.field });
  }
  const known = error.code ? BY_CODE[error.code] : undefined;
  if (known) return reply.code(known.status).send({ error: known.message, field: known.field });
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return reply.code(400).send({ error: 'malformed JSON body', field: 'body' });
  }
  const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status >= 400 && status < 500) {
    return reply.code(status).send({ error: error.message, field: null });
  }
  request.log.error({ err: error }, 'request failed');
  return reply.code(500).send({ error: 'internal error', field: null });
}
