import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as ref from '../../grader/reference/index.js';
import * as correct from '../../grader/examples/correct/src/index.js';
import { compareValues } from '../../grader/compare/compare.js';
import { runCheck } from '../../grader/compare/checks.js';
import { toPlain } from '../../grader/compare/plain.js';
import { gradcheckDiagnosis } from '../../grader/compare/gradcheck.js';
import { hiddenCases, loadPublicCases, PUBLIC_DIR } from '../../grader/suites/load.js';
import { FUNCTIONS } from '../../grader/suites/table.js';
import { Rng } from '../../generator/engine/prng.js';
import { API } from './helpers.js';

const SPECS = FUNCTIONS.filter((f) => API.includes(f.name));

/** Run a case in-process (no sandbox) against an implementation, as the runner would. */
function runInProcess(impl: Record<string, unknown>, c: { function: string; args: unknown[]; repeat?: number }): unknown {
  const fn = impl[c.function] as (...a: unknown[]) => unknown;
  const prepare = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(prepare);
    if (v && typeof v === 'object') {
      const r = (v as { $random?: number }).$random;
      if (typeof r === 'number') {
        const rng = new Rng(r);
        return () => rng.next();
      }
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, prepare(x)]));
    }
    return v;
  };
  const once = () => fn(...(prepare(structuredClone(c.args)) as unknown[]));
  return c.repeat ? Array.from({ length: c.repeat }, once) : once();
}

describe('reference implementation', () => {
  it('reproduces the worked examples of the slides', () => {
    expect(ref.sigmoid(1.5)).toBeCloseTo(0.82, 2);
    expect(ref.quadraticCost([0.82], [1])).toBeCloseTo(0.0162, 6);
    const step = ref.neuronStep([1, -1], -2, [4, 0.5], 1, 1, 'quadratic');
    expect(step.w[0]).toBeCloseTo(1.108, 2);
    expect(step.b).toBeCloseTo(-1.973, 2);
    const ce = ref.neuronStep([3], -1, [-2], 1, 1, 'cross-entropy');
    expect(ce.w[0]).toBeCloseTo(1.001822, 5);
    expect(ce.b).toBeCloseTo(-0.00091, 5);
    expect(ref.softmax([1000, 1000])).toEqual([0.5, 0.5]);
    expect(ref.sigmoid(-1000)).toBe(0);
  });

  it('backprop agrees with finite differences on random networks', () => {
    const rng = new Rng(11);
    for (const sizes of [[2, 3, 1], [3, 5, 4, 3, 2], [4, 4]]) {
      const net = ref.initNetwork(sizes, () => rng.next());
      const x = sizes.slice(0, 1).flatMap((n) => Array.from({ length: n }, () => rng.normal()));
      const y = Array.from({ length: sizes[sizes.length - 1]! }, () => rng.next());
      expect(gradcheckDiagnosis(net, x, y, toPlain(ref.backprop(net, x, y)))).toBeUndefined();
    }
  });

  it('public fixtures hold exactly what the reference computes', () => {
    const files = readdirSync(PUBLIC_DIR).map((f) => f.replace(/\.json$/, ''));
    expect(files).toEqual(expect.arrayContaining(API));
    for (const spec of SPECS) {
      for (const c of loadPublicCases(spec.name)) {
        if (c.check) continue;
        const got = toPlain((ref as Record<string, (...a: unknown[]) => unknown>)[spec.name]!(...structuredClone(c.args)));
        expect(compareValues(got, c.expected, { abs: 0, rel: 0 }), `${spec.name} ${c.name}`).toBeNull();
      }
    }
  });

  it('the correct example passes every hidden case for many seeds (in-process)', () => {
    for (let seed = 0; seed < 40; seed++) {
      for (const spec of SPECS) {
        for (const [i, c] of hiddenCases(spec, seed * 7919).entries()) {
          const got = toPlain(runInProcess(correct as Record<string, unknown>, c));
          const m = c.check ? runCheck(c.check, got, c.args) : compareValues(got, c.expected, c.tolerance);
          expect(m, `${spec.name} seed ${seed * 7919} case ${i + 1}: ${m?.message}`).toBeNull();
        }
      }
    }
  });

  it('the table is worth 100 points (the issue-4 API 87, predict + sgd 13) and every function has hidden and public cases', () => {
    expect(FUNCTIONS.reduce((s, f) => s + f.points, 0)).toBe(100);
    expect(SPECS.reduce((s, f) => s + f.points, 0)).toBe(87);
    expect(FUNCTIONS.filter((f) => !API.includes(f.name)).map((f) => [f.name, f.points])).toEqual([['predict', 3], ['sgd', 10]]);
    // Backprop weighs most, then the network functions.
    const byPoints = [...FUNCTIONS].sort((a, b) => b.points - a.points).map((f) => f.name);
    expect(byPoints[0]).toBe('backprop');
    expect(new Set(byPoints.slice(1, 6))).toEqual(new Set(['updateMiniBatch', 'sgd', 'feedforward', 'initNetwork', 'neuronStep']));
    for (const f of SPECS) {
      expect(hiddenCases(f, 1).length, f.name).toBeGreaterThanOrEqual(4);
      expect(loadPublicCases(f.name).length, f.name).toBeGreaterThanOrEqual(4);
    }
  });
});
