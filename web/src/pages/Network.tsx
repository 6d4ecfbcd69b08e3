// Network: actors as nodes sized by how many events they take part in, edges actor → recipient
// coloured by cooperation (quad 1–2) or conflict (quad 3–4); a click on a node opens the actor page.
// Cytoscape is loaded on demand. The same actors are listed as links below, for keyboards and
// screen readers.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api, type Network, queryString } from '../api.js';
import { DateInput } from '../components/DateInput.js';
import { Status } from '../components/Status.js';
import { useAsync } from '../components/useAsync.js';
import { parseDayInput } from '../dates.js';
import { useI18n } from '../i18n/index.js';
import { CONFLICT, COOPERATION } from '../quad.js';
import { Link, navigate, useLocation } from '../router.js';

const actorPath = (id: string) => `/actors/${encodeURIComponent(id)}`;

function NetworkGraph({ network }: { network: Network }) {
  const { lang } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let cy: { destroy(): void } | null = null;
    import('../charts/cytoscape.js').then(({ default: cytoscape }) => {
      if (disposed || !box.current) return;
      const max = Math.max(1, ...network.nodes.map((n) => n.events));
      const maxEdge = Math.max(1, ...network.edges.map((e) => e.events));
      const graph = cytoscape({
        container: box.current,
        elements: [
          ...network.nodes.map((n) => ({
            data: {
              id: n.id,
              code: n.code ?? '',
              label: `${lang === 'en' && n.name_en ? n.name_en : n.name}${n.code ? `\n${n.code}` : ''}`,
              size: 24 + 56 * Math.sqrt(n.events / max),
            },
          })),
          ...network.edges.map((e, i) => ({
            data: {
              id: `edge${i}`,
              source: e.source,
              target: e.target,
              colour: e.conflict > e.cooperation ? CONFLICT : COOPERATION,
              width: 1.5 + 6 * (e.events / maxEdge),
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
              'text-wrap': 'wrap',
              'text-valign': 'bottom',
              'text-margin-y': 4,
              'font-family': 'Vazirmatn, sans-serif',
              'font-size': 12,
              'background-color': '#37474f',
              color: '#212121',
            },
          },
          {
            selector: 'edge',
            style: {
              width: 'data(width)',
              'line-color': 'data(colour)',
              'target-arrow-color': 'data(colour)',
              'target-arrow-shape': 'triangle',
              'curve-style': 'bezier',
              opacity: 0.8,
            },
          },
        ],
        // Deterministic: the busiest actors in the middle, the rest in rings around them.
        layout: {
          name: 'concentric',
          concentric: (node: { data(k: string): number }) => node.data('size'),
          levelWidth: () => 12,
          minNodeSpacing: 30,
          animate: false,
        },
      });
      graph.on('tap', 'node', (event: { target: { id(): string } }) =>
        navigate(actorPath(event.target.id())),
      );
      cy = graph;
      // Automation (the browser test) finds a node's position on the canvas through this handle.
      (window as unknown as { __rasadNetwork?: unknown }).__rasadNetwork = graph;
      box.current.dataset.ready = 'true';
    });
    return () => {
      disposed = true;
      cy?.destroy();
    };
  }, [network, lang]);
  return <div ref={box} className="network" data-testid="network-graph" />;
}

export function NetworkPage() {
  const { t, lang, n: num } = useI18n();
  const { query } = useLocation();
  const applied = { since: query.get('since') ?? '', until: query.get('until') ?? '' };
  const [form, setForm] = useState(applied);
  const params = {
    since: parseDayInput(applied.since) ?? undefined,
    until: parseDayInput(applied.until) ?? undefined,
    limit: 5000,
  };
  const { data, error, loading } = useAsync(() => api.network(params), [JSON.stringify(params)]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (parseDayInput(form.since) === null || parseDayInput(form.until) === null) return;
    navigate(`/network${queryString(form)}`);
  };
  return (
    <div className="page">
      <h2>{t('network.heading')}</h2>
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
        <button type="submit">{t('filter.apply')}</button>
        <span className="legend-line">
          <span className="swatch" style={{ background: COOPERATION }} /> {t('network.cooperation')}
          <span className="swatch" style={{ background: CONFLICT }} /> {t('network.conflict')}
        </span>
      </form>
      <Status loading={loading} error={error} empty={!loading && data?.nodes.length === 0} />
      {data && data.nodes.length > 0 && (
        <>
          {data.truncated && <p className="muted small">{t('network.truncated')}</p>}
          <NetworkGraph network={data} />
          <p className="muted small">{t('network.clickNode')}</p>
          <h3>{t('network.actors')}</h3>
          <ul className="chips">
            {data.nodes.map((n) => (
              <li key={n.id}>
                <Link to={actorPath(n.id)}>
                  {lang === 'en' && n.name_en ? n.name_en : n.name}
                  {n.code && <span className="code"> {n.code}</span>}{' '}
                  <span className="muted">({num(n.events)})</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
