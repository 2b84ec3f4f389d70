/**
 * MNIST grading through the real sandbox (gradeSubmission): the correct example passes the real
 * schedule (with its own generous time limit even when the default per-call limit is tiny); a
 * version that does not shuffle, or whose backprop is wrong, is caught with a helpful message;
 * broken networks and infinite training give clear results; predict and sgd are in the table.
 * Variants use a quick schedule (100 digits per class, its own threshold) to keep the suite fast.
 *
 * @example
 *   npx vitest run tests/mnist/grading.test.ts
 */
import { describe, expect, it } from 'vitest';
import { gradeSubmission } from '../../grader/grade.js';
import { mnistCase, type MnistCaseOptions } from '../../grader/mnist/cases.js';
import * as S from '../../grader/mnist/schedule.js';
import { FUNCTIONS } from '../../grader/suites/table.js';
import type { Case, FunctionSpec } from '../../grader/suites/types.js';
import { CORRECT, makeSubmission, patchedCorrect, STUB } from '../grader/helpers.js';

const QUICK: MnistCaseOptions = { perClass: 100, epochs: 2, passAccuracy: 0.8, referenceAccuracy: 0.849 };
const sgdTable = (...cases: Case[]): FunctionSpec[] => [{ name: 'sgd', points: 10, generate: () => cases }];
const grade = (dir: string, cases: Case[], extra: object = {}) =>
  gradeSubmission(dir, { suite: 'hidden', seed: 1, table: sgdTable(...cases), ...extra });

const NO_SHUFFLE = { file: 'training.ts', find: 'const data = shuffle(trainingData, random);', replace: 'const data = trainingData;' };
const SIGN_ERROR = { file: 'network.ts', find: '(a - y[j]!) / m', replace: '(y[j]! - a) / m' };
const NO_HIDDEN_SIGMA_PRIME = {
  file: 'network.ts',
  find: 'delta = hadamard(matVec(transpose(net.weights[k]!), delta), zs[k - 1]!.map(sigmoidPrime));',
  replace: 'delta = matVec(transpose(net.weights[k]!), delta);',
};

