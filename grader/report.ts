/**
 * The grading report (`dlf grade --format json` prints exactly this object). Versioned by `schema`;
 * fields are only ever added. Documented in grader/README.md.
 *
 * @example
 *   const report = await gradeSubmission('grader/examples/correct');
 *   report.score === report.maxScore;   // true
 */
import type { CompileError } from './sandbox/bundle.js';
import type { SuiteName } from './suites/types.js';

export type TestStatus = 'passed' | 'failed' | 'error' | 'timeout';

export interface TestResult {
  /** "<suite> <n>: <case name>", e.g. "hidden 7: deep (4 layers) 3-5-4-3-2". */
  name: string;
  function: string;
  suite: SuiteName;
  /** 1-based case number within (function, suite). */
  case: number;
  status: TestStatus;
  score: number;
  maxScore: number;
  /** Empty when passed; otherwise names the function, the first differing element and the case. */
  message: string;
  hint?: string;
  /** The arguments: always for public cases, for hidden ones only with `reveal`. */
  input?: unknown[];
  /** Extra information from a checker, passed or not (e.g. the MNIST accuracy and confusion matrix). */
  note?: string;
  details?: unknown;
  durationMs: number;
}

export interface FunctionResult {
  name: string;
  score: number;
  maxScore: number;
  passed: number;
  total: number;
  /** passed: every case passed; failed: some or all failed (see tests); missing: not exported. */
  status: 'passed' | 'partial' | 'failed' | 'missing';
  /** The first failing test's message and hint, for the summary table. */
  firstFailure?: string;
  hint?: string;
}

export interface Report {
  schema: 'dlf-grade-report/1';
  submission: string;
  suite: 'public' | 'hidden' | 'all';
  seed: number;
  score: number;
  maxScore: number;
  functions: FunctionResult[];
  tests: TestResult[];
  compileErrors: CompileError[];
  /** Set when the submission could not be built or loaded at all. */
  loadError?: string;
  /** What the student's code printed (capped); never parsed by the grader. */
  output: { stdout: string; stderr: string; truncated: boolean };
  sandbox: { callTimeoutMs: number; totalTimeoutMs: number; memoryMb: number; osMemoryLimit: boolean; restarts: number;
    /** RLIMIT_CPU of each sandbox child in seconds (where the OS has one): kills an orphaned child stuck in a loop. */
    cpuTimeLimitS?: number;
    /** True when the student's code ran without a network (Linux network namespace). */
    networkBlocked?: boolean };
  durationMs: number;
}

export const round2 = (x: number): number => Math.round(x * 100) / 100;
