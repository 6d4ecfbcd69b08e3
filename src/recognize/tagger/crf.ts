// A linear-chain CRF trained by stochastic gradient with AdaGrad step sizes (training time only).
// Same features, tags and BIO constraint as the perceptron, and the same run-time model: the
// weights it learns are decoded by the same Viterbi, so `rasad tag` does not change. Unlike the
// perceptron, every token moves the weights by its posterior error (forward–backward marginals),
// not only mistagged ones, which uses rare features better. An L2 penalty is applied lazily, when a
// feature is next seen. Deterministic: sentence order from a seeded generator.
import type { SentenceFeatures } from './features.js';
import type { TaggerModel } from './model.js';
import { shuffledOrder, type TrainingSentence } from './perceptron.js';
import { allowedTransition, NUM_TAGS } from './tags.js';

const T = NUM_TAGS;

const ALLOWED = new Uint8Array(T * T);
const ALLOWED_START = new Uint8Array(T);
for (let p = 0; p < T; p++) for (let c = 0; c < T; c++) ALLOWED[p * T + c] = allowedTransition(p, c) ? 1 : 0;
for (let c = 0; c < T; c++) ALLOWED_START[c] = allowedTransition(-1, c) ? 1 : 0;

export interface CrfOptions {
  /** AdaGrad base step. */
  rate: number;
  /** L2 penalty per example seen (λ / N). */
  l2: number;
  /** Polyak averaging: the model is the mean of the weights after every example (like the averaged
   * perceptron), kept with the usual trick (u sums clock × every change; mean = w − u / clock). */
  average?: boolean;
}

export class Crf {
  readonly w: Float32Array;
  /** AdaGrad's sums of squared gradients */
  readonly g2: Float32Array;
  /** the example clock at which each feature row's L2 decay was last applied */
  readonly lastSeen: Int32Array;
  readonly trans = new Float64Array(T * T);
  readonly transG2 = new Float64Array(T * T);
  readonly start = new Float64Array(T);
  readonly startG2 = new Float64Array(T);
  clock = 0;
  /** clock-weighted sums of every change, for the averaged weights (empty without averaging) */
  private readonly u: Float32Array;
  private readonly transU = new Float64Array(T * T);
  private readonly startU = new Float64Array(T);
  private emission = new Float64Array(0);
  private alpha = new Float64Array(0);
  private beta = new Float64Array(0);

  constructor(
    readonly bits: number,
    readonly opts: CrfOptions,
  ) {
    this.w = new Float32Array((1 << bits) * T);
    this.g2 = new Float32Array((1 << bits) * T);
    this.lastSeen = new Int32Array(1 << bits);
    this.u = new Float32Array(opts.average ? (1 << bits) * T : 0);
  }

  /** Brings a feature row's L2 decay up to date (each step multiplies by 1 − rate·l2, roughly). */
  private decay(f: number): void {
    const steps = this.clock - this.lastSeen[f];
    if (steps <= 0 || this.opts.l2 === 0) return;
    this.lastSeen[f] = this.clock;
    const factor = (1 - this.opts.rate * this.opts.l2) ** steps;
    const row = f * T;
    if (this.opts.average)
      for (let t = 0; t < T; t++) this.u[row + t] += this.clock * this.w[row + t] * (factor - 1);
    for (let t = 0; t < T; t++) this.w[row + t] *= factor;
  }

  private alphaC = new Float64Array(0);
  private betaC = new Float64Array(0);