describe('MNIST through the sandbox', () => {
  it('the correct example passes the real schedule and reaches the documented accuracy', { timeout: 300_000 }, async () => {
    expect(mnistCase().timeoutMs).toBe(S.TRAIN_TIMEOUT_MS);
    // The case's own limit overrides the (here absurdly small) default per-call limit. It is raised
    // further only so that this test survives a heavily loaded machine.
    const r = await grade(CORRECT, [{ ...mnistCase(), timeoutMs: 240_000 }], { callTimeoutMs: 50, totalTimeoutMs: 300_000 });
    const t = r.tests[0]!;
    expect(t.status, t.message).toBe('passed');
    expect(t.details).toMatchObject({ accuracy: S.REFERENCE_ACCURACY, n: 1000, passAccuracy: S.PASS_ACCURACY });
    expect(t.note).toMatch(/^accuracy 90\.6 % on 1000 held-out digits \(pass ≥ 86\.6 %, reference 90\.6 %\)\nconfusion matrix/);
    expect(r.score).toBe(10);
  });

  it('an sgd that does not shuffle is caught: low accuracy and the shuffle hint', async () => {
    const t = (await grade(patchedCorrect([NO_SHUFFLE]), [mnistCase(QUICK)])).tests[0]!;
    expect(t.status).toBe('failed');
    expect(t.message).toMatch(/^sgd: the trained network classifies 10\.0 % of the 1000 held-out digits correctly, expected at least 80\.0 %/);
    expect(t.hint).toMatch(/predicts 9 for 100\.0 % of the digits: the training data comes ordered by class/);
    expect(t.note).toMatch(/confusion matrix/);
  });

  it('a wrong backprop is caught: by accuracy (sign error) or by the gradient check (missing hidden σ′)', async () => {
    const sign = patchedCorrect([SIGN_ERROR]);
    const r = await gradeSubmission(sign, { suite: 'hidden', seed: 2, only: ['backprop'] });
    expect(r.functions[0]!.score).toBe(0);
    const t = (await grade(sign, [mnistCase(QUICK)])).tests[0]!;
    expect(t.status).toBe('failed');
    expect(t.message).toMatch(/classifies \d\.\d % |classifies 1\d\.\d % /);
    expect(t.hint).toMatch(/check backprop first|predicts/);

    const sigma = patchedCorrect([NO_HIDDEN_SIGMA_PRIME]);
    const b = await gradeSubmission(sigma, { suite: 'hidden', seed: 2, only: ['backprop'] });
    expect(b.functions[0]!.status).not.toBe('passed');
    expect(b.functions[0]!.hint).toMatch(/σ′ in the hidden layers|gradient check|layer/);
  });

  it('broken networks get clear messages; an endless sgd times out on its own case limit', async () => {
    const dir = makeSubmission({
      'src/index.ts': `
        export function sgd(net: any, data: any[], epochs: number) {
          if (epochs === 1) return { weights: net.weights.map((W: number[][]) => W.map((r) => r.map(() => NaN))), biases: net.biases };
          if (epochs === 2) return { weights: net.weights.map((W: number[][]) => W[0].map((_, j) => W.map((r) => r[j]))), biases: net.biases };
          if (epochs === 3) return undefined;
          for (;;) {}
        }`,
    });
    const tiny = (epochs: number, timeoutMs?: number): Case => ({ ...mnistCase({ perClass: 1, epochs }), ...(timeoutMs ? { timeoutMs } : {}) });
    const r = await grade(dir, [tiny(1), tiny(2), tiny(3), tiny(4, 300)]);
    const [nan, transposed, undef, endless] = r.tests;
    expect(nan!.message).toMatch(/^sgd: the trained network contains non-finite numbers \(weights\[0\]\[0\]\[0\] = NaN\)/);
    expect(transposed!.message).toMatch(/^sgd: weights\[0\] is 784×30, expected a 30×784 matrix/);
    expect(undef!.message).toMatch(/^sgd: sgd returned undefined, expected a Network/);
    expect(endless!.status).toBe('timeout');
    expect(endless!.message).toMatch(/did not return within 300 ms/);
    expect(r.tests.every((t) => t.status !== 'passed')).toBe(true);
  });

  it('an sgd that shuffles trainingData in place is told it mutates its input', async () => {
    const dir = patchedCorrect([{ file: 'training.ts', find: 'const data = shuffle(trainingData, random);', replace: 'const data = trainingData; data.reverse();' }]);
    const t = (await grade(dir, [mnistCase({ perClass: 1, epochs: 1 })])).tests[0]!;
    expect(t.status).toBe('error');
    expect(t.hint).toMatch(/modifies its input/);
  });

  it('sgd and predict are graded from the scoring table: full marks for the correct example, 0 for the stub', async () => {
    expect(FUNCTIONS.map((f) => f.name)).toEqual(expect.arrayContaining(['sgd', 'predict']));
    const table = FUNCTIONS.filter((f) => f.name === 'predict' || f.name === 'sgd').map((f) =>
      f.name === 'sgd' ? { ...f, generate: (rng: Parameters<FunctionSpec['generate']>[0]) => f.generate(rng).filter((c) => !c.hiddenOnly) } : f,
    );
    const ok = await gradeSubmission(CORRECT, { suite: 'all', seed: 7, table });
    expect(ok.tests.filter((t) => t.status !== 'passed').map((t) => t.message)).toEqual([]);
    const stub = await gradeSubmission(STUB, { suite: 'all', seed: 7, table });
    expect(stub.score).toBe(0);
    expect(stub.functions.map((f) => f.hint)).toEqual(['predict is not implemented yet', 'sgd is not implemented yet']);
  });

  it('hidden MNIST inputs are shown as a summary, never as 3 million numbers', async () => {
    const r = await grade(CORRECT, [mnistCase({ perClass: 1, epochs: 1 })], { reveal: true });
    expect(r.tests[0]!.input).toEqual(['<seeded 784-30-10 network>', '<10 MNIST training digits, ordered by class>', 1, 10, 30, { $random: S.SHUFFLE_SEED }]);
  });
});
