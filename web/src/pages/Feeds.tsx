// Feeds (issue 17): what `rasad follow` polls into this store — each feed's last poll, the articles
// it gave and its errors — so an analyst sees at a glance which source has gone quiet or broken.
// A failing feed comes first: that is the row someone has to act on.
import { api, type FeedStatus } from '../api.js';
import { Count, Iso, Num } from '../components/Bidi.js';
import { DateText } from '../components/DateText.js';
import { Status } from '../components/Status.js';
import { useAsync } from '../components/useAsync.js';
import { type Key, useI18n } from '../i18n/index.js';

function PollTime({ iso }: { iso: string | null }) {
  const { t, lang } = useI18n();
  if (!iso) return <span className="muted">{t('feeds.never')}</span>;
  const time = new Intl.DateTimeFormat(lang === 'fa' ? 'fa-IR' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
  return (
    <>
      <DateText iso={iso} /> <bdi className="muted">{time}</bdi>
    </>
  );
}

function varietyKey(variety: string | null): Key | null {
  return variety === 'fa' || variety === 'prs' ? `variety.${variety}` : null;
}

/** Failing feeds first, then by source (or URL) so the list reads the same on every load. */
function ordered(feeds: FeedStatus[]): FeedStatus[] {
  const name = (f: FeedStatus) => f.source ?? f.url;
  return [...feeds].sort(
    (a, b) => Number(b.last_error !== null) - Number(a.last_error !== null) || name(a).localeCompare(name(b)),
  );
}

export function FeedsPage() {
  const { t } = useI18n();
  const { data, error, loading } = useAsync(() => api.feeds(), []);
  const feeds = ordered(data?.feeds ?? []);
  const failing = feeds.filter((f) => f.last_error !== null).length;
  return (
    <div className="page">
      <h2>{t('feeds.heading')}</h2>
      <p className="muted small">{t('feeds.intro')}</p>
      <Status
        loading={loading}
        error={error}
        empty={!loading && !error && feeds.length === 0}
        emptyText={t('empty.feeds')}
      />
      {feeds.length > 0 && (
        <>
          <p data-testid="feeds-summary">
            <Count value={feeds.length} noun="noun.feed" /> ·{' '}
            <Count value={feeds.reduce((s, f) => s + f.items, 0)} noun="noun.article" /> ·{' '}
            {t('feeds.failing')}: <Num value={failing} />
          </p>
          <div className="events-table-wrap">
            <table className="events-table feeds-table">
              <thead>
                <tr>
                  <th>{t('feeds.feed')}</th>
                  <th>{t('feeds.variety')}</th>
                  <th>{t('feeds.lastPoll')}</th>
                  <th>{t('feeds.lastOk')}</th>
                  <th>{t('feeds.items')}</th>
                  <th>{t('feeds.errors')}</th>
                  <th>{t('feeds.state')}</th>
                </tr>
              </thead>
              <tbody>
                {feeds.map((f) => {
                  const variety = varietyKey(f.variety);
                  return (
                    <tr key={f.url} data-feed={f.url} className={f.last_error ? 'row-failing' : undefined}>
                      <td data-label={t('feeds.feed')}>
                        {f.source && (
                          <div>
                            <Iso>{f.source}</Iso>
                          </div>
                        )}
                        <bdi className="small muted feed-url" dir="ltr">
                          {f.url}
                        </bdi>
                      </td>
                      <td data-label={t('feeds.variety')}>{variety ? t(variety) : '—'}</td>
                      <td data-label={t('feeds.lastPoll')}>
                        <PollTime iso={f.last_poll} />
                      </td>
                      <td data-label={t('feeds.lastOk')}>
                        <PollTime iso={f.last_ok} />
                      </td>
                      <td data-label={t('feeds.items')}>
                        <Num value={f.items} />
                      </td>
                      <td data-label={t('feeds.errors')}>
                        <Num value={f.errors} />
                      </td>
                      <td data-label={t('feeds.state')}>
                        {f.last_error ? (
                          <>
                            <span className="badge wrong">{t('feeds.failing')}</span>{' '}
                            <bdi className="small" dir="ltr">
                              {f.last_error}
                            </bdi>
                          </>
                        ) : (
                          <span className="badge quad1">{t('feeds.ok')}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
