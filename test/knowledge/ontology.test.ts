// The PLOVER ontology file (lexicon/ontology/plover.json): it agrees with the PloverType union the
// compiler checks against, it is what the coder and the exports read, and a broken file is refused
// with one line naming the file and the field.
import { describe, expect, it } from 'vitest';
import { PLOVER_TYPES } from '../../src/doc.js';
import { readKnowledgeJson } from '../../src/knowledge/files.js';
import { compileOntology, ONTOLOGY_FILE, ploverOntology } from '../../src/knowledge/ontology.js';

interface RawOntology {
  types: Array<{ type: string; quad: number; modes?: string[] }>;
  cameo: Record<string, { mode?: string | null; goldstein?: number }>;
}
const raw = () => structuredClone(readKnowledgeJson(ONTOLOGY_FILE)) as RawOntology;
const refusal = (data: unknown): string => {
  try {
    compileOntology(data);
  } catch (e) {
    return (e as Error).message;
  }
  return 'accepted';
};

describe('the shipped ontology', () => {
  it('lists exactly the PloverType union, in its quad-class order', () => {
    expect(ploverOntology().types).toEqual([...PLOVER_TYPES]);
  });
  it('gives each type the quad class of ontology.md', () => {
    const { quad } = ploverOntology();
    expect([quad.AGREE, quad.CONCEDE, quad.AID, quad.RETREAT, quad.REQUEST, quad.THREATEN]).toEqual([
      1, 1, 2, 2, 3, 3,
    ]);
    expect([quad.PROTEST, quad.ASSAULT]).toEqual([4, 4]);
  });
  it('maps CAMEO codes to a type and a mode of that type', () => {
    const { cameo, modes } = ploverOntology();
    expect(cameo.get('042')).toMatchObject({ type: 'CONSULT', mode: 'visit' });
    expect(cameo.get('1831')).toMatchObject({ type: 'ASSAULT', mode: 'suicide-attack' });
    for (const [code, e] of cameo)
      if (e.mode !== null) expect(modes.get(e.type)?.has(e.mode), code).toBe(true);
  });
  it('holds Goldstein values for codes the coder never emits too (the roots)', () => {
    const { cameo, goldstein } = ploverOntology();
    expect(cameo.has('13')).toBe(false);
    expect(goldstein.get('13')).toBe(-6);
    expect(goldstein.get('1823')).toBe(-10);
  });
});

describe('a broken ontology file', () => {
  it('a type outside the union names the field', () => {
    const d = raw();
    d.types[2].type = 'PRAISE';
    expect(refusal(d)).toBe(
      `${ONTOLOGY_FILE}: types entry 3: field "type": "PRAISE" is not a member of PloverType (src/doc.ts)`,
    );
  });
  it('a missing type is named', () => {
    const d = raw();
    d.types = d.types.filter((t) => t.type !== 'AID');
    expect(refusal(d)).toBe(`${ONTOLOGY_FILE}: field "types": missing AID`);
  });
  it('a schema error (a quad class of 5) names the field, what was expected and what was found', () => {
    const d = raw();
    d.types[0].quad = 5;
    const msg = refusal(d);
    expect(msg.split('\n')).toHaveLength(1);
    expect(msg).toMatch(/^lexicon\/ontology\/plover\.json: types entry 1: field "quad": .*\(got 5\)$/);
  });
  it('a Goldstein value out of range names the code', () => {
    const d = raw();
    d.cameo['042'].goldstein = 12;
    expect(refusal(d)).toMatch(/^lexicon\/ontology\/plover\.json: field "cameo\.042\.goldstein": .*\(got 12\)$/);
  });
  it('a mode that is not one of its type names the code', () => {
    const d = raw();
    d.cameo['042'].mode = 'aerial';
    expect(refusal(d)).toBe(`${ONTOLOGY_FILE}: field "cameo.042.mode": "aerial" is not a mode of CONSULT`);
  });
  it('a missing field is reported as missing', () => {
    const d = raw();
    delete d.types[1].modes;
    expect(refusal(d)).toMatch(/^lexicon\/ontology\/plover\.json: types entry 2: field "modes": is missing$/);
  });
});
