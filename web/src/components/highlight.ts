// Cuts an article's text into runs, each covered by the same set of annotations, so that
// overlapping layers (an entity inside a quote, a trigger inside the evidence sentence) can be
// shown at once as flat <span>s. Offsets are UTF-16 code units, as in the API's result object.
export interface Annotation {
  start: number;
  end: number;
  /** CSS classes this annotation adds to the runs it covers. */
  className: string;
  /** The event a click on this run selects. */
  event?: string;
  /** The quote (index in result.quotes) this run belongs to. */
  quote?: number;
  title?: string;
}

export interface Run {
  start: number;
  end: number;
  annotations: Annotation[];
}

export function runs(length: number, annotations: Annotation[]): Run[] {
  const valid = annotations.filter((a) => a.start < a.end && a.start >= 0 && a.start < length);
  const cuts = new Set<number>([0, length]);
  for (const a of valid) {
    cuts.add(a.start);
    cuts.add(Math.min(a.end, length));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    out.push({ start, end, annotations: valid.filter((a) => a.start <= start && a.end >= end) });
  }
  return out;
}
