/**
 * `gradeSubmission(dir, options)`: the grader as a library. Bundles the submission, runs every case
 * in one sandboxed child (restarted after a crash or timeout), compares outputs in this process
 * with the reference's expected values and returns a `Report`. Used by `dlf grade`, tests, the bench
 * and batch graders.
 *
 * @example
 *   const report = await gradeSubmission('grader/examples/correct', { suite: 'all', seed: 42 });
 *   console.log(formatReport(report, 'text'));
 */
import { randomInt } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DlfError } from '../generator/engine/errors.js';
import { checkNote, runCheck } from './compare/checks.js';
import { compareValues, type Mismatch } from './compare/compare.js';
import { hintFor } from './compare/hints.js';
import { toPlain } from './compare/plain.js';
import { round2, type FunctionResult, type Report, type TestResult } from './report.js';
import { bundleSubmission, formatCompileError } from './sandbox/bundle.js';
import { Sandbox, type CallOutcome } from './sandbox/child.js';
import { buildCases, type SuiteCase } from './suites/load.js';
import { FUNCTIONS } from './suites/table.js';
import type { FunctionSpec } from './suites/types.js';

export interface GradeOptions {
  suite?: 'public' | 'hidden' | 'all';
  /** Seed of the hidden cases (default: a fresh random one, reported so the run can be replayed). */
  seed?: number;
  /** Grade only these functions (default: all in the table). */
  only?: string[];
  /** Show hidden cases' inputs in the report. */
  reveal?: boolean;
  callTimeoutMs?: number;
  totalTimeoutMs?: number;
  memoryMb?: number;
  outputCap?: number;
  /** The scoring table (default: FUNCTIONS). */
  table?: FunctionSpec[];
  publicDir?: string;
}

const MAX_RESTARTS = 25;

/**
 * CPU seconds allowed to each sandbox child: twice the whole-submission limit (V8's GC threads can
 * make CPU time outrun wall time) plus a second. Normally the parent's wall-clock limits act first;
 * this only ends a child that outlived its parent while stuck in a loop.
 */
export const cpuTimeLimitFor = (totalTimeoutMs: number): number => Math.ceil((2 * totalTimeoutMs) / 1000) + 1;

export function validateOnly(only: string[], table: FunctionSpec[] = FUNCTIONS): void {
  for (const name of only) {
    if (!table.some((f) => f.name === name)) {
      throw new DlfError(`unknown function "${name}" in --only; known: ${table.map((f) => f.name).join(', ')}`);
    }
  }
}

export async function gradeSubmission(dir: string, options: GradeOptions = {}): Promise<Report> {
  const t0 = performance.now();
  const submission = resolve(dir);
  if (!existsSync(submission) || !statSync(submission).isDirectory()) throw new DlfError(`submission folder not found: ${dir}`);
  const table = options.table ?? FUNCTIONS;
  const only = options.only && options.only.length > 0 ? options.only : table.map((f) => f.name);
  validateOnly(only, table);
  const suite = options.suite ?? 'all';
  const seed = options.seed ?? randomInt(0, 2 ** 32 - 1);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new DlfError(`seed should be an integer in [0, 4294967295], got ${seed}`);
  const callTimeoutMs = options.callTimeoutMs ?? 5_000;
  const totalTimeoutMs = options.totalTimeoutMs ?? 120_000;
  const deadline = t0 + totalTimeoutMs;

  const work = mkdtempSync(join(tmpdir(), 'dlf-grade-'));
  const box = { sandbox: undefined as Sandbox | undefined };
  try {
    // Start the child while esbuild bundles: Node's start-up overlaps the bundling.
    const bundling = bundleSubmission(submission, work);
    box.sandbox = new Sandbox({
      bundleFile: join(work, 'bundle.mjs'),
      memoryMb: options.memoryMb,
      outputCap: options.outputCap,
      cpuTimeLimitS: cpuTimeLimitFor(totalTimeoutMs),
      bundleReady: bundling.then((b) => b.file !== undefined),
    });
    const starting = box.sandbox.exports();
    // Hidden cases (and their expected values) are generated while the child starts.
    const cases = buildCases({ suite, seed, functions: only, table, publicDir: options.publicDir });
    const bundle = await bundling;
    let loadError = bundle.fatal;
    let exported: string[] = [];
    if (!bundle.file) box.sandbox.close();
    else {
      const ready = await starting;
      if ('loadError' in ready) loadError = `the submission failed to load: ${ready.loadError}`;
      else exported = ready.exports;
    }
    const tests: TestResult[] = [];
    const perFn = new Map<string, number>();
    for (const c of cases) perFn.set(c.function, (perFn.get(c.function) ?? 0) + 1);
    const callable = (c: SuiteCase) => !loadError && exported.includes(c.function);
    for (const [i, c] of cases.entries()) {
      if (callable(c) && performance.now() < deadline && box.sandbox!.restarts <= MAX_RESTARTS) {
        await box.sandbox!.prefetch(() =>
          cases.slice(i).filter(callable).map((u) => ({ key: u, fn: u.function, args: u.args, repeat: u.repeat, shallow: u.shallowFreeze })),
        );
      }
      const maxScore = table.find((f) => f.name === c.function)!.points / perFn.get(c.function)!;
      const start = performance.now();
      let outcome: CallOutcome;
      if (loadError) outcome = { kind: 'error', message: loadError };
      else if (!exported.includes(c.function)) outcome = { kind: 'error', message: 'is not exported (as a function) from src/index.ts' };
      else if (performance.now() >= deadline) outcome = { kind: 'timeout', message: `not run: the whole-submission time limit (${totalTimeoutMs} ms) was reached` };
      else if (box.sandbox!.restarts > MAX_RESTARTS) outcome = { kind: 'error', message: `not run: the submission crashed or timed out ${MAX_RESTARTS} times` };
      else outcome = await box.sandbox!.call(c.function, c.args, c.repeat, Math.max(1, Math.min(c.timeoutMs ?? callTimeoutMs, deadline - performance.now())), c.shallowFreeze, c);
      tests.push({ ...evaluate(c, outcome, seed, options.reveal ?? false), maxScore, score: 0, durationMs: round2(performance.now() - start) });
      const last = tests[tests.length - 1]!;
      if (last.status === 'passed') last.score = maxScore;
    }
    const functions = summarise(table, only, tests, exported, loadError === undefined);
    return {
      schema: 'dlf-grade-report/1',
      submission,
      suite,
      seed,
      score: round2(functions.reduce((s, f) => s + f.score, 0)),
      maxScore: round2(functions.reduce((s, f) => s + f.maxScore, 0)),
      functions,
      tests: tests.map((t) => ({ ...t, score: round2(t.score), maxScore: round2(t.maxScore) })),
      compileErrors: bundle.compileErrors,
      ...(loadError ? { loadError } : {}),
      output: box.sandbox?.output ?? { stdout: '', stderr: '', truncated: false },
      sandbox: {
        callTimeoutMs,
        totalTimeoutMs,
        memoryMb: box.sandbox?.memoryMb ?? options.memoryMb ?? 256,
        osMemoryLimit: box.sandbox?.osMemoryLimit ?? false,
        networkBlocked: box.sandbox?.networkBlocked ?? false,
        restarts: Math.max(0, box.sandbox?.restarts ?? 0),
        ...(box.sandbox?.cpuTimeLimitS !== undefined ? { cpuTimeLimitS: box.sandbox.cpuTimeLimitS } : {}),
      },
      durationMs: round2(performance.now() - t0),
    };
  } finally {
    box.sandbox?.close();
    rmSync(work, { recursive: true, force: true });
  }
}

