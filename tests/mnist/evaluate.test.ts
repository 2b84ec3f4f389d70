/**
 * Judging a trained network (grader/mnist/evaluate.ts, check.ts): broken networks (wrong shape,
 * NaN, not a network) get a clear message and never crash; accuracy and confusion matrix are
 * consistent; an untrained or unshuffled training run fails with a hint naming the likely mistake.
 *
 * @example
 *   npx vitest run tests/mnist/evaluate.test.ts
 */
import { describe, expect, it } from 'vitest';
import type { Network } from '../../grader/api.js';
import { runCheck, checkNote } from '../../grader/compare/checks.js';
import { toPlain, type Plain } from '../../grader/compare/plain.js';
import { mnistSplit, takePerClass } from '../../grader/mnist/data.js';
import { confusionText, evaluateNetwork, networkProblem } from '../../grader/mnist/evaluate.js';
import { fastSgd, fromNetwork, toNetwork } from '../../grader/mnist/fast.js';
import * as S from '../../grader/mnist/schedule.js';

const init = S.mnistInitialNetwork();
const check = (out: unknown, params: Record<string, unknown> = {}) => runCheck({ kind: 'mnist', ...params }, toPlain(out), [init]);

describe('broken networks get a clear message', () => {
  const transposed: Network = { weights: init.weights.map((W) => W[0]!.map((_, j) => W.map((r) => r[j]!))), biases: init.biases };

  it.each<[string, unknown, RegExp]>([
    ['undefined', undefined, /sgd returned undefined, expected a Network \{ weights, biases \}/],
    ['a number', 3, /sgd returned 3/],
    ['no biases', { weights: init.weights }, /no weights\/biases arrays/],
    ['one layer', { weights: [init.weights[0]], biases: [init.biases[0]] }, /1 weight matrices and 1 bias vectors, expected 2 of each \(a 784-30-10 network\)/],
    ['transposed weights', transposed, /weights\[0\] is 784×30, expected a 30×784 matrix/],
    ['short biases', { weights: init.weights, biases: [init.biases[0]!.slice(1), init.biases[1]] }, /biases\[0\] is an array of length 29, expected 30 numbers/],
    ['a string weight', { weights: [init.weights[0], [init.weights[1]![0]!.map(() => 'x'), ...init.weights[1]!.slice(1)]], biases: init.biases }, /weights\[1\]\[0\]\[0\] is string, expected a number/],
  ])('%s', (_, net, message) => {
    expect(networkProblem(toPlain(net), S.SIZES)).toMatch(message);
    const m = check(net);
    expect(m?.message).toMatch(message);
    expect(m?.hint).toMatch(/same shape/);
    expect(checkNote({ kind: 'mnist' }, toPlain(net))).toBeUndefined();
  });

  it('NaN or Infinity: names the first bad number and what usually causes it', () => {
    const nan = structuredClone(init);
    nan.weights[0]![2]![5] = NaN;
    nan.biases[1]![0] = Infinity;
    const m = check(nan);
    expect(m?.message).toMatch(/non-finite numbers \(weights\[0\]\[2\]\[5\] = NaN\): training diverged or mixed vectors of different lengths/);
    expect(m?.hint).toMatch(/small sgd and backprop cases first/);
  });
});

describe('accuracy, confusion matrix and hints', () => {
  const { train, test } = mnistSplit();

  it('the confusion matrix adds up: rows = 100 digits per class, diagonal = correct', () => {
    const e = evaluateNetwork(init, test);
    expect(e.confusion.map((r) => r.reduce((a, b) => a + b, 0))).toEqual(new Array(10).fill(100));
    expect(e.confusion.reduce((s, r, i) => s + r[i]!, 0)).toBe(e.correct);
    expect(e.misclassified).toHaveLength(e.n - e.correct);
    expect(e.accuracy).toBe(e.correct / e.n);
    expect(confusionText(e.confusion).split('\n')).toHaveLength(11);
  });

  it('an untrained network fails: "returned the initial network unchanged"', () => {
    const m = check(structuredClone(init));
    expect(m?.message).toMatch(/classifies \d+\.\d % of the 1000 held-out digits correctly, expected at least 86\.6 % \(the reference reaches 90\.6 %/);
    expect(m?.hint).toMatch(/unchanged: keep the network updateMiniBatch returns/);
  });

  it('training without shuffling (data ordered by class) fails with the shuffle hint', () => {
    const f = fastSgd(fromNetwork(init), takePerClass(train, 100), 2, S.BATCH_SIZE, S.ALPHA, () => 0.9999999); // identity permutation
    const m = check(toNetwork(f));
    expect(m?.message).toMatch(/classifies 1\d\.\d % /);
    expect(m?.hint).toMatch(/the network predicts 9 for \d+\.\d % of the digits: the training data comes ordered by class.*shuffle a copy/);
  });

  it('a well-trained network passes, and the note reports accuracy and the confusion matrix', () => {
    const f = fastSgd(fromNetwork(init), takePerClass(train, 100), 2, S.BATCH_SIZE, S.ALPHA, S.seededRandom(S.SHUFFLE_SEED));
    const out: Plain = toPlain(toNetwork(f));
    expect(runCheck({ kind: 'mnist', passAccuracy: 0.8, referenceAccuracy: 0.849 }, out, [init])).toBeNull();
    expect(runCheck({ kind: 'mnist' }, out, [init])?.message).toMatch(/classifies 84\.9 %.*expected at least 86\.6 %/);
    const note = checkNote({ kind: 'mnist', passAccuracy: 0.8, referenceAccuracy: 0.849 }, out)!;
    expect(note.note).toMatch(/^accuracy 84\.9 % on 1000 held-out digits \(pass ≥ 80\.0 %, reference 84\.9 %\)\nconfusion matrix/);
    expect(note.details).toMatchObject({ accuracy: 0.849, n: 1000, passAccuracy: 0.8 });
  });
});
