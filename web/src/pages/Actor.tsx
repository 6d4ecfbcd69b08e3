// One actor. Everything on the page is computed from ONE set of events — those in which the actor
// is the actor or the recipient (optionally with its sub-codes, switchable and said on the page) —
// so the header counts, counterparts, types, activity over time and the table always agree.
// Quotes: what the actor said in the stored articles that mention it.
import { useMemo, useState } from 'react';
import { api, type StoredActor, type StoredArticle, type StoredEvent } from '../api.js';
import { Code, Count, Num } from '../components/Bidi.js';
import { DateText } from '../components/DateText.js';
import { EventTable } from '../components/EventTable.js';
import { Status } from '../components/Status.js';
import { useAsync } from '../components/useAsync.js';
import { gregorianMonth } from '../dates.js';
import { actorEvents, isSubject } from '../eventSets.js';
import { useI18n } from '../i18n/index.js';
import { typeName } from '../i18n/vocab.js';
import { CONFLICT, COOPERATION, QUAD_COLOURS } from '../quad.js';
import { Link, navigate, useLocation } from '../router.js';

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
    <span className="bar" role="img" aria-label={parts.map((p) => `${p.label} ${p.value}`).join('، ')}>
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

interface Summary {
  asActor: number;
  asRecipient: number;
  articles: number;
  counterparts: Array<{ actor: StoredActor; events: number; cooperation: number; conflict: number }>;
  types: Array<{ type: string; events: number }>;
  months: Array<{ period: string; quads: [number, number, number, number] }>;
  roles: Array<{ period: string; asActor: number; asRecipient: number }>;
}

function summarize(events: StoredEvent[], subject: StoredActor, withSub: boolean): Summary {
  const mine = (a: StoredActor) => isSubject(a, subject, withSub);
  const counterparts = new Map<string, Summary['counterparts'][number]>();
  const types = new Map<string, number>();
  const months = new Map<string, [number, number, number, number]>();
  const roles = new Map<string, { asActor: number; asRecipient: number }>();
  let asActor = 0;
  let asRecipient = 0;
  const articles = new Set<string>();
  for (const e of events) {
    articles.add(e.article);
    const isActor = e.actor.some(mine);
    const isRecipient = e.recipient.some(mine);
    if (isActor) asActor++;
    if (isRecipient) asRecipient++;
    types.set(e.type, (types.get(e.type) ?? 0) + 1);
    const month = e.date ? `${e.date.slice(0, 7)}-01` : null;
    if (month) {
      const q = months.get(month) ?? [0, 0, 0, 0];
      q[e.quad - 1]++;
      months.set(month, q);
      const r = roles.get(month) ?? { asActor: 0, asRecipient: 0 };
      if (isActor) r.asActor++;
      if (isRecipient) r.asRecipient++;
      roles.set(month, r);
    }
    const others = [...(isActor ? e.recipient : []), ...(isRecipient ? e.actor : [])].filter((a) => !mine(a));
    for (const o of new Map(others.map((a) => [a.id, a])).values()) {
      const c = counterparts.get(o.id) ?? { actor: o, events: 0, cooperation: 0, conflict: 0 };
      c.events++;
      if (e.quad <= 2) c.cooperation++;
      else c.conflict++;
      counterparts.set(o.id, c);
    }
  }
  return {
    asActor,
    asRecipient,
    articles: articles.size,
    counterparts: [...counterparts.values()].sort((a, b) => b.events - a.events).slice(0, 20),
    types: [...types].map(([type, n]) => ({ type, events: n })).sort((a, b) => b.events - a.events),
    months: [...months].sort(([a], [b]) => a.localeCompare(b)).map(([period, quads]) => ({ period, quads })),
    roles: [...roles].sort(([a], [b]) => a.localeCompare(b)).map(([period, r]) => ({ period, ...r })),
  };
}

