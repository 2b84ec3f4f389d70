/**
 * `gradeBatch`: grade every submission folder of a directory with a pool of concurrent graders
 * (each grade runs the student's code in its own sandbox process, so `jobs` lanes use `jobs` cores),
 * storing each result atomically as it finishes (store.ts) and rebuilding the CSV gradebook from
 * the stored results (atomically, at most once a second and at the end). Re-running resumes: only missing students are graded, with the seed and options of the
 * first run. A submission that cannot be graded at all gets an `error` row; it never stops the batch.
 * All students get the same hidden cases (one seed), generated once per batch.
 *
 * @example
 *   const r = await gradeBatch({ dir: 'submissions', out: 'grades.csv', report: 'report.html', jobs: 2 });
 *   r.graded;   // students graded by this run (the others were already in grades.csv.d/)
 */
import { randomInt } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DlfError } from '../../generator/engine/errors.js';
import { gradeSubmission, validateOnly } from '../grade.js';
import type { Report } from '../report.js';
import { FUNCTIONS } from '../suites/table.js';
import type { Case, FunctionSpec } from '../suites/types.js';
import { gradebookCsv } from './csv.js';
import { classReportHtml } from './html.js';
import { Progress, type ProgressStream } from './progress.js';
import { ResultStore, writeAtomic, type StudentResult } from './store.js';

export interface BatchOptions {
  dir: string;
  out: string;
  report?: string;
  jobs?: number;
  suite?: 'public' | 'hidden' | 'all';
  seed?: number;
  only?: string[];
  /** Leave out the MNIST training case of `sgd` (the slow one); sgd's small exact cases still run. */
  noMnist?: boolean;
  callTimeoutMs?: number;
  totalTimeoutMs?: number;
  memoryMb?: number;
  /** Where progress goes (default: process.stderr); null for none. */
  progress?: ProgressStream | null;
}

export interface BatchResult {
  graded: number;
  skipped: number;
  results: StudentResult[];
  csvFile: string;
  storeDir: string;
  seed: number;
  seconds: number;
}

const CSV_EVERY_MS = 1000;

export function listSubmissions(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new DlfError(`submissions folder not found: ${dir}`);
  }
  return names.filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isDirectory()).sort();
}

/** The scoring table with each generator run once per batch (same seed for every student). */
export function batchTable(noMnist: boolean): FunctionSpec[] {
  return FUNCTIONS.map((f) => {
    let cached: Case[] | undefined;
    return { ...f, generate: (rng) => (cached ??= f.generate(rng).filter((c) => !(noMnist && c.check?.kind === 'mnist'))) };
  });
}

export function studentResult(id: string, report: Report): StudentResult {
  const functions: StudentResult['functions'] = {};
  for (const f of report.functions) {
    functions[f.name] = { score: f.score, maxScore: f.maxScore, status: f.status, ...(f.firstFailure ? { firstFailure: f.firstFailure } : {}), ...(f.hint ? { hint: f.hint } : {}) };
  }
  const mnist = report.tests.find((t) => t.details && typeof (t.details as { accuracy?: unknown }).accuracy === 'number')?.details as { accuracy: number; confusion?: number[][] } | undefined;
  const problem = report.loadError ?? (report.compileErrors.length > 0 ? `compile errors: ${report.compileErrors.map((e) => `${e.file}:${e.line}`).join(', ')}` : undefined);
  return {
    id,
    status: 'graded',
    total: report.score,
    maxScore: report.maxScore,
    functions,
    ...(problem ? { error: problem } : {}),
    ...(mnist ? { mnistAccuracy: mnist.accuracy, ...(mnist.confusion ? { mnistConfusion: mnist.confusion } : {}) } : {}),
    durationMs: report.durationMs,
  };
}

export async function gradeBatch(o: BatchOptions): Promise<BatchResult> {
  const t0 = performance.now();
  const dir = resolve(o.dir);
  const ids = listSubmissions(dir);
  const only = o.only && o.only.length > 0 ? o.only : FUNCTIONS.map((f) => f.name);
  validateOnly(only);
  const suite = o.suite ?? 'all';
  const csvFile = resolve(o.out);
  const store = new ResultStore(`${csvFile}.d`);
  const previous = store.meta();
  if (previous) {
    const same = previous.suite === suite && previous.only.join() === only.join() && (o.seed === undefined || o.seed === previous.seed);
    if (!same) throw new DlfError(`${store.dir} holds results graded with seed ${previous.seed}, suite ${previous.suite}, functions ${previous.only.join(',')}; resume with the same options or choose another --out`);
  }
  const seed = previous?.seed ?? o.seed ?? randomInt(0, 2 ** 32 - 1);
  if (!previous) store.setMeta({ seed, suite, only });

  const done = new Map(store.all().map((r) => [r.id, r]));
  const todo = ids.filter((id) => !done.has(id));
  const table = batchTable(o.noMnist ?? false);
  const jobs = Math.max(1, Math.min(o.jobs ?? availableParallelism(), Math.max(1, todo.length)));
  const progress = o.progress === null ? undefined : new Progress(todo.length, o.progress ?? process.stderr);
  const writeCsv = () => writeAtomic(csvFile, gradebookCsv([...done.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), only));
  writeCsv();
  // The store is the source of truth (every result is durable as soon as it is graded); the CSV is
  // rebuilt from it at most every CSV_EVERY_MS while grading, at the end, and on every resume.
  let csvAt = performance.now();

  let next = 0;
  const lane = async () => {
    while (next < todo.length) {
      const id = todo[next++]!;
      let result: StudentResult;
      const start = performance.now();
      try {
        const report = await gradeSubmission(join(dir, id), { suite, seed, only, table, callTimeoutMs: o.callTimeoutMs, totalTimeoutMs: o.totalTimeoutMs, memoryMb: o.memoryMb });
        result = studentResult(id, report);
      } catch (err) {
        const functions = Object.fromEntries(only.map((f) => [f, { score: 0, maxScore: FUNCTIONS.find((s) => s.name === f)!.points, status: 'failed' as const }]));
        result = { id, status: 'error', total: 0, maxScore: only.reduce((s, f) => s + FUNCTIONS.find((x) => x.name === f)!.points, 0), functions, error: (err as Error).message.split('\n')[0]!, durationMs: Math.round(performance.now() - start) };
      }
      store.put(result);
      done.set(id, result);
      if (performance.now() - csvAt >= CSV_EVERY_MS) {
        writeCsv();
        csvAt = performance.now();
      }
      progress?.tick(id);
    }
  };
  await Promise.all(Array.from({ length: jobs }, lane));
  writeCsv();
  progress?.done();
  const results = [...done.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  if (o.report) writeAtomic(resolve(o.report), classReportHtml(results, { seed, suite, functions: only }));
  return { graded: todo.length, skipped: ids.length - todo.length, results, csvFile, storeDir: store.dir, seed, seconds: (performance.now() - t0) / 1000 };
}
