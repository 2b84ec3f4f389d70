/** A fully connected sigmoid network: forward pass, backpropagation, training step, initialisation. */
import { sigmoid, sigmoidPrime } from './activations.js';
import { hadamard, matVec, outer, transpose } from './linalg.js';
import type { Gradients, Matrix, Network, Vector } from './types.js';

export function feedforward(net: Network, x: Vector): { zs: Vector[]; activations: Vector[] } {
  const zs: Vector[] = [];
  const activations: Vector[] = [x];
  let a = x;
  for (let k = 0; k < net.weights.length; k++) {
    const z = matVec(net.weights[k]!, a).map((v, i) => v + net.biases[k]![i]!);
    a = z.map(sigmoid);
    zs.push(z);
    activations.push(a);
  }
  return { zs, activations };
}

export function backprop(net: Network, x: Vector, y: Vector): Gradients {
  const { zs, activations } = feedforward(net, x);
  const L = net.weights.length;
  const nablaW: Matrix[] = [];
  const nablaB: Vector[] = [];
  const aL = activations[L]!;
  const m = aL.length;
  // δ^L = ∇_a C ⊙ σ′(z^L) with ∇_a C = (a − y)/m
  let delta = hadamard(aL.map((a, j) => (a - y[j]!) / m), zs[L - 1]!.map(sigmoidPrime));
  for (let k = L - 1; k >= 0; k--) {
    nablaB[k] = delta;
    nablaW[k] = outer(delta, activations[k]!);
    if (k > 0) delta = hadamard(matVec(transpose(net.weights[k]!), delta), zs[k - 1]!.map(sigmoidPrime));
  }
  return { nablaW, nablaB };
}

export function updateMiniBatch(net: Network, batch: { x: Vector; y: Vector }[], alpha: number): Network {
  const sumW = net.weights.map((W) => W.map((row) => row.map(() => 0)));
  const sumB = net.biases.map((b) => b.map(() => 0));
  for (const { x, y } of batch) {
    const g = backprop(net, x, y);
    for (let k = 0; k < sumW.length; k++) {
      sumW[k] = sumW[k]!.map((row, i) => row.map((s, j) => s + g.nablaW[k]![i]![j]!));
      sumB[k] = sumB[k]!.map((s, i) => s + g.nablaB[k]![i]!);
    }
  }
  const rate = alpha / batch.length;
  return {
    weights: net.weights.map((W, k) => W.map((row, i) => row.map((w, j) => w - rate * sumW[k]![i]![j]!))),
    biases: net.biases.map((b, k) => b.map((v, i) => v - rate * sumB[k]![i]!)),
  };
}

/** A standard normal number from two uniform ones (Box–Muller). */
function gaussian(random: () => number): number {
  const u = 1 - random(); // in (0, 1], so the logarithm is finite
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export function initNetwork(sizes: number[], random: () => number): Network {
  const weights: Matrix[] = [];
  const biases: Vector[] = [];
  for (let k = 1; k < sizes.length; k++) {
    const nIn = sizes[k - 1]!;
    const std = 1 / Math.sqrt(nIn);
    const W: Matrix = [];
    for (let i = 0; i < sizes[k]!; i++) {
      const row: Vector = [];
      for (let j = 0; j < nIn; j++) row.push(gaussian(random) * std);
      W.push(row);
    }
    weights.push(W);
    biases.push(Array.from({ length: sizes[k]! }, () => gaussian(random)));
  }
  return { weights, biases };
}
