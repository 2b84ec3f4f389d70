import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareValues } from '../../grader/compare/compare.js';
import { fmtNum, matrixShape, Opaque, toPlain, type Plain } from '../../grader/compare/plain.js';
import { legacyCompareValues, legacyMatrixShape } from './compare-legacy.js';
import { runCheck } from '../../grader/compare/checks.js';
import { hintFor } from '../../grader/compare/hints.js';
import { gradcheckDiagnosis } from '../../grader/compare/gradcheck.js';
import * as ref from '../../grader/reference/index.js';
import { Rng } from '../../generator/engine/prng.js';

describe('compareValues', () => {
  it('accepts values within tolerance and names the first differing element', () => {
    expect(compareValues(0.5 + 1e-12, 0.5)).toBeNull();
    expect(compareValues([[1, 2], [3, 4.1]], [[1, 2], [3, 4]])?.message).toBe('result[1][1] = 4.1, expected 4');
    expect(compareValues({ nablaW: [[[0, 0.013]]] }, { nablaW: [[[0, 0.027]]] })?.message).toBe('nablaW[0][0][1] = 0.013, expected 0.027');
  });

  it('checks type and shape before finiteness before values', () => {
    // A value error at [0] and a shape error later: the shape error wins.
    expect(compareValues([9, [1]], [1, [1, 2]])?.kind).toBe('shape');
    expect(compareValues([9, NaN], [1, 2])?.message).toBe('result[1] = NaN, expected 2');
    expect(compareValues('0.5', 0.5)?.message).toBe('result is a string, expected a number');
    expect(compareValues([[1, 2, 3]], [[1], [2], [3]])?.message).toBe('result is a 1×3 matrix, expected 3×1');
    expect(compareValues({ zs: [] }, { zs: [], activations: [] })?.message).toBe('activations is missing');
  });

  it('treats expected non-finite values exactly', () => {
    expect(compareValues(Infinity, Infinity)).toBeNull();
    expect(compareValues(1e308, Infinity)).not.toBeNull();
  });

  it('formats numbers compactly', () => {
    expect(fmtNum(0.0130000001)).toBe('0.013');
    expect(fmtNum(1.5e-12)).toBe('1.5e-12');
    expect(fmtNum(NaN)).toBe('NaN');
  });
});

describe('compareValues is the three-pass comparison, byte for byte (one walk, lazy paths)', () => {
  // Expected values: numbers (some non-finite), vectors, matrices, objects of those, a few strings/booleans/null.
  const num = fc.oneof({ weight: 8, arbitrary: fc.double({ min: -1e3, max: 1e3, noNaN: true }) }, fc.constantFrom(0, Infinity, -Infinity, NaN));
  const expected: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { weight: 4, arbitrary: num },
      { weight: 3, arbitrary: fc.array(num, { maxLength: 5 }) },
      { weight: 3, arbitrary: fc.integer({ min: 1, max: 3 }).chain((cols) => fc.array(fc.array(num, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 4 })) },
      { weight: 2, arbitrary: fc.array(tie('value'), { maxLength: 3 }) },
      { weight: 2, arbitrary: fc.dictionary(fc.constantFrom('w', 'b', 'zs', 'nablaW', 'activations'), tie('value'), { maxKeys: 3 }) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>('quadratic', true, null) },
    ),
  })).value;
  // What a submission returns: the expected value with a few random edits anywhere in it.
  const edit = (v: unknown, r: () => number): unknown => {
    const p = r();
    if (p < 0.06) return [NaN, Infinity, undefined, 'x', new Opaque('a Map'), {}, [], [[1, 2]], null][Math.floor(r() * 9)];
    if (typeof v === 'number') return p < 0.16 ? v + (r() - 0.5) * 10 ** Math.floor(r() * 12 - 9) : v;
    if (Array.isArray(v)) {
      const out = v.map((x) => edit(x, r));
      if (p < 0.1) out.pop();
      else if (p < 0.14) out.push(r());
      else if (p < 0.17 && Array.isArray(out[0])) (out[0] as unknown[]).push(1);
      return out;
    }
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) if (!(p < 0.1 && r() < 0.5)) out[k] = edit(x, r);
      return out;
    }
    return v;
  };
  const tolerance = fc.constantFrom<Record<string, number>>({}, { abs: Infinity }, { abs: 0, rel: 0 }, { rel: 1e-3 }, { abs: 1e-3 });

  it('reports exactly what the legacy implementation reports', () => {
    fc.assert(
      fc.property(expected, fc.integer(), tolerance, fc.boolean(), (exp, seed, tol, identical) => {
        const rng = new Rng(seed >>> 0);
        const got = (identical ? structuredClone(exp) : edit(exp, () => rng.next())) as Plain;
        expect(compareValues(got, exp, tol)).toEqual(legacyCompareValues(got, exp, tol));
        expect(matrixShape(got)).toEqual(legacyMatrixShape(got));
      }),
      { numRuns: 3000, seed: 4 },
    );
  });

  it('and on grading-sized outputs (networks, batches of gradients)', () => {
    const rng = new Rng(11);
    for (let t = 0; t < 40; t++) {
      const sizes = [rng.int(1, 30), rng.int(1, 30), rng.int(1, 10)];
      const exp = { weights: sizes.slice(1).map((n, k) => Array.from({ length: n }, () => Array.from({ length: sizes[k]! }, () => rng.normal()))), biases: sizes.slice(1).map((n) => Array.from({ length: n }, () => rng.normal())) };
      const got = edit(exp, () => (rng.next() < 0.98 ? 0.99 : rng.next())) as Plain;
      for (const tol of [{}, { abs: Infinity }, { abs: 0, rel: 0 }]) expect(compareValues(got, exp, tol)).toEqual(legacyCompareValues(got, exp, tol));
    }
  });
});

