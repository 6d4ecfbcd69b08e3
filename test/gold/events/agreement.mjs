// Inter-annotator agreement on the event gold: scores the second, independent annotation
// (annotations-second.mjs) against the first (annotations.mjs) on the articles both annotated, with
// the matching rules of docs/eval.md — an event is (type, actor codes, recipient codes, date); strict
// = the same code sets, lenient = a one-to-one pairing of codes with the same country prefix (or, for
// non-state codes, one a prefix of the other); a null date matches any date; one-to-one greedy
// matching in the first annotation's order, an exact match before a lenient one. Also reports
// type-only agreement (events paired by PLOVER type alone, per article) and lists the disagreements.
// The first annotation plays the gold, the second the prediction: P = share of the second annotator's
// events the first also has, R = share of the first annotator's events the second also has.
// Run from the project root: node test/gold/events/agreement.mjs [--json] [--quiet]
import { annotations as first } from './annotations.mjs';
import { annotations as second } from './annotations-second.mjs';

const PLOVER = new Set(
  'AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT'.split(
    ' ',
  ),
);
// Codes that are not country + sector: a lenient match needs one to be a prefix of the other.
const NON_STATE = /^(IGO|IMG|NGO|MNC|WST|EUR|AFR|ASA|MEA|SAM|NAM|CAS|SAS|SEA|EAF|WAF|NAF)/;

/** Lenient equality of two actor codes (docs/eval.md). */
export function codesClose(a, b) {
  if (a === b) return true;
  if (NON_STATE.test(a) || NON_STATE.test(b)) return a.startsWith(b) || b.startsWith(a);
  return a.slice(0, 3) === b.slice(0, 3);
}

/** Strict: the same set of codes. Lenient: a one-to-one pairing of close codes. */
export function setsMatch(xs, ys, lenient) {
  const a = [...new Set(xs)];
  const b = [...new Set(ys)];
  if (a.length !== b.length) return false;
  if (!lenient) return a.every((c) => b.includes(c));
  const used = new Array(b.length).fill(false);
  const pair = (i) => {
    if (i === a.length) return true;
    for (let j = 0; j < b.length; j++) {
      if (used[j] || !codesClose(a[i], b[j])) continue;
      used[j] = true;
      if (pair(i + 1)) return true;
      used[j] = false;
    }
    return false;
  };
  return pair(0);
}

function eventsMatch(g, p, { lenient, useDate }) {
  if (g.type !== p.type) return false;
  if (useDate && g.date && p.date && g.date !== p.date) return false;
  return setsMatch(g.actor, p.actor, lenient) && setsMatch(g.recipient, p.recipient, lenient);
}

/** One-to-one greedy matching; returns the index of each gold event's partner (or -1). */
export function matchEvents(gold, pred, { lenient, useDate }) {
  const used = new Array(pred.length).fill(false);
  return gold.map((g) => {
    const passes = lenient ? [false, true] : [false];
    for (const len of passes) {
      const j = pred.findIndex((p, k) => !used[k] && eventsMatch(g, p, { lenient: len, useDate }));
      if (j >= 0) {
        used[j] = true;
        return j;
      }
    }
    return -1;
  });
}

/** Type-only pairing: each gold event takes the first unused predicted event of its type. */
function matchTypes(gold, pred) {
  const used = new Array(pred.length).fill(false);
  return gold.map((g) => {
    const j = pred.findIndex((p, k) => !used[k] && p.type === g.type);
    if (j >= 0) used[j] = true;
    return j;
  });
}

const prf = ({ tp, fp, fn }) => {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
};

const SCORES = {
  strict: { lenient: false, useDate: true },
  lenient: { lenient: true, useDate: true },
  strictNoDate: { lenient: false, useDate: false },
  lenientNoDate: { lenient: true, useDate: false },
};

