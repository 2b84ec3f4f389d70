/**
 * Misconception detectors of `matrix-backprop`: bias left out of z^k, missing 1/m, forgotten
 * σ′ factor a ⊙ (1 − a), W² not transposed in ∇_{a¹}C (by value when W² is square, by shape
 * otherwise), ∂C/∂W^k transposed.
 *
 * @example
 *   detectors(params, 'en').map((d) => d.id)   // ['no-bias', 'no-bias', 'missing-1/m', ...]
 */
import type { Detector, Lang, Values } from '../types.js';
import { translator } from '../../generator/i18n/index.js';
import { hadamard, matvec, outer, scale, sub } from '../shared/nn.js';
import type { MatrixBackpropParams } from './index.js';
import { messages } from './messages.js';

const t = translator(messages);
const V = (d: Readonly<Values>, k: string) => d[k] as number[];
const sp = (a: number[]) => a.map((ai) => ai * (1 - ai));

export function detectors(p: MatrixBackpropParams, lang: Lang): Detector[] {
  const m = p.y.length;
  const [n1, n2] = [p.b1.length, p.b2.length];
  const fb = (id: string, vars: Record<string, string | number> = {}) => t(lang, `matrix-backprop.detector.${id}`, vars);
  const shape = (rows: number, cols: number) => `${rows}×${cols}`;
  return [
    { id: 'no-bias', part: 'z1', wrong: () => matvec(p.W1, p.x), feedback: fb('no-bias') },
    { id: 'no-bias', part: 'z2', wrong: (d) => matvec(p.W2, V(d, 'a1')), feedback: fb('no-bias') },
    {
      id: 'missing-1/m', part: 'C', wrong: (d) => V(d, 'a2').reduce((s, a, j) => s + 0.5 * (p.y[j]! - a) ** 2, 0),
      feedback: fb('missing-1/m', { v_m: m }),
    },
    { id: 'missing-1/m', part: 'delta2', wrong: (d) => hadamard(sub(V(d, 'a2'), p.y), sp(V(d, 'a2'))), feedback: fb('missing-1/m', { v_m: m }) },
    { id: 'forgot-sigma-prime', part: 'delta2', wrong: (d) => scale(1 / m, sub(V(d, 'a2'), p.y)), feedback: fb('forgot-sigma-prime') },
    n1 === n2
      ? { id: 'w-not-transposed', part: 'grad_a1', wrong: (d) => matvec(p.W2, V(d, 'delta2')), feedback: fb('w-not-transposed', { v_n1: n1 }) }
      : {
          id: 'w-not-transposed', part: 'grad_a1', shapeOnly: true,
          wrong: () => new Array<number>(n2).fill(0), feedback: fb('w-not-transposed', { v_n1: n1 }),
        },
    { id: 'forgot-sigma-prime', part: 'delta1', wrong: (d) => V(d, 'grad_a1').slice(), feedback: fb('forgot-sigma-prime') },
    { id: 'dW-transposed', part: 'dW2', wrong: (d) => (n1 * n2 === 1 ? null : outer(V(d, 'a1'), V(d, 'delta2'))), feedback: fb('dW-transposed', { v_shape: shape(n2, n1) }) },
    { id: 'dW-transposed', part: 'dW1', wrong: (d) => (n1 * p.x.length === 1 ? null : outer(p.x, V(d, 'delta1'))), feedback: fb('dW-transposed', { v_shape: shape(n1, p.x.length) }) },
  ];
}
