/**
 * Hints for common mistakes. A hint is given when the student's output matches a known wrong
 * variant (missing σ′, W not transposed, no 1/m, …) or an error/failure has a typical cause
 * (softmax overflow, a frozen input was mutated, "not implemented").
 *
 * @example
 *   hintFor('sigmoidPrime', [0.3], sigmoid(0.3), mismatch);   // "you returned σ(z); σ′(z) = σ(z)(1 − σ(z))"
 */
import type { Network, Vector } from '../api.js';
import * as ref from '../reference/index.js';
import { matches, type Mismatch } from './compare.js';
import { gradcheckDiagnosis } from './gradcheck.js';
import type { Plain } from './plain.js';
import { backpropWith, neuronStepWith, updateMiniBatchSum } from './variants.js';

type Rule = { hint: string; when: (args: any[], got: Plain) => boolean };

const hasNonFinite = (v: Plain): boolean =>
  typeof v === 'number' ? !Number.isFinite(v) : Array.isArray(v) ? v.some(hasNonFinite) : false;

const OVERFLOW = 'Math.exp overflows for large |z| (e^710 = Infinity, Infinity/Infinity = NaN)';

const rules: Record<string, Rule[]> = {
  sigmoid: [{ hint: `${OVERFLOW}: use 1/(1 + e^−z) for z ≥ 0 and e^z/(1 + e^z) for z < 0`, when: (_, g) => hasNonFinite(g) }],
  sigmoidPrime: [
    { hint: 'you returned σ(z); σ′(z) = σ(z)(1 − σ(z))', when: ([z], g) => matches(g, ref.sigmoid(z)) },
    { hint: 'σ′(z) = σ(z)(1 − σ(z)): apply σ first, not z(1 − z)', when: ([z], g) => matches(g, z * (1 - z)) },
    { hint: `${OVERFLOW}: compute σ(z) stably first, then σ(z)(1 − σ(z))`, when: (_, g) => hasNonFinite(g) },
  ],
  relu: [{ hint: 'relu(z) = max(0, z): negative inputs give 0', when: ([z], g) => z < 0 && matches(g, z) }],
  reluPrime: [{ hint: 'reluPrime(z) is 1 only if z > 0: reluPrime(0) = 0', when: ([z], g) => z === 0 && g === 1 }],
  neuronOutput: [{ hint: 'apply σ to the preactivation: a = σ(w·x + b)', when: (a, g) => matches(g, ref.preactivation(a[0], a[1], a[2])) }],
  quadraticCost: [
    { hint: 'average over the m outputs: C = (1/m) Σ ½ (y_j − a_j)²', when: ([a, y], g) => a.length > 1 && matches(g, ref.quadraticCost(a, y) * a.length) },
    { hint: 'the cost has a factor ½: C = (1/m) Σ ½ (y_j − a_j)²', when: ([a, y], g) => matches(g, 2 * ref.quadraticCost(a, y)) },
  ],
  crossEntropyCost: [{ hint: 'mind the sign: C = −(y ln a + (1 − y) ln(1 − a)) is ≥ 0', when: ([a, y], g) => matches(g, -ref.crossEntropyCost(a, y)) }],
  neuronStep: [
    { hint: 'missing σ′: for the quadratic cost ∂C/∂z = (a − y)·σ(z)(1 − σ(z))', when: (a, g) => a[5] === 'quadratic' && matches(g, neuronStepWith(a[0], a[1], a[2], a[3], a[4], false)) },
    { hint: 'for cross-entropy σ′ cancels: ∂C/∂z = a − y', when: (a, g) => a[5] === 'cross-entropy' && matches(g, neuronStepWith(a[0], a[1], a[2], a[3], a[4], true)) },
    { hint: 'the step goes uphill: subtract α·∂C/∂w (w ← w − α ∂C/∂w)', when: (a, g) => matches(g, neuronStepWith(a[0], a[1], a[2], a[3], a[4], a[5] === 'quadratic', -1)) },
  ],
  softmax: [{ hint: `${OVERFLOW}: subtract max(z) from every z_i before exponentiating (softmax is unchanged by the shift)`, when: (_, g) => hasNonFinite(g) }],
  softmaxCostGradient: [
    { hint: `${OVERFLOW}: compute softmax with max(z) subtracted first`, when: (_, g) => hasNonFinite(g) },
    { hint: 'subtract the one-hot label: ∂C/∂z = softmax(z) − oneHot(label)', when: ([z], g) => matches(g, ref.softmax(z)) },
    { hint: 'mind the sign: ∂C/∂z = softmax(z) − oneHot(label), not oneHot − softmax', when: ([z, l], g) => matches(g, ref.softmaxCostGradient(z, l).map((v) => -v)) },
  ],
  logLikelihoodCost: [{ hint: 'mind the sign: C = −ln a_label is ≥ 0', when: ([a, l], g) => matches(g, Math.log(a[l])) }],
  matVec: [
    { hint: 'W is not transposed here: (Wv)_i = Σ_j W[i][j] v_j (one entry per row)', when: ([W, v], g) => W.length === W[0]?.length && matches(g, ref.matVec(ref.transpose(W), v)) },
    { hint: 'the result has one entry per row of W: (Wv)_i = Σ_j W[i][j] v_j', when: ([W], g) => Array.isArray(g) && g.length !== W.length },
  ],
  transpose: [{ hint: 'transpose(M)[j][i] = M[i][j]: an r×c matrix becomes c×r', when: ([M], g) => matches(g, M) }],
  outer: [{ hint: 'outer(u, v) = u vᵀ: result[i][j] = u_i · v_j (u.length rows)', when: ([u, v], g) => matches(g, ref.outer(v, u)) }],
  feedforward: [
    { hint: 'activations[0] must be the input x itself (so activations has one more entry than zs)', when: ([net], g) => Array.isArray((g as any)?.activations) && (g as any).activations.length === net.weights.length },
    { hint: 'sigmoid everywhere: a^k = σ(z^k) with z^k = W^k a^{k−1} + b^k', when: ([net, x], g) => matches((g as any)?.zs, ref.feedforward(net, x).zs) },
  ],
  updateMiniBatch: [
    { hint: 'use the mean of the batch\'s gradients: divide the sum by the batch size', when: ([n, b, a], g) => b.length > 1 && matches(g, updateMiniBatchSum(n, b, a)) },
    { hint: 'the step goes uphill: W ← W − α·mean(∇W)', when: ([n, b, a], g) => matches(g, updateMiniBatchSum(n, b, a, -1, true)) },
  ],
  predict: [
    { hint: 'return the index of the largest output (the class), not the activation itself', when: ([n, x], g) => typeof g === 'number' && !Number.isInteger(g) && matches(g, Math.max(...outputOf(n, x))) },
    { hint: 'return the index of the LARGEST output activation (argmax), not the smallest', when: ([n, x], g) => { const a = outputOf(n, x); return a.length > 1 && g === a.indexOf(Math.min(...a)); } },
    { hint: 'classes are numbered from 0: return the 0-based index of the largest output', when: (args, g) => g === ref.predict(args[0], args[1]) + 1 },
  ],
};

