/**
 * A plain typed-array implementation of the same sigmoid network, the same quadratic cost (averaged
 * over the m outputs) and the same SGD as the reference (`grader/reference/`): Float64Array weights,
 * preallocated buffers, no allocation per example. It is the floor of the MNIST bench and a check on
 * the reference (same shuffle, same order of floating-point operations, so the same weights).
 *
 * @example
 *   const f = fromNetwork(ref.initNetwork([784, 30, 10], random));
 *   fastSgd(f, mnistSplit().train, 3, 10, 30, random);
 *   fastAccuracy(f, mnistSplit().test);    // e.g. 0.9
 */
import type { Network } from '../api.js';
import { sigmoid } from '../reference/activations.js';
import type { DigitSet } from './data.js';

export interface FastNet {
  sizes: number[];
  /** weights[k]: sizes[k+1] × sizes[k], row-major. */
  weights: Float64Array[];
  biases: Float64Array[];
}

export function fromNetwork(net: Network): FastNet {
  const sizes = [net.weights[0]![0]!.length, ...net.biases.map((b) => b.length)];
  return {
    sizes,
    weights: net.weights.map((W) => Float64Array.from(W.flat())),
    biases: net.biases.map((b) => Float64Array.from(b)),
  };
}

export function toNetwork(f: FastNet): Network {
  return {
    weights: f.weights.map((W, k) =>
      Array.from({ length: f.sizes[k + 1]! }, (_, i) => Array.from(W.subarray(i * f.sizes[k]!, (i + 1) * f.sizes[k]!))),
    ),
    biases: f.biases.map((b) => Array.from(b)),
  };
}

/** Forward pass into preallocated zs / activations (activations[0] is the input view). */
function forward(f: FastNet, x: Float64Array, zs: Float64Array[], acts: Float64Array[]): void {
  acts[0] = x;
  for (let k = 0; k < f.weights.length; k++) {
    const W = f.weights[k]!;
    const b = f.biases[k]!;
    const nIn = f.sizes[k]!;
    const a = acts[k]!;
    const z = zs[k]!;
    const out = acts[k + 1]!;
    for (let i = 0; i < z.length; i++) {
      let s = 0;
      const row = i * nIn;
      for (let j = 0; j < nIn; j++) s += W[row + j]! * a[j]!;
      z[i] = s + b[i]!;
      out[i] = sigmoid(z[i]!);
    }
  }
}

function buffers(f: FastNet): { zs: Float64Array[]; acts: Float64Array[]; deltas: Float64Array[] } {
  const layers = f.sizes.slice(1);
  return {
    zs: layers.map((n) => new Float64Array(n)),
    acts: [new Float64Array(0), ...layers.map((n) => new Float64Array(n))],
    deltas: layers.map((n) => new Float64Array(n)),
  };
}

/** Train in place: `epochs` passes over a Fisher–Yates shuffle (driven by `random`) in mini-batches. */
export function fastSgd(f: FastNet, data: DigitSet, epochs: number, batchSize: number, alpha: number, random: () => number): FastNet {
  const L = f.weights.length;
  const nIn = f.sizes[0]!;
  const m = f.sizes[L]!;
  const { zs, acts, deltas } = buffers(f);
  const sumW = f.weights.map((W) => new Float64Array(W.length));
  const sumB = f.biases.map((b) => new Float64Array(b.length));
  const y = new Float64Array(m);
  const order = Array.from({ length: data.n }, (_, i) => i);
  for (let e = 0; e < epochs; e++) {
    // Like the reference: each epoch shuffles the data in its original order (not the last epoch's).
    for (let i = 0; i < order.length; i++) order[i] = i;
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (let start = 0; start < order.length; start += batchSize) {
      const end = Math.min(order.length, start + batchSize);
      sumW.forEach((s) => s.fill(0));
      sumB.forEach((s) => s.fill(0));
      for (let p = start; p < end; p++) {
        const idx = order[p]!;
        forward(f, data.pixels.subarray(idx * nIn, (idx + 1) * nIn), zs, acts);
        y.fill(0);
        y[data.labels[idx]!] = 1;
        const aL = acts[L]!;
        const dL = deltas[L - 1]!;
        for (let i = 0; i < m; i++) dL[i] = (aL[i]! - y[i]!) * (1 / m) * (aL[i]! * (1 - aL[i]!));
        for (let k = L - 1; k >= 0; k--) {
          const d = deltas[k]!;
          const aPrev = acts[k]!;
          const n = aPrev.length;
          const sW = sumW[k]!;
          const sB = sumB[k]!;
          for (let i = 0; i < d.length; i++) {
            sB[i] += d[i]!;
            const di = d[i]!;
            const row = i * n;
            for (let j = 0; j < n; j++) sW[row + j] += di * aPrev[j]!;
          }
          if (k > 0) {
            const W = f.weights[k]!;
            const dPrev = deltas[k - 1]!;
            for (let j = 0; j < n; j++) {
              let s = 0;
              for (let i = 0; i < d.length; i++) s += W[i * n + j]! * d[i]!;
              const sj = sigmoid(zs[k - 1]![j]!);
              dPrev[j] = s * (sj * (1 - sj));
            }
          }
        }
      }
      const step = alpha / (end - start);
      for (let k = 0; k < L; k++) {
        const W = f.weights[k]!;
        const sW = sumW[k]!;
        for (let q = 0; q < W.length; q++) W[q] = W[q]! - step * sW[q]!;
        const b = f.biases[k]!;
        const sB = sumB[k]!;
        for (let q = 0; q < b.length; q++) b[q] = b[q]! - step * sB[q]!;
      }
    }
  }
  return f;
}

/** Predicted class of every digit in the set. */
export function fastPredictAll(f: FastNet, data: DigitSet): Uint8Array {
  const { zs, acts } = buffers(f);
  const L = f.weights.length;
  const nIn = f.sizes[0]!;
  const out = new Uint8Array(data.n);
  for (let i = 0; i < data.n; i++) {
    forward(f, data.pixels.subarray(i * nIn, (i + 1) * nIn), zs, acts);
    const a = acts[L]!;
    let best = 0;
    for (let j = 1; j < a.length; j++) if (a[j]! > a[best]!) best = j;
    out[i] = best;
  }
  return out;
}

export function fastAccuracy(f: FastNet, data: DigitSet): number {
  const pred = fastPredictAll(f, data);
  let ok = 0;
  for (let i = 0; i < data.n; i++) if (pred[i] === data.labels[i]) ok++;
  return ok / data.n;
}
