// One article with its layers: the repaired text with entities, dates, quotes and event triggers
// highlighted, the list of events, the selected event's details with its evidence, and the quotes
// with their speakers and chains of reporters (on hover in the text and as a list beside it).
// The text is untrusted and is only ever rendered as React text nodes, never as HTML.
import { Fragment, type ReactNode, useMemo, useState } from 'react';
import type { ExtractResult } from '../api.js';
import { useI18n } from '../i18n/index.js';
import { entityName, modeName, typeName } from '../i18n/vocab.js';
import { Link } from '../router.js';
import { Code, Count } from './Bidi.js';
import { DateText } from './DateText.js';
import { type Annotation, runs } from './highlight.js';

type Result = ExtractResult;
type Event = Result['events'][number];
type Actor = Result['actors'][number];
type Quote = Result['quotes'][number];

/** Per-article actor ids (a1) → the store's global ids, when the article is stored. */
type GlobalIds = Record<string, string> | undefined;

function actorLabel(a: Actor | undefined, id: string, lang: 'fa' | 'en'): string {
  if (!a) return id;
  return lang === 'en' && a.name_en ? a.name_en : a.name;
}

/** "Speaker: X · reported through: A ← B", the hover text of a quote. */
function quoteTitle(
  q: Quote,
  actors: Map<string, Actor>,
  t: (k: 'quote.speaker' | 'quote.chain' | 'quote.unknown') => string,
  lang: 'fa' | 'en',
): string {
  const speaker = q.speaker ? actorLabel(actors.get(q.speaker), q.speaker, lang) : t('quote.unknown');
  const chain = q.chain.filter((id) => id !== q.speaker).map((id) => actorLabel(actors.get(id), id, lang));
  return `${t('quote.speaker')}: ${speaker}${chain.length ? ` · ${t('quote.chain')}: ${chain.join(lang === 'fa' ? ' ← ' : ' → ')}` : ''}`;
}

function annotationsOf(
  result: Result,
  selected: Event | null,
  activeQuote: number | null,
  actors: Map<string, Actor>,
  t: (k: 'quote.speaker' | 'quote.chain' | 'quote.unknown') => string,
  lang: 'fa' | 'en',
): Annotation[] {
  const out: Annotation[] = [];
  if (selected) {
    const sentence = result.sentences[selected.sentence];
    if (sentence) out.push({ ...sentence, className: 'evidence' });
  }
  result.quotes.forEach((q, i) => {
    out.push({
      start: q.start,
      end: q.end,
      className: i === activeQuote ? 'quote active' : 'quote',
      title: quoteTitle(q, actors, t, lang),
      quote: i,
    });
  });
  for (const e of result.entities)
    out.push({ start: e.start, end: e.end, className: `ent ent-${e.type}`, title: entityName(e.type, lang) });
  for (const d of result.dates)
    out.push({ start: d.start, end: d.end, className: 'ent ent-DAT', title: d.value });
  for (const v of result.events) {
    out.push({
      start: v.trigger.start,
      end: v.trigger.end,
      className: v.id === selected?.id ? 'trigger selected' : `trigger quad${v.quad}`,
      event: v.id,
      title: `${typeName(v.type, lang)} ${v.cameo}`,
    });
  }
  return out;
}

function HighlightedText({
  result,
  annotations,
  onSelect,
}: {
  result: Result;
  annotations: Annotation[];
  onSelect: (id: string) => void;
}) {
  const pieces = useMemo(() => runs(result.text.length, annotations), [result, annotations]);
  return (
    <div className="article-text" dir="rtl" lang="fa">
      {pieces.map((run) => {
        const text = result.text.slice(run.start, run.end);
        if (run.annotations.length === 0) return <Fragment key={run.start}>{text}</Fragment>;
        const classes = run.annotations.map((a) => a.className).join(' ');
        const event = run.annotations.find((a) => a.event)?.event;
        const quote = run.annotations.find((a) => a.quote !== undefined)?.quote;
        const title =
          run.annotations
            .map((a) => a.title)
            .filter(Boolean)
            .join(' · ') || undefined;
        if (event) {
          // A trigger stays a <mark> inside the running text (a <button> would break the line's
          // flow and bidi); it is made operable by keyboard with tabIndex and Enter.
          return (
            // biome-ignore lint/a11y/useSemanticElements: see above
            <mark
              key={run.start}
              className={classes}
              data-event={event}
              data-quote={quote}
              title={title}
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: see above
              role="button"
              tabIndex={0}
              onClick={() => onSelect(event)}
              onKeyDown={(e) => e.key === 'Enter' && onSelect(event)}
            >
              {text}
            </mark>
          );
        }
        return (
          <span key={run.start} className={classes} title={title} data-quote={quote}>
            {text}
          </span>
        );
      })}
    </div>
  );
}

