// Articles: search by words, source and date range; open one to its highlighted view.
import { type FormEvent, useState } from 'react';
import { type ArticleSummary, api, queryString } from '../api.js';
import { AddMissed } from '../components/AddMissed.js';
import { AnnotatedArticle } from '../components/AnnotatedArticle.js';
import { Count, Iso } from '../components/Bidi.js';
import { DateRangeInputs } from '../components/DateInput.js';
import { DateText } from '../components/DateText.js';
import { Status } from '../components/Status.js';
import { useAsync } from '../components/useAsync.js';
import { useCorrections } from '../corrections.js';
import { parseDayInput } from '../dates.js';
import { useI18n } from '../i18n/index.js';
import { typeName } from '../i18n/vocab.js';
import { Link, navigate, useLocation } from '../router.js';

export function ArticlesPage() {
  const { t } = useI18n();
  const { query } = useLocation();
  const applied = {
    q: query.get('q') ?? '',
    source: query.get('source') ?? '',
    since: query.get('since') ?? '',
    until: query.get('until') ?? '',
  };
  const [form, setForm] = useState(applied);
  const [more, setMore] = useState<{ items: ArticleSummary[]; next: string | null } | null>(null);
  const key = JSON.stringify(applied);
  const { data, error, loading } = useAsync(async () => {
    setMore(null);
    return api.articles({
      ...applied,
      since: parseDayInput(applied.since) ?? undefined,
      until: parseDayInput(applied.until) ?? undefined,
      limit: 50,
    });
  }, [key]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (parseDayInput(form.since) === null || parseDayInput(form.until) === null) return;
    navigate(`/articles${queryString(form)}`);
  };
  const items = [...(data?.articles ?? []), ...(more?.items ?? [])];
  const next = more ? more.next : (data?.next ?? null);
  const loadMore = async () => {
    if (!next) return;
    const page = await api.articles({
      ...applied,
      since: parseDayInput(applied.since) ?? undefined,
      until: parseDayInput(applied.until) ?? undefined,
      limit: 50,
      cursor: next,
    });
    setMore({ items: [...(more?.items ?? []), ...page.articles], next: page.next });
  };
  return (
    <div className="page">
      <h2>{t('articles.heading')}</h2>
      <form className="filters" onSubmit={submit}>
        <label className="field">
          <span>{t('filter.q')}</span>
          <input name="q" value={form.q} onChange={(e) => setForm({ ...form, q: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('filter.source')}</span>
          <input
            name="source"
            value={form.source}
            onChange={(e) => setForm({ ...form, source: e.target.value })}
            dir="ltr"
          />
        </label>
        <DateRangeInputs form={form} setForm={setForm} />
        <button type="submit">{t('filter.apply')}</button>
      </form>
      <Status
        loading={loading}
        error={error}
        empty={!loading && !error && items.length === 0}
        emptyText={
          <>
            {t('empty.articles')} <Link to="/articles">{t('empty.clear')}</Link>
          </>
        }
      />
      <ul className="article-list">
        {items.map((a) => (
          <li key={a.id} data-article={a.id}>
            <Link to={`/articles/${encodeURIComponent(a.id)}`}>
              <bdi>{a.title || a.id}</bdi>
            </Link>
            <div className="muted small">
              <DateText iso={a.published} /> · <Iso>{a.source ?? '—'}</Iso> ·{' '}
              <Count value={a.events} noun="noun.event" />
            </div>
          </li>
        ))}
      </ul>
      {next && (
        <button type="button" onClick={loadMore}>
          {t('list.more')}
        </button>
      )}
    </div>
  );
}

/** The analysts' correction of an article's event, matched by its trigger's span. */
function CorrectionNote({ article, trigger }: { article: string; trigger: { start: number; end: number } }) {
  const { t, lang } = useI18n();
  const { list } = useCorrections();
  const c = [...list]
    .reverse()
    .find((x) => x.article === article && x.span?.start === trigger.start && x.span?.end === trigger.end);
  if (!c) return null;
  return (
    <p className="small" data-testid="correction-note">
      <span className={`badge ${c.kind === 'wrong' ? 'wrong' : 'corrected'}`}>
        {t(c.kind === 'wrong' ? 'events.wrong' : 'events.corrected')}
      </span>{' '}
      {c.type && <bdi>{typeName(c.type, lang)}</bdi>} {c.actor && <bdi dir="ltr">{c.actor}</bdi>}
      {c.recipient && (
        <>
          {' '}
          → <bdi dir="ltr">{c.recipient}</bdi>
        </>
      )}{' '}
      {c.date && <DateText iso={c.date} />}
      {c.note && <span className="muted"> «{c.note}»</span>}
    </p>
  );
}

export function ArticlePage({ id }: { id: string }) {
  const { t } = useI18n();
  const { data, error, loading } = useAsync(() => api.article(id), [id]);
  return (
    <div className="page">
      <Status loading={loading} error={error} />
      {data && (
        <>
          <h2 dir="auto">{data.title || data.id}</h2>
          <p className="muted small">
            {t('article.source')}: <Iso>{data.source ?? '—'}</Iso> · <DateText iso={data.published} />
            {data.url && /^https?:\/\//i.test(data.url) && (
              <>
                {' · '}
                <a href={data.url} rel="noopener noreferrer nofollow" target="_blank">
                  {t('article.original')}
                </a>
              </>
            )}
          </p>
          <AnnotatedArticle
            result={data}
            globalIds={data.actor_ids}
            textExtra={<AddMissed article={data} />}
            eventExtra={(e) => <CorrectionNote article={data.id} trigger={e.trigger} />}
          />
        </>
      )}
    </div>
  );
}
