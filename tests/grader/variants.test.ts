/**
 * For every function, a deliberately wrong variant of the correct example (patched into a temp
 * folder) loses that function's points — and possibly those of the functions that call it in the
 * example — and no others. Some variants also check the hint the student gets.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { gradeSubmission } from '../../grader/index.js';
import { API, patchedCorrect, type Patch } from './helpers.js';

/** Who calls whom in the correct example (so who may lose points when a callee is wrong). */
const callers: Record<string, string[]> = {
  sigmoid: ['sigmoidPrime', 'neuronOutput', 'neuronStep', 'feedforward', 'backprop', 'updateMiniBatch'],
  sigmoidPrime: ['backprop', 'updateMiniBatch'],
  preactivation: ['neuronOutput', 'neuronStep'],
  neuronOutput: ['neuronStep'],
  oneHot: ['softmaxCostGradient'],
  softmax: ['softmaxCostGradient'],
  matVec: ['feedforward', 'backprop', 'updateMiniBatch'],
  transpose: ['backprop', 'updateMiniBatch'],
  outer: ['backprop', 'updateMiniBatch'],
  hadamard: ['backprop', 'updateMiniBatch'],
  feedforward: ['backprop', 'updateMiniBatch'],
  backprop: ['updateMiniBatch'],
};

const variants: { fn: string; patch: Patch; hint?: RegExp }[] = [
  { fn: 'sigmoid', patch: { file: 'activations.ts', find: 'if (z >= 0) return 1 / (1 + Math.exp(-z));', replace: 'return Math.exp(z) / (1 + Math.exp(z));' }, hint: /overflow/ },
  { fn: 'sigmoidPrime', patch: { file: 'activations.ts', find: 'return s * (1 - s);', replace: 'return z * (1 - z);' }, hint: /not z\(1 − z\)/ },
  { fn: 'relu', patch: { file: 'activations.ts', find: 'return Math.max(0, z);', replace: 'return Math.abs(z);' } },
  { fn: 'reluPrime', patch: { file: 'activations.ts', find: 'return z > 0 ? 1 : 0;', replace: 'return z >= 0 ? 1 : 0;' }, hint: /reluPrime\(0\) = 0/ },
  { fn: 'preactivation', patch: { file: 'neuron.ts', find: 'let z = b;', replace: 'let z = 0;' } },
  { fn: 'neuronOutput', patch: { file: 'neuron.ts', find: 'return sigmoid(preactivation(w, x, b));', replace: 'return preactivation(w, x, b);' }, hint: /apply σ/ },
  { fn: 'quadraticCost', patch: { file: 'neuron.ts', find: 'return sum / a.length;', replace: 'return sum;' }, hint: /1\/m/ },
  { fn: 'crossEntropyCost', patch: { file: 'neuron.ts', find: 'return -(y * Math.log(a)', replace: 'return (y * Math.log(a)' }, hint: /sign/ },
  { fn: 'neuronStep', patch: { file: 'neuron.ts', find: "cost === 'quadratic' ? (a - y) * a * (1 - a) : a - y", replace: 'a - y' }, hint: /missing σ′/ },
  { fn: 'oneHot', patch: { file: 'softmax.ts', find: 'v[label] = 1;', replace: 'v[classes - 1 - label] = 1;' } },
  { fn: 'softmax', patch: { file: 'softmax.ts', find: 'const max = Math.max(...z);', replace: 'const max = 0;' }, hint: /max\(z\)/ },
  { fn: 'logLikelihoodCost', patch: { file: 'softmax.ts', find: 'return -Math.log(a[label]!);', replace: 'return Math.log(a[label]!);' }, hint: /sign/ },
  { fn: 'softmaxCostGradient', patch: { file: 'softmax.ts', find: 'ai - y[i]!', replace: 'y[i]! - ai' }, hint: /sign/ },
  { fn: 'matVec', patch: { file: 'linalg.ts', find: 'return W.map((row) => row.reduce((sum, w, j) => sum + w * v[j]!, 0));', replace: 'return W[0]!.map((_, j) => W.reduce((sum, row, i) => sum + row[j]! * v[i]!, 0));' }, hint: /transposed|one entry per row/ },
  { fn: 'transpose', patch: { file: 'linalg.ts', find: 'return M[0]!.map((_, j) => M.map((row) => row[j]!));', replace: 'return M.map((row) => row.slice());' }, hint: /M\[i\]\[j\]/ },
  { fn: 'outer', patch: { file: 'linalg.ts', find: 'return u.map((ui) => v.map((vj) => ui * vj));', replace: 'return v.map((vj) => u.map((ui) => ui * vj));' }, hint: /u vᵀ/ },
  { fn: 'hadamard', patch: { file: 'linalg.ts', find: 'return u.map((ui, i) => ui * v[i]!);', replace: 'return u.map((ui, i) => ui + v[i]!);' } },
  { fn: 'feedforward', patch: { file: 'network.ts', find: 'const z = matVec(net.weights[k]!, a).map((v, i) => v + net.biases[k]![i]!);', replace: 'const z = matVec(net.weights[k]!, a);' } },
  { fn: 'backprop', patch: { file: 'network.ts', find: 'if (k > 0) delta = hadamard(matVec(transpose(net.weights[k]!), delta), zs[k - 1]!.map(sigmoidPrime));', replace: 'if (k > 0) delta = matVec(transpose(net.weights[k]!), delta);' }, hint: /σ′ in the hidden layers.*gradient check: nablaW\[\d\] and nablaB\[\d\] \(W\^\d\) differ at/ },
  { fn: 'updateMiniBatch', patch: { file: 'network.ts', find: 'const rate = alpha / batch.length;', replace: 'const rate = alpha;' }, hint: /mean/ },
  { fn: 'initNetwork', patch: { file: 'network.ts', find: 'for (let j = 0; j < nIn; j++) row.push(gaussian(random) * std);', replace: 'for (let j = 0; j < nIn; j++) row.push(gaussian(random));' }, hint: /1\/√n_in/ },
];

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('wrong variants lose exactly their own points (and their callers\')', () => {
  it('covers every function of the API', () => {
    expect(variants.map((v) => v.fn).sort()).toEqual([...API].sort());
  });

  for (const v of variants) {
    it(`${v.fn}`, async () => {
      const dir = patchedCorrect([v.patch]);
      dirs.push(dir);
      const r = await gradeSubmission(dir, { suite: 'all', seed: 2024, only: API });
      const mayLose = new Set([v.fn, ...(callers[v.fn] ?? [])]);
      const own = r.functions.find((f) => f.name === v.fn)!;
      expect(own.score, `${v.fn} should lose points`).toBeLessThan(own.maxScore);
      for (const f of r.functions) {
        if (!mayLose.has(f.name)) expect(f.score, `${f.name} should keep its points (${f.firstFailure})`).toBe(f.maxScore);
      }
      if (v.hint) expect(r.tests.filter((t) => t.function === v.fn && t.hint).map((t) => t.hint).join('\n')).toMatch(v.hint);
      // The message names the function and the case.
      expect(own.firstFailure).toMatch(new RegExp(`^${v.fn}: .*\\((seed 2024, case \\d+|public case \\d+)\\)$`));
    });
  }
});