function ActorNames({
  ids,
  actors,
  globalIds,
}: {
  ids: string[];
  actors: Map<string, Actor>;
  globalIds: GlobalIds;
}) {
  if (ids.length === 0) return <span className="muted">—</span>;
  return (
    <>
      {ids.map((id, i) => {
        const a = actors.get(id);
        return (
          <Fragment key={id}>
            {i > 0 && '، '}
            {a ? <ActorName actor={a} globalId={globalIds?.[id]} /> : <bdi>{id}</bdi>}
          </Fragment>
        );
      })}
    </>
  );
}

/** An actor's name: a link to its actor page when the article is stored, else to its events by code. */
function ActorName({ actor, globalId }: { actor: Actor; globalId?: string }) {
  const { lang } = useI18n();
  const name = <bdi>{lang === 'en' && actor.name_en ? actor.name_en : actor.name}</bdi>;
  return (
    <span className="actor-name">
      {globalId ? <Link to={`/actors/${encodeURIComponent(globalId)}`}>{name}</Link> : name}
      {actor.code && (
        <>
          {' '}
          <Link to={`/events?actor=${encodeURIComponent(actor.code)}`} className="code">
            <bdi dir="ltr">{actor.code}</bdi>
          </Link>
        </>
      )}
    </span>
  );
}

function EventDetails({
  result,
  event,
  actors,
  globalIds,
  extra,
}: {
  result: Result;
  event: Event;
  actors: Map<string, Actor>;
  globalIds: GlobalIds;
  extra?: ReactNode;
}) {
  const { t, lang } = useI18n();
  const percent = (x: number) =>
    new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : 'en-GB', { style: 'percent' }).format(x);
  const sentence = result.sentences[event.sentence];
  const s = sentence ?? { start: event.trigger.start, end: event.trigger.end };
  const before = result.text.slice(s.start, Math.max(s.start, event.trigger.start));
  const after = result.text.slice(Math.min(s.end, event.trigger.end), s.end);
  return (
    <section className="event-details" aria-label={t('event.evidence')}>
      <dl>
        <dt>{t('event.type')}</dt>
        <dd>
          <span className={`badge quad${event.quad}`} title={event.type}>
            {typeName(event.type, lang)}
          </span>{' '}
          <Code muted>{event.type}</Code>
          {event.mode && <span className="muted"> / {modeName(event.mode, lang)}</span>}
          {event.negated && <span className="badge flag"> {t('event.negated')}</span>}
          {event.future && <span className="badge flag"> {t('event.future')}</span>}
        </dd>
        <dt>{t('event.cameo')}</dt>
        <dd>
          <Code>{event.cameo}</Code>
        </dd>
        <dt>{t('event.quad')}</dt>
        <dd>{t(`quad.${event.quad}` as 'quad.1')}</dd>
        <dt>{t('event.actor')}</dt>
        <dd>
          <ActorNames ids={event.actor} actors={actors} globalIds={globalIds} />
        </dd>
        <dt>{t('event.recipient')}</dt>
        <dd>
          <ActorNames ids={event.recipient} actors={actors} globalIds={globalIds} />
        </dd>
        {event.reported_by.length > 0 && (
          <>
            <dt>{t('event.reportedBy')}</dt>
            <dd>
              <ActorNames ids={event.reported_by} actors={actors} globalIds={globalIds} />
            </dd>
          </>
        )}
        <dt>{t('event.date')}</dt>
        <dd>
          <DateText iso={event.date} />
        </dd>
        <dt>{t('event.confidence')}</dt>
        <dd>
          <bdi>{percent(event.confidence)}</bdi>
        </dd>
      </dl>
      <blockquote className="evidence-text" dir="rtl" lang="fa">
        {before}
        <strong className="trigger selected">{event.trigger.text}</strong>
        {after}
      </blockquote>
      {extra}
    </section>
  );
}

