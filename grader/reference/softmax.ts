/**
 * Reference softmax family: one-hot labels, an overflow-safe softmax (shifted by max z), the
 * log-likelihood cost and its gradient with respect to z.
 *
 * @example
 *   softmax([1000, 1000]);           // [0.5, 0.5]
 *   softmaxCostGradient([0, 0], 1);  // [0.5, -0.5]
 */
import type { Vector } from '../api.js';

export function oneHot(label: number, classes: number): Vector {
  return Array.from({ length: classes }, (_, i) => (i === label ? 1 : 0));
}

export function softmax(z: Vector): Vector {
  const max = Math.max(...z);
  const e = z.map((zi) => Math.exp(zi - max));
  const sum = e.reduce((s, ei) => s + ei, 0);
  return e.map((ei) => ei / sum);
}

export function logLikelihoodCost(a: Vector, label: number): number {
  return -Math.log(a[label]!);
}

export function softmaxCostGradient(z: Vector, label: number): Vector {
  const a = softmax(z);
  return a.map((ai, i) => ai - (i === label ? 1 : 0));
}
