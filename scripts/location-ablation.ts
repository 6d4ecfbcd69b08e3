// Development aid: location accuracy on the dev location gold with each named option of LOCATE_DEFAULTS
// flipped (`node --import tsx scripts/location-ablation.ts seat continues …`).
import { readFileSync } from 'node:fs';
import { LOCATE_DEFAULTS } from '../src/code/location.js';
import { evalActors } from '../src/eval/actors.js';

const jsonl = readFileSync('test/gold/actors/dev.jsonl', 'utf8');
const f = (o: object) => {
  const r = evalActors(jsonl, { locate: { ...LOCATE_DEFAULTS, ...o } }).locations;
  return `${(r.place / r.total).toFixed(3)} ${(r.admin1 / r.total).toFixed(3)} ${(r.country / r.total).toFixed(3)}`;
};
console.log('defaults', f({}));
for (const k of process.argv.slice(2))
  console.log(k, f({ [k]: !(LOCATE_DEFAULTS as unknown as Record<string, boolean>)[k] }));
