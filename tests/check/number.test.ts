import { describe, expect, it } from 'vitest';
import { DEFAULT_TOLERANCE, numberMatches, parseNumberText } from '../../generator/check/number.js';
import { parseAnswer } from '../../generator/check/parse.js';

const ok = (given: number | string, expected: number) => {
  const w = typeof given === 'string' ? parseNumberText(given)! : given;
  return numberMatches(w, expected, DEFAULT_TOLERANCE);
};

describe('number tolerance policy', () => {
  it("accepts the slides' rounded working", () => {
    expect(ok(0.82, 1 / (1 + Math.exp(-1.5)))).toBe(true); // a = σ(1.5) = 0.8176
    expect(ok('-0.027', -0.18 * 0.82 * 0.18)).toBe(true); // dC/dz from the slides' rounded a
    expect(ok(0.88, 0.87756)).toBe(true);
    expect(ok('0.000911', 1 / (1 + Math.exp(7)))).toBe(true);
  });
  it('rejects one significant digit and values off by more than the rounding', () => {
    expect(ok(0.8, 0.8176)).toBe(false);
    expect(ok(0.81, 0.8176)).toBe(false);
    expect(ok(-0.82, 0.8176)).toBe(false);
    expect(ok(0, -0.00090934)).toBe(false);
  });
  it('uses 0.5% relative tolerance and an absolute floor at 0', () => {
    expect(ok(1.004, 1)).toBe(true);
    expect(ok(1.007, 1)).toBe(false);
    expect(ok(0, 0)).toBe(true);
    expect(ok(1e-12, 0)).toBe(true);
  });
  it('reads what students type', () => {
    expect(parseNumberText('−0.5')?.value).toBe(-0.5);
    expect(parseNumberText(' 3/4 ')?.value).toBe(0.75);
    expect(parseNumberText('1.5e-3')?.value).toBe(0.0015);
    expect(parseNumberText('１２')?.value).toBe(12);
    expect(parseNumberText('1/0')).toBeNull();
    expect(parseNumberText('abc')).toBeNull();
    expect(parseNumberText('1'.repeat(1000))).toBeNull();
  });
});

describe('parseAnswer', () => {
  it('gives format errors, never throws, for malformed input', () => {
    for (const bad of [{}, 'x', [1, 'a'], [[1, 2], [3]], true, NaN, Infinity, '[1,,2]']) {
      for (const kind of ['number', 'integer', 'vector', 'matrix'] as const) {
        const r = parseAnswer(kind, bad, 'en');
        if (!r.ok) expect(r.message.length).toBeGreaterThan(5);
      }
    }
    const r = parseAnswer('matrix', [[1, 2], [3]], 'en');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/different lengths/);
  });
  it('accepts vectors as lists, strings, and column vectors', () => {
    expect(parseAnswer('vector', '[0.5, −1]', 'en')).toMatchObject({ ok: true, value: [0.5, -1] });
    expect(parseAnswer('vector', '1, 2/4', 'en')).toMatchObject({ ok: true, value: [1, 0.5] });
    expect(parseAnswer('vector', [[1], [2]], 'en')).toMatchObject({ ok: true, value: [1, 2] });
    expect(parseAnswer('matrix', '[[1,2],[3,4]]', 'en')).toMatchObject({ ok: true, value: [[1, 2], [3, 4]] });
    expect(parseAnswer('integer', '2.5', 'en').ok).toBe(false);
    expect(parseAnswer('number', '', 'en')).toMatchObject({ ok: false, missing: true });
  });
});
