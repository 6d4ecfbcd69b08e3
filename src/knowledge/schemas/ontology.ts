// Schema of lexicon/ontology/plover.json: the PLOVER quad classes, types and modes, and the CAMEO
// codes with their PLOVER mapping and Goldstein values. Extra fields are allowed (notes, sources).
import { type Static, Type } from '@sinclair/typebox';

const Quad = Type.Union([Type.Literal(1), Type.Literal(2), Type.Literal(3), Type.Literal(4)]);
const Name = Type.String({ pattern: '^[a-z]+(-[a-z]+)*$' });

export const PloverTypeRow = Type.Object({
  type: Type.String({ pattern: '^[A-Z]+$' }),
  quad: Quad,
  modes: Type.Array(Name),
});

export const CameoRow = Type.Object({
  /** The PLOVER type rasad codes this CAMEO code as; absent for a code it never emits. */
  type: Type.Optional(Type.String({ pattern: '^[A-Z]+$' })),
  mode: Type.Optional(Type.Union([Name, Type.Null()])),
  label: Type.Optional(Type.String()),
  /** Departs from CAMEO2PLOVER-2021 to follow docs/ontology.md. */
  override: Type.Optional(Type.Boolean()),
  goldstein: Type.Optional(Type.Number({ minimum: -10, maximum: 10 })),
});

export const PloverFile = Type.Object({
  quads: Type.Array(Type.Object({ quad: Quad, name: Type.String({ minLength: 1 }) }), {
    minItems: 4,
    maxItems: 4,
  }),
  types: Type.Array(PloverTypeRow, { minItems: 1 }),
  cameo: Type.Record(Type.String({ pattern: '^\\d{2,4}$' }), CameoRow),
});

export type PloverFileData = Static<typeof PloverFile>;
