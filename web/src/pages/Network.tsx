// Network: the busiest actors (top N, adjustable) as nodes sized by activity, actor → recipient
// edges of at least a minimum weight, width by event count, colour by cooperation or conflict,
// in a force-directed layout (Cytoscape's cose, loaded on demand) that pulls clusters apart.
// The date range defaults to everything stored. A search box finds and centres an actor; a click
// opens its page. The same actors are listed as links below, for keyboards and screen readers.
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { api, type NetworkNode, queryString } from '../api.js';
import { Code, Count, Num } from '../components/Bidi.js';
import { DateRangeInputs } from '../components/DateInput.js';
import { Status } from '../components/Status.js';
import { useAsync } from '../components/useAsync.js';
import { parseDayInput } from '../dates.js';
import { useI18n } from '../i18n/index.js';
import { edgeColour, type NetworkView, networkView } from '../networkView.js';
import { CONFLICT, COOPERATION } from '../quad.js';
import { Link, navigate, useLocation } from '../router.js';

const actorPath = (id: string) => `/actors/${encodeURIComponent(id)}`;

type Cy = {
  destroy(): void;
  nodes(selector?: string): { removeClass(c: string): void };
  getElementById(id: string): { length: number; addClass(c: string): void };
  animate(o: unknown): void;
};

/** A start position on a spiral from the node's rank, so the force layout is the same every time. */
function seed(i: number): { x: number; y: number } {
  const angle = i * 2.399963;
  const r = 40 * Math.sqrt(i + 1);
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

function NetworkGraph({ view, focus }: { view: NetworkView; focus: string | null }) {
  const { lang } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Cy | null>(null);
  useEffect(() => {
    let disposed = false;
    let cy: Cy | null = null;
    import('../charts/cytoscape.js').then(({ default: cytoscape }) => {
      if (disposed || !box.current) return;
      const max = Math.max(1, ...view.nodes.map((n) => n.events));
      const maxEdge = Math.max(1, ...view.edges.map((e) => e.events));
      const graph = cytoscape({
        container: box.current,
        minZoom: 0.2,
        maxZoom: 4,
        elements: [
          ...view.nodes.map((n, i) => ({
            data: {
              id: n.id,
              code: n.code ?? '',
              label: lang === 'en' && n.name_en ? n.name_en : n.name,
              size: 18 + 50 * Math.sqrt(n.events / max),
            },
            position: seed(i),
          })),
          ...view.edges.map((e, i) => ({
            data: {
              id: `edge${i}`,
              source: e.source,
              target: e.target,
              events: e.events,
              colour: edgeColour(e, COOPERATION, CONFLICT),
              width: 1 + 9 * Math.sqrt(e.events / maxEdge),
            },
          })),
        ],
        style: [
          {
            selector: 'node',
            style: {
              width: 'data(size)',
              height: 'data(size)',
              label: 'data(label)',
              'text-valign': 'bottom',
              'text-margin-y': 3,
              'font-family': 'Vazirmatn, sans-serif',
              'font-size': 15,
              'font-weight': 700,
              'text-background-color': '#ffffff',
              'text-background-opacity': 0.85,
              'text-background-padding': '2px',
              'text-background-shape': 'roundrectangle',
              'min-zoomed-font-size': 7,
              'background-color': '#37474f',
              color: '#102a43',
            },
          },
          {
            selector: 'node.found',
            style: { 'background-color': '#f57f17', 'border-width': 4, 'border-color': '#ffeb3b' },
          },
          {
            selector: 'edge',
            style: {
              width: 'data(width)',
              'line-color': 'data(colour)',
              'target-arrow-color': 'data(colour)',
              'target-arrow-shape': 'triangle',
              'arrow-scale': 0.8,
              'curve-style': 'bezier',
              opacity: 0.7,
            },
          },
        ],
        layout: {
          name: 'cose',
          randomize: false,
          animate: false,
          nodeRepulsion: () => 200_000,
          idealEdgeLength: () => 90,
          edgeElasticity: () => 80,
          gravity: 0.4,
          numIter: view.nodes.length > 150 ? 400 : 1000,
          nodeDimensionsIncludeLabels: true,
          padding: 20,
        },
      });
      graph.on('tap', 'node', (event: { target: { id(): string } }) =>
        navigate(actorPath(event.target.id())),
      );
      cy = graph as unknown as Cy;
      cyRef.current = cy;
      // Automation (the browser test) finds a node's position on the canvas through this handle.
      (window as unknown as { __rasadNetwork?: unknown }).__rasadNetwork = graph;
      box.current.dataset.ready = 'true';
      box.current.dataset.nodes = String(view.nodes.length);
      box.current.dataset.edges = String(view.edges.length);
    });
    return () => {
      disposed = true;
      cy?.destroy();
      cyRef.current = null;
    };
  }, [view, lang]);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes().removeClass('found');
    if (!focus) return;
    const node = cy.getElementById(focus);
    if (node.length) {
      node.addClass('found');
      cy.animate({ center: { eles: node }, zoom: 1.6, duration: 300 });
    }
  }, [focus]);
  return <div ref={box} className="network" data-testid="network-graph" />;
}