function where(c: SuiteCase, seed: number): string {
  return c.suite === 'hidden' ? `seed ${seed}, case ${c.index}` : `public case ${c.index}`;
}

function evaluate(c: SuiteCase, outcome: CallOutcome, seed: number, reveal: boolean): Omit<TestResult, 'score' | 'maxScore' | 'durationMs'> {
  const base = {
    name: `${c.suite} ${c.index}: ${c.name}`,
    function: c.function,
    suite: c.suite,
    case: c.index,
    ...(c.suite === 'public' || reveal ? { input: c.display ?? c.args } : {}),
  };
  if (outcome.kind === 'timeout') {
    return { ...base, status: 'timeout', message: `${c.function}: ${outcome.message} (${where(c, seed)})`, hint: 'an infinite loop, or much more work than needed?' };
  }
  if (outcome.kind === 'error') {
    const hint = hintFor(c.function, c.args, undefined, null, outcome.message);
    return { ...base, status: 'error', message: `${c.function}: ${outcome.message} (${where(c, seed)})`, ...(hint ? { hint } : {}) };
  }
  const got = toPlain(outcome.value);
  let mismatch: (Mismatch & { hint?: string }) | null;
  const noted = c.check ? checkNote(c.check, got) : undefined;
  if (noted) Object.assign(base, noted);
  if (c.check) mismatch = runCheck(c.check, got, c.args);
  else if (c.repeat) mismatch = compareValues(got, Array.from({ length: c.repeat }, () => c.expected), c.tolerance);
  else mismatch = compareValues(got, c.expected, c.tolerance);
  if (!mismatch) return { ...base, status: 'passed', message: '' };
  const hint = mismatch.hint ?? hintFor(c.function, c.args, got, mismatch);
  return { ...base, status: 'failed', message: `${c.function}: ${mismatch.message} (${where(c, seed)})`, ...(hint ? { hint } : {}) };
}

function summarise(table: FunctionSpec[], only: string[], tests: TestResult[], exported: string[], loaded: boolean): FunctionResult[] {
  return table
    .filter((f) => only.includes(f.name))
    .map((f) => {
      const mine = tests.filter((t) => t.function === f.name);
      const passed = mine.filter((t) => t.status === 'passed').length;
      const firstBad = mine.find((t) => t.status !== 'passed');
      const score = mine.reduce((s, t) => s + t.score, 0);
      const status = loaded && !exported.includes(f.name) ? 'missing' : passed === mine.length ? 'passed' : passed > 0 ? 'partial' : 'failed';
      return {
        name: f.name,
        score: round2(score),
        maxScore: f.points,
        passed,
        total: mine.length,
        status,
        ...(firstBad ? { firstFailure: firstBad.message } : {}),
        ...(firstBad?.hint ? { hint: firstBad.hint } : {}),
      };
    });
}

export { formatCompileError };
