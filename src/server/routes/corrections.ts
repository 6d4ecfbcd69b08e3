// Corrections that teach the coder (docs/api.md): an analyst marks a stored event wrong, corrects
// its type, actor, recipient or date, or adds one the coder missed; the write token is required.
// GET /api/corrections/gold writes the corrected articles as an event gold file that
// `rasad eval --events` reads (docs/eval.md), so a team's corrections measure the next coder.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { PLOVER_TYPES } from '../../doc.js';
import type { Correction, CorrectionLog, NewCorrection } from '../../store/corrections.js';
import type { Store, StoredArticle } from '../../store/types.js';
import { HttpError } from '../errors.js';

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Codes = Type.String({ maxLength: 200, pattern: '^[A-Za-z0-9;]*$' });
const CorrectionBody = Type.Object(
  {
    event: Type.Union([Type.String({ maxLength: 200 }), Type.Null()]),
    article: Type.String({ minLength: 1, maxLength: 500 }),
    kind: Type.Unsafe<'wrong' | 'edit' | 'add'>({ type: 'string', enum: ['wrong', 'edit', 'add'] }),
    type: Type.Optional(
      Type.Union([Type.Unsafe<string>({ type: 'string', enum: [...PLOVER_TYPES] }), Type.Null()]),
    ),
    actor: Type.Optional(Type.Union([Codes, Type.Null()])),
    recipient: Type.Optional(Type.Union([Codes, Type.Null()])),
    date: Type.Optional(Type.Union([Day, Type.Null()])),
    span: Type.Optional(
      Type.Union([
        Type.Object(
          {
            start: Type.Integer({ minimum: 0 }),
            end: Type.Integer({ minimum: 0 }),
            text: Type.String({ maxLength: 5000 }),
          },
          { additionalProperties: false },
        ),
        Type.Null(),
      ]),
    ),
    note: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
  },
  { additionalProperties: false },
);

const codesOf = (s: string | null | undefined) => (s ? s.split(';').filter(Boolean) : []);

/** One gold line: the article's text and its events as the analysts left them. */
function goldLine(article: StoredArticle, edits: { edits: Map<string, Correction>; added: Correction[] }) {
  const code = new Map(article.actors.map((a) => [a.id, a.code ?? a.country ?? a.name]));
  const ids = article.actor_ids ?? {};
  // A correction names the stored (global) event and carries its trigger's span; the article's own
  // events are matched to it by that span, which both share.
  const bySpan = new Map<string, Correction>();
  for (const c of edits.edits.values()) if (c.span) bySpan.set(`${c.span.start}:${c.span.end}`, c);
  const events = [];
  for (const e of article.events) {
    const c = bySpan.get(`${e.trigger.start}:${e.trigger.end}`);
    if (c?.kind === 'wrong') continue;
    events.push({
      type: c?.type ?? e.type,
      mode: e.mode,
      ...(c?.type && c.type !== e.type ? {} : { cameo: e.cameo }),
      actor: c?.actor != null ? codesOf(c.actor) : e.actor.map((id) => code.get(id) ?? ids[id] ?? id),
      recipient:
        c?.recipient != null ? codesOf(c.recipient) : e.recipient.map((id) => code.get(id) ?? ids[id] ?? id),
      date: c?.date !== undefined && c?.date !== null ? c.date : e.date,
      negated: e.negated,
      evidence: e.trigger.text,
      ...(c ? { note: `corrected${c.note ? `: ${c.note}` : ''}` } : {}),
    });
  }
  for (const a of edits.added)
    events.push({
      type: a.type,
      mode: null,
      actor: codesOf(a.actor),
      recipient: codesOf(a.recipient),
      date: a.date ?? null,
      negated: false,
      evidence: a.span?.text ?? '',
      note: `added by an analyst${a.note ? `: ${a.note}` : ''}`,
    });
  return { id: article.id, published: article.published, title: article.title, text: article.text, events };
}

export function correctionRoutes(
  app: FastifyInstance,
  store: Store,
  checkToken: (header: string | undefined) => void,
  log: CorrectionLog,
): void {
  app.get<{ Querystring: { article?: string } }>(
    '/api/corrections',
    {
      schema: {
        summary: "Analysts' corrections, stored beside the machine's events",
        tags: ['corrections'],
        querystring: Type.Object(
          { article: Type.Optional(Type.String({ maxLength: 500 })) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => ({ corrections: log.list(request.query.article) }),
  );

  app.post<{ Body: NewCorrection }>(
    '/api/corrections',
    {
      schema: {
        summary: 'Store a correction (needs the write token)',
        tags: ['corrections'],
        body: CorrectionBody,
      },
      preValidation: async (request) => checkToken(request.headers.authorization),
    },
    async (request, reply) => {
      const c = request.body;
      if (c.kind !== 'add' && (!c.event || !c.span))
        throw new HttpError(
          400,
          "a correction of an event names the event and its trigger's span",
          c.event ? 'span' : 'event',
        );
      if (c.kind === 'add' && (!c.type || !c.span))
        throw new HttpError(400, 'an added event needs a type and a span', c.type ? 'span' : 'type');
      if (!(await store.getArticle(c.article))) throw new HttpError(404, 'no such article', 'article');
      return reply.code(201).send(log.add(c));
    },
  );

  app.get(
    '/api/corrections/gold',
    { schema: { summary: 'The corrected articles as an event gold file (JSONL)', tags: ['corrections'] } },
    async (_request, reply) => {
      const lines: string[] = [];
      for (const [id, edits] of log.byArticle()) {
        const article = await store.getArticle(id);
        if (article) lines.push(JSON.stringify(goldLine(article, edits)));
      }
      return reply
        .type('application/x-ndjson; charset=utf-8')
        .header('content-disposition', 'attachment; filename="rasad-corrections-gold.jsonl"')
        .send(lines.length ? `${lines.join('\n')}\n` : '');
    },
  );
}
