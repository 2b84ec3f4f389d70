/**
 * `dlf grade-batch <dir> [--jobs N] [--out grades.csv] [--report report.html] [--suite …] [--seed N]
 * [--only f,…] [--no-mnist]` — grade every submission folder (id = folder name) in parallel, one CSV
 * row per student; crash-safe and resumable (results in `<out>.d/`), HTML class report.
 *
 * @example
 *   dlf grade-batch submissions --out grades.csv --report report.html
 *   dlf grade-batch submissions --out grades.csv      # after a crash: grades only the missing ones
 */
import { availableParallelism } from 'node:os';
import type { CommandModule } from 'yargs';
import { DlfError } from '../../engine/errors.js';
import { gradeBatch } from '../../../grader/batch/batch.js';
import { parseSeed } from './grade.js';

interface BatchArgs {
  dir: string;
  jobs: number;
  out: string;
  report?: string;
  suite: 'public' | 'hidden' | 'all';
  seed?: string;
  only?: string;
  mnist: boolean;
  callTimeout: number;
  timeLimit: number;
  memory: number;
}

export const gradeBatchCommand: CommandModule<object, BatchArgs> = {
  command: 'grade-batch <dir>',
  describe: 'Grade a folder of submissions (one folder per student) into a CSV gradebook and an HTML class report',
  builder: (y) =>
    y
      .positional('dir', { type: 'string', demandOption: true, describe: 'Folder with one submission folder per student' })
      .option('jobs', { type: 'number', default: availableParallelism(), describe: 'Submissions graded at once' })
      .option('out', { type: 'string', default: 'grades.csv', describe: 'CSV gradebook (results are kept in <out>.d/ for resuming)' })
      .option('report', { type: 'string', describe: 'Write an HTML class report here' })
      .option('suite', { choices: ['public', 'hidden', 'all'] as const, default: 'all' as const })
      .option('seed', { type: 'string', describe: 'Seed of the hidden cases (default: random, kept for resuming)' })
      .option('only', { type: 'string', describe: 'Grade only these functions, comma-separated' })
      .option('mnist', { type: 'boolean', default: true, describe: 'Run the MNIST training case of sgd (slow); --no-mnist leaves it out' })
      .option('call-timeout', { type: 'number', default: 5000, describe: 'Time limit per call, in ms' })
      .option('time-limit', { type: 'number', default: 120000, describe: 'Time limit per submission, in ms' })
      .option('memory', { type: 'number', default: 256, describe: 'Heap limit of each sandbox, in MB' }) as never,
  handler: async (argv) => {
    if (!Number.isInteger(argv.jobs) || argv.jobs < 1) throw new DlfError(`--jobs should be a positive integer, got "${argv.jobs}"`);
    const r = await gradeBatch({
      dir: argv.dir,
      out: argv.out,
      report: argv.report,
      jobs: argv.jobs,
      suite: argv.suite,
      seed: parseSeed(argv.seed),
      only: argv.only?.split(',').map((s) => s.trim()).filter(Boolean),
      noMnist: !argv.mnist,
      callTimeoutMs: argv.callTimeout,
      totalTimeoutMs: argv.timeLimit,
      memoryMb: argv.memory,
    });
    process.stdout.write(`graded ${r.graded} submissions (${r.skipped} already done) in ${r.seconds.toFixed(1)} s, seed ${r.seed} → ${r.csvFile}${argv.report ? `, ${argv.report}` : ''}\n`);
  },
};