function QuoteList({
  result,
  actors,
  globalIds,
  active,
  onPick,
}: {
  result: Result;
  actors: Map<string, Actor>;
  globalIds: GlobalIds;
  active: number | null;
  onPick: (i: number | null) => void;
}) {
  const { t, lang } = useI18n();
  return (
    <ul className="quote-list">
      {result.quotes.map((q, i) => {
        const chain = q.chain.filter((id) => id !== q.speaker);
        return (
          <li
            key={`${q.start}-${q.end}`}
            className={i === active ? 'active' : undefined}
            data-quote={i}
            onMouseEnter={() => onPick(i)}
            onMouseLeave={() => onPick(null)}
          >
            <div className="quote-speaker">
              {q.speaker ? (
                <ActorNames ids={[q.speaker]} actors={actors} globalIds={globalIds} />
              ) : (
                <span className="muted">{t('quote.unknown')}</span>
              )}
              <span className="muted small"> · {q.direct ? t('quote.direct') : t('quote.indirect')}</span>
            </div>
            {chain.length > 0 && (
              <div className="muted small quote-chain">
                {t('quote.chain')}:{' '}
                {chain.map((id, k) => (
                  <Fragment key={id}>
                    {k > 0 && (lang === 'fa' ? ' ← ' : ' → ')}
                    <ActorNames ids={[id]} actors={actors} globalIds={globalIds} />
                  </Fragment>
                ))}
              </div>
            )}
            <blockquote dir="rtl" lang="fa">
              «{result.text.slice(q.start, q.end)}»
            </blockquote>
          </li>
        );
      })}
    </ul>
  );
}

export function AnnotatedArticle({
  result,
  globalIds,
  eventExtra,
  textExtra,
}: {
  result: Result;
  /** The stored article's actor_ids: makes actor names links to actor pages. */
  globalIds?: GlobalIds;
  /** Shown under the selected event's details (the correction form). */
  eventExtra?: (event: Event) => ReactNode;
  /** Shown under the text (adding a missed event from a selection). */
  textExtra?: ReactNode;
}) {
  const { t, lang } = useI18n();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [activeQuote, setActiveQuote] = useState<number | null>(null);
  const actors = useMemo(() => new Map(result.actors.map((a) => [a.id, a])), [result]);
  const selected = result.events.find((e) => e.id === selectedId) ?? null;
  const annotations = useMemo(
    () => annotationsOf(result, selected, activeQuote, actors, t, lang),
    [result, selected, activeQuote, actors, t, lang],
  );
  return (
    <div className="annotated">
      <div className="legend" aria-hidden="true">
        {(['PER', 'ORG', 'LOC', 'DAT'] as const).map((k) => (
          <span key={k} className={`ent ent-${k}`}>
            {t(`legend.${k}`)}
          </span>
        ))}
        <span className="quote">{t('legend.quote')}</span>
        <mark className="trigger quad1">{t('legend.trigger')}</mark>
      </div>
      <div className="annotated-body">
        <div>
          <HighlightedText result={result} annotations={annotations} onSelect={setSelectedId} />
          {textExtra}
        </div>
        <aside className="side">
          <h3>
            {t('article.events')}{' '}
            <span className="muted small">
              <Count value={result.events.length} noun="noun.event" />
            </span>
          </h3>
          {result.events.length === 0 ? (
            <p className="muted">{t('article.noEvents')}</p>
          ) : (
            <ul className="event-list">
              {result.events.map((e) => (
                <li key={e.id}>
                  <button
                    type="button"
                    className={e.id === selectedId ? 'event-row active' : 'event-row'}
                    data-event={e.id}
                    onClick={() => setSelectedId(e.id)}
                  >
                    <span className={`badge quad${e.quad}`} title={e.type}>
                      {typeName(e.type, lang)}
                    </span>{' '}
                    <ActorNames ids={e.actor} actors={actors} globalIds={undefined} />{' '}
                    {lang === 'fa' ? '←' : '→'}{' '}
                    <ActorNames ids={e.recipient} actors={actors} globalIds={undefined} />
                    <span className="muted"> «{e.trigger.text}»</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {selected ? (
            <EventDetails
              result={result}
              event={selected}
              actors={actors}
              globalIds={globalIds}
              extra={eventExtra?.(selected)}
            />
          ) : (
            result.events.length > 0 && <p className="muted">{t('article.clickEvent')}</p>
          )}
          <h3>
            {t('article.quotes')}{' '}
            <span className="muted small">
              <Count value={result.quotes.length} noun="noun.quote" />
            </span>
          </h3>
          {result.quotes.length === 0 ? (
            <p className="muted small">—</p>
          ) : (
            <QuoteList
              result={result}
              actors={actors}
              globalIds={globalIds}
              active={activeQuote}
              onPick={setActiveQuote}
            />
          )}
          {result.actors.length > 0 && (
            <>
              <h3>{t('article.actors')}</h3>
              <ul className="actor-list">
                {result.actors.map((a) => (
                  <li key={a.id}>
                    <ActorName actor={a} globalId={globalIds?.[a.id]} />
                    {a.roles.length > 0 && <div className="muted small">{a.roles.join('؛ ')}</div>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </aside>
      </div>
      <p className="muted small" dir={lang === 'fa' ? 'rtl' : 'ltr'}>
        {result.published && (
          <>
            {t('article.published')}: <DateText iso={result.published} />
          </>
        )}
      </p>
    </div>
  );
}
