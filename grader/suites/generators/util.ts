/**
 * Small helpers for the case generators: seeded random vectors, matrices and networks with values
 * rounded to 4 decimals (readable in fixtures, exact in JSON).
 *
 * @example
 *   vec(rng, 3);                 // e.g. [0.4312, -1.2, 0.0071]
 *   net(rng, [3, 5, 2]);         // weights ~ N(0, 1/n_in), biases ~ N(0, 1)
 */
import type { Rng } from '../../../generator/engine/prng.js';
import type { Matrix, Network, Vector } from '../../api.js';
import type { Case } from '../types.js';

export const round4 = (x: number): number => Math.round(x * 1e4) / 1e4 || 0;

export function vec(rng: Rng, n: number, lo = -2, hi = 2): Vector {
  return Array.from({ length: n }, () => rng.decimal(lo, hi, 4));
}

export function mat(rng: Rng, rows: number, cols: number, lo = -2, hi = 2): Matrix {
  return Array.from({ length: rows }, () => vec(rng, cols, lo, hi));
}

export function net(rng: Rng, sizes: number[]): Network {
  const weights: Matrix[] = [];
  const biases: Vector[] = [];
  for (let k = 1; k < sizes.length; k++) {
    const std = 1 / Math.sqrt(sizes[k - 1]!);
    weights.push(Array.from({ length: sizes[k]! }, () => Array.from({ length: sizes[k - 1]! }, () => round4(rng.normal() * std))));
    biases.push(Array.from({ length: sizes[k]! }, () => round4(rng.normal())));
  }
  return { weights, biases };
}

/** A target vector in [0, 1] for the output layer. */
export function target(rng: Rng, n: number): Vector {
  return vec(rng, n, 0, 1);
}

/** Make a case whose expected value is `fn(...args)` computed by the reference. */
export function refCase<A extends unknown[]>(
  name: string,
  fnName: string,
  fn: (...args: A) => unknown,
  args: A,
  extra: Partial<Case> = {},
): Case {
  return { function: fnName, name, args, expected: fn(...args), ...extra };
}

export const dims = (sizes: number[]): string => sizes.join('-');