/** Agreement of `b` (second) against `a` (first) over the articles both contain. */
export function agreement(a, b) {
  const bySrc = new Map(a.map((x) => [x.src, x]));
  const shared = b.filter((x) => bySrc.has(x.src));
  const kept = (evs) => (evs ?? []).filter((e) => !e.negated);
  const overall = {};
  const byType = {};
  const tolerant = {};
  const disagreements = [];
  for (const name of [...Object.keys(SCORES), 'typeOnly']) {
    overall[name] = { tp: 0, fp: 0, fn: 0 };
    tolerant[name] = { tp: 0, fp: 0, fn: 0 };
  }
  const bump = (type, key) => {
    byType[type] ??= { tp: 0, fp: 0, fn: 0 };
    byType[type][key]++;
  };
  for (const art of shared) {
    const gold = kept(bySrc.get(art.src).events);
    const pred = kept(art.events);
    for (const [name, opts] of [...Object.entries(SCORES), ['typeOnly', null]]) {
      const m = opts ? matchEvents(gold, pred, opts) : matchTypes(gold, pred);
      const hit = new Set(m.filter((j) => j >= 0));
      const tp = hit.size;
      const fnEv = gold.filter((_, i) => m[i] < 0);
      const fpEv = pred.filter((_, j) => !hit.has(j));
      overall[name].tp += tp;
      overall[name].fn += fnEv.length;
      overall[name].fp += fpEv.length;
      // Optional-tolerant: an unmatched event either annotator marked optional is no error.
      tolerant[name].tp += tp;
      tolerant[name].fn += fnEv.filter((e) => !e.optional).length;
      tolerant[name].fp += fpEv.filter((e) => !e.optional).length;
      if (name === 'strict') {
        m.forEach((j, i) => {
          bump(gold[i].type, j >= 0 ? 'tp' : 'fn');
        });
        for (const e of fpEv) bump(e.type, 'fp');
        if (fnEv.length || fpEv.length)
          disagreements.push({ src: art.src, onlyFirst: fnEv, onlySecond: fpEv });
      }
    }
  }
  const out = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, prf(v)]));
  return {
    articles: shared.length,
    firstEvents: shared.reduce((n, x) => n + kept(bySrc.get(x.src).events).length, 0),
    secondEvents: shared.reduce((n, x) => n + kept(x.events).length, 0),
    overall: out(overall),
    optionalTolerant: out(tolerant),
    byType: { strict: out(byType) },
    disagreements,
  };
}

function validate(list, name) {
  for (const art of list)
    for (const [i, e] of (art.events ?? []).entries())
      if (!PLOVER.has(e.type) || !Array.isArray(e.actor) || !Array.isArray(e.recipient))
        throw new Error(`${name}: ${art.src}: events[${i}]: bad type, actor or recipient`);
}

const pct = (x) => (100 * x).toFixed(1).padStart(5);
const show = (e) =>
  `${e.type.padEnd(9)} ${e.actor.join('+') || '∅'} → ${e.recipient.join('+') || '∅'} ${e.date ?? 'null'}${e.optional ? ' (optional)' : ''}  «${String(e.evidence ?? '').slice(0, 70)}»`;

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    validate(first, 'annotations.mjs');
    validate(second, 'annotations-second.mjs');
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
  const r = agreement(first, second);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(r, null, 2));
  } else {
    console.log(`${r.articles} articles; first annotation ${r.firstEvents} events, second ${r.secondEvents}`);
    console.log('score           P     R    F1   tp  fp  fn   | optional-tolerant  P     R    F1');
    for (const [k, v] of Object.entries(r.overall)) {
      const t = r.optionalTolerant[k];
      console.log(
        `${k.padEnd(14)} ${pct(v.precision)} ${pct(v.recall)} ${pct(v.f1)} ${String(v.tp).padStart(4)} ${String(v.fp).padStart(3)} ${String(v.fn).padStart(3)}   |                  ${pct(t.precision)} ${pct(t.recall)} ${pct(t.f1)}`,
      );
    }
    console.log('\nstrict, per type (first annotation as reference)');
    for (const [k, v] of Object.entries(r.byType.strict).sort())
      console.log(
        `${k.padEnd(10)} ${pct(v.precision)} ${pct(v.recall)} ${pct(v.f1)}  tp ${v.tp} fp ${v.fp} fn ${v.fn}`,
      );
    if (!process.argv.includes('--quiet')) {
      console.log('\ndisagreements (strict)');
      for (const d of r.disagreements) {
        console.log(`-- ${d.src}`);
        for (const e of d.onlyFirst) console.log(`  first only : ${show(e)}`);
        for (const e of d.onlySecond) console.log(`  second only: ${show(e)}`);
      }
    }
  }
}
