/**
 * `matrix-backprop` — forward and backward pass of a 2-layer sigmoid network for one example, in the
 * slides' matrix notation: z^k = W^k a^{k−1} + b^k, a^k = σ(z^k), C = (1/m) Σ_j ½(y_j − a²_j)²,
 * ∇_{z²}C = (a² − y)/m ⊙ a² ⊙ (1 − a²), ∇_{a¹}C = W²ᵀ ∇_{z²}C, ∇_{z¹}C = ∇_{a¹}C ⊙ a¹ ⊙ (1 − a¹),
 * ∂C/∂W^k = ∇_{z^k}C a^{k−1}ᵀ, ∇_{b^k}C = ∇_{z^k}C.
 *
 * Params `{ x, W1, b1, W2, b2, y }` (W^k is n_k × n_{k−1}, row-major); parts z1, a1, z2, a2, C, delta2,
 * grad_a1, delta1, dW2, db2, dW1, db1. Option `sizes` (n0-n1-n2, default 2-3-2).
 *
 * @example
 *   makeProblem('matrix-backprop', { seed: 3, options: { sizes: '2-3-2' } })
 */
import type { Exercise, Lang, Part, Values } from '../types.js';
import { translator } from '../../generator/i18n/index.js';
import { DlfError, show } from '../../generator/engine/errors.js';
import { validator } from '../shared/validate.js';
import { mat, vec } from '../shared/latex.js';
import { add, hadamard, matvec, outer, scale, sigmoid, sub, transpose } from '../shared/nn.js';
import { detectorsDistinct } from '../shared/distinct.js';
import { detectors } from './detectors.js';
import { steps } from './steps.js';
import { messages } from './messages.js';

export { messages };
const t = translator(messages);

export interface MatrixBackpropParams {
  x: number[];
  W1: number[][];
  b1: number[];
  W2: number[][];
  b2: number[];
  y: number[];
}

const V = (d: Readonly<Values>, k: string) => d[k] as number[];
export const sigmaPrimeOfA = (a: number[]) => a.map((ai) => ai * (1 - ai));

export function parts(p: MatrixBackpropParams, lang: Lang): Part[] {
  const m = p.y.length;
  const pr = (k: string) => t(lang, `matrix-backprop.prompt.${k}`);
  return [
    { key: 'z1', kind: 'vector', deps: [], prompt: pr('z1'), compute: () => add(matvec(p.W1, p.x), p.b1) },
    { key: 'a1', kind: 'vector', deps: ['z1'], prompt: pr('a1'), compute: (d) => V(d, 'z1').map(sigmoid) },
    { key: 'z2', kind: 'vector', deps: ['a1'], prompt: pr('z2'), compute: (d) => add(matvec(p.W2, V(d, 'a1')), p.b2) },
    { key: 'a2', kind: 'vector', deps: ['z2'], prompt: pr('a2'), compute: (d) => V(d, 'z2').map(sigmoid) },
    { key: 'C', kind: 'number', deps: ['a2'], prompt: pr('C'), compute: (d) => V(d, 'a2').reduce((s, a, j) => s + 0.5 * (p.y[j]! - a) ** 2, 0) / m },
    {
      key: 'delta2', kind: 'vector', deps: ['a2'], prompt: pr('delta2'),
      compute: (d) => hadamard(scale(1 / m, sub(V(d, 'a2'), p.y)), sigmaPrimeOfA(V(d, 'a2'))),
    },
    { key: 'grad_a1', kind: 'vector', deps: ['delta2'], prompt: pr('grad_a1'), compute: (d) => matvec(transpose(p.W2), V(d, 'delta2')) },
    { key: 'delta1', kind: 'vector', deps: ['grad_a1', 'a1'], prompt: pr('delta1'), compute: (d) => hadamard(V(d, 'grad_a1'), sigmaPrimeOfA(V(d, 'a1'))) },
    { key: 'dW2', kind: 'matrix', deps: ['delta2', 'a1'], prompt: pr('dW2'), compute: (d) => outer(V(d, 'delta2'), V(d, 'a1')) },
    { key: 'db2', kind: 'vector', deps: ['delta2'], prompt: pr('db2'), compute: (d) => V(d, 'delta2').slice() },
    { key: 'dW1', kind: 'matrix', deps: ['delta1'], prompt: pr('dW1'), compute: (d) => outer(V(d, 'delta1'), p.x) },
    { key: 'db1', kind: 'vector', deps: ['delta1'], prompt: pr('db1'), compute: (d) => V(d, 'delta1').slice() },
  ];
}

