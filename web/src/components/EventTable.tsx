// The events table analysts work in: date in both calendars, type (Persian name, PLOVER and CAMEO
// codes), who did it to whom, the evidence sentence with the trigger highlighted, the article's
// title and source, confidence, negated/future flags, place and correction state. Sortable by
// column, paginated; on a phone each row becomes a card (styles.css).
import { type ReactNode, useMemo, useState } from 'react';
import type { StoredActor, StoredEvent } from '../api.js';
import { useI18n } from '../i18n/index.js';
import { modeName, typeName } from '../i18n/vocab.js';
import { Link } from '../router.js';
import { useArticleTitles } from './articleTitles.js';
import { Code, Count, Iso } from './Bidi.js';
import { DateText } from './DateText.js';

/** The location field of the places work: `{name, country, admin1, lat, lon}` or null/absent. */
export interface EventLocation {
  name: string;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
}
export function locationOf(e: StoredEvent): EventLocation | null {
  const loc = (e as { location?: unknown }).location;
  if (!loc || typeof loc !== 'object') return null;
  const l = loc as Partial<EventLocation>;
  return typeof l.name === 'string' ? (l as EventLocation) : null;
}

/** The correction state a row shows (set by the corrections layer). */
export type RowMark = 'corrected' | 'wrong' | undefined;

function Actors({ actors }: { actors: StoredActor[] }) {
  const { lang } = useI18n();
  if (actors.length === 0) return <span className="muted">—</span>;
  return (
    <>
      {actors.map((a, i) => (
        <span key={a.id}>
          {i > 0 && '، '}
          <Link to={`/actors/${encodeURIComponent(a.id)}`}>
            <bdi>{lang === 'en' && a.name_en ? a.name_en : a.name}</bdi>
          </Link>
          {a.code && (
            <>
              {' '}
              <Code muted>{a.code}</Code>
            </>
          )}
        </span>
      ))}
    </>
  );
}

/** The evidence sentence with the trigger's words marked (first occurrence). */
export function Evidence({ event }: { event: StoredEvent }) {
  const text = event.evidence ?? event.trigger.text;
  const at = text.indexOf(event.trigger.text);
  // Persian reads right to left even in the English interface (its full stop stays at its end).
  if (at < 0)
    return (
      <span lang="fa" dir="rtl" className="evidence-cell">
        {text}
      </span>
    );
  return (
    <span lang="fa" dir="rtl" className="evidence-cell">
      {text.slice(0, at)}
      <mark className={`trigger quad${event.quad}`}>{event.trigger.text}</mark>
      {text.slice(at + event.trigger.text.length)}
    </span>
  );
}

type SortKey = 'date' | 'type' | 'confidence' | 'source';
const SORTS: Record<SortKey, (a: StoredEvent, b: StoredEvent) => number> = {
  date: (a, b) => (a.date ?? '').localeCompare(b.date ?? ''),
  type: (a, b) => a.cameo.localeCompare(b.cameo),
  confidence: (a, b) => a.confidence - b.confidence,
  source: (a, b) => (a.source ?? '').localeCompare(b.source ?? ''),
};

export function EventTable({
  events,
  pageSize = 25,
  mark,
  rowExtra,
}: {
  events: StoredEvent[];
  pageSize?: number;
  mark?: (e: StoredEvent) => RowMark;
  rowExtra?: (e: StoredEvent) => ReactNode;
}) {
  const { t, lang } = useI18n();
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'date', desc: true });
  const [page, setPage] = useState(0);
  const sorted = useMemo(() => {
    const out = [...events].sort(SORTS[sort.key]);
    return sort.desc ? out.reverse() : out;
  }, [events, sort]);
  const pages = Math.max(1, Math.ceil(sorted.length / pageSize));
  const current = Math.min(page, pages - 1);
  const visible = sorted.slice(current * pageSize, (current + 1) * pageSize);
  const titles = useArticleTitles(visible.map((e) => e.article));
  const percent = new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : 'en-GB', { style: 'percent' });
  const header = (key: SortKey | null, label: string) => {
    if (!key) return <th>{label}</th>;
    const active = sort.key === key;
    return (
      <th aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
        <button
          type="button"
          className="sort"
          data-sort={key}
          onClick={() => setSort({ key, desc: active ? !sort.desc : key !== 'source' })}
        >
          {label} {active ? (sort.desc ? '▼' : '▲') : ''}
        </button>
      </th>
    );
  };
  return (
    <div className="events-table-wrap">
      <table className="events-table">
        <thead>
          <tr>
            {header('date', t('event.date'))}
            {header('type', t('event.type'))}
            {header(null, t('event.actor'))}
            {header(null, t('event.recipient'))}
            {header(null, t('event.evidence'))}
            {header('source', t('event.article'))}
            {header('confidence', t('event.confidence'))}
            {header(null, t('events.location'))}
            {rowExtra && <th />}
          </tr>
        </thead>
        <tbody>
          {visible.map((e) => {
            const m = mark?.(e);
            const loc = locationOf(e);
            const title = titles.get(e.article);
            return (
              <tr
                key={e.id}
                data-event={e.id}
                data-date={e.date ?? ''}
                className={m ? `row-${m}` : undefined}
              >
                <td data-label={t('event.date')}>
                  <DateText iso={e.date} />
                </td>
                <td data-label={t('event.type')}>
                  <span className={`badge quad${e.quad}`} title={t(`quad.${e.quad}` as 'quad.1')}>
                    {typeName(e.type, lang)}
                  </span>{' '}
                  <Code muted>{e.cameo}</Code>
                  {e.mode && <div className="muted small">{modeName(e.mode, lang)}</div>}
                  {e.negated && <span className="badge flag">{t('event.negated')}</span>}
                  {e.future && <span className="badge flag">{t('event.future')}</span>}
                  {m && (
                    <span className={`badge ${m}`}>
                      {t(m === 'wrong' ? 'events.wrong' : 'events.corrected')}
                    </span>
                  )}
                </td>
                <td data-label={t('event.actor')}>
                  <Actors actors={e.actor} />
                </td>
                <td data-label={t('event.recipient')}>
                  <Actors actors={e.recipient} />
                </td>
                <td data-label={t('event.evidence')} className="evidence-col">
                  <Evidence event={e} />
                </td>
                <td data-label={t('event.article')}>
                  <Link to={`/articles/${encodeURIComponent(e.article)}`}>
                    <bdi>{title || e.article}</bdi>
                  </Link>
                  <div className="muted small">
                    <Iso>{e.source ?? '—'}</Iso>
                    {(e.num_sources ?? 1) > 1 && (
                      <>
                        {' · '}
                        <Count value={e.num_sources} noun="noun.source" />
                      </>
                    )}
                  </div>
                </td>
                <td data-label={t('event.confidence')}>
                  <bdi>{percent.format(e.confidence)}</bdi>
                </td>
                <td data-label={t('events.location')}>
                  {loc ? <bdi>{loc.name}</bdi> : <span className="muted">—</span>}
                </td>
                {rowExtra && <td className="row-extra">{rowExtra(e)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
      {pages > 1 && (
        <nav className="pager" aria-label={t('events.page')}>
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t('events.prev')}
          </button>
          <span>
            {t('events.page')}{' '}
            <bdi>{new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : 'en-GB').format(current + 1)}</bdi> /{' '}
            <bdi>{new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : 'en-GB').format(pages)}</bdi>
          </span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {t('events.next')}
          </button>
        </nav>
      )}
    </div>
  );
}
