/**
 * sgd-cost, activation-derivatives, weight-init and one-hot: reference answers checked against
 * independent computations (a counting loop, finite differences, a seeded simulation), detectors,
 * ECF and round trip over 200+ seeds.
 */
import { describe, expect, it } from 'vitest';
import { makeProblem, solveProblem } from '../../generator/engine/problem.js';
import { Rng } from '../../generator/engine/prng.js';
import type { SgdCostParams } from '../../exercises/sgd-cost/index.js';
import type { ActivationDerivativesParams } from '../../exercises/activation-derivatives/index.js';
import type { WeightInitParams } from '../../exercises/weight-init/index.js';
import { expectCarriedForward, expectClose, expectDetectorsFire, expectFullMarks, expectRoundTripAndGarbage, fd, forSeeds, verdicts } from './helpers.js';

const generic = (problem: Parameters<typeof expectFullMarks>[0], answers: Parameters<typeof expectFullMarks>[1], required: string[]) => {
  expectFullMarks(problem, answers);
  expectDetectorsFire(problem, answers, required);
  expectCarriedForward(problem, answers);
  expectRoundTripAndGarbage(problem, answers);
};

describe('sgd-cost', () => {
  it('counts updates like a training loop would', () => {
    forSeeds('sgd-cost', {}, 220, (problem, answers) => {
      const p = problem.params as SgdCostParams;
      let updates = 0;
      let examples = 0;
      for (let e = 0; e < p.epochs; e++) {
        for (let i = 0; i < p.n; i += p.batch) {
          updates++;
          examples += Math.min(p.batch, p.n - i);
        }
      }
      expect([answers.updates, answers.examples]).toEqual([updates, examples]);
      generic(problem, answers, ['updates_per_epoch:floor', 'updates_per_epoch:per-example', 'updates:forgot-epochs', 'examples:full-batches']);
    });
  });
  it('MNIST-sized example', () => {
    const problem = makeProblem('sgd-cost', { params: { n: 60000, batch: 64, epochs: 10 } });
    expect(solveProblem(problem).answers).toEqual({ updates_per_epoch: 938, updates: 9380, examples: 600000 });
    expect(verdicts(problem, { updates_per_epoch: 937 }).updates_per_epoch!.misconception).toBe('floor');
  });
});

describe('activation-derivatives', () => {
  it('matches finite differences and the 0.25^L bound', () => {
    const sig = (z: number) => 1 / (1 + Math.exp(-z));
    for (const layers of ['2', '3', '6']) {
      forSeeds('activation-derivatives', { layers }, 75, (problem, answers) => {
        const p = problem.params as ActivationDerivativesParams;
        expectClose(answers.relu_prime!, p.z.map((z) => fd((t) => Math.max(0, t), z, 1e-3)), 1e-9);
        const sp = p.zs.map((z) => fd(sig, z));
        expectClose(answers.sigmoid_prime!, sp, 1e-8);
        expectClose(answers.product!, sp.reduce((a, b) => a * b, 1), 1e-7);
        expect(answers.product as number).toBeLessThanOrEqual(answers.bound as number);
        expect(answers.bound).toBe(0.25 ** p.zs.length);
        generic(problem, answers, ['relu:identity', 'relu_prime:relu-values', 'sigmoid_prime:sigma-only', 'product:sum', 'bound:half', 'bound:linear']);
      });
    }
  });
});

describe('weight-init', () => {
  it('matches a seeded simulation of z (naive and scaled)', () => {
    const rng = new Rng(12345);
    for (const seed of [0, 1, 2]) {
      const problem = makeProblem('weight-init', { seed });
      const p = problem.params as WeightInitParams;
      const { answers } = solveProblem(problem);
      for (const [key, sw] of [['std_naive', 1], ['std_scaled', 1 / Math.sqrt(p.n)]] as const) {
        const zs = Array.from({ length: 3000 }, () => {
          let z = rng.normal();
          for (let j = 0; j < p.active; j++) z += sw * rng.normal();
          return z;
        });
        const mean = zs.reduce((s, z) => s + z, 0) / zs.length;
        const std = Math.sqrt(zs.reduce((s, z) => s + (z - mean) ** 2, 0) / zs.length);
        expect(Math.abs(std / (answers[key] as number) - 1), `${key} seed ${seed}`).toBeLessThan(0.06);
      }
    }
  });
  it('over 200+ seeds: detectors, ECF, round trip; the NNDL example', () => {
    forSeeds('weight-init', {}, 220, (problem, answers) => generic(problem, answers, ['std_naive:variance', 'std_w:variance', 'std_scaled:variance', 'std_scaled:no-bias']));
    const problem = makeProblem('weight-init', { params: { n: 1000, active: 500 } });
    const v = verdicts(problem, { std_naive: 22.4, std_w: 0.0316, std_scaled: 1.22 });
    for (const [k, r] of Object.entries(v)) expect(`${k}: ${r.verdict}`).toBe(`${k}: correct`);
  });
});

describe('one-hot', () => {
  it('over 200+ seeds: detectors, round trip', () => {
    forSeeds('one-hot', {}, 220, (problem, answers) => {
      expectFullMarks(problem, answers);
      expectDetectorsFire(problem, answers, ['y:one-based', 'index:index-one-based']);
      expectRoundTripAndGarbage(problem, answers);
    });
  });
});
