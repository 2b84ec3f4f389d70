/**
 * The data model of a grading suite, shared by the public fixtures (JSON files), the hidden case
 * generators and the runner. A case is plain JSON data, so suites can be stored, encrypted or shipped
 * to another machine; everything that needs code (reference values, checks, hints) stays in the grader.
 *
 * @example
 *   const c: Case = { function: 'sigmoid', name: 'z = 0', args: [0], expected: 0.5 };
 *   const r: Case = { function: 'initNetwork', name: 'shapes', args: [[2, 3], { $random: 7 }],
 *                     check: { kind: 'initNetwork' }, repeat: 2 };
 */
import type { Rng } from '../../generator/engine/prng.js';

export type SuiteName = 'public' | 'hidden';

/** |got − expected| ≤ abs + rel·|expected| passes. */
export interface Tolerance {
  abs: number;
  rel: number;
}

export const DEFAULT_TOLERANCE: Tolerance = { abs: 1e-9, rel: 1e-6 };

export interface Case {
  /** The API function under test, e.g. `backprop`. */
  function: string;
  /** A short description shown in reports even for hidden cases, so it never contains input values. */
  name: string;
  /** Arguments as JSON data. `{ "$random": <seed> }` becomes a seeded `() => number` in [0, 1) in the sandbox. */
  args: unknown[];
  /** The expected return value (compared by type, shape, finiteness, then value). */
  expected?: unknown;
  /** A named checker from `compare/checks.ts`, used instead of `expected` (e.g. statistical checks). */
  check?: { kind: string; [param: string]: unknown };
  tolerance?: Partial<Tolerance>;
  /** Call the function this many times with fresh copies of `args` (the output is then the list). */
  repeat?: number;
  /** Per-call time limit for this case, overriding the grader's default (e.g. MNIST training). */
  timeoutMs?: number;
  /** Never written to the public fixture files (e.g. cases with large data). */
  hiddenOnly?: boolean;
  /** What reports show as the input instead of `args` (for huge arguments such as training data). */
  display?: unknown[];
  /** Leave arrays of numbers unfrozen in the sandbox (containers stay frozen): faster for large data. */
  shallowFreeze?: boolean;
}

/** One row of the scoring table: a graded function, its weight and its hidden-case generator. */
export interface FunctionSpec {
  name: string;
  points: number;
  /** Fresh randomised cases (with expected values from the reference) for the hidden suite. */
  generate: (rng: Rng) => Case[];
}

/** A public fixture file: `grader/suites/public/<function>.json`. */
export interface FixtureFile {
  function: string;
  cases: Case[];
}
