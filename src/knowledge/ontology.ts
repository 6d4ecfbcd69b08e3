// The PLOVER ontology (lexicon/ontology/plover.json) compiled once: the types in quad-class order with
// their quad class and modes, the CAMEO → PLOVER table the event coder codes with, and the Goldstein
// values the exports write. The TypeScript union PloverType (src/doc.ts) stays where the compiler
// needs it; this loader refuses a file whose types are not exactly that union's members, so the data
// and the union cannot drift apart unnoticed.
import { PLOVER_TYPES, type PloverType } from '../doc.js';
import { readKnowledgeJson } from './files.js';
import { PloverFile } from './schemas/ontology.js';
import { checkKnowledge, errorAt, knowledgeError } from './validate.js';

export type Quad = 1 | 2 | 3 | 4;

export interface CameoEntry {
  type: PloverType;
  mode: string | null;
  label: string;
}

export interface Ontology {
  /** The types in the file's order (quad-class order). */
  types: PloverType[];
  quad: Record<PloverType, Quad>;
  modes: Map<PloverType, Set<string>>;
  /** The CAMEO codes rasad codes, with their PLOVER type and mode. */
  cameo: Map<string, CameoEntry>;
  /** Goldstein values of the CAMEO codes that have one (two-digit roots included). */
  goldstein: Map<string, number>;
}

export const ONTOLOGY_FILE = 'lexicon/ontology/plover.json';

const isPloverType = (t: string): t is PloverType => (PLOVER_TYPES as readonly string[]).includes(t);

/** Validates and compiles the ontology file's data; `file` names it in errors. */
export function compileOntology(data: unknown, file: string = ONTOLOGY_FILE): Ontology {
  const d = checkKnowledge(PloverFile, data, file);
  const types: PloverType[] = [];
  const quad = {} as Record<PloverType, Quad>;
  const modes = new Map<PloverType, Set<string>>();
  d.types.forEach((row, i) => {
    if (!isPloverType(row.type))
      throw errorAt(
        file,
        data,
        ['types', `${i}`, 'type'],
        `"${row.type}" is not a member of PloverType (src/doc.ts)`,
      );
    if (modes.has(row.type))
      throw errorAt(file, data, ['types', `${i}`, 'type'], `"${row.type}" listed twice`);
    types.push(row.type);
    quad[row.type] = row.quad;
    modes.set(row.type, new Set(row.modes));
  });
  const missing = PLOVER_TYPES.filter((t) => !modes.has(t));
  if (missing.length > 0) throw knowledgeError(file, 'types', `missing ${missing.join(', ')}`);
  const cameo = new Map<string, CameoEntry>();
  const goldstein = new Map<string, number>();
  for (const [code, row] of Object.entries(d.cameo)) {
    if (row.goldstein !== undefined) goldstein.set(code, row.goldstein);
    if (row.type === undefined) {
      if (row.mode != null) throw knowledgeError(file, `cameo.${code}.mode`, 'a mode needs a type');
      if (row.goldstein === undefined)
        throw knowledgeError(file, `cameo.${code}`, 'needs a type or a goldstein value');
      continue;
    }
    const type = row.type;
    if (!isPloverType(type) || !modes.has(type))
      throw knowledgeError(file, `cameo.${code}.type`, `"${type}" is not a type of this file`);
    const mode = row.mode ?? null;
    if (mode !== null && !modes.get(type)?.has(mode))
      throw knowledgeError(file, `cameo.${code}.mode`, `"${mode}" is not a mode of ${type}`);
    if (!/^\d{3,4}$/.test(code))
      throw knowledgeError(file, `cameo.${code}`, 'a coded CAMEO code has 3–4 digits');
    cameo.set(code, { type, mode, label: row.label ?? '' });
  }
  return { types, quad, modes, cameo, goldstein };
}

let cached: Ontology | null = null;
/** The shipped ontology, read and compiled at first use. */
export function ploverOntology(): Ontology {
  cached ??= compileOntology(readKnowledgeJson(ONTOLOGY_FILE));
  return cached;
}
