// Map: events placed by their `location` ({name, country, admin1, lat, lon}; an event without
// coordinates gets no marker and is counted as such), one circle per place sized by its events and
// coloured by the quad class most of them have; world countries and Afghanistan's and Iran's provinces drawn
// from bundled boundaries (no tiles, no network). Same date range and type filters as the events
// page; a click on a place lists its events.
import { type FormEvent, useMemo, useState } from 'react';
import { PLOVER_TYPES } from '../../../src/doc.js';
import { queryString, type StoredEvent } from '../api.js';
import { Count } from '../components/Bidi.js';
import { DateRangeInputs } from '../components/DateInput.js';
import { EventTable, locationOf } from '../components/EventTable.js';
import { Status } from '../components/Status.js';
import { useAsync } from '../components/useAsync.js';
import { parseDayInput } from '../dates.js';
import { allEvents } from '../eventSets.js';
import { useI18n } from '../i18n/index.js';
import { typeName } from '../i18n/vocab.js';
import { QUAD_COLOURS } from '../quad.js';
import { navigate, useLocation } from '../router.js';

interface Place {
  key: string;
  name: string;
  lat: number;
  lon: number;
  events: StoredEvent[];
  quads: [number, number, number, number];
}

/** Events grouped by place; those without coordinates are counted apart. */
export function placesOf(events: StoredEvent[]): { places: Place[]; unplaced: number } {
  const byKey = new Map<string, Place>();
  let unplaced = 0;
  for (const e of events) {
    const loc = locationOf(e);
    if (
      !loc ||
      typeof loc.lat !== 'number' ||
      typeof loc.lon !== 'number' ||
      !Number.isFinite(loc.lat + loc.lon)
    ) {
      unplaced++;
      continue;
    }
    const key = `${loc.name}|${loc.lat.toFixed(3)}|${loc.lon.toFixed(3)}`;
    const p = byKey.get(key) ?? {
      key,
      name: loc.name,
      lat: loc.lat,
      lon: loc.lon,
      events: [],
      quads: [0, 0, 0, 0],
    };
    p.events.push(e);
    p.quads[e.quad - 1]++;
    byKey.set(key, p);
  }
  return { places: [...byKey.values()].sort((a, b) => b.events.length - a.events.length), unplaced };
}

/** How many events of the range the map reads. */
const MAP_CAP = 5000;

const VIEWS = {
  region: { x: 24, y: -48, w: 60, h: 30 },
  world: { x: -180, y: -84, w: 360, h: 150 },
} as const;

function MapSvg({
  places,
  view,
  picked,
  onPick,
}: {
  places: Place[];
  view: keyof typeof VIEWS;
  picked: string | null;
  onPick: (key: string) => void;
}) {
  const { t } = useI18n();
  const shapes = useAsync(async () => {
    const m = await import('../charts/boundaries.js');
    return { countries: m.countries(), provinces: [...m.afghanProvinces(), ...m.iranProvinces()] };
  }, []);
  const v = VIEWS[view];
  const scale = v.w / 360;
  const max = Math.max(1, ...places.map((p) => p.events.length));
  return (
    <svg
      className="map"
      viewBox={`${v.x} ${v.y} ${v.w} ${v.h}`}
      role="img"
      aria-label={t('map.heading')}
      data-testid="map"
      data-ready={shapes.data ? 'true' : undefined}
      preserveAspectRatio="xMidYMid meet"
    >
      <rect x={-180} y={-90} width={360} height={180} className="sea" />
      {shapes.data?.countries.map((c) => (
        <path key={c.id} d={c.d} className="country" strokeWidth={0.4 * scale}>
          <title>{c.name}</title>
        </path>
      ))}
      {shapes.data?.provinces.map((c) => (
        <path key={c.id} d={c.d} className="province" strokeWidth={0.25 * scale}>
          <title>{c.name}</title>
        </path>
      ))}
      {places.map((p) => {
        const dominant = (p.quads.indexOf(Math.max(...p.quads)) + 1) as 1 | 2 | 3 | 4;
        const r = (1.5 + 4 * Math.sqrt(p.events.length / max)) * scale;
        return (
          // biome-ignore lint/a11y/useSemanticElements: an SVG circle cannot be a <button>
          <circle
            key={p.key}
            cx={p.lon}
            cy={-p.lat}
            r={r}
            fill={QUAD_COLOURS[dominant]}
            className={picked === p.key ? 'place picked' : 'place'}
            strokeWidth={0.3 * scale}
            data-place={p.name}
            role="button"
            tabIndex={0}
            onClick={() => onPick(p.key)}
            onKeyDown={(e) => e.key === 'Enter' && onPick(p.key)}
          >
            <title>
              {p.name}: {p.events.length}
            </title>
          </circle>
        );
      })}
    </svg>
  );
}

