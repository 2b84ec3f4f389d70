/**
 * `mnistReport(dir)`: train a submission's `sgd` on the MNIST schedule in the sandbox (exactly the
 * grader's MNIST case), judge it on the held-out digits and render the HTML report (confusion matrix
 * and misclassified digits). Used by `dlf mnist-report`.
 *
 * @example
 *   const r = await mnistReport('grader/examples/correct');
 *   writeFileSync('mnist-report.html', r.html);   // r.details.accuracy === 0.906
 */
import { basename, resolve } from 'node:path';
import { gradeSubmission } from '../grade.js';
import type { TestStatus } from '../report.js';
import { mnistCase } from './cases.js';
import { mnistPage, type MnistDetails } from './render.js';
import { TRAIN_TIMEOUT_MS } from './schedule.js';

export interface MnistReportResult {
  html: string;
  status: TestStatus;
  /** Empty when passed. */
  message: string;
  hint?: string;
  details?: MnistDetails;
  durationMs: number;
}

export interface MnistReportOptions {
  /** Per-call limit of the training (default: the grader's TRAIN_TIMEOUT_MS). */
  timeoutMs?: number;
  memoryMb?: number;
}

export async function mnistReport(dir: string, opts: MnistReportOptions = {}): Promise<MnistReportResult> {
  const timeoutMs = opts.timeoutMs ?? TRAIN_TIMEOUT_MS;
  const report = await gradeSubmission(dir, {
    suite: 'hidden',
    seed: 0,
    table: [{ name: 'sgd', points: 1, generate: () => [{ ...mnistCase(), timeoutMs }] }],
    totalTimeoutMs: timeoutMs + 30_000,
    memoryMb: opts.memoryMb,
  });
  const t = report.tests[0]!;
  const details = t.details as MnistDetails | undefined;
  const title = `MNIST report — ${basename(resolve(dir))}`;
  return {
    html: mnistPage({ title, details, message: t.message, hint: t.hint }),
    status: t.status,
    message: t.message,
    ...(t.hint ? { hint: t.hint } : {}),
    ...(details ? { details } : {}),
    durationMs: t.durationMs,
  };
}
