import { GOLDSTEIN_TABLE } from './goldstein-table.js';

const SCALE = new Map<string, number>(
  GOLDSTEIN_TABLE.trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .map(([code, value]) => [code, Number(value)]),
);

/** Goldstein scale of a CAMEO code: exact, else its three-digit base, else its root (`04` → `040`). */
export function goldstein(cameo: string | null | undefined): number | null {
  if (!cameo) return null;
  return SCALE.get(cameo) ?? SCALE.get(cameo.slice(0, 3)) ?? SCALE.get(`${cameo.slice(0, 2)}0`) ?? null;
}