const outputOf = (net: Network, x: Vector): Vector => ref.feedforward(net, x).activations.at(-1)!;

const backpropRules: [string, Parameters<typeof backpropWith>[3]][] = [
  ['no 1/m: with C = (1/m) Σ ½ (a_j − y_j)², ∇_{a^L} C = (a^L − y)/m', { noOneOverM: true }],
  ['missing σ′ in the output layer: δ^L = ∇_a C ⊙ σ′(z^L)', { noOutputSigmaPrime: true }],
  ['missing σ′ in the hidden layers: δ^k = (W^{k+1})ᵀ δ^{k+1} ⊙ σ′(z^k)', { noHiddenSigmaPrime: true }],
  ['W not transposed: pass the error back with (W^{k+1})ᵀ δ^{k+1}', { noTranspose: true }],
  ['σ′ must be taken of z, not of a: σ′(z) = a(1 − a)', { sigmaPrimeOfA: true }],
];

const MUTATION = /read[- ]only|not extensible|Cannot assign|Cannot add property|Cannot delete|frozen/i;

/** A hint for a failed case (output mismatch) or an error thrown by the submission. */
export function hintFor(fn: string, args: unknown[], got: Plain, mismatch: Mismatch | null, error?: string): string | undefined {
  if (error !== undefined) {
    if (/not implemented/i.test(error)) return `${fn} is not implemented yet`;
    if (MUTATION.test(error)) return 'your code modifies its input (inputs are frozen to catch this): work on copies, e.g. v.slice() or M.map((r) => r.slice())';
    if (/ERR_ACCESS_DENIED|has been restricted/.test(error)) return 'the grader runs your code in a sandbox: no reading files, no child processes, no workers — compute everything from the arguments';
    if (/cannot copy/.test(error)) return 'return plain numbers, arrays and objects (no functions, proxies, class instances or typed arrays)';
    if (/out of memory|allocation failed/i.test(error)) return 'your code used too much memory: look for arrays that grow without bound';
    if (/is not a function|is not defined/.test(error)) return 'check the names of the functions you call and that they are exported/imported';
    return undefined;
  }
  if (!mismatch) return undefined;
  const parts: string[] = [];
  try {
    const rule = (rules[fn] ?? []).find((r) => r.when(args as any[], got));
    if (rule) parts.push(rule.hint);
    if (fn === 'backprop') {
      const [net, x, y] = args as [Network, Vector, Vector];
      const variant = backpropRules.find(([, m]) => {
        const v = backpropWith(net, x, y, m);
        return v !== undefined && matches(got, v);
      });
      if (variant) parts.push(variant[0]);
      const diag = gradcheckDiagnosis(net, x, y, got);
      if (diag) parts.push(diag);
    }
  } catch {
    // A hint is a courtesy: a malformed output must never break grading.
  }
  if (parts.length === 0 && mismatch.kind === 'shape' && /is a (\d+)×(\d+) matrix, expected (\d+)×(\d+)/.test(mismatch.message)) {
    const [, a, b, c, d] = /is a (\d+)×(\d+) matrix, expected (\d+)×(\d+)/.exec(mismatch.message)!;
    if (a === d && b === c) parts.push('the matrix is transposed: weights[k] and ∂C/∂W^k are n_{k+1} × n_k (rows = neurons of the next layer)');
  }
  return parts.length > 0 ? parts.join(' — ') : undefined;
}