  /** Forward–backward in log space over the tags `mask` allows at each token (null: all); log Z. */
  private forwardBackward(
    n: number,
    em: Float64Array,
    mask: Uint16Array | null,
    a: Float64Array,
    b: Float64Array,
  ): number {
    const tr = this.trans;
    const ok = (i: number, t: number): boolean => mask === null || ((mask[i] >> t) & 1) === 1;
    for (let c = 0; c < T; c++) a[c] = ALLOWED_START[c] && ok(0, c) ? this.start[c] + em[c] : -Infinity;
    for (let i = 1; i < n; i++)
      for (let c = 0; c < T; c++) {
        if (!ok(i, c)) {
          a[i * T + c] = -Infinity;
          continue;
        }
        let m = -Infinity;
        for (let p = 0; p < T; p++)
          if (ALLOWED[p * T + c]) m = Math.max(m, a[(i - 1) * T + p] + tr[p * T + c]);
        if (m === -Infinity) {
          a[i * T + c] = -Infinity;
          continue;
        }
        let sum = 0;
        for (let p = 0; p < T; p++)
          if (ALLOWED[p * T + c]) sum += Math.exp(a[(i - 1) * T + p] + tr[p * T + c] - m);
        a[i * T + c] = m + Math.log(sum) + em[i * T + c];
      }
    for (let c = 0; c < T; c++) b[(n - 1) * T + c] = ok(n - 1, c) ? 0 : -Infinity;
    for (let i = n - 2; i >= 0; i--)
      for (let p = 0; p < T; p++) {
        if (!ok(i, p)) {
          b[i * T + p] = -Infinity;
          continue;
        }
        let m = -Infinity;
        for (let c = 0; c < T; c++)
          if (ALLOWED[p * T + c]) m = Math.max(m, tr[p * T + c] + em[(i + 1) * T + c] + b[(i + 1) * T + c]);
        if (m === -Infinity) {
          b[i * T + p] = -Infinity;
          continue;
        }
        let sum = 0;
        for (let c = 0; c < T; c++)
          if (ALLOWED[p * T + c])
            sum += Math.exp(tr[p * T + c] + em[(i + 1) * T + c] + b[(i + 1) * T + c] - m);
        b[i * T + p] = m + Math.log(sum);
      }
    let zm = -Infinity;
    for (let c = 0; c < T; c++) zm = Math.max(zm, a[(n - 1) * T + c]);
    if (zm === -Infinity) return -Infinity;
    let zs = 0;
    for (let c = 0; c < T; c++) zs += Math.exp(a[(n - 1) * T + c] - zm);
    return zm + Math.log(zs);
  }

  /** A gradient step on a partially labelled sentence: expected counts of all paths minus those of
   * the allowed paths. Returns −log P(allowed paths). */
  /** An AdaGrad step on the emission weights of token `i`'s features, given the gradient per tag. */
  private stepEmissions(
    f: SentenceFeatures,
    i: number,
    grad: Float64Array,
    rate: number,
    avg: boolean,
  ): void {
    const w = this.w;
    for (let k = f.offsets[i]; k < f.offsets[i + 1]; k++) {
      const row = f.ids[k] * T;
      for (let t = 0; t < T; t++) {
        const g = grad[t];
        if (g > -1e-6 && g < 1e-6) continue;
        const acc = this.g2[row + t] + g * g;
        this.g2[row + t] = acc;
        const step = (rate * g) / Math.sqrt(acc);
        w[row + t] -= step;
        if (avg) this.u[row + t] -= this.clock * step;
      }
    }
  }

  private learnPartial(s: TrainingSentence, mask: Uint16Array): number {
    const n = s.gold.length;
    const f: SentenceFeatures = s.features;
    const em = this.emission;
    const w = this.w;
    em.fill(0, 0, n * T);
    for (let i = 0; i < n; i++)
      for (let k = f.offsets[i]; k < f.offsets[i + 1]; k++) {
        const id = f.ids[k];
        this.decay(id);
        const row = id * T;
        for (let t = 0; t < T; t++) em[i * T + t] += w[row + t];
      }
    if (this.alphaC.length < this.alpha.length) {
      this.alphaC = new Float64Array(this.alpha.length);
      this.betaC = new Float64Array(this.alpha.length);
    }
    const a = this.alpha;
    const b = this.beta;
    const ac = this.alphaC;
    const bc = this.betaC;
    const logZ = this.forwardBackward(n, em, null, a, b);
    const logZc = this.forwardBackward(n, em, mask, ac, bc);
    if (logZc === -Infinity) return 0; // no allowed path under the BIO constraint: skip
    const rate = this.opts.rate;
    const avg = this.opts.average === true;
    const marg = (x: number): number => (x > -30 ? Math.exp(x) : 0);
    const grad = new Float64Array(T);
    for (let i = 0; i < n; i++) {
      for (let t = 0; t < T; t++)
        grad[t] = marg(a[i * T + t] + b[i * T + t] - logZ) - marg(ac[i * T + t] + bc[i * T + t] - logZc);
      this.stepEmissions(f, i, grad, rate, avg);
    }
    for (let c = 0; c < T; c++) {
      if (!ALLOWED_START[c]) continue;
      const g = marg(a[c] + b[c] - logZ) - marg(ac[c] + bc[c] - logZc);
      if (g === 0) continue;
      this.startG2[c] += g * g;
      const step = (rate * g) / Math.sqrt(this.startG2[c]);
      this.start[c] -= step;
      this.startU[c] -= this.clock * step;
    }
    const tr = this.trans;
    const tg = new Float64Array(T * T);
    for (let i = 1; i < n; i++)
      for (let p = 0; p < T; p++)
        for (let c = 0; c < T; c++) {
          if (!ALLOWED[p * T + c]) continue;
          const e = tr[p * T + c] + em[i * T + c];
          tg[p * T + c] +=
            marg(a[(i - 1) * T + p] + e + b[i * T + c] - logZ) -
            marg(ac[(i - 1) * T + p] + e + bc[i * T + c] - logZc);
        }
    for (let k = 0; k < T * T; k++) {
      const g = tg[k];
      if (g === 0) continue;
      this.transG2[k] += g * g;
      const step = (rate * g) / Math.sqrt(this.transG2[k]);
      this.trans[k] -= step;
      this.transU[k] -= this.clock * step;
    }
    return logZ - logZc;
  }

