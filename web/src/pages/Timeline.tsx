// Timeline: events per day, week, month or year, stacked by quad class, on a CONTINUOUS time axis
// (twenty empty years take twenty years of width). Without dates in the URL the range is the
// data's own; without an interval one is picked from the data's span. ECharts is loaded on demand;
// a click on a bar lists that period's events.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api, queryString, type TimelineBucket } from '../api.js';
import { DateRangeInputs } from '../components/DateInput.js';
import { DateText } from '../components/DateText.js';
import { EventTable } from '../components/EventTable.js';
import { Status } from '../components/Status.js';
import { useAsync } from '../components/useAsync.js';
import {
  gregorianMonth,
  type Interval,
  intervalFor,
  parseDayInput,
  periodEnd,
  solarHijri,
} from '../dates.js';
import { allEvents } from '../eventSets.js';
import { useI18n } from '../i18n/index.js';
import { QUAD_COLOURS } from '../quad.js';
import { navigate, useLocation } from '../router.js';

const INTERVALS: Interval[] = ['day', 'week', 'month', 'year'];
const DAY = 86_400_000;
const WIDTH: Record<Interval, number> = { day: DAY, week: 7 * DAY, month: 30.4 * DAY, year: 365.25 * DAY };

function label(iso: string, interval: Interval, lang: 'fa' | 'en'): string {
  if (interval === 'month') return gregorianMonth(iso, lang);
  if (interval === 'year')
    return new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : 'en-GB', { useGrouping: false }).format(
      Number(iso.slice(0, 4)),
    );
  return lang === 'fa' ? solarHijri(iso) : iso;
}

function TimelineChart({
  buckets,
  interval,
  onPick,
}: {
  buckets: TimelineBucket[];
  interval: Interval;
  onPick: (period: string) => void;
}) {
  const { t, lang } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  useEffect(() => {
    let disposed = false;
    let chart: { dispose(): void; resize(): void } | null = null;
    const resize = () => chart?.resize();
    import('../charts/echarts.js').then(({ init }) => {
      if (disposed || !box.current) return;
      const c = init(box.current, undefined, { renderer: 'canvas' });
      chart = c;
      const first = Date.parse(buckets[0].period);
      const last = Date.parse(buckets[buckets.length - 1].period) + WIDTH[interval];
      const pad = Math.max(WIDTH[interval], (last - first) * 0.02);
      c.setOption({
        textStyle: { fontFamily: 'Vazirmatn, sans-serif' },
        tooltip: {
          trigger: 'axis',
          axisPointer: { type: 'shadow' },
          formatter: (items: Array<{ value: [number, number]; seriesName: string; marker: string }>) => {
            const iso = new Date(items[0].value[0]).toISOString().slice(0, 10);
            return [
              label(iso, interval, lang),
              ...items.filter((i) => i.value[1] > 0).map((i) => `${i.marker}${i.seriesName}: ${i.value[1]}`),
            ].join('<br>');
          },
        },
        legend: { top: 0 },
        grid: { left: 40, right: 20, top: 40, bottom: 70 },
        dataZoom: [{ type: 'inside' }, { type: 'slider', bottom: 10, labelFormatter: '' }],
        xAxis: {
          type: 'time',
          min: first - pad,
          max: last + pad,
          axisLabel: {
            hideOverlap: true,
            formatter: (v: number) =>
              label(
                new Date(v).toISOString().slice(0, 10),
                interval === 'day' || interval === 'week' ? 'day' : interval,
                lang,
              ),
          },
        },
        yAxis: { type: 'value', minInterval: 1 },
        series: ([1, 2, 3, 4] as const).map((q) => ({
          name: t(`quad.${q}` as 'quad.1'),
          type: 'bar',
          stack: 'events',
          barMaxWidth: 40,
          barMinWidth: 2,
          itemStyle: { color: QUAD_COLOURS[q] },
          // A bar stands at the middle of its period.
          data: buckets.map((b) => [Date.parse(b.period) + WIDTH[interval] / 2, b[`quad${q}` as const]]),
        })),
      });
      c.on('click', (params: { dataIndex?: number }) => {
        const b = params.dataIndex != null ? buckets[params.dataIndex] : undefined;
        if (b) pick.current(b.period);
      });
      box.current.dataset.ready = 'true';
      window.addEventListener('resize', resize);
    });
    return () => {
      disposed = true;
      window.removeEventListener('resize', resize);
      chart?.dispose();
    };
  }, [buckets, interval, lang, t]);
  return <div ref={box} className="chart" data-testid="timeline-chart" data-interval={interval} />;
}

