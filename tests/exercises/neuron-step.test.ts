/**
 * neuron-step: the slides' two worked examples (quadratic x = [4, 0.5] and cross-entropy x = −2, plus
 * the quadratic x = −2 one), their rounded working marked correct part by part; over 200+ seeds:
 * full marks, detectors, error carried forward, finite-difference gradients, round trip.
 */
import { describe, expect, it } from 'vitest';
import { makeProblem, solveProblem } from '../../generator/engine/problem.js';
import type { NeuronStepParams } from '../../exercises/neuron-step/index.js';
import { expectCarriedForward, expectClose, expectDetectorsFire, expectFullMarks, expectRoundTripAndGarbage, fd, forSeeds, verdicts } from './helpers.js';

const LECTURE_Q = { x: [4, 0.5], w: [1, -1], b: -2, y: 1, alpha: 1, cost: 'quadratic' };
const LECTURE_CE = { x: [-2], w: [3], b: -1, y: 1, alpha: 1, cost: 'cross-entropy' };

/** The cost as a function of (w, b), written independently of the exercise. */
function cost(p: NeuronStepParams, w: number[], b: number): number {
  const z = w.reduce((s, wi, i) => s + wi * p.x[i]!, b);
  const a = 1 / (1 + Math.exp(-z));
  return p.cost === 'quadratic' ? 0.5 * (p.y - a) ** 2 : -(p.y * Math.log(a) + (1 - p.y) * Math.log(1 - a));
}

