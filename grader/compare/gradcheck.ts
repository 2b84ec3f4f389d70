/**
 * Finite-difference gradient check for `backprop` diagnostics: estimates ∂C/∂W and ∂C/∂b of the
 * quadratic cost (averaged over the outputs) by central differences and names the deepest layer
 * whose gradient disagrees — the place where the backward pass first goes wrong.
 *
 * @example
 *   gradcheckDiagnosis(net, x, y, studentGradients);
 *   // "gradient check: nablaW[1] (W^2, the output layer) differs from the finite-difference ∂C/∂W at [0][2] (0.013 vs 0.027)"
 */
import type { Network, Vector } from '../api.js';
import { networkCost } from '../reference/network.js';
import { fmtNum, type Plain } from './plain.js';

const H = 1e-6;

function numericGradient(net: Network, x: Vector, y: Vector): { nablaW: number[][][]; nablaB: number[][] } {
  const copy: Network = { weights: net.weights.map((W) => W.map((r) => r.slice())), biases: net.biases.map((b) => b.slice()) };
  const d = (get: () => number, set: (v: number) => void): number => {
    const v = get();
    set(v + H);
    const plus = networkCost(copy, x, y);
    set(v - H);
    const minus = networkCost(copy, x, y);
    set(v);
    return (plus - minus) / (2 * H);
  };
  return {
    nablaW: copy.weights.map((W) => W.map((row) => row.map((_, j) => d(() => row[j]!, (v) => (row[j] = v))))),
    nablaB: copy.biases.map((b) => b.map((_, i) => d(() => b[i]!, (v) => (b[i] = v)))),
  };
}

/** First index (as "[i][j]") where the two arrays differ beyond a loose tolerance, or null. */
function firstDiff(got: Plain, num: number[] | number[][], path = ''): { at: string; got: number; want: number } | null {
  if (!Array.isArray(got) || got.length !== num.length) return { at: path, got: NaN, want: NaN };
  for (let i = 0; i < num.length; i++) {
    const n = num[i]!;
    const g = got[i];
    if (Array.isArray(n)) {
      const r = firstDiff(g as Plain, n, `${path}[${i}]`);
      if (r) return r;
    } else if (typeof g !== 'number' || !(Math.abs(g - n) <= 1e-6 + 1e-4 * Math.abs(n))) {
      return { at: `${path}[${i}]`, got: typeof g === 'number' ? g : NaN, want: n };
    }
  }
  return null;
}

export function gradcheckDiagnosis(net: Network, x: Vector, y: Vector, got: Plain): string | undefined {
  if (got === null || typeof got !== 'object' || Array.isArray(got)) return undefined;
  const g = got as { nablaW?: Plain; nablaB?: Plain };
  if (!Array.isArray(g.nablaW) || !Array.isArray(g.nablaB)) return undefined;
  const num = numericGradient(net, x, y);
  const L = net.weights.length;
  const layerName = (k: number) => `W^${k + 1}${k === L - 1 ? ', the output layer' : ''}`;
  for (let k = L - 1; k >= 0; k--) {
    const dw = firstDiff(g.nablaW[k] as Plain, num.nablaW[k]!);
    const db = firstDiff(g.nablaB[k] as Plain, num.nablaB[k]!);
    if (!dw && !db) continue;
    const which = dw && db ? `nablaW[${k}] and nablaB[${k}]` : dw ? `nablaW[${k}]` : `nablaB[${k}]`;
    const first = (dw ?? db)!;
    const verb = dw && db ? ['have', 'differ'] : ['has', 'differs'];
    const detail = Number.isNaN(first.want) ? `${verb[0]} the wrong shape` : `${verb[1]} at ${first.at} (${fmtNum(first.got)} vs ${fmtNum(first.want)})`;
    const below = k > 0 ? `; layers below it get their error from this one` : '';
    const above = k < L - 1 ? ` Layers above it (${Array.from({ length: L - 1 - k }, (_, i) => `nablaW[${k + 1 + i}]`).join(', ')}) agree with the numerical gradient, so look at how δ is passed back to layer ${k}.` : '';
    return `gradient check: ${which} (${layerName(k)}) ${detail} from the finite-difference gradient of C = (1/m)Σ½(a−y)²${below}.${above}`;
  }
  return undefined;
}
