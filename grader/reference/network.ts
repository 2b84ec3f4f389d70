/**
 * Reference network functions (sigmoid everywhere, quadratic cost averaged over the m outputs):
 * z^k = W^k a^{k−1} + b^k, δ^L = (a^L − y)/m ⊙ σ′(z^L), δ^k = (W^{k+1})ᵀ δ^{k+1} ⊙ σ′(z^k),
 * ∂C/∂W^k = δ^k (a^{k−1})ᵀ, ∂C/∂b^k = δ^k. In the API, weights[k] is W^{k+1}.
 *
 * @example
 *   const net = initNetwork([2, 3, 1], rng);          // rng: () => number in [0, 1)
 *   const { nablaW, nablaB } = backprop(net, [0.5, -1], [1]);
 */
import type { Example, Gradients, Matrix, Network, Vector } from '../api.js';
import { sigmoid, sigmoidPrime } from './activations.js';
import { add, hadamard, matVec, outer, scale, sub, transpose } from './linalg.js';

export function feedforward(net: Network, x: Vector): { zs: Vector[]; activations: Vector[] } {
  const zs: Vector[] = [];
  const activations: Vector[] = [x.slice()];
  let a = x;
  net.weights.forEach((W, k) => {
    const z = add(matVec(W, a), net.biases[k]!);
    zs.push(z);
    a = z.map(sigmoid);
    activations.push(a);
  });
  return { zs, activations };
}

/** The quadratic cost of one example, averaged over the outputs (what backprop differentiates). */
export function networkCost(net: Network, x: Vector, y: Vector): number {
  const { activations } = feedforward(net, x);
  const a = activations[activations.length - 1]!;
  return a.reduce((s, aj, j) => s + 0.5 * (aj - y[j]!) ** 2, 0) / a.length;
}

export function backprop(net: Network, x: Vector, y: Vector): Gradients {
  const { zs, activations } = feedforward(net, x);
  const L = net.weights.length;
  const nablaW: Matrix[] = new Array(L);
  const nablaB: Vector[] = new Array(L);
  const aL = activations[L]!;
  let delta = hadamard(scale(sub(aL, y), 1 / aL.length), zs[L - 1]!.map(sigmoidPrime));
  for (let k = L - 1; k >= 0; k--) {
    nablaB[k] = delta;
    nablaW[k] = outer(delta, activations[k]!);
    if (k > 0) delta = hadamard(matVec(transpose(net.weights[k]!), delta), zs[k - 1]!.map(sigmoidPrime));
  }
  return { nablaW, nablaB };
}

export function updateMiniBatch(net: Network, batch: Example[], alpha: number): Network {
  const sumW = net.weights.map((W) => W.map((row) => row.map(() => 0)));
  const sumB = net.biases.map((b) => b.map(() => 0));
  for (const { x, y } of batch) {
    const g = backprop(net, x, y);
    g.nablaW.forEach((W, k) => W.forEach((row, i) => row.forEach((v, j) => (sumW[k]![i]![j]! += v))));
    g.nablaB.forEach((b, k) => b.forEach((v, i) => (sumB[k]![i]! += v)));
  }
  const step = alpha / batch.length;
  return {
    weights: net.weights.map((W, k) => W.map((row, i) => row.map((w, j) => w - step * sumW[k]![i]![j]!))),
    biases: net.biases.map((b, k) => b.map((v, i) => v - step * sumB[k]![i]!)),
  };
}

/** Standard normal from two uniforms (Box–Muller); 1 − u keeps the logarithm finite. */
function gaussian(random: () => number): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export function initNetwork(sizes: number[], random: () => number): Network {
  const weights: Matrix[] = [];
  const biases: Vector[] = [];
  for (let k = 1; k < sizes.length; k++) {
    const nIn = sizes[k - 1]!;
    const nOut = sizes[k]!;
    const std = 1 / Math.sqrt(nIn);
    weights.push(Array.from({ length: nOut }, () => Array.from({ length: nIn }, () => gaussian(random) * std)));
    biases.push(Array.from({ length: nOut }, () => gaussian(random)));
  }
  return { weights, biases };
}
