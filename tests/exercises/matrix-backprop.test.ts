/**
 * matrix-backprop: every gradient against finite differences of an independently written cost,
 * the slides' ∇_{a²}C = (a² − y)/m, detectors (missing 1/m, σ′, W not transposed by value or by
 * shape, dW transposed), ECF along the graph, over 200+ seeds and several layer sizes.
 */
import { describe, expect, it } from 'vitest';
import { makeProblem, solveProblem } from '../../generator/engine/problem.js';
import type { MatrixBackpropParams } from '../../exercises/matrix-backprop/index.js';
import { expectCarriedForward, expectClose, expectDetectorsFire, expectFullMarks, expectRoundTripAndGarbage, fd, forSeeds, verdicts } from './helpers.js';

const sig = (z: number) => 1 / (1 + Math.exp(-z));
const layer = (W: number[][], a: number[], b: number[]) => W.map((row, i) => sig(row.reduce((s, w, j) => s + w * a[j]!, b[i]!)));
const costOfA2 = (a2: number[], y: number[]) => a2.reduce((s, a, j) => s + 0.5 * (y[j]! - a) ** 2, 0) / y.length;
const cost = (p: MatrixBackpropParams) => costOfA2(layer(p.W2, layer(p.W1, p.x, p.b1), p.b2), p.y);

/** ∂C/∂(every entry) of a param by central differences. */
function fdParam(p: MatrixBackpropParams, key: 'W1' | 'W2' | 'b1' | 'b2'): number[] | number[][] {
  const clone = () => JSON.parse(JSON.stringify(p)) as MatrixBackpropParams;
  if (key === 'b1' || key === 'b2') {
    return p[key].map((v, i) => fd((t) => { const q = clone(); q[key][i] = t; return cost(q); }, v));
  }
  return p[key].map((row, i) => row.map((v, j) => fd((t) => { const q = clone(); q[key][i]![j] = t; return cost(q); }, v)));
}

const SLIDES_SIZED = { x: [1, -1], W1: [[0.5, -1], [1, 0.5], [-0.5, 1.5]], b1: [1, -1, 0.5], W2: [[1, -1, 0.5], [-1.5, 0.5, 1]], b2: [-0.5, 1], y: [1, 0] };

describe('matrix-backprop', () => {
  it('uses ∇_{a²}C = (a² − y)/m and ∇_{a¹}C = W²ᵀ ∇_{z²}C (2-3-2 as in the slides)', () => {
    const problem = makeProblem('matrix-backprop', { params: SLIDES_SIZED });
    const { answers } = solveProblem(problem);
    const a2 = answers.a2 as number[];
    const d2 = answers.delta2 as number[];
    expectClose(d2, a2.map((a, j) => ((a - SLIDES_SIZED.y[j]!) / 2) * a * (1 - a)), 1e-12);
    expectClose(answers.grad_a1!, [0, 1, 2].map((i) => SLIDES_SIZED.W2[0]![i]! * d2[0]! + SLIDES_SIZED.W2[1]![i]! * d2[1]!), 1e-12);
    expect((answers.dW2 as number[][]).length).toBe(2);
    expect((answers.dW2 as number[][])[0]!.length).toBe(3);
  });

  it('names shapes and recognises W² not transposed by shape (2-3-2) and by value (2-2-2)', () => {
    const problem = makeProblem('matrix-backprop', { params: SLIDES_SIZED });
    const r = verdicts(problem, { grad_a1: [0.1, 0.2] });
    expect(r.grad_a1!.misconception).toBe('w-not-transposed');
    expect(r.grad_a1!.feedback[0]).toBe('Wrong shape: expected 3, got 2.');
    const dW = verdicts(problem, { dW2: [[1, 2], [3, 4], [5, 6]] }).dW2!;
    expect(dW.feedback[0]).toBe('Wrong shape: expected 2×3, got 3×2.');
    const square = makeProblem('matrix-backprop', { seed: 4, options: { sizes: '2-2-2' } });
    const { answers } = solveProblem(square);
    const W2 = (square.params as MatrixBackpropParams).W2;
    const d2 = answers.delta2 as number[];
    expect(verdicts(square, { grad_a1: W2.map((row) => row[0]! * d2[0]! + row[1]! * d2[1]!) }).grad_a1!.misconception).toBe('w-not-transposed');
  });

  it('over 200+ seeds: full marks, detectors, ECF, finite differences, round trip', () => {
    const required = ['z1:no-bias', 'z2:no-bias', 'C:missing-1/m', 'delta2:missing-1/m', 'delta2:forgot-sigma-prime', 'grad_a1:w-not-transposed', 'delta1:forgot-sigma-prime', 'dW2:dW-transposed', 'dW1:dW-transposed'];
    for (const sizes of ['2-3-2', '2-2-2', '3-2-3', '1-3-2']) {
      forSeeds('matrix-backprop', { sizes }, sizes === '2-3-2' ? 110 : 35, (problem, answers) => {
        expectFullMarks(problem, answers);
        expectDetectorsFire(problem, answers, required);
        expectCarriedForward(problem, answers);
        expectRoundTripAndGarbage(problem, answers);
        const p = problem.params as MatrixBackpropParams;
        const where = `${sizes} seed ${problem.seed}`;
        expectClose(answers.C!, cost(p), 1e-12, where);
        expectClose(answers.dW1!, fdParam(p, 'W1'), 1e-6, `${where} dW1`);
        expectClose(answers.db1!, fdParam(p, 'b1'), 1e-6, `${where} db1`);
        expectClose(answers.dW2!, fdParam(p, 'W2'), 1e-6, `${where} dW2`);
        expectClose(answers.db2!, fdParam(p, 'b2'), 1e-6, `${where} db2`);
        const a2 = answers.a2 as number[];
        const z2 = answers.z2 as number[];
        expectClose(answers.delta2!, z2.map((z, j) => fd((t) => costOfA2(a2.map((a, k) => (k === j ? sig(t) : a)), p.y), z)), 1e-6, `${where} delta2`);
      });
    }
  });

  it('rejects bad params and options', () => {
    expect(() => makeProblem('matrix-backprop', { params: { ...SLIDES_SIZED, W2: [[1, 2], [3, 4]] } })).toThrow('matrix-backprop: W2 should be a matrix with 3 columns');
    expect(() => makeProblem('matrix-backprop', { params: { ...SLIDES_SIZED, y: [1] } })).toThrow('matrix-backprop: y should be a list of 2 numbers');
    expect(() => makeProblem('matrix-backprop', { options: { sizes: '2-3' } })).toThrow('option sizes should look like 2-3-2');
  });
});