export function TimelinePage() {
  const { t } = useI18n();
  const { query } = useLocation();
  const asked = query.get('interval');
  const requested = INTERVALS.includes(asked as Interval) ? (asked as Interval) : null;
  const applied = {
    since: query.get('since') ?? '',
    until: query.get('until') ?? '',
    actor: query.get('actor') ?? '',
  };
  const [form, setForm] = useState({ ...applied, interval: requested ?? '' });
  const [picked, setPicked] = useState<string | null>(null);
  const range = {
    ...applied,
    since: parseDayInput(applied.since) ?? undefined,
    until: parseDayInput(applied.until) ?? undefined,
  };
  // Without an interval: read days, pick the interval the span needs, read again if it is not days.
  const { data, error, loading } = useAsync(async () => {
    if (requested) return api.timeline({ ...range, interval: requested });
    const days = await api.timeline({ ...range, interval: 'day' });
    if (days.buckets.length === 0) return days;
    const interval = intervalFor(days.buckets[0].period, days.buckets[days.buckets.length - 1].period);
    return interval === 'day' ? days : api.timeline({ ...range, interval });
  }, [JSON.stringify(range), requested]);
  const interval = (data?.interval as Interval | undefined) ?? requested ?? 'day';
  const events = useAsync(
    async () =>
      picked
        ? allEvents({ actor: range.actor, since: picked, until: periodEnd(picked, interval) }, 2000)
        : null,
    [picked, interval, range.actor],
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (parseDayInput(form.since) === null || parseDayInput(form.until) === null) return;
    setPicked(null);
    navigate(`/timeline${queryString(form)}`);
  };
  const buckets = data?.buckets ?? [];
  return (
    <div className="page">
      <h2>{t('timeline.heading')}</h2>
      <form className="filters" onSubmit={submit}>
        <DateRangeInputs form={form} setForm={setForm} />
        <label className="field">
          <span>{t('filter.actor')}</span>
          <input
            name="actor"
            value={form.actor}
            onChange={(e) => setForm({ ...form, actor: e.target.value })}
          />
        </label>
        <label className="field">
          <span>{t('timeline.interval')}</span>
          <select
            name="interval"
            value={form.interval}
            onChange={(e) => setForm({ ...form, interval: e.target.value })}
          >
            <option value="">{t('timeline.auto')}</option>
            {INTERVALS.map((i) => (
              <option key={i} value={i}>
                {t(`timeline.${i}` as 'timeline.day')}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('filter.apply')}</button>
      </form>
      <Status
        loading={loading}
        error={error}
        empty={!loading && !error && buckets.length === 0}
        emptyText={t('empty.timeline')}
      />
      {buckets.length > 0 && (
        <>
          <p className="muted small" data-testid="timeline-range">
            {t('timeline.range')}: <DateText iso={buckets[0].period} /> –{' '}
            <DateText iso={periodEnd(buckets[buckets.length - 1].period, interval)} /> ·{' '}
            {t('timeline.interval')}: {t(`timeline.${interval}` as 'timeline.day')}
          </p>
          <TimelineChart buckets={buckets} interval={interval} onPick={setPicked} />
          <p className="muted small">{t('timeline.clickBar')}</p>
        </>
      )}
      {picked && (
        <section className="picked">
          <h3>
            {t('timeline.eventsOf')} <DateText iso={picked} />
            {interval !== 'day' && (
              <>
                {' – '}
                <DateText iso={periodEnd(picked, interval)} />
              </>
            )}
          </h3>
          <Status loading={events.loading} error={events.error} />
          {events.data && <EventTable events={events.data.events} />}
        </section>
      )}
    </div>
  );
}
