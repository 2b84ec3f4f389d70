/**
 * The single sigmoid neuron of the slides, shared by `neuron-forward` and `neuron-step`: params
 * validation and generation of (x, w, b), and the LaTeX of the preactivation in the slides' style
 * `z = (w_1 * x_1) + (w_2 * x_2) + b`. With one input the subscripts are dropped (z = wx + b).
 *
 * @example
 *   zSubstitution([1, -1], [4, 0.5], -2)   // '(1 * 4) + (-1 * 0.5) - 2'
 *   preactivation([1, -1], [4, 0.5], -2)   // 1.5
 */
import type { Rng } from '../../generator/engine/prng.js';
import { DlfError, show } from '../../generator/engine/errors.js';
import { validator } from './validate.js';
import { num, pnum } from './latex.js';
import { dot } from './nn.js';

export interface NeuronParams {
  x: number[];
  w: number[];
  b: number;
}

export const preactivation = (w: readonly number[], x: readonly number[], b: number): number => dot(w, x) + b;

/** `w_2` for several inputs, `w` for one. */
export const sym = (name: string, i: number, n: number): string => (n === 1 ? name : `${name}_${i + 1}`);

/** z = (w_1 * x_1) + (w_2 * x_2) + b, or z = wx + b for one input. */
export function zFormula(n: number, withBias = true): string {
  const terms = n === 1 ? ['w x'] : Array.from({ length: n }, (_, i) => `(${sym('w', i, n)} * ${sym('x', i, n)})`);
  return `z = ${terms.join(' + ')}${withBias ? ' + b' : ''}`;
}

/** Signed tail "+ 3" / "- 2" for a substitution. */
export const signed = (x: number): string => (x < 0 ? `- ${num(-x)}` : `+ ${num(x)}`);

export function zSubstitution(w: readonly number[], x: readonly number[], b: number): string {
  const terms = w.map((wi, i) => `(${num(wi)} * ${pnum(x[i]!)})`);
  return `${terms.join(' + ')} ${signed(b)}`;
}

/** "$x_1 = 4$, $x_2 = 0.5$" */
export function listing(name: string, v: readonly number[]): string {
  return v.map((vi, i) => `$${sym(name, i, v.length)} = ${num(vi)}$`).join(', ');
}

export function parseNeuron(exercise: string, raw: unknown, extra: string[]) {
  const v = validator(exercise, raw);
  v.only(['x', 'w', 'b', ...extra]);
  const x = v.vec('x', { min: 1, max: 10 });
  const w = v.vec('w', { exactly: x.length });
  const b = v.num('b');
  return { v, x, w, b };
}

export function inputsOption(exercise: string, raw: string | undefined, dflt = 2): number {
  const n = Number(raw ?? dflt);
  if (!Number.isInteger(n) || n < 1 || n > 4) {
    throw new DlfError(`${exercise}: option inputs should be an integer from 1 to 4, got ${show(raw)}`);
  }
  return n;
}

/**
 * Random (x, w, b) with halves for x and w, a non-zero integer bias, and a moderate preactivation
 * zMin ≤ |z| ≤ zMax (so σ′(z) is not ≈ 0 and σ(z) is not ≈ σ(−z)).
 */
export function generateNeuron(rng: Rng, n: number, zMin: number, zMax: number): NeuronParams {
  for (let tries = 0; tries < 10_000; tries++) {
    const x = Array.from({ length: n }, () => rng.intExcept(-8, 8, [0]) / 2);
    const w = Array.from({ length: n }, () => rng.intExcept(-4, 4, [0]) / 2);
    const b = rng.intExcept(-3, 3, [0]);
    const z = preactivation(w, x, b);
    if (Math.abs(z) >= zMin && Math.abs(z) <= zMax) return { x, w, b };
  }
  throw new Error('generateNeuron: no moderate preactivation found');
}