/** What the actor said: quotes whose speaker is this actor, from the articles that mention it. */
function Quotes({ actor, articles }: { actor: StoredActor; articles: Array<{ id: string }> }) {
  const { t } = useI18n();
  const ids = articles.slice(0, 30).map((a) => a.id);
  const loaded = useAsync(
    () => Promise.all(ids.map((id) => api.article(id).catch(() => null))),
    [ids.join()],
  );
  if (!loaded.data) return <Status loading={loaded.loading} error={loaded.error} />;
  const quotes: Array<{ article: StoredArticle; text: string; key: string; direct: boolean }> = [];
  for (const article of loaded.data) {
    if (!article) continue;
    for (const q of article.quotes)
      if (q.speaker && article.actor_ids?.[q.speaker] === actor.id)
        quotes.push({
          article,
          text: article.text.slice(q.start, q.end),
          key: `${article.id}:${q.start}`,
          direct: q.direct,
        });
  }
  if (quotes.length === 0) return <p className="empty">{t('empty.quotes')}</p>;
  return (
    <ul className="quote-list actor-quotes">
      {quotes.map((q) => (
        <li key={q.key}>
          <blockquote dir="rtl" lang="fa">
            «{q.text}»
          </blockquote>
          <div className="muted small">
            {q.direct ? t('quote.direct') : t('quote.indirect')} ·{' '}
            <Link to={`/articles/${encodeURIComponent(q.article.id)}`}>
              <bdi>{q.article.title || q.article.id}</bdi>
            </Link>{' '}
            · <DateText iso={q.article.published} />
          </div>
        </li>
      ))}
    </ul>
  );
}

