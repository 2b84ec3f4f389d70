/**
 * Shared checks for the network exercises' tests, run over many seeds: reference answers full marks,
 * each detector fires on its own mistake (and the listed ones are applicable on every seed), error
 * carried forward along the whole graph, params round-trip, garbage is a format error; plus a central
 * finite-difference helper independent of the exercises' solve.
 *
 * @example
 *   forSeeds('neuron-step', {}, 200, (problem, answers) => expectDetectorsFire(problem, answers, ['no-bias']));
 */
import { expect } from 'vitest';
import type { Options, Part, Problem, Value, Values } from '../../exercises/types.js';
import { getExercise } from '../../exercises/index.js';
import { makeProblem, solveProblem } from '../../generator/engine/problem.js';
import { markProblem } from '../../generator/check/mark.js';

export function forSeeds(id: string, options: Options, n: number, fn: (problem: Problem, answers: Values, parts: Part[]) => void): void {
  for (let seed = 0; seed < n; seed++) {
    const problem = makeProblem(id, { seed, options });
    const { answers, parts } = solveProblem(problem);
    fn(problem, answers, parts);
  }
}

const ctx = (p: Problem) => `${p.exercise} ${JSON.stringify(p.options)} seed ${p.seed}`;

/** Reference answers: full marks, no misconception, nothing carried forward. */
export function expectFullMarks(problem: Problem, answers: Values): void {
  const r = markProblem(problem, answers);
  expect(r.score, ctx(problem)).toBe(r.maxScore);
  expect(r.parts.filter((p) => p.misconception || p.carriedForward), ctx(problem)).toEqual([]);
}

/** Each detector's wrong value is recognised as that misconception; `required` ones must apply. */
export function expectDetectorsFire(problem: Problem, answers: Values, required: string[]): void {
  const ex = getExercise(problem.exercise);
  const parts = ex.parts(problem.params, 'en');
  const applicable = new Set<string>();
  for (const det of ex.detectors?.(problem.params, 'en') ?? []) {
    const part = parts.find((p) => p.key === det.part)!;
    const wrong = det.wrong(Object.fromEntries(part.deps.map((d) => [d, answers[d]!])));
    if (wrong === null) continue;
    applicable.add(`${det.part}:${det.id}`);
    const r = markProblem(problem, { ...answers, [det.part]: wrong }).parts.find((p) => p.key === det.part)!;
    const where = `${ctx(problem)} ${det.part}:${det.id}`;
    expect(r.verdict, where).toBe('incorrect');
    expect(r.misconception, where).toBe(det.id);
    expect(r.feedback.join(' '), where).toContain(det.feedback);
  }
  for (const id of required) expect([...applicable], `${ctx(problem)} required ${id}`).toContain(id);
}

function nudge(v: Value, kind: Part['kind']): Value {
  if (typeof v === 'number') return kind === 'integer' ? v + 1 : v * 1.05 + (v === 0 ? 0.05 : 0);
  return (v as (number | number[])[]).map((c) => nudge(c as Value, kind)) as Value;
}

/**
 * Error carried forward along the graph: a wrong (but plausible) answer to one part, and every later
 * part computed consistently from it, are marked: that part incorrect, all the others correct.
 */
export function expectCarriedForward(problem: Problem, answers: Values): void {
  const parts = getExercise(problem.exercise).parts(problem.params, 'en');
  for (const part of parts) {
    if (!parts.some((q) => q.deps.includes(part.key))) continue;
    const own: Values = {};
    for (const q of parts) {
      own[q.key] = q.key === part.key ? nudge(answers[q.key]!, q.kind) : q.compute(Object.fromEntries(q.deps.map((d) => [d, own[d]!])));
    }
    const r = markProblem(problem, own);
    const where = `${ctx(problem)} wrong ${part.key}`;
    for (const p of r.parts) {
      if (p.key === part.key) expect(p.verdict, where).toBe('incorrect');
      else expect(`${p.key}: ${p.verdict}`, where).toBe(`${p.key}: correct`);
    }
  }
}

/** Params round-trip through parseParams; garbage in every part is a format error. */
export function expectRoundTripAndGarbage(problem: Problem, answers: Values): void {
  const ex = getExercise(problem.exercise);
  expect(ex.parseParams(JSON.parse(JSON.stringify(problem.params)))).toEqual(problem.params);
  const garbage = Object.fromEntries(Object.keys(answers).map((k) => [k, 'twelve']));
  for (const p of markProblem(problem, garbage).parts) expect(p.verdict, `${ctx(problem)} ${p.key}`).toBe('format-error');
}

/** Central finite difference of f at x (a plain number). */
export function fd(f: (x: number) => number, x: number, h = 1e-5): number {
  return (f(x + h) - f(x - h)) / (2 * h);
}

/** |a − b| ≤ tol·max(1, |b|) for every cell. */
export function expectClose(a: Value, b: Value, tol = 1e-6, where = ''): void {
  const fa = [a].flat(2) as number[];
  const fb = [b].flat(2) as number[];
  expect(fa.length, where).toBe(fb.length);
  fa.forEach((x, i) => expect(Math.abs(x - fb[i]!), `${where} [${i}] ${x} vs ${fb[i]}`).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(fb[i]!))));
}

/** Mark a full answer sheet and return verdicts by part. */
export function verdicts(problem: Problem, answers: Record<string, unknown>) {
  const r = markProblem(problem, answers);
  return Object.fromEntries(r.parts.map((p) => [p.key, p]));
}
