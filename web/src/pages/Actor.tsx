// One actor: roles, counterparts (cooperation vs conflict), event types, activity over time by quad
// class, the articles that mention it, and its events.
import { api, type StoredActor } from '../api.js';
import { DateText } from '../components/DateText.js';
import { EventTable } from '../components/EventTable.js';
import { Status } from '../components/Status.js';
import { useAsync } from '../components/useAsync.js';
import { gregorianMonth } from '../dates.js';
import { useI18n } from '../i18n/index.js';
import { CONFLICT, COOPERATION, QUAD_COLOURS } from '../quad.js';
import { Link } from '../router.js';

function name(a: StoredActor, lang: 'fa' | 'en') {
  return lang === 'en' && a.name_en ? a.name_en : a.name;
}

/** A horizontal bar split into coloured parts; widths relative to `max`. */
function Bar({
  parts,
  max,
}: {
  parts: Array<{ value: number; colour: string; label: string }>;
  max: number;
}) {
  return (
    <span className="bar" role="img" aria-label={parts.map((p) => `${p.label} ${p.value}`).join(', ')}>
      {parts.map(
        (p) =>
          p.value > 0 && (
            <span
              key={p.label}
              title={`${p.label}: ${p.value}`}
              style={{ width: `${(100 * p.value) / max}%`, background: p.colour }}
            />
          ),
      )}
    </span>
  );
}

export function ActorPage({ id }: { id: string }) {
  const { t, n, lang } = useI18n();
  const relations = useAsync(() => api.relations(id, {}), [id]);
  const r = relations.data;
  // Events are filtered by code (or name), as `rasad query events --actor` does.
  const events = useAsync(
    async () => (r ? api.events({ actor: r.actor.code ?? r.actor.name, limit: 50 }) : null),
    [r?.actor.id],
  );
  if (!r)
    return (
      <div className="page">
        <Status loading={relations.loading} error={relations.error} />
      </div>
    );
  const maxCounterpart = Math.max(1, ...r.counterparts.map((c) => c.events));
  const maxType = Math.max(1, ...r.types.map((c) => c.events));
  const maxPeriod = Math.max(1, ...r.over_time.map((b) => b.quad1 + b.quad2 + b.quad3 + b.quad4));
  return (
    <div className="page actor-page">
      <h2>
        {name(r.actor, lang)} {r.actor.code && <span className="code">{r.actor.code}</span>}
      </h2>
      <p className="muted">
        {r.actor.name_en && lang === 'fa' && <>{r.actor.name_en} · </>}
        {n(r.actor.events)} {t('actor.events')} · {n(r.actor.articles)} {t('actor.articles')}
        {r.actor.wikidata && <> · {r.actor.wikidata}</>}
      </p>
      <div className="grid">
        <section>
          <h3>{t('actor.roles')}</h3>
          {r.actor.roles.length ? (
            <ul>
              {r.actor.roles.map((role) => (
                <li key={role}>{role}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">—</p>
          )}
          <h3>{t('actor.types')}</h3>
          <table className="bars">
            <tbody>
              {r.types.map((ty) => (
                <tr key={ty.type}>
                  <th>{ty.type}</th>
                  <td>
                    <Bar max={maxType} parts={[{ value: ty.events, colour: '#546e7a', label: ty.type }]} />
                  </td>
                  <td>{n(ty.events)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section>
          <h3>{t('actor.counterparts')}</h3>
          <table className="bars">
            <tbody>
              {r.counterparts.map((c) => (
                <tr key={c.actor.id}>
                  <th>
                    <Link to={`/actors/${encodeURIComponent(c.actor.id)}`}>{name(c.actor, lang)}</Link>
                    {c.actor.code && <span className="code muted"> {c.actor.code}</span>}
                  </th>
                  <td>
                    <Bar
                      max={maxCounterpart}
                      parts={[
                        { value: c.cooperation, colour: COOPERATION, label: t('network.cooperation') },
                        { value: c.conflict, colour: CONFLICT, label: t('network.conflict') },
                      ]}
                    />
                  </td>
                  <td>{n(c.events)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
      <h3>{t('actor.overTime')}</h3>
      <table className="bars">
        <tbody>
          {r.over_time.map((b) => (
            <tr key={b.period}>
              <th>{gregorianMonth(b.period, lang)}</th>
              <td>
                <Bar
                  max={maxPeriod}
                  parts={([1, 2, 3, 4] as const).map((q) => ({
                    value: b[`quad${q}`],
                    colour: QUAD_COLOURS[q],
                    label: t(`quad.${q}` as 'quad.1'),
                  }))}
                />
              </td>
              <td>{n(b.quad1 + b.quad2 + b.quad3 + b.quad4)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('actor.articles')}</h3>
      <ul className="article-list">
        {r.articles.map((a) => (
          <li key={a.id}>
            <Link to={`/articles/${encodeURIComponent(a.id)}`}>
              <bdi>{a.title || a.id}</bdi>
            </Link>{' '}
            <span className="muted small">
              <DateText iso={a.published} />
            </span>
          </li>
        ))}
      </ul>
      <h3>{t('nav.events')}</h3>
      <Status loading={events.loading} error={events.error} />
      {events.data && <EventTable events={events.data.events} />}
    </div>
  );
}