  /** One gradient step on one sentence; returns its negative log-likelihood. */
  learn(s: TrainingSentence): number {
    const n = s.gold.length;
    if (n === 0) return 0;
    if (s.allowed) {
      this.clock++;
      if (this.emission.length < n * T) {
        this.emission = new Float64Array(2 * n * T);
        this.alpha = new Float64Array(2 * n * T);
        this.beta = new Float64Array(2 * n * T);
      }
      return this.learnPartial(s, s.allowed);
    }
    this.clock++;
    const f: SentenceFeatures = s.features;
    if (this.emission.length < n * T) {
      this.emission = new Float64Array(2 * n * T);
      this.alpha = new Float64Array(2 * n * T);
      this.beta = new Float64Array(2 * n * T);
    }
    const em = this.emission;
    const w = this.w;
    em.fill(0, 0, n * T);
    for (let i = 0; i < n; i++) {
      for (let k = f.offsets[i]; k < f.offsets[i + 1]; k++) {
        const id = f.ids[k];
        this.decay(id);
        const row = id * T;
        for (let t = 0; t < T; t++) em[i * T + t] += w[row + t];
      }
    }
    // forward and backward in log space, disallowed transitions excluded
    const a = this.alpha;
    const b = this.beta;
    const tr = this.trans;
    for (let c = 0; c < T; c++) a[c] = ALLOWED_START[c] ? this.start[c] + em[c] : -Infinity;
    for (let i = 1; i < n; i++)
      for (let c = 0; c < T; c++) {
        let m = -Infinity;
        for (let p = 0; p < T; p++)
          if (ALLOWED[p * T + c]) m = Math.max(m, a[(i - 1) * T + p] + tr[p * T + c]);
        let sum = 0;
        for (let p = 0; p < T; p++)
          if (ALLOWED[p * T + c]) sum += Math.exp(a[(i - 1) * T + p] + tr[p * T + c] - m);
        a[i * T + c] = m + Math.log(sum) + em[i * T + c];
      }
    for (let c = 0; c < T; c++) b[(n - 1) * T + c] = 0;
    for (let i = n - 2; i >= 0; i--)
      for (let p = 0; p < T; p++) {
        let m = -Infinity;
        for (let c = 0; c < T; c++)
          if (ALLOWED[p * T + c]) m = Math.max(m, tr[p * T + c] + em[(i + 1) * T + c] + b[(i + 1) * T + c]);
        let sum = 0;
        for (let c = 0; c < T; c++)
          if (ALLOWED[p * T + c])
            sum += Math.exp(tr[p * T + c] + em[(i + 1) * T + c] + b[(i + 1) * T + c] - m);
        b[i * T + p] = m + Math.log(sum);
      }
    let zm = -Infinity;
    for (let c = 0; c < T; c++) zm = Math.max(zm, a[(n - 1) * T + c]);
    let zs = 0;
    for (let c = 0; c < T; c++) zs += Math.exp(a[(n - 1) * T + c] - zm);
    const logZ = zm + Math.log(zs);
    const gold = s.gold;
    let goldScore = this.start[gold[0]];
    for (let i = 0; i < n; i++) {
      goldScore += em[i * T + gold[i]];
      if (i > 0) goldScore += tr[gold[i - 1] * T + gold[i]];
    }
    // emission gradients: marginal − gold, applied with AdaGrad steps
    const rate = this.opts.rate;
    const avg = this.opts.average === true;
    const grad = new Float64Array(T);
    for (let i = 0; i < n; i++) {
      for (let t = 0; t < T; t++) {
        const lp = a[i * T + t] + b[i * T + t] - logZ;
        grad[t] = (lp > -30 ? Math.exp(lp) : 0) - (gold[i] === t ? 1 : 0);
      }
      this.stepEmissions(f, i, grad, rate, avg);
    }
    // start and transition gradients
    for (let c = 0; c < T; c++) {
      if (!ALLOWED_START[c]) continue;
      const g = Math.exp(a[c] + b[c] - logZ) - (gold[0] === c ? 1 : 0);
      this.startG2[c] += g * g;
      if (this.startG2[c] > 0) {
        const step = (rate * g) / Math.sqrt(this.startG2[c]);
        this.start[c] -= step;
        this.startU[c] -= this.clock * step;
      }
    }
    const tg = new Float64Array(T * T);
    for (let i = 1; i < n; i++) {
      tg[gold[i - 1] * T + gold[i]] -= 1;
      for (let p = 0; p < T; p++)
        for (let c = 0; c < T; c++) {
          if (!ALLOWED[p * T + c]) continue;
          const lp = a[(i - 1) * T + p] + tr[p * T + c] + em[i * T + c] + b[i * T + c] - logZ;
          if (lp > -30) tg[p * T + c] += Math.exp(lp);
        }
    }
    for (let k = 0; k < T * T; k++) {
      const g = tg[k];
      if (g === 0) continue;
      this.transG2[k] += g * g;
      const step = (rate * g) / Math.sqrt(this.transG2[k]);
      this.trans[k] -= step;
      this.transU[k] -= this.clock * step;
    }
    return logZ - goldScore;
  }

