/** A single neuron: preactivation, output, costs and one gradient-descent step. */
import { sigmoid } from './activations.js';
import type { Vector } from './types.js';

export function preactivation(w: Vector, x: Vector, b: number): number {
  let z = b;
  for (let i = 0; i < w.length; i++) z += w[i]! * x[i]!;
  return z;
}

export function neuronOutput(w: Vector, x: Vector, b: number): number {
  return sigmoid(preactivation(w, x, b));
}

export function quadraticCost(a: Vector, y: Vector): number {
  let sum = 0;
  for (let j = 0; j < a.length; j++) sum += 0.5 * (y[j]! - a[j]!) ** 2;
  return sum / a.length;
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
  cost: 'quadratic' | 'cross-entropy',
): { w: Vector; b: number } {
  const a = neuronOutput(w, x, b);
  // ∂C/∂z: the quadratic cost needs σ′(z) = a(1 − a); for cross-entropy it cancels.
  const dz = cost === 'quadratic' ? (a - y) * a * (1 - a) : a - y;
  return { w: w.map((wi, i) => wi - alpha * dz * x[i]!), b: b - alpha * dz };
}