describe('toPlain', () => {
  it('copies plain data and marks everything else opaque', () => {
    const src = [1, [2, 3], { a: 'x' }];
    const copy = toPlain(src);
    expect(copy).toEqual(src);
    expect(copy).not.toBe(src);
    expect(toPlain(new Float64Array(2))).toEqual(new Opaque('a Float64Array'));
    expect((toPlain(new Number(1)) as Opaque).what).toMatch(/Number object/);
    const circular: unknown[] = [];
    circular.push(circular);
    expect(((toPlain(circular) as unknown[])[0] as Opaque).what).toMatch(/circular/);
    const withGetter = Object.defineProperty({}, 'x', { get: () => 1, enumerable: true });
    expect((toPlain(withGetter) as Record<string, Opaque>).x!.what).toMatch(/accessor/);
  });
});

describe('initNetwork check', () => {
  const random = (seed: number) => {
    const rng = new Rng(seed);
    return () => rng.next();
  };
  it('passes the reference on many seeds and rejects common mistakes', () => {
    for (let seed = 0; seed < 30; seed++) {
      const args = [[100, 120, 10], null];
      const out = toPlain([ref.initNetwork([100, 120, 10], random(seed)), ref.initNetwork([100, 120, 10], random(seed))]);
      expect(runCheck({ kind: 'initNetwork' }, out, args)).toBeNull();
    }
    const unscaled = ref.initNetwork([400, 100], random(1));
    unscaled.weights[0] = unscaled.weights[0]!.map((r) => r.map((w) => w * 20));
    const m = runCheck({ kind: 'initNetwork' }, toPlain([unscaled, unscaled]), [[400, 100]]);
    expect(m?.message).toMatch(/standard deviation/);
    expect(m?.hint).toMatch(/1\/√n_in/);
    const a = ref.initNetwork([400, 100], random(1));
    const b = ref.initNetwork([400, 100], random(2));
    expect(runCheck({ kind: 'initNetwork' }, toPlain([a, b]), [[400, 100]])?.hint).toMatch(/Math.random/);
    const uniform = { weights: [Array.from({ length: 100 }, () => Array.from({ length: 400 }, (_, j) => ((j % 100) / 100 - 0.495) * Math.sqrt(12) / 20))], biases: [a.biases[0]!] };
    expect(runCheck({ kind: 'initNetwork' }, toPlain([uniform, uniform]), [[400, 100]])?.message).toMatch(/within one standard deviation/);
  });
});

describe('hints and the gradient check', () => {
  const rng = new Rng(5);
  const net = { weights: [Array.from({ length: 4 }, () => [rng.normal(), rng.normal(), rng.normal()]), Array.from({ length: 2 }, () => [rng.normal(), rng.normal(), rng.normal(), rng.normal()])], biases: [[0.1, -0.2, 0.3, 0], [0.5, -0.5]] };
  const x = [0.5, -1, 2];
  const y = [1, 0];

  it('accepts the reference gradients and names the wrong layer', () => {
    expect(gradcheckDiagnosis(net, x, y, toPlain(ref.backprop(net, x, y)))).toBeUndefined();
    const g = ref.backprop(net, x, y);
    g.nablaW[0]![1]![2]! *= 2;
    expect(gradcheckDiagnosis(net, x, y, toPlain(g))).toMatch(/nablaW\[0\] \(W\^1\) differs at \[1\]\[2\]/);
    const h = ref.backprop(net, x, y);
    h.nablaB[1] = h.nablaB[1]!.map((v) => v * 2);
    expect(gradcheckDiagnosis(net, x, y, toPlain(h))).toMatch(/nablaB\[1\] \(W\^2, the output layer\)/);
  });

  it('recognises common mistakes', () => {
    const m = { kind: 'value' as const, path: '', message: '' };
    expect(hintFor('sigmoidPrime', [0.3], ref.sigmoid(0.3), m)).toMatch(/σ\(z\)\(1 − σ\(z\)\)/);
    expect(hintFor('quadraticCost', [[0.2, 0.4], [1, 0]], 2 * ref.quadraticCost([0.2, 0.4], [1, 0]), m)).toMatch(/1\/m/);
    expect(hintFor('softmax', [[1000, 1001]], [NaN, NaN], m)).toMatch(/max\(z\)/);
    expect(hintFor('outer', [[1, 2], [3, 4, 5]], ref.outer([3, 4, 5], [1, 2]), m)).toMatch(/u vᵀ/);
    expect(hintFor('updateMiniBatch', [{ weights: [], biases: [] }, [], 1], null, null, 'threw TypeError: Cannot assign to read only property')).toMatch(/modifies its input/);
    const noScale = { ...ref.backprop(net, x, y) };
    const twice = { nablaW: noScale.nablaW.map((W) => W.map((r) => r.map((v) => v * 2))), nablaB: noScale.nablaB.map((b) => b.map((v) => v * 2)) };
    expect(hintFor('backprop', [net, x, y], toPlain(twice), m)).toMatch(/no 1\/m/);
  });
});
