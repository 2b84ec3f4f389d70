/**
 * Class-scale grading: 300 generated submissions (half correct, four common bugs, some stubs —
 * tests/classroom/variants.ts) graded by `grade-batch` with 2 lanes (2 cores), all functions and
 * both suites except the MNIST training case of sgd (`--no-mnist`; that one case trains a 784-30-10
 * network for ~15–40 s per submission). Baseline: the same submissions graded one by one,
 * sequentially, in-process with `gradeSubmission` (on the first 60, as a rate). Target: ≤ 60 s with
 * `--jobs 2`; `--jobs 3` (one lane more than cores, overlapping sandbox start-up) is shown too.
 *
 * @example
 *   npm run bench -- classroom
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gradeBatch } from '../../grader/batch/batch.js';
import { gradeSubmission } from '../../grader/grade.js';
import { FUNCTIONS } from '../../grader/suites/table.js';
import { makeClass } from '../classroom/variants.js';
import { fmt, table } from './stats.js';

const N = 300;
const BASELINE_N = 60;
const SEED = 42;

export default async function bench(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'dlf-bench-class-'));
  try {
    const ids = makeClass(N, join(work, 'class'));
    const noMnist = FUNCTIONS.map((f) => (f.name === 'sgd' ? { ...f, generate: (rng: Parameters<typeof f.generate>[0]) => f.generate(rng).filter((c) => c.check?.kind !== 'mnist') } : f));

    const t0 = performance.now();
    for (const id of ids.slice(0, BASELINE_N)) await gradeSubmission(join(work, 'class', id), { suite: 'all', seed: SEED, table: noMnist });
    const baseSecs = (performance.now() - t0) / 1000;

    const baseRate = BASELINE_N / baseSecs;
    const rows: string[][] = [['', 'submissions', 'wall s', 'subs/s', 'ratio'], ['sequential gradeSubmission (baseline)', String(BASELINE_N), fmt(baseSecs, 1), fmt(baseRate, 2), '1.00×']];
    let required = NaN;
    let full = 0;
    for (const jobs of [2, 3]) {
      const t1 = performance.now();
      const r = await gradeBatch({ dir: join(work, 'class'), out: join(work, `grades-${jobs}.csv`), report: join(work, 'report.html'), jobs, seed: SEED, noMnist: true, progress: null });
      const secs = (performance.now() - t1) / 1000;
      if (r.graded !== N) throw new Error(`bench: graded ${r.graded}, expected ${N}`);
      full = r.results.filter((x) => x.total === x.maxScore).length;
      if (jobs === 2) required = secs;
      rows.push([`grade-batch --jobs ${jobs}`, String(N), fmt(secs, 1), fmt(N / secs, 2), `${fmt(N / secs / baseRate, 2)}×`]);
    }
    console.log(`${N} submissions (${full} full marks), suite all without the MNIST case, seed ${SEED}, ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at the end`);
    table(rows);
    console.log(`target: ${N} submissions in ≤ 60 s with --jobs 2 → ${required <= 60 ? 'met' : 'NOT met'} (${fmt(required, 1)} s; sequential would take ~${fmt(N / baseRate, 0)} s)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
