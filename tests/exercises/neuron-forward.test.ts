/** neuron-forward: the slides' example, and over 200+ seeds the generic checks. */
import { describe, expect, it } from 'vitest';
import { makeProblem } from '../../generator/engine/problem.js';
import { expectCarriedForward, expectDetectorsFire, expectFullMarks, expectRoundTripAndGarbage, forSeeds, verdicts } from './helpers.js';

describe('neuron-forward', () => {
  it("marks the slides' working correct: z = 1.5, a = 0.82", () => {
    const problem = makeProblem('neuron-forward', { params: { x: [4, 0.5], w: [1, -1], b: -2 } });
    const v = verdicts(problem, { z: 1.5, a: 0.82 });
    expect(v.z!.verdict).toBe('correct');
    expect(v.a!.verdict).toBe('correct');
    expect(verdicts(problem, { z: 3.5, a: 0.97 }).z!.misconception).toBe('no-bias');
  });

  it('over 200+ seeds: full marks, detectors, error carried forward, round trip', () => {
    for (const inputs of ['1', '2', '3', '4']) {
      forSeeds('neuron-forward', { inputs }, 60, (problem, answers) => {
        expectFullMarks(problem, answers);
        expectDetectorsFire(problem, answers, ['z:no-bias', 'a:exp-sign', 'a:no-activation']);
        expectCarriedForward(problem, answers);
        expectRoundTripAndGarbage(problem, answers);
        const z = answers.z as number;
        expect(Math.abs(z)).toBeGreaterThanOrEqual(0.5);
        expect(Math.abs(z)).toBeLessThanOrEqual(3);
      });
    }
  });

  it('rejects bad params eagerly, naming the field', () => {
    expect(() => makeProblem('neuron-forward', { params: { x: [1, 2], w: [1], b: 0 } })).toThrow('neuron-forward: w should be a list of 2 numbers, got [1]');
    expect(() => makeProblem('neuron-forward', { params: { x: [1], w: [1] } })).toThrow('neuron-forward: b should be a finite number');
    expect(() => makeProblem('neuron-forward', { options: { inputs: '9' } })).toThrow('option inputs');
  });
});
