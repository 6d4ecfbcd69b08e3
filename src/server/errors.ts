// Every failure the API reports is JSON `{"error": "...", "field": "..."|null}` with a 4xx status
// when the client is to blame. Fastify's own errors (validation, body too large, malformed JSON,
// unsupported media type, rate limit) are translated here so none of them surfaces as a 500.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { CursorError } from '../store/index.js';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly field: string | null = null,
    /** Seconds for a Retry-After header (503: busy, 429: rate limited). */
    readonly retryAfter: number | null = null,
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
  if (error instanceof CursorError) return reply.code(400).send({ error: error.message, field: 'cursor' });
  if (error instanceof HttpError) {
    if (error.retryAfter !== null) reply.header('retry-after', String(error.retryAfter));
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

/**
 * Fastify's routing errors (a path that is not valid percent-encoding, `/%ff`): the contract's layout,
 * not Fastify's own.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const badUrl = error.code === 'FST_ERR_BAD_URL';
  reply.code(400).send({
    error: badUrl ? 'the path is not valid percent-encoding' : 'malformed request',
    field: badUrl ? 'path' : null,
  });
}

/**
 * Errors Node's HTTP parser meets before there is a request (headers too large, raw bytes in the
 * request line): answered on the socket in the contract's layout, then closed.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const timeout = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
  const status = tooLarge ? 431 : timeout ? 408 : 400;
  const body = JSON.stringify(
    tooLarge
      ? { error: 'the request headers are too large', field: 'headers' }
      : timeout
        ? { error: 'the request took too long to arrive', field: null }
        : {
            error: 'malformed HTTP request (invalid characters in the request line or headers)',
            field: null,
          },
  );
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * Numbers in a query string are digits only: Ajv's coercion would take `1e3`, `0x10`, ` 10` or `10.0`
 * as numbers, which the contract does not allow. Runs before validation, while values are strings.
 */
export async function digitsOnly(request: FastifyRequest): Promise<void> {
  const schema = request.routeOptions.schema?.querystring as
    | { properties?: Record<string, { type?: unknown }> }
    | undefined;
  const props = schema?.properties;
  if (!props) return;
  for (const [name, value] of Object.entries((request.query ?? {}) as Record<string, unknown>)) {
    if (props[name]?.type !== 'integer') continue;
    if (Array.isArray(value))
      throw new HttpError(400, `query parameter '${name}' is given more than once`, name);
    if (typeof value === 'string' && !/^[0-9]{1,15}$/.test(value))
      throw new HttpError(400, `query parameter '${name}' must be a whole number written in digits`, name);
  }
}
