/** softmax-gradient: the slides' generic forms, finite differences, detectors over 200+ seeds. */
import { describe, expect, it } from 'vitest';
import { makeProblem, solveProblem } from '../../generator/engine/problem.js';
import type { SoftmaxParams } from '../../exercises/softmax-gradient/index.js';
import { expectCarriedForward, expectClose, expectDetectorsFire, expectFullMarks, expectRoundTripAndGarbage, fd, forSeeds, verdicts } from './helpers.js';

const cost = (z: number[], label: number) => -(z[label]! - Math.log(z.reduce((s, x) => s + Math.exp(x), 0)));

describe('softmax-gradient', () => {
  it('gives a_i − 1 on the true class and a_k elsewhere (the slides\' generic forms)', () => {
    const problem = makeProblem('softmax-gradient', { params: { z: [1, 2, 0.5], label: 1 } });
    const { answers } = solveProblem(problem);
    const a = answers.a as number[];
    expectClose(a.reduce((s, x) => s + x, 0), 1, 1e-12);
    expectClose(answers.dC_dz!, [a[0]!, a[1]! - 1, a[2]!], 1e-12);
    expectClose(answers.C!, -Math.log(a[1]!), 1e-12);
    const v = verdicts(problem, { a: [0.23, 0.63, 0.14], C: 0.46, dC_dz: [0.23, -0.37, 0.14] });
    for (const [k, r] of Object.entries(v)) expect(`${k}: ${r.verdict}`).toBe(`${k}: correct`);
    expect(verdicts(problem, { dC_dz: [0, -1 / a[1]!, 0] }).dC_dz!.misconception).toBe('dC-da');
    expect(verdicts(problem, { dC_dz: a }).dC_dz!.misconception).toBe('missing-minus-one');
  });

  it('over 200+ seeds: full marks, detectors, ECF, finite differences, round trip', () => {
    for (const classes of ['2', '3', '4', '6']) {
      forSeeds('softmax-gradient', { classes }, 55, (problem, answers) => {
        expectFullMarks(problem, answers);
        expectDetectorsFire(problem, answers, ['dC_dz:dC-da', 'dC_dz:missing-minus-one', 'a:no-normalise']);
        expectCarriedForward(problem, answers);
        expectRoundTripAndGarbage(problem, answers);
        const p = problem.params as SoftmaxParams;
        const g = p.z.map((_, i) => fd((t) => cost(p.z.map((zj, j) => (i === j ? t : zj)), p.label), p.z[i]!));
        expectClose(answers.dC_dz!, g, 1e-6, `seed ${problem.seed}`);
        expectClose(answers.C!, cost(p.z, p.label), 1e-9);
      });
    }
  });

  it('rejects bad params', () => {
    expect(() => makeProblem('softmax-gradient', { params: { z: [1, 2], label: 2 } })).toThrow('softmax-gradient: label should be <= 1, got 2');
    expect(() => makeProblem('softmax-gradient', { params: { z: [1], label: 0 } })).toThrow('softmax-gradient: z should be a list of at least 2 numbers');
  });
});