function matches(n: NetworkNode, q: string): boolean {
  const s = q.trim().toLowerCase();
  return !!s && [n.name, n.name_en ?? '', n.code ?? ''].some((v) => v.toLowerCase().includes(s));
}

export function NetworkPage() {
  const { t, lang } = useI18n();
  const { query } = useLocation();
  const applied = { since: query.get('since') ?? '', until: query.get('until') ?? '' };
  const top = Math.max(5, Number(query.get('top') ?? 40) || 40);
  const minWeight = Math.max(1, Number(query.get('min') ?? 1) || 1);
  const [form, setForm] = useState({ ...applied, top: String(top), min: String(minWeight) });
  const [search, setSearch] = useState('');
  const params = {
    since: parseDayInput(applied.since) ?? undefined,
    until: parseDayInput(applied.until) ?? undefined,
    limit: 20000,
  };
  const { data, error, loading } = useAsync(() => api.network(params), [JSON.stringify(params)]);
  const view = useMemo(() => (data ? networkView(data, top, minWeight) : null), [data, top, minWeight]);
  const found = view && search ? (view.nodes.find((n) => matches(n, search)) ?? null) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (parseDayInput(form.since) === null || parseDayInput(form.until) === null) return;
    navigate(`/network${queryString(form)}`);
  };
  return (
    <div className="page">
      <h2>{t('network.heading')}</h2>
      <form className="filters" onSubmit={submit}>
        <DateRangeInputs form={form} setForm={setForm} />
        <label className="field">
          <span>{t('network.top')}</span>
          <input
            name="top"
            type="number"
            min={5}
            max={500}
            value={form.top}
            onChange={(e) => setForm({ ...form, top: e.target.value })}
          />
        </label>
        <label className="field">
          <span>{t('network.minWeight')}</span>
          <input
            name="min"
            type="number"
            min={1}
            value={form.min}
            onChange={(e) => setForm({ ...form, min: e.target.value })}
          />
        </label>
        <button type="submit">{t('filter.apply')}</button>
        <label className="field">
          <span>{t('network.search')}</span>
          <input
            name="search"
            list="network-actors"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <datalist id="network-actors">
            {view?.nodes.map((n) => (
              <option key={n.id} value={lang === 'en' && n.name_en ? n.name_en : n.name} />
            ))}
          </datalist>
        </label>
      </form>
      <p className="legend-line">
        <span className="swatch" style={{ background: COOPERATION }} /> {t('network.cooperation')}
        <span className="swatch" style={{ background: CONFLICT }} /> {t('network.conflict')}
        <span className="muted small"> · {t('network.edgeWidth')}</span>
      </p>
      <Status
        loading={loading}
        error={error}
        empty={!loading && !error && (view?.nodes.length ?? 0) === 0}
        emptyText={t('empty.network')}
      />
      {data && view && view.nodes.length > 0 && (
        <>
          <p className="muted small" data-testid="network-shown">
            {t('network.shown')} <Count value={view.nodes.length} noun="noun.actor" /> {t('network.of')}{' '}
            <Num value={view.totalNodes} /> · <Count value={data.events} noun="noun.event" />
            {data.truncated && <> · {t('network.truncated')}</>}
          </p>
          <NetworkGraph view={view} focus={found?.id ?? null} />
          <p className="muted small">{t('network.clickNode')}</p>
          <h3>{t('network.actors')}</h3>
          <ul className="chips">
            {view.nodes.map((n) => (
              <li key={n.id}>
                <Link to={actorPath(n.id)}>
                  <bdi>{lang === 'en' && n.name_en ? n.name_en : n.name}</bdi>
                  {n.code && <Code>{n.code}</Code>}{' '}
                  <span className="muted">
                    (<Num value={n.events} />)
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
