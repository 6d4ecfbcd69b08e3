// Events: filter by actor, recipient, type and date range (Jalali or ISO days), page through, export.
import { type FormEvent, useState } from 'react';
// The one list of PLOVER types (an import-free module of the pipeline's, bundled into the app).
import { PLOVER_TYPES } from '../../../src/doc.js';
import { api, queryString, type StoredEvent } from '../api.js';
import { DateInput } from '../components/DateInput.js';
import { EventTable } from '../components/EventTable.js';
import { Status } from '../components/Status.js';
import { useAsync } from '../components/useAsync.js';
import { parseDayInput } from '../dates.js';
import { useI18n } from '../i18n/index.js';
import { navigate, useLocation } from '../router.js';

const FIELDS = ['actor', 'recipient', 'type', 'since', 'until', 'q'] as const;
type Filters = Record<(typeof FIELDS)[number], string>;

export function EventsPage() {
  const { t } = useI18n();
  const { query } = useLocation();
  const applied = Object.fromEntries(FIELDS.map((f) => [f, query.get(f) ?? ''])) as Filters;
  const [form, setForm] = useState<Filters>(applied);
  const [more, setMore] = useState<{ items: StoredEvent[]; next: string | null } | null>(null);
  // The API takes ISO days; the form keeps what the user typed (a Jalali day stays Jalali).
  const params = {
    ...applied,
    since: parseDayInput(applied.since) ?? undefined,
    until: parseDayInput(applied.until) ?? undefined,
  };
  const key = JSON.stringify(applied);
  const { data, error, loading } = useAsync(async () => {
    setMore(null);
    return api.events({ ...params, limit: 100 });
  }, [key]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (parseDayInput(form.since) === null || parseDayInput(form.until) === null) return;
    navigate(`/events${queryString(form)}`);
  };
  const items = [...(data?.events ?? []), ...(more?.items ?? [])];
  const next = more ? more.next : (data?.next ?? null);
  const loadMore = async () => {
    if (!next) return;
    const page = await api.events({ ...params, limit: 100, cursor: next });
    setMore({ items: [...(more?.items ?? []), ...page.events], next: page.next });
  };
  const field = (name: 'actor' | 'recipient' | 'q', label: string) => (
    <label className="field">
      <span>{label}</span>
      <input name={name} value={form[name]} onChange={(e) => setForm({ ...form, [name]: e.target.value })} />
    </label>
  );
  return (
    <div className="page">
      <h2>{t('events.heading')}</h2>
      <form className="filters" onSubmit={submit}>
        {field('actor', t('filter.actor'))}
        {field('recipient', t('filter.recipient'))}
        <label className="field">
          <span>{t('filter.type')}</span>
          <select name="type" value={form.type} onChange={(e) => setForm({ ...form, type: e.target.value })}>
            <option value="">{t('filter.any')}</option>
            {PLOVER_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </label>
        <DateInput
          label={t('filter.since')}
          name="since"
          value={form.since}
          onChange={(v) => setForm({ ...form, since: v })}
        />
        <DateInput
          label={t('filter.until')}
          name="until"
          value={form.until}
          onChange={(v) => setForm({ ...form, until: v })}
        />
        {field('q', t('filter.q'))}
        <button type="submit">{t('filter.apply')}</button>
      </form>
      <p className="exports">
        {t('events.export')}:{' '}
        {(['jsonl', 'csv', 'gdelt', 'plover'] as const).map((format) => (
          <a key={format} href={api.exportUrl(format, params)} download className="export-link">
            {format}
          </a>
        ))}
      </p>
      <Status loading={loading} error={error} empty={!loading && !error && items.length === 0} />
      {items.length > 0 && <EventTable events={items} />}
      {next && (
        <button type="button" onClick={loadMore}>
          {t('list.more')}
        </button>
      )}
    </div>
  );
}