describe('neuron-step', () => {
  it("the slides' quadratic example comes out exactly", () => {
    const { answers } = solveProblem(makeProblem('neuron-step', { params: LECTURE_Q }));
    expect(answers.z).toBe(1.5);
    expectClose(answers.a!, 0.8175744761936437, 1e-12);
    expectClose(answers.dC_dw!, [-0.027208 * 4, -0.027208 * 0.5], 1e-4);
  });

  it("marks the slides' rounded quadratic working correct part by part (ECF where the slides round)", () => {
    const problem = makeProblem('neuron-step', { params: LECTURE_Q });
    const v = verdicts(problem, {
      z: 1.5, a: 0.82, C: 0.0162, dC_da: -0.18, dC_dz: -0.027, dC_dw: [-0.108, -0.0135], dC_db: -0.027,
      w_new: [1.108, -0.9865], b_new: -1.973, a_new: 0.88,
    });
    for (const [k, r] of Object.entries(v)) expect(`${k}: ${r.verdict}`).toBe(`${k}: correct`);
    expect(v.C!.carriedForward).toBe(true); // ½(1 − 0.82)² = 0.0162, not ½(1 − 0.8176)² = 0.01664
    expect(v.dC_dw!.carriedForward).toBe(true); // −0.027 × 4 = −0.108, not −0.1088
    // Working with ∂a/∂z ≈ 0.15 as the slides do: −0.18 × 0.15 = −0.027.
    expect(verdicts(problem, { a: 0.82, dC_da: -0.18, dC_dz: -0.18 * 0.15 }).dC_dz!.verdict).toBe('correct');
  });

  it("marks the slides' cross-entropy working correct part by part", () => {
    const problem = makeProblem('neuron-step', { params: LECTURE_CE });
    const { answers } = solveProblem(problem);
    expect(answers.z).toBe(-7);
    expectClose(answers.dC_dz!, 0.000911 - 1, 1e-5);
    const v = verdicts(problem, {
      z: -7, a: 0.000911, C: 7.0009, dC_da: -1097.6, dC_dz: -0.999089, dC_dw: [1.998178], dC_db: -0.999089,
      w_new: [1.001822], b_new: -0.00091, a_new: 0.1187,
    });
    for (const [k, r] of Object.entries(v)) expect(`${k}: ${r.verdict}`).toBe(`${k}: correct`);
  });

  it("marks the slides' quadratic x = −2 example (the slow-learning one) correct", () => {
    const problem = makeProblem('neuron-step', { params: { ...LECTURE_CE, cost: 'quadratic' } });
    const v = verdicts(problem, {
      z: -7, a: 0.000911, C: 0.499089, dC_da: -0.999089, dC_dz: -0.00090934, dC_dw: [0.00181868], dC_db: -0.00090934,
      w_new: [2.99818132], b_new: -0.99909066, a_new: 0.000915,
    });
    for (const [k, r] of Object.entries(v)) expect(`${k}: ${r.verdict}`).toBe(`${k}: correct`);
  });

  it('recognises the misconceptions on the lecture example', () => {
    const q = makeProblem('neuron-step', { params: LECTURE_Q });
    expect(verdicts(q, { a: 0.82, dC_da: -0.18, dC_dz: -0.18 }).dC_dz!.misconception).toBe('forgot-sigma-prime');
    expect(verdicts(q, { dC_dw: [-0.108, -0.0135], w_new: [0.892, -1.0135] }).w_new!.misconception).toBe('wrong-sign');
    expect(verdicts(q, { b_new: -2.027 }).b_new!.misconception).toBe('wrong-sign');
    expect(verdicts(q, { z: 3.5 }).z!.misconception).toBe('no-bias');
    const ce = makeProblem('neuron-step', { params: LECTURE_CE });
    expect(verdicts(ce, { a: 0.000911, dC_dz: -0.00090934 }).dC_dz!.misconception).toBe('quadratic-delta-with-ce');
    expect(verdicts(ce, { a: 0.000911, dC_da: -0.999089 }).dC_da!.misconception).toBe('quadratic-derivative-with-ce');
  });

  it('over 200+ seeds per cost: full marks, detectors, ECF, finite differences, round trip', () => {
    const required = {
      quadratic: ['z:no-bias', 'dC_dz:forgot-sigma-prime', 'dC_da:ce-derivative-with-quadratic', 'w_new:wrong-sign', 'b_new:wrong-sign'],
      'cross-entropy': ['z:no-bias', 'dC_dz:forgot-sigma-prime', 'dC_dz:quadratic-delta-with-ce', 'w_new:wrong-sign', 'b_new:wrong-sign'],
    };
    for (const c of ['quadratic', 'cross-entropy'] as const) {
      for (const inputs of ['1', '2', '3']) {
        forSeeds('neuron-step', { cost: c, inputs }, 70, (problem, answers) => {
          expectFullMarks(problem, answers);
          expectDetectorsFire(problem, answers, required[c]);
          expectCarriedForward(problem, answers);
          expectRoundTripAndGarbage(problem, answers);
          const p = problem.params as NeuronStepParams;
          const where = `seed ${problem.seed} ${c}`;
          const dw = p.w.map((_, i) => fd((t) => cost(p, p.w.map((wj, j) => (j === i ? t : wj)), p.b), p.w[i]!));
          expectClose(answers.dC_dw!, dw, 1e-6, where);
          expectClose(answers.dC_db!, fd((t) => cost(p, p.w, t), p.b), 1e-6, where);
          expectClose(answers.dC_dz!, answers.dC_db!, 1e-12, where);
          expectClose(answers.w_new!, p.w.map((wi, i) => wi - p.alpha * dw[i]!), 1e-6, where);
        });
      }
    }
  });

  it('rejects bad params eagerly', () => {
    expect(() => makeProblem('neuron-step', { params: { ...LECTURE_Q, alpha: -1 } })).toThrow('neuron-step: alpha should be > 0, got -1');
    expect(() => makeProblem('neuron-step', { params: { ...LECTURE_Q, cost: 'hinge' } })).toThrow('neuron-step: cost should be one of quadratic | cross-entropy, got "hinge"');
    expect(() => makeProblem('neuron-step', { params: { ...LECTURE_Q, y: 2 } })).toThrow('neuron-step: y should be <= 1, got 2');
    expect(() => makeProblem('neuron-step', { params: { ...LECTURE_Q, eta: 1 } })).toThrow('unknown param "eta"');
  });
});
