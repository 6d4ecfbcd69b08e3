// The pure parts behind the pages: the network's top-N / minimum-weight cut, the timeline's month
// and year roll-up, the export of the filtered list, and the period arithmetic of the timeline.
import { describe, expect, it } from 'vitest';
import { rollUp } from '../../src/server/timeline-rollup.js';
import type { Network, StoredEvent } from '../../web/src/api.js';
import { intervalFor, periodEnd } from '../../web/src/dates.js';
import { toCsv, toJsonl } from '../../web/src/exportRows.js';
import { networkView } from '../../web/src/networkView.js';

const node = (id: string, events: number) => ({
  id,
  name: id,
  name_en: null,
  code: id,
  country: null,
  events,
});
const edge = (source: string, target: string, events: number) => ({
  source,
  target,
  events,
  cooperation: events,
  conflict: 0,
});

describe('networkView', () => {
  const network: Network = {
    nodes: [node('A', 10), node('B', 8), node('C', 3), node('D', 1)],
    edges: [edge('A', 'B', 5), edge('B', 'C', 1), edge('C', 'D', 4), edge('A', 'A', 2)],
    events: 12,
    truncated: false,
  };
  it('keeps the busiest actors and only the edges among them', () => {
    const v = networkView(network, 3, 1);
    expect(v.nodes.map((n) => n.id)).toEqual(['A', 'B', 'C']);
    expect(v.edges.map((e) => `${e.source}${e.target}`)).toEqual(['AB', 'BC']);
    expect(v.totalNodes).toBe(4);
  });
  it('drops edges under the minimum weight and self-loops', () => {
    expect(networkView(network, 10, 4).edges.map((e) => `${e.source}${e.target}`)).toEqual(['AB', 'CD']);
  });
});

describe('timeline periods', () => {
  const day = (period: string, q1: number, q4 = 0) => ({ period, quad1: q1, quad2: 0, quad3: 0, quad4: q4 });
  it('rolls days up into months and years without losing an event', () => {
    const days = [day('2023-01-05', 1), day('2023-01-30', 2, 1), day('2023-03-01', 4), day('2024-02-29', 1)];
    expect(rollUp(days, 'month')).toEqual([
      day('2023-01-01', 3, 1),
      day('2023-03-01', 4),
      day('2024-02-01', 1),
    ]);
    expect(rollUp(days, 'year')).toEqual([day('2023-01-01', 7, 1), day('2024-01-01', 1)]);
  });
  it('ends months and years on their last day, leap years included', () => {
    expect(periodEnd('2024-02-01', 'month')).toBe('2024-02-29');
    expect(periodEnd('2023-02-01', 'month')).toBe('2023-02-28');
    expect(periodEnd('2023-01-01', 'year')).toBe('2023-12-31');
    expect(periodEnd('2023-01-07', 'week')).toBe('2023-01-13');
  });
  it('picks days for a short span, months for years, years for decades', () => {
    expect(intervalFor('2023-01-01', '2023-02-01')).toBe('day');
    expect(intervalFor('2020-01-01', '2023-02-01')).toBe('month');
    expect(intervalFor('2003-01-01', '2023-02-01')).toBe('year');
  });
});

describe('export of the filtered list', () => {
  const event = {
    id: 'ev1',
    type: 'ACCUSE',
    mode: null,
    cameo: '112',
    quad: 3,
    actor: [{ id: 'g1', name: 'ایران', code: 'IRN' }],
    recipient: [{ id: 'g2', name: 'آمریکا', code: 'USA' }],
    date: '2023-01-05',
    negated: false,
    future: false,
    reported_by: [],
    sentence: 0,
    trigger: { start: 0, end: 4, text: 'متهم' },
    confidence: 0.8,
    article: 'x1',
    evidence: 'ایران، آمریکا را "متهم" کرد',
    source: 'example.org',
    num_articles: 1,
    num_sources: 1,
  } as unknown as StoredEvent;
  it('writes one CSV row per event, quoting cells with quotes or commas, with the correction flag', () => {
    const lines = toCsv([event], () => 'wrong')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"ایران، آمریکا را ""متهم"" کرد"');
    expect(lines[1].endsWith(',wrong')).toBe(true);
    expect(lines[1]).toContain(',IRN,USA,');
  });
  it('writes JSON lines that keep the event and add the flag only when there is one', () => {
    const [plain] = toJsonl([event])
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(plain.correction).toBeUndefined();
    expect(plain.id).toBe('ev1');
    const [flagged] = toJsonl([event], () => 'corrected')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(flagged.correction).toBe('corrected');
  });
});
