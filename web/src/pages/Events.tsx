// Events: the server filters (actor, recipient, dates as Jalali or ISO days, text) pick the events
// read; on screen they are narrowed by minimum confidence (default hides the least confident) and
// any set of types; the table sorts and pages them; the export buttons write exactly that list.
import { type FormEvent, useMemo, useState } from 'react';
import { PLOVER_TYPES } from '../../../src/doc.js';
import { api, queryString, type StoredEvent } from '../api.js';
import { Count } from '../components/Bidi.js';
import { CorrectCell } from '../components/CorrectionForm.js';
import { DateRangeInputs } from '../components/DateInput.js';
import { download } from '../components/download.js';
import { EventTable } from '../components/EventTable.js';
import { Status } from '../components/Status.js';
import { useAsync } from '../components/useAsync.js';
import { useCorrections } from '../corrections.js';
import { parseDayInput } from '../dates.js';
import { allEvents } from '../eventSets.js';
import { toCsv, toJsonl } from '../exportRows.js';
import { useI18n } from '../i18n/index.js';
import { typeName } from '../i18n/vocab.js';
import { Link, navigate, useLocation } from '../router.js';

const FIELDS = ['actor', 'recipient', 'since', 'until', 'q'] as const;
type Filters = Record<(typeof FIELDS)[number], string>;
/** Below this the coder itself is unsure; hidden unless asked for. */
export const DEFAULT_MIN_CONFIDENCE = 0.4;

export function EventsPage() {
  const { t, lang } = useI18n();
  const { query } = useLocation();
  const applied = Object.fromEntries(FIELDS.map((f) => [f, query.get(f) ?? ''])) as Filters;
  // Old links carry one `type`; new ones a comma-separated `types`.
  const types = new Set((query.get('types') ?? query.get('type') ?? '').split(',').filter(Boolean));
  const minConfidence = query.has('conf') ? Number(query.get('conf')) : DEFAULT_MIN_CONFIDENCE;
  const [form, setForm] = useState<Filters>(applied);
  const params = {
    ...applied,
    since: parseDayInput(applied.since) ?? undefined,
    until: parseDayInput(applied.until) ?? undefined,
    type: types.size === 1 ? [...types][0] : undefined,
  };
  const key = JSON.stringify(params);
  const { data, error, loading } = useAsync(() => allEvents(params), [key]);
  const corrections = useCorrections();
  const typesKey = [...types].sort().join(',');
  const filtered = useMemo(() => {
    const wanted = new Set(typesKey.split(',').filter(Boolean));
    return (data?.events ?? []).filter(
      (e) => e.confidence >= minConfidence && (wanted.size === 0 || wanted.has(e.type)),
    );
  }, [data, minConfidence, typesKey]);
  const setQuery = (changes: Record<string, string>) => {
    const next = new URLSearchParams(query);
    for (const [k, v] of Object.entries(changes)) {
      if (v === '') next.delete(k);
      else next.set(k, v);
    }
    next.delete('type');
    if (changes.types === undefined && types.size) next.set('types', [...types].join(','));
    navigate(`/events${next.size ? `?${next}` : ''}`);
  };
  const toggleType = (type: string) => {
    const next = new Set(types);
    if (next.has(type)) next.delete(type);
    else next.add(type);
    setQuery({ types: [...next].join(',') });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (parseDayInput(form.since) === null || parseDayInput(form.until) === null) return;
    const keep: Record<string, string> = { ...form };
    if (types.size) keep.types = [...types].join(',');
    if (query.has('conf')) keep.conf = String(minConfidence);
    navigate(`/events${queryString(keep)}`);
  };
  const mark = (e: StoredEvent) => corrections.markOf(e.id) ?? '';
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
        <DateRangeInputs form={form} setForm={setForm} />
        {field('q', t('filter.q'))}
        <button type="submit">{t('filter.apply')}</button>
      </form>
      <div className="filters screen-filters">
        <label className="field">
          <span>
            {t('events.minConfidence')}:{' '}
            <bdi>
              {new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : 'en-GB', { style: 'percent' }).format(
                minConfidence,
              )}
            </bdi>
          </span>
          <input
            type="range"
            name="conf"
            min={0}
            max={1}
            step={0.05}
            value={minConfidence}
            onChange={(e) => setQuery({ conf: e.target.value })}
          />
        </label>
        <fieldset className="type-picker">
          <legend>{t('events.types')}</legend>
          {PLOVER_TYPES.map((type) => (
            <label key={type} className="chip-check" title={type}>
              <input
                type="checkbox"
                name="types"
                value={type}
                checked={types.has(type)}
                onChange={() => toggleType(type)}
              />{' '}
              {typeName(type, lang)}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="exports">
        <span data-testid="shown-count">
          <Count value={filtered.length} noun="noun.event" />
        </span>
        {data && data.events.length !== filtered.length && (
          <span className="muted small">
            {' '}
            (<Count value={data.events.length} noun="noun.event" /> {t('events.loaded')})
          </span>
        )}{' '}
        · {t('events.exportFiltered')}:{' '}
        <button
          type="button"
          className="linkish"
          data-export="csv"
          onClick={() => download('rasad-events.csv', 'text/csv', toCsv(filtered, mark))}
        >
          CSV
        </button>{' '}
        <button
          type="button"
          className="linkish"
          data-export="jsonl"
          onClick={() => download('rasad-events.jsonl', 'application/x-ndjson', toJsonl(filtered, mark))}
        >
          JSONL
        </button>{' '}
        · <span className="muted small">{t('events.exportServer')}:</span>{' '}
        {(['jsonl', 'csv', 'gdelt', 'plover'] as const).map((format) => (
          <a key={format} href={api.exportUrl(format, params)} download className="export-link">
            {format}
          </a>
        ))}
      </p>
      <Status
        loading={loading}
        error={error}
        empty={!loading && !error && filtered.length === 0}
        emptyText={
          <>
            {t('empty.events')} <Link to="/events">{t('empty.clear')}</Link>
          </>
        }
      />
      {filtered.length > 0 && (
        <EventTable
          events={filtered}
          mark={(e) => corrections.markOf(e.id)}
          rowExtra={(e) => <CorrectCell event={e} />}
        />
      )}
      <p className="small">
        <a href="/api/corrections/gold" download className="export-link" data-testid="gold-link">
          {t('correct.gold')}
        </a>{' '}
        <span className="muted">
          (<Count value={corrections.list.length} noun="noun.correction" />)
        </span>
      </p>
    </div>
  );
}
