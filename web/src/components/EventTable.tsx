// A table of stored events: date in both calendars, type and CAMEO, who did it to whom, the trigger,
// and a link to the article it came from.
import type { StoredActor, StoredEvent } from '../api.js';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router.js';
import { DateText } from './DateText.js';

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
              <bdi className="code muted" dir="ltr">
                {a.code}
              </bdi>
            </>
          )}
        </span>
      ))}
    </>
  );
}

export function EventTable({ events }: { events: StoredEvent[] }) {
  const { t } = useI18n();
  return (
    <table className="events-table">
      <thead>
        <tr>
          <th>{t('event.date')}</th>
          <th>{t('event.type')}</th>
          <th>{t('event.cameo')}</th>
          <th>{t('event.actor')}</th>
          <th>{t('event.recipient')}</th>
          <th>{t('event.trigger')}</th>
          <th>{t('event.article')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id} data-event={e.id} data-date={e.date ?? ''}>
            <td>
              <DateText iso={e.date} />
            </td>
            <td>
              <span className={`badge quad${e.quad}`} title={t(`quad.${e.quad}` as 'quad.1')}>
                {e.type}
              </span>
              {e.mode && <span className="muted small"> {e.mode}</span>}
            </td>
            <td className="code">{e.cameo}</td>
            <td>
              <Actors actors={e.actor} />
            </td>
            <td>
              <Actors actors={e.recipient} />
            </td>
            <td lang="fa">{e.trigger.text}</td>
            <td>
              <Link to={`/articles/${encodeURIComponent(e.article)}`}>{e.article}</Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