export function MapPage() {
  const { t, lang } = useI18n();
  const { query } = useLocation();
  const applied = { since: query.get('since') ?? '', until: query.get('until') ?? '' };
  const types = new Set((query.get('types') ?? '').split(',').filter(Boolean));
  const view = query.get('view') === 'world' ? 'world' : 'region';
  const [form, setForm] = useState(applied);
  const [picked, setPicked] = useState<string | null>(null);
  const params = {
    since: parseDayInput(applied.since) ?? undefined,
    until: parseDayInput(applied.until) ?? undefined,
  };
  // The first MAP_CAP events of the range in the API's order (it pages by 1000; reading 100,000
  // would keep the page waiting for a minute). The page says when more exist.
  const loaded = useAsync(() => allEvents(params, MAP_CAP), [JSON.stringify(params)]);
  const typesKey = [...types].sort().join(',');
  const { places, unplaced } = useMemo(() => {
    const wanted = new Set(typesKey.split(',').filter(Boolean));
    return placesOf((loaded.data?.events ?? []).filter((e) => wanted.size === 0 || wanted.has(e.type)));
  }, [loaded.data, typesKey]);
  const setQuery = (changes: Record<string, string>) => {
    const next = new URLSearchParams(query);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    navigate(`/map${next.size ? `?${next}` : ''}`);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (parseDayInput(form.since) === null || parseDayInput(form.until) === null) return;
    navigate(`/map${queryString({ ...form, types: typesKey, view: view === 'world' ? 'world' : '' })}`);
  };
  const pickedPlace = places.find((p) => p.key === picked) ?? null;
  return (
    <div className="page">
      <h2>{t('map.heading')}</h2>
      <form className="filters" onSubmit={submit}>
        <DateRangeInputs form={form} setForm={setForm} />
        <button type="submit">{t('filter.apply')}</button>
        <div className="tabs">
          {(['region', 'world'] as const).map((k) => (
            <button
              key={k}
              type="button"
              className={view === k ? 'tab active' : 'tab'}
              onClick={() => setQuery({ view: k === 'world' ? 'world' : '' })}
            >
              {k === 'world' ? (lang === 'fa' ? 'جهان' : 'World') : lang === 'fa' ? 'منطقه' : 'Region'}
            </button>
          ))}
        </div>
      </form>
      <fieldset className="type-picker">
        <legend>{t('events.types')}</legend>
        {PLOVER_TYPES.map((type) => (
          <label key={type} className="chip-check" title={type}>
            <input
              type="checkbox"
              checked={types.has(type)}
              onChange={() => {
                const next = new Set(types);
                if (next.has(type)) next.delete(type);
                else next.add(type);
                setQuery({ types: [...next].join(',') });
              }}
            />{' '}
            {typeName(type, lang)}
          </label>
        ))}
      </fieldset>
      <p className="legend-line">
        {([1, 2, 3, 4] as const).map((q) => (
          <span key={q}>
            <span className="swatch dot" style={{ background: QUAD_COLOURS[q] }} />{' '}
            {t(`quad.${q}` as 'quad.1')}
          </span>
        ))}
      </p>
      <Status loading={loaded.loading} error={loaded.error} />
      {loaded.data && (
        <p className="muted small" data-testid="map-counts">
          <Count value={places.length} noun="noun.place" /> · <Count value={unplaced} noun="noun.event" />{' '}
          {t('map.noLocation')}
        </p>
      )}
      {loaded.data && places.length === 0 && <p className="empty">{t('empty.map')}</p>}
      <MapSvg places={places} view={view} picked={picked} onPick={setPicked} />
      <p className="muted small">
        {t('map.clickPlace')} · geoBoundaries (CC BY 4.0), Natural Earth,{' '}
        {/* amCharts' free licence asks for this link beside its map data (data/boundaries/README.md). */}
        <a href="https://www.amcharts.com/" rel="noreferrer">
          amCharts
        </a>
      </p>
      {pickedPlace && (
        <section className="picked">
          <h3>
            {t('map.eventsAt')} <bdi>{pickedPlace.name}</bdi> (
            <Count value={pickedPlace.events.length} noun="noun.event" />)
          </h3>
          <EventTable events={pickedPlace.events} />
        </section>
      )}
    </div>
  );
}
