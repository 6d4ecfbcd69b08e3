// Timeline: events per day or week, stacked by quad class (ECharts, loaded on demand); a click on a
// bar lists that period's events.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api, queryString, type TimelineBucket } from '../api.js';
import { DateInput } from '../components/DateInput.js';
import { DateText } from '../components/DateText.js';
import { EventTable } from '../components/EventTable.js';
import { Status } from '../components/Status.js';
import { useAsync } from '../components/useAsync.js';
import { parseDayInput, periodEnd, solarHijri } from '../dates.js';
import { useI18n } from '../i18n/index.js';
import { QUAD_COLOURS } from '../quad.js';
import { navigate, useLocation } from '../router.js';

type Interval = 'day' | 'week';

function TimelineChart({ buckets, onPick }: { buckets: TimelineBucket[]; onPick: (period: string) => void }) {
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
      const labels = buckets.map((b) => (lang === 'fa' ? solarHijri(b.period) : b.period));
      c.setOption({
        textStyle: { fontFamily: 'Vazirmatn, sans-serif' },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0 },
        grid: { left: 40, right: 20, top: 40, bottom: 60 },
        dataZoom: buckets.length > 60 ? [{ type: 'slider', bottom: 10 }] : [],
        xAxis: { type: 'category', data: labels },
        yAxis: { type: 'value', minInterval: 1 },
        series: ([1, 2, 3, 4] as const).map((q) => ({
          name: t(`quad.${q}` as 'quad.1'),
          type: 'bar',
          stack: 'events',
          itemStyle: { color: QUAD_COLOURS[q] },
          data: buckets.map((b) => b[`quad${q}` as const]),
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
  }, [buckets, lang, t]);
  return <div ref={box} className="chart" data-testid="timeline-chart" />;
}

export function TimelinePage() {
  const { t } = useI18n();
  const { query } = useLocation();
  const interval: Interval = query.get('interval') === 'week' ? 'week' : 'day';
  const applied = {
    since: query.get('since') ?? '',
    until: query.get('until') ?? '',
    actor: query.get('actor') ?? '',
  };
  const [form, setForm] = useState({ ...applied, interval });
  const [picked, setPicked] = useState<string | null>(null);
  const params = {
    ...applied,
    since: parseDayInput(applied.since) ?? undefined,
    until: parseDayInput(applied.until) ?? undefined,
    interval,
  };
  const { data, error, loading } = useAsync(() => api.timeline(params), [JSON.stringify(params)]);
  const events = useAsync(
    async () =>
      picked
        ? api.events({ actor: params.actor, since: picked, until: periodEnd(picked, interval), limit: 200 })
        : null,
    [picked, interval, params.actor],
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (parseDayInput(form.since) === null || parseDayInput(form.until) === null) return;
    setPicked(null);
    navigate(`/timeline${queryString(form)}`);
  };
  return (
    <div className="page">
      <h2>{t('timeline.heading')}</h2>
      <form className="filters" onSubmit={submit}>
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
            onChange={(e) => setForm({ ...form, interval: e.target.value as Interval })}
          >
            <option value="day">{t('timeline.day')}</option>
            <option value="week">{t('timeline.week')}</option>
          </select>
        </label>
        <button type="submit">{t('filter.apply')}</button>
      </form>
      <Status loading={loading} error={error} empty={!loading && data?.buckets.length === 0} />
      {data && data.buckets.length > 0 && (
        <>
          <TimelineChart buckets={data.buckets} onPick={setPicked} />
          <p className="muted small">{t('timeline.clickBar')}</p>
        </>
      )}
      {picked && (
        <section className="picked">
          <h3>
            {t('timeline.eventsOf')} <DateText iso={picked} />
            {interval === 'week' && (
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
