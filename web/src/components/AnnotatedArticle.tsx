// One article with its layers: the repaired text with entities, dates, quotes and event triggers
// highlighted, the list of events, and the selected event's details with its evidence.
// The text is untrusted and is only ever rendered as React text nodes, never as HTML.
import { Fragment, useMemo, useState } from 'react';
import type { ExtractResult } from '../api.js';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { DateText } from './DateText.js';
import { type Annotation, runs } from './highlight.js';

type Result = ExtractResult;
type Event = Result['events'][number];
type Actor = Result['actors'][number];

function annotationsOf(result: Result, selected: Event | null): Annotation[] {
  const out: Annotation[] = [];
  if (selected) {
    const sentence = result.sentences[selected.sentence];
    if (sentence) out.push({ ...sentence, className: 'evidence' });
  }
  for (const q of result.quotes) out.push({ start: q.start, end: q.end, className: 'quote' });
  for (const e of result.entities)
    out.push({ start: e.start, end: e.end, className: `ent ent-${e.type}`, title: e.type });
  for (const d of result.dates)
    out.push({ start: d.start, end: d.end, className: 'ent ent-DAT', title: d.value });
  for (const v of result.events) {
    out.push({
      start: v.trigger.start,
      end: v.trigger.end,
      className: v.id === selected?.id ? 'trigger selected' : `trigger quad${v.quad}`,
      event: v.id,
      title: `${v.type} ${v.cameo}`,
    });
  }
  return out;
}

function HighlightedText({
  result,
  selected,
  onSelect,
}: {
  result: Result;
  selected: Event | null;
  onSelect: (id: string) => void;
}) {
  const pieces = useMemo(() => runs(result.text.length, annotationsOf(result, selected)), [result, selected]);
  return (
    <div className="article-text" dir="rtl" lang="fa">
      {pieces.map((run) => {
        const text = result.text.slice(run.start, run.end);
        if (run.annotations.length === 0) return <Fragment key={run.start}>{text}</Fragment>;
        const classes = run.annotations.map((a) => a.className).join(' ');
        const event = run.annotations.find((a) => a.event)?.event;
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
          <span key={run.start} className={classes} title={title}>
            {text}
          </span>
        );
      })}
    </div>
  );
}

function ActorNames({ ids, actors }: { ids: string[]; actors: Map<string, Actor> }) {
  if (ids.length === 0) return <span className="muted">—</span>;
  return (
    <>
      {ids.map((id, i) => {
        const a = actors.get(id);
        return (
          <Fragment key={id}>
            {i > 0 && '، '}
            {a ? <ActorName actor={a} /> : id}
          </Fragment>
        );
      })}
    </>
  );
}

function ActorName({ actor }: { actor: Actor }) {
  const { lang } = useI18n();
  const name = lang === 'en' && actor.name_en ? actor.name_en : actor.name;
  return (
    <span className="actor-name">
      <bdi>{name}</bdi>
      {actor.code && (
        <>
          {' '}
          <Link to={`/events?actor=${encodeURIComponent(actor.code)}`} className="code">
            {actor.code}
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
}: {
  result: Result;
  event: Event;
  actors: Map<string, Actor>;
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
          <span className={`badge quad${event.quad}`}>{event.type}</span>
          {event.mode && <span className="muted"> / {event.mode}</span>}
          {event.negated && <span className="badge"> {t('event.negated')}</span>}
          {event.future && <span className="badge"> {t('event.future')}</span>}
        </dd>
        <dt>{t('event.cameo')}</dt>
        <dd className="code">{event.cameo}</dd>
        <dt>{t('event.quad')}</dt>
        <dd>{t(`quad.${event.quad}` as 'quad.1')}</dd>
        <dt>{t('event.actor')}</dt>
        <dd>
          <ActorNames ids={event.actor} actors={actors} />
        </dd>
        <dt>{t('event.recipient')}</dt>
        <dd>
          <ActorNames ids={event.recipient} actors={actors} />
        </dd>
        {event.reported_by.length > 0 && (
          <>
            <dt>{t('event.reportedBy')}</dt>
            <dd>
              <ActorNames ids={event.reported_by} actors={actors} />
            </dd>
          </>
        )}
        <dt>{t('event.date')}</dt>
        <dd>
          <DateText iso={event.date} />
        </dd>
        <dt>{t('event.confidence')}</dt>
        <dd>{percent(event.confidence)}</dd>
      </dl>
      <blockquote className="evidence-text" dir="rtl" lang="fa">
        {before}
        <strong className="trigger selected">{event.trigger.text}</strong>
        {after}
      </blockquote>
    </section>
  );
}

export function AnnotatedArticle({ result }: { result: Result }) {
  const { t, lang } = useI18n();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const actors = useMemo(() => new Map(result.actors.map((a) => [a.id, a])), [result]);
  const selected = result.events.find((e) => e.id === selectedId) ?? null;
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
        <HighlightedText result={result} selected={selected} onSelect={setSelectedId} />
        <aside className="side">
          <h3>{t('article.events')}</h3>
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
                    <span className={`badge quad${e.quad}`}>{e.type}</span>{' '}
                    <ActorNames ids={e.actor} actors={actors} /> {lang === 'fa' ? '←' : '→'}{' '}
                    <ActorNames ids={e.recipient} actors={actors} />
                    <span className="muted"> «{e.trigger.text}»</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {selected ? (
            <EventDetails result={result} event={selected} actors={actors} />
          ) : (
            result.events.length > 0 && <p className="muted">{t('article.clickEvent')}</p>
          )}
          {result.actors.length > 0 && (
            <>
              <h3>{t('article.actors')}</h3>
              <ul className="actor-list">
                {result.actors.map((a) => (
                  <li key={a.id}>
                    <ActorName actor={a} />
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
