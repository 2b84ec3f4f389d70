/**
 * Reference single-neuron functions from the first lectures: preactivation, output, the two costs
 * and one gradient step (quadratic: ∂C/∂z = (a − y)·σ′(z); cross-entropy: ∂C/∂z = a − y).
 *
 * @example
 *   neuronStep([1, -1], -2, [4, 0.5], 1, 1, 'quadratic');   // { w: [1.108…, -0.986…], b: -1.973… }
 */
import type { CostName, Vector } from '../api.js';
import { sigmoid } from './activations.js';

export function preactivation(w: Vector, x: Vector, b: number): number {
  return w.reduce((s, wi, i) => s + wi * x[i]!, b);
}

export function neuronOutput(w: Vector, x: Vector, b: number): number {
  return sigmoid(preactivation(w, x, b));
}

export function quadraticCost(a: Vector, y: Vector): number {
  const m = a.length;
  return a.reduce((s, aj, j) => s + 0.5 * (y[j]! - aj) ** 2, 0) / m;
}

export function crossEntropyCost(a: number, y: number): number {
  return -(y * Math.log(a) + (1 - y) * Math.log(1 - a));
}

export function neuronStep(
  w: Vector,
  b: number,
  x: Vector,
  y: number,
  alpha: number,
  cost: CostName,
): { w: Vector; b: number } {
  const a = neuronOutput(w, x, b);
  const dz = cost === 'quadratic' ? (a - y) * a * (1 - a) : a - y;
  return { w: w.map((wi, i) => wi - alpha * dz * x[i]!), b: b - alpha * dz };
}
