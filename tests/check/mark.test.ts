/**
 * The generic marker (generator/check/mark.ts) on a tiny made-up exercise: error carried forward
 * through a chain (also through a part left blank), no credit carried from a 0 placeholder, shape
 * messages, per-cell partial credit, value and shape-only detectors, detectors judged on the
 * student's own earlier answers.
 */
import { describe, expect, it } from 'vitest';
import { exercises } from '../../exercises/index.js';
import type { Exercise, Problem } from '../../exercises/types.js';
import { markProblem } from '../../generator/check/mark.js';

const chain: Exercise<Record<string, never>> = {
  id: 'test-chain',
  title: () => 'Chain',
  summary: 'test only',
  options: [],
  generate: () => ({}),
  parseParams: () => ({}),
  statement: () => ({ text: 'test' }),
  parts: () => [
    { key: 'u', kind: 'number', prompt: 'u', deps: [], compute: () => 2 },
    { key: 'v', kind: 'number', prompt: 'v', deps: ['u'], compute: (d) => (d.u as number) * 3 },
    { key: 'w', kind: 'number', prompt: 'w', deps: ['v'], compute: (d) => (d.v as number) + 1 },
    { key: 'm', kind: 'vector', prompt: 'm', deps: ['u'], compute: (d) => [1, 2, 3].map((k) => k * (d.u as number)) },
    { key: 'M', kind: 'matrix', prompt: 'M', deps: [], compute: () => [[1, 2, 3], [4, 5, 6]] },
  ],
  steps: () => [],
  detectors: () => [
    { id: 'minus', part: 'w', wrong: (d) => (d.v as number) - 1, feedback: 'add, do not subtract' },
    { id: 'short', part: 'm', wrong: () => [0, 0], feedback: 'm has one entry per k', shapeOnly: true },
    { id: 'transposed', part: 'M', wrong: () => [[1, 4], [2, 5], [3, 6]], feedback: 'transposed' },
  ],
};
if (!exercises.some((e) => e.id === chain.id)) exercises.push(chain);

const problem: Problem = { exercise: 'test-chain', seed: null, options: {}, params: {} };
const right = { u: 2, v: 6, w: 7, m: [2, 4, 6], M: [[1, 2, 3], [4, 5, 6]] };
const mark = (answers: Record<string, unknown>) => {
  const r = markProblem(problem, { ...right, ...answers });
  return Object.fromEntries(r.parts.map((p) => [p.key, p]));
};

describe('markProblem', () => {
  it('marks the reference correct without carried-forward notes', () => {
    const r = markProblem(problem, right);
    expect(r.score).toBe(5);
    expect(r.parts.every((p) => p.verdict === 'correct' && !p.carriedForward)).toBe(true);
  });

  it('carries an error forward along a chain, naming the earlier answer', () => {
    const r = mark({ u: 2.5, v: 7.5, w: 8.5, m: [2.5, 5, 7.5] });
    expect(r.u!.verdict).toBe('incorrect');
    for (const k of ['v', 'w', 'm']) {
      expect(r[k]!.verdict, k).toBe('correct');
      expect(r[k]!.carriedForward, k).toBe(true);
    }
    expect(r.v!.feedback.join(' ')).toContain('u');
    expect(r.w!.feedback.join(' ')).toMatch(/v.*error carried forward/);
  });

  it('carries through a part left blank, back to the answer it comes from', () => {
    const r = mark({ u: 2.5, v: undefined, w: 8.5 });
    expect(r.v!.verdict).toBe('incorrect');
    expect(r.w!.verdict).toBe('correct');
    expect(r.w!.carriedForward).toBe(true);
    expect(r.w!.feedback.join(' ')).toContain('for u');
  });

  it('gives nothing downstream of a 0 placeholder or a format error', () => {
    expect(mark({ u: 0, v: 0 }).v!.verdict).toBe('incorrect');
    expect(mark({ u: 0, v: undefined, w: 1 }).w!.verdict).toBe('incorrect');
    expect(mark({ u: 'banana', v: undefined, w: 1 }).w!.verdict).toBe('incorrect');
  });

  it('judges detectors on the student\'s own earlier answers too', () => {
    const r = mark({ u: 2.5, v: 7.5, w: 6.5 });
    expect(r.w!.misconception).toBe('minus');
    expect(mark({ w: 5 }).w!.misconception).toBe('minus');
  });

  it('checks shape first, naming both shapes, and runs shape-only detectors', () => {
    const r = mark({ m: [2, 4] });
    expect(r.m!.verdict).toBe('incorrect');
    expect(r.m!.feedback[0]).toBe('Wrong shape: expected 3, got 2.');
    expect(r.m!.misconception).toBe('short');
    expect(r.m!.feedback).toContain('m has one entry per k');
    const four = mark({ m: [2, 4, 6, 8] });
    expect(four.m!.misconception).toBeUndefined();
    expect(four.m!.feedback[0]).toBe('Wrong shape: expected 3, got 4.');
    const mat = mark({ M: [[1, 2], [3, 4]] });
    expect(mat.M!.feedback[0]).toBe('Wrong shape: expected 2×3, got 2×2.');
  });

  it('recognises a transposed matrix by its values', () => {
    const r = mark({ M: [[1, 4], [2, 5], [3, 6]] });
    expect(r.M!.misconception).toBe('transposed');
    expect(r.M!.credit).toBe(0);
  });

  it('gives per-cell partial credit with feedback naming the first wrong cell', () => {
    const r = mark({ m: [2, 4, 7] });
    expect(r.m!.credit).toBeCloseTo(2 / 3);
    expect(r.m!.feedback[0]).toContain('[2]');
    const m = mark({ M: [[1, 2, 3], [4, 50, 6]] });
    expect(m.M!.credit).toBeCloseTo(5 / 6);
    expect(m.M!.feedback[0]).toContain('[1][1]');
  });
});