  /** One pass in a seeded random order; returns the summed negative log-likelihood. */
  epoch(data: readonly TrainingSentence[], random: () => number): number {
    const order = shuffledOrder(data.length, random);
    let loss = 0;
    for (const i of order) loss += this.learn(data[i]);
    return loss;
  }

  /** The weights as a run-time model, rows whose weights are all below `prune` dropped, int16. */
  model(
    base: Omit<TaggerModel, 'rowOf' | 'weights' | 'scale' | 'transition' | 'start'>,
    prune = 0,
  ): TaggerModel {
    const size = 1 << this.bits;
    for (let f = 0; f < size; f++) this.decay(f);
    // the weights the model uses: the current ones, or their mean over every example so far
    const avg = this.opts.average === true && this.clock > 0;
    const inv = avg ? 1 / this.clock : 0;
    const wAt = (i: number): number => (avg ? this.w[i] - this.u[i] * inv : this.w[i]);
    const rowOf = new Int32Array(size);
    const kept: number[] = [];
    let maxAbs = 0;
    for (let f = 0; f < size; f++) {
      let max = 0;
      for (let t = 0; t < T; t++) max = Math.max(max, Math.abs(wAt(f * T + t)));
      if (max > prune && max > 0) {
        kept.push(f);
        rowOf[f] = kept.length;
        maxAbs = Math.max(maxAbs, max);
      }
    }
    const scale = maxAbs === 0 ? 1 : maxAbs / 32767;
    const weights = new Int16Array(kept.length * T);
    kept.forEach((f, r) => {
      for (let t = 0; t < T; t++) weights[r * T + t] = Math.round(wAt(f * T + t) / scale);
    });
    const transition = new Float32Array(T * T);
    for (let k = 0; k < T * T; k++)
      transition[k] = ALLOWED[k] ? this.trans[k] - (avg ? this.transU[k] * inv : 0) : 0;
    const start = Float32Array.from(this.start, (v, c) => v - (avg ? this.startU[c] * inv : 0));
    return { ...base, rowOf, weights, scale, transition, start };
  }
}