/** "2-3-2" → [2, 3, 2]. */
export function parseSizes(raw: string | undefined): [number, number, number] {
  const s = raw ?? '2-3-2';
  const n = s.split('-').map(Number);
  if (n.length !== 3 || n.some((k) => !Number.isInteger(k) || k < 1 || k > 4) || n[2]! < 2) {
    throw new DlfError(`matrix-backprop: option sizes should look like 2-3-2 (layer sizes n0-n1-n2, each 1 to 4, n2 at least 2), got ${show(raw)}`);
  }
  return n as [number, number, number];
}

const halves = (rng: import('../../generator/engine/prng.js').Rng, k: number, lo: number, hi: number) =>
  Array.from({ length: k }, () => rng.intExcept(lo, hi, [0]) / 2);

export const matrixBackprop: Exercise<MatrixBackpropParams> = {
  id: 'matrix-backprop',
  title: (lang) => t(lang, 'matrix-backprop.title'),
  summary: 'Forward and backward pass of a 2-layer sigmoid network in matrix form (C averaged over the m outputs).',
  options: [{ name: 'sizes', description: 'layer sizes n0-n1-n2 (each 1 to 4, n2 ≥ 2)', default: '2-3-2' }],
  generate(rng, options) {
    const [n0, n1, n2] = parseSizes(options.sizes);
    for (let tries = 0; ; tries++) {
      if (tries > 20_000) throw new Error('matrix-backprop: no suitable random problem found');
      const x = halves(rng, n0, -4, 4);
      const W1 = Array.from({ length: n1 }, () => halves(rng, n0, -3, 3));
      const b1 = halves(rng, n1, -2, 2);
      const W2 = Array.from({ length: n2 }, () => halves(rng, n1, -3, 3));
      const b2 = halves(rng, n2, -2, 2);
      const label = rng.int(0, n2 - 1);
      const p = { x, W1, b1, W2, b2, y: Array.from({ length: n2 }, (_, j) => (j === label ? 1 : 0)) };
      const z1 = add(matvec(W1, x), b1);
      const z2 = add(matvec(W2, z1.map(sigmoid)), b2);
      if ([...z1, ...z2].some((z) => Math.abs(z) > 2.5)) continue;
      if (detectorsDistinct(parts(p, 'en'), detectors(p, 'en'), 4)) return p;
    }
  },
  parseParams(raw) {
    const v = validator('matrix-backprop', raw);
    v.only(['x', 'W1', 'b1', 'W2', 'b2', 'y']);
    const x = v.vec('x', { min: 1, max: 10 });
    const W1 = v.matrix('W1', undefined, x.length);
    const b1 = v.vec('b1', { exactly: W1.length });
    const W2 = v.matrix('W2', undefined, W1.length);
    const b2 = v.vec('b2', { exactly: W2.length });
    const y = v.vec('y', { exactly: W2.length });
    return { x, W1, b1, W2, b2, y };
  },
  statement: (p, lang) => ({
    text: t(lang, 'matrix-backprop.statement', {
      v_sizes: `${p.x.length}-${p.b1.length}-${p.b2.length}`, v_m: p.y.length,
      v_x: vec(p.x), v_W1: mat(p.W1), v_b1: vec(p.b1), v_W2: mat(p.W2), v_b2: vec(p.b2), v_y: vec(p.y),
    }),
  }),
  parts,
  steps,
  detectors,
};
