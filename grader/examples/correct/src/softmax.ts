/** Softmax output layer with the log-likelihood cost. */
import type { Vector } from './types.js';

export function oneHot(label: number, classes: number): Vector {
  const v = new Array<number>(classes).fill(0);
  v[label] = 1;
  return v;
}

export function softmax(z: Vector): Vector {
  const max = Math.max(...z); // shifting by max(z) avoids overflow and does not change the result
  const e = z.map((zi) => Math.exp(zi - max));
  const sum = e.reduce((s, x) => s + x, 0);
  return e.map((x) => x / sum);
}

export function logLikelihoodCost(a: Vector, label: number): number {
  return -Math.log(a[label]!);
}

export function softmaxCostGradient(z: Vector, label: number): Vector {
  const y = oneHot(label, z.length);
  return softmax(z).map((ai, i) => ai - y[i]!);
}
