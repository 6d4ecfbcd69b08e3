// Several averaged perceptrons, trained on the same data in different sentence orders, summed into one
// model: the sum of linear models over the same features is itself one linear model, so the ensemble
// decodes exactly as fast as a single model (only the union of their weight rows is larger). Summing
// lowers the variance that the sentence order leaves in each member.
import type { TaggerModel } from './model.js';
import { NUM_TAGS } from './tags.js';

const T = NUM_TAGS;

/** The members' weights, transitions and start weights added (dequantized, then quantized again). */
export function sumModels(members: readonly TaggerModel[]): TaggerModel {
  if (members.length === 0) throw new Error('sumModels: no members');
  if (members.length === 1) return members[0];
  const first = members[0];
  const size = first.rowOf.length;
  for (const m of members)
    if (m.rowOf.length !== size || m.config.bits !== first.config.bits)
      throw new Error('sumModels: members must share the feature configuration');
  const rowOf = new Int32Array(size);
  let rows = 0;
  for (let f = 0; f < size; f++) if (members.some((m) => m.rowOf[f] !== 0)) rowOf[f] = ++rows;
  const floats = new Float64Array(rows * T);
  for (const m of members)
    for (let f = 0; f < size; f++) {
      const r = m.rowOf[f];
      if (r === 0) continue;
      const to = (rowOf[f] - 1) * T;
      const from = (r - 1) * T;
      for (let t = 0; t < T; t++) floats[to + t] += m.weights[from + t] * m.scale;
    }
  let maxAbs = 0;
  for (let k = 0; k < floats.length; k++) if (Math.abs(floats[k]) > maxAbs) maxAbs = Math.abs(floats[k]);
  const scale = maxAbs === 0 ? 1 : maxAbs / 32767;
  const weights = new Int16Array(rows * T);
  for (let k = 0; k < weights.length; k++) weights[k] = Math.round(floats[k] / scale);
  const transition = new Float32Array(T * T);
  const start = new Float32Array(T);
  for (const m of members) {
    for (let k = 0; k < T * T; k++) transition[k] += m.transition[k];
    for (let k = 0; k < T; k++) start[k] += m.start[k];
  }
  return { ...first, rowOf, weights, scale, transition, start };
}
