/**
 * Bench: training the 784-30-10 network on the documented MNIST schedule (4,000 digits, 2 epochs,
 * batches of 10, α = 30) and the accuracy reached on the 1,000 held-out digits, side by side with
 *   - the floor: the same network and SGD on Float64Arrays with preallocated buffers
 *     (grader/mnist/fast.ts; bit-identical weights to the reference);
 *   - the reference (grader/reference/, plain arrays, a new network per mini-batch);
 *   - the example correct submission run in-process (student-style code);
 *   - the grader's MNIST case end to end in the sandbox (transfer of the digits over IPC, the
 *     submission's training, evaluation with the reference feedforward), and the transfer alone
 *     (the same call with 0 epochs).
 * Set MNIST_BENCH_RUNS to change the number of runs (default 3; medians are reported).
 *
 * @example
 *   npm run bench -- mnist
 */
import { resolve } from 'node:path';
import * as example from '../../grader/examples/correct/src/index.js';
import { gradeSubmission } from '../../grader/grade.js';
import { mnistCase } from '../../grader/mnist/cases.js';
import { mnistSplit, toExamples } from '../../grader/mnist/data.js';
import { evaluateNetwork } from '../../grader/mnist/evaluate.js';
import { fastAccuracy, fastSgd, fromNetwork } from '../../grader/mnist/fast.js';
import * as S from '../../grader/mnist/schedule.js';
import * as ref from '../../grader/reference/index.js';
import type { Case } from '../../grader/suites/types.js';
import { fmt, summarise, table } from './stats.js';

const SUBMISSION = resolve(import.meta.dirname, '../../grader/examples/correct');

function timed<T>(fn: () => T): [number, T] {
  const t0 = performance.now();
  const out = fn();
  return [performance.now() - t0, out];
}

async function gradeCase(c: Case): Promise<{ ms: number; accuracy?: number; status: string }> {
  const t0 = performance.now();
  const r = await gradeSubmission(SUBMISSION, { suite: 'hidden', seed: 0, table: [{ name: 'sgd', points: 1, generate: () => [c] }] });
  const t = r.tests[0]!;
  return { ms: performance.now() - t0, accuracy: (t.details as { accuracy?: number } | undefined)?.accuracy, status: t.status };
}

export default async function bench(): Promise<void> {
  const runs = Number(process.env.MNIST_BENCH_RUNS ?? 3);
  const [loadMs, { train, test }] = timed(() => mnistSplit());
  const [examplesMs, data] = timed(() => toExamples(train));
  const schedule = [S.EPOCHS, S.BATCH_SIZE, S.ALPHA] as const;
  const random = () => S.seededRandom(S.SHUFFLE_SEED);

  const rows: { what: string; ms: number[]; acc: number }[] = [];
  const measure = (what: string, run: () => number) => {
    const ms: number[] = [];
    let acc = NaN;
    for (let i = 0; i < runs; i++) {
      const [t, a] = timed(run);
      ms.push(t);
      acc = a;
    }
    rows.push({ what, ms, acc });
  };
  measure('floor: Float64Array SGD (fast.ts)', () => fastAccuracy(fastSgd(fromNetwork(S.mnistInitialNetwork()), train, ...schedule, random()), test));
  measure('reference sgd (grader/reference)', () => evaluateNetwork(ref.sgd(S.mnistInitialNetwork(), data, ...schedule, random()), test).accuracy);
  measure('example submission, in-process', () => evaluateNetwork(example.sgd(S.mnistInitialNetwork(), data, ...schedule, random()), test).accuracy);

  const sandbox: number[] = [];
  const transfer: number[] = [];
  let sandboxAcc = NaN;
  for (let i = 0; i < runs; i++) {
    const full = await gradeCase(mnistCase());
    if (full.status !== 'passed') throw new Error(`bench: the correct example did not pass the MNIST case (${full.status})`);
    sandbox.push(full.ms);
    sandboxAcc = full.accuracy ?? NaN;
    transfer.push((await gradeCase({ ...mnistCase(), args: mnistCase().args.map((a, k) => (k === 2 ? 0 : a)) })).ms);
  }
  rows.push({ what: 'grader MNIST case, sandbox end to end', ms: sandbox, acc: sandboxAcc });

  const floor = summarise(rows[0]!.ms).median;
  const reference = summarise(rows[1]!.ms).median;
  console.log(`MNIST schedule: ${train.n} training digits, ${S.EPOCHS} epochs, batches of ${S.BATCH_SIZE}, α = ${S.ALPHA}; accuracy on ${test.n} held-out digits; medians of ${runs} runs`);
  console.log(`data: load + split ${fmt(loadMs)} ms (once per process), as API examples ${fmt(examplesMs)} ms`);
  table([
    ['what', 'median ms', 'accuracy', 'vs floor', 'vs reference'],
    ...rows.map((r) => {
      const m = summarise(r.ms).median;
      return [r.what, fmt(m), `${(r.acc * 100).toFixed(1)} %`, `${fmt(m / floor, 2)}×`, `${fmt(m / reference, 2)}×`];
    }),
    ['  of which: grading with 0 epochs (IPC transfer, bundle, spawn, evaluation)', fmt(summarise(transfer).median), '', `${fmt(summarise(transfer).median / floor, 2)}×`, ''],
  ]);
  console.log(`threshold: pass from ${(S.PASS_ACCURACY * 100).toFixed(1)} % (reference ${(S.REFERENCE_ACCURACY * 100).toFixed(1)} % − margin ${(S.MARGIN * 100).toFixed(1)} points); per-call training limit ${S.TRAIN_TIMEOUT_MS / 1000} s`);
}