export function ActorPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { query, path } = useLocation();
  const withSub = query.get('sub') === '1';
  const relations = useAsync(() => api.relations(id, {}), [id]);
  const r = relations.data;
  const set = useAsync(async () => (r ? actorEvents(r.actor, withSub) : null), [r?.actor.id, withSub]);
  const summary = useMemo(
    () => (r && set.data ? summarize(set.data.events, r.actor, withSub) : null),
    [r, set.data, withSub],
  );
  const [tab, setTab] = useState<'all' | 'actor' | 'recipient'>('all');
  if (!r)
    return (
      <div className="page">
        <Status loading={relations.loading} error={relations.error} />
      </div>
    );
  const events = set.data?.events ?? [];
  const shown =
    tab === 'all'
      ? events
      : events.filter((e) =>
          (tab === 'actor' ? e.actor : e.recipient).some((a) => isSubject(a, r.actor, withSub)),
        );
  const maxCounterpart = Math.max(1, ...(summary?.counterparts.map((c) => c.events) ?? []));
  const maxType = Math.max(1, ...(summary?.types.map((c) => c.events) ?? []));
  const maxMonth = Math.max(1, ...(summary?.months.map((b) => b.quads.reduce((x, y) => x + y, 0)) ?? []));
  const maxRole = Math.max(1, ...(summary?.roles.map((b) => b.asActor + b.asRecipient) ?? []));
  return (
    <div className="page actor-page">
      <h2>
        <bdi>{name(r.actor, lang)}</bdi> {r.actor.code && <Code>{r.actor.code}</Code>}
      </h2>
      <p className="muted actor-counts" data-testid="actor-counts">
        {r.actor.name_en && lang === 'fa' && (
          <>
            <bdi>{r.actor.name_en}</bdi> ·{' '}
          </>
        )}
        {summary ? (
          <>
            <Count value={events.length} noun="noun.event" /> (<Num value={summary.asActor} />{' '}
            {t('actor.asActor')}، <Num value={summary.asRecipient} /> {t('actor.asRecipient')}) ·{' '}
            <Count value={summary.articles} noun="noun.article" />
          </>
        ) : (
          t('list.loading')
        )}
        {r.actor.wikidata && (
          <>
            {' '}
            · <Code>{r.actor.wikidata}</Code>
          </>
        )}
      </p>
      <p className="scope small">
        {t('actor.scope')}
        {withSub && r.actor.code ? ` (${t('actor.withSub')}: ${r.actor.code}…)` : ''}.{' '}
        {r.actor.code && (
          <label className="inline">
            <input
              type="checkbox"
              name="sub"
              checked={withSub}
              onChange={(e) => navigate(`${path}${e.target.checked ? '?sub=1' : ''}`)}
            />{' '}
            {t('actor.withSub')} <span className="muted">({t('actor.withSubHint')})</span>
          </label>
        )}
        {set.data?.capped && <span className="error"> {t('actor.capped')}</span>}
      </p>
      <Status loading={set.loading} error={set.error} />
      {summary && (
        <>
          <div className="grid">
            <section>
              <h3>{t('actor.roles')}</h3>
              {r.actor.roles.length ? (
                <ul>
                  {r.actor.roles.map((role) => (
                    <li key={role}>
                      <bdi>{role}</bdi>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">—</p>
              )}
              <h3>{t('actor.types')}</h3>
              <table className="bars">
                <tbody>
                  {summary.types.map((ty) => (
                    <tr key={ty.type}>
                      <th title={ty.type}>{typeName(ty.type, lang)}</th>
                      <td>
                        <Bar
                          max={maxType}
                          parts={[{ value: ty.events, colour: '#546e7a', label: ty.type }]}
                        />
                      </td>
                      <td>
                        <Num value={ty.events} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <section>
              <h3>{t('actor.counterparts')}</h3>
              <table className="bars counterparts">
                <tbody>
                  {summary.counterparts.map((c) => (
                    <tr key={c.actor.id}>
                      <th>
                        <Link to={`/actors/${encodeURIComponent(c.actor.id)}`}>
                          <bdi>{name(c.actor, lang)}</bdi>
                        </Link>
                        {c.actor.code && (
                          <>
                            {' '}
                            <Code muted>{c.actor.code}</Code>
                          </>
                        )}
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
                      <td>
                        <Num value={c.events} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </div>
          <div className="grid">
            <section>
              <h3>{t('actor.overTime')}</h3>
              <table className="bars">
                <tbody>
                  {summary.months.map((b) => (
                    <tr key={b.period}>
                      <th>
                        <bdi>{gregorianMonth(b.period, lang)}</bdi>
                      </th>
                      <td>
                        <Bar
                          max={maxMonth}
                          parts={([1, 2, 3, 4] as const).map((q) => ({
                            value: b.quads[q - 1],
                            colour: QUAD_COLOURS[q],
                            label: t(`quad.${q}` as 'quad.1'),
                          }))}
                        />
                      </td>
                      <td>
                        <Num value={b.quads.reduce((x, y) => x + y, 0)} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <section>
              <h3>
                {t('actor.roles')}: {t('actor.asActor')} / {t('actor.asRecipient')}
              </h3>
              <table className="bars roles-over-time">
                <tbody>
                  {summary.roles.map((b) => (
                    <tr key={b.period}>
                      <th>
                        <bdi>{gregorianMonth(b.period, lang)}</bdi>
                      </th>
                      <td>
                        <Bar
                          max={maxRole}
                          parts={[
                            { value: b.asActor, colour: '#0b6e99', label: t('actor.asActor') },
                            { value: b.asRecipient, colour: '#9fb3c8', label: t('actor.asRecipient') },
                          ]}
                        />
                      </td>
                      <td>
                        <Num value={b.asActor} /> / <Num value={b.asRecipient} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </div>
        </>
      )}
      <h3>{t('actor.quotes')}</h3>
      <Quotes actor={r.actor} articles={r.articles} />
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
      <div className="tabs" role="tablist">
        {(['all', 'actor', 'recipient'] as const).map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={tab === k}
            className={tab === k ? 'tab active' : 'tab'}
            onClick={() => setTab(k)}
          >
            {k === 'all' ? t('events.all') : t(k === 'actor' ? 'actor.asActor' : 'actor.asRecipient')}
          </button>
        ))}
      </div>
      <EventTable events={shown} />
    </div>
  );
}
