// Precision, recall and F1 from counts, and the table `rasad eval` prints.
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export function prf({ tp, fp, fn }: Counts): Scores {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function addCounts(into: Counts, c: Counts): Counts {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
  return into;
}

/** One row per label plus an `overall` row (micro-averaged), conlleval-style. */
export function formatScores(byLabel: Map<string, Counts>): string {
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const rows: string[] = ['label\tprecision\trecall\tf1\ttp\tfp\tfn'];
  const pct = (x: number) => (100 * x).toFixed(2);
  for (const [label, c] of [...byLabel].sort(([a], [b]) => a.localeCompare(b))) {
    addCounts(total, c);
    const s = prf(c);
    rows.push(`${label}\t${pct(s.precision)}\t${pct(s.recall)}\t${pct(s.f1)}\t${c.tp}\t${c.fp}\t${c.fn}`);
  }
  const s = prf(total);
  rows.push(
    `overall\t${pct(s.precision)}\t${pct(s.recall)}\t${pct(s.f1)}\t${total.tp}\t${total.fp}\t${total.fn}`,
  );
  return rows.join('\n');
}
