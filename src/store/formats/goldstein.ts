// CAMEO code → Goldstein scale (-10 most conflictual … +10 most cooperative), for the gdelt export: the
// values of GDELT's published table, kept in the ontology (lexicon/ontology/plover.json, its _sources).
import { ploverOntology } from '../../knowledge/ontology.js';

/** Goldstein scale of a CAMEO code: exact, else its three-digit base, else its root (`04` → `040`). */
export function goldstein(cameo: string | null | undefined): number | null {
  if (!cameo) return null;
  const scale = ploverOntology().goldstein;
  return scale.get(cameo) ?? scale.get(cameo.slice(0, 3)) ?? scale.get(`${cameo.slice(0, 2)}0`) ?? null;
}
