/**
 * Deliberately wrong versions of reference functions — the common mistakes — used to recognise
 * what a student did and give a precise hint (see hints.ts). Never used to compute expected values.
 *
 * @example
 *   backpropWith(net, x, y, { noOneOverM: true });   // the gradients a student forgetting 1/m gets
 */
import type { Gradients, Network, Vector } from '../api.js';
import { sigmoid, sigmoidPrime } from '../reference/activations.js';
import { hadamard, matVec, outer, scale, sub, transpose } from '../reference/linalg.js';
import { backprop, feedforward } from '../reference/network.js';

export interface BackpropMistakes {
  noOneOverM?: boolean;
  noOutputSigmaPrime?: boolean;
  noHiddenSigmaPrime?: boolean;
  noTranspose?: boolean;
  /** σ′ applied to the activation a instead of z: a(1 − a) computed as σ(a)(1 − σ(a)). */
  sigmaPrimeOfA?: boolean;
}

export function backpropWith(net: Network, x: Vector, y: Vector, m: BackpropMistakes): Gradients | undefined {
  const { zs, activations } = feedforward(net, x);
  const L = net.weights.length;
  const nablaW = new Array(L);
  const nablaB = new Array(L);
  const aL = activations[L]!;
  const sp = (k: number) => (m.sigmaPrimeOfA ? activations[k + 1]!.map(sigmoidPrime) : zs[k]!.map(sigmoidPrime));
  const err = m.noOneOverM ? sub(aL, y) : scale(sub(aL, y), 1 / aL.length);
  let delta = m.noOutputSigmaPrime ? err : hadamard(err, sp(L - 1));
  for (let k = L - 1; k >= 0; k--) {
    nablaB[k] = delta;
    nablaW[k] = outer(delta, activations[k]!);
    if (k > 0) {
      const W = net.weights[k]!;
      if (m.noTranspose && W.length !== W[0]!.length) return undefined;
      const back = matVec(m.noTranspose ? W : transpose(W), delta);
      delta = m.noHiddenSigmaPrime ? back : hadamard(back, sp(k - 1));
    }
  }
  return { nablaW, nablaB };
}

export function updateMiniBatchSum(net: Network, batch: { x: Vector; y: Vector }[], alpha: number, sign = 1, mean = false): Network {
  const scaleBy = mean ? alpha / batch.length : alpha;
  let W = net.weights.map((M) => M.map((r) => r.slice()));
  let B = net.biases.map((b) => b.slice());
  const grads = batch.map(({ x, y }) => backprop(net, x, y));
  for (const g of grads) {
    W = W.map((M, k) => M.map((r, i) => r.map((w, j) => w - sign * scaleBy * g.nablaW[k]![i]![j]!)));
    B = B.map((b, k) => b.map((v, i) => v - sign * scaleBy * g.nablaB[k]![i]!));
  }
  return { weights: W, biases: B };
}

export function neuronStepWith(w: Vector, b: number, x: Vector, y: number, alpha: number, withSigmaPrime: boolean, sign = 1) {
  const a = sigmoid(w.reduce((s, wi, i) => s + wi * x[i]!, b));
  const dz = withSigmaPrime ? (a - y) * a * (1 - a) : a - y;
  return { w: w.map((wi, i) => wi - sign * alpha * dz * x[i]!), b: b - sign * alpha * dz };
}
