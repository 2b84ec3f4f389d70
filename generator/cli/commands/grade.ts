/**
 * `dlf grade <submission-dir> [--suite public|hidden|all] [--seed N] [--format text|json|junit|markdown]
 * [--only fn,...] [--reveal] [--watch]` — grade a student's TypeScript submission against the public
 * fixtures and freshly generated hidden cases in a sandbox. Stdout carries only the report.
 *
 * @example
 *   dlf grade grader/examples/correct --seed 42 --format json
 */
import { randomInt } from 'node:crypto';
import type { CommandModule } from 'yargs';
import { DlfError } from '../../engine/errors.js';
import { gradeSubmission, validateOnly, type GradeOptions } from '../../../grader/grade.js';
import { formatReport, FORMATS, type FormatName } from '../../../grader/format/index.js';
import { watchSubmission } from '../../../grader/watch.js';

export interface GradeArgs {
  dir: string;
  suite: 'public' | 'hidden' | 'all';
  seed?: string;
  format: FormatName;
  only?: string;
  reveal: boolean;
  watch: boolean;
  callTimeout: number;
  timeLimit: number;
  memory: number;
}

export function parseSeed(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const s = String(raw).trim();
  if (!/^\d+$/.test(s) || Number(s) > 0xffffffff) throw new DlfError(`--seed should be an integer in [0, 4294967295], got "${raw}"`);
  return Number(s);
}

const positive = (name: string, v: number): number => {
  if (!Number.isFinite(v) || v <= 0) throw new DlfError(`--${name} should be a positive number, got "${v}"`);
  return v;
};

/** Turn CLI arguments into gradeSubmission options (validating them: one-line errors). */
export function gradeOptions(argv: GradeArgs): GradeOptions {
  const only = argv.only === undefined ? undefined : String(argv.only).split(',').map((s) => s.trim()).filter(Boolean);
  if (only) validateOnly(only);
  return {
    suite: argv.suite,
    seed: parseSeed(argv.seed) ?? randomInt(0, 2 ** 32 - 1),
    only,
    reveal: argv.reveal,
    callTimeoutMs: positive('call-timeout', argv.callTimeout),
    totalTimeoutMs: positive('time-limit', argv.timeLimit),
    memoryMb: positive('memory', argv.memory),
  };
}

export async function gradeOutput(argv: GradeArgs, options = gradeOptions(argv)): Promise<string> {
  return formatReport(await gradeSubmission(argv.dir, options), argv.format);
}

export const gradeCommand: CommandModule<object, GradeArgs> = {
  command: 'grade <dir>',
  describe: "Grade a student's TypeScript network functions (src/index.ts) in a sandbox",
  builder: (y) =>
    y
      .positional('dir', { type: 'string', demandOption: true, describe: 'Submission folder (contains src/index.ts)' })
      .option('suite', { choices: ['public', 'hidden', 'all'] as const, default: 'all' as const, describe: 'Which cases to run: public fixtures, hidden generated cases, or both' })
      .option('seed', { type: 'string', describe: 'Seed of the hidden cases (default: random; the report shows it so a run can be replayed)' })
      .option('format', { choices: FORMATS, default: 'text' as const, describe: 'Report format on stdout' })
      .option('only', { type: 'string', describe: 'Grade only these functions, comma-separated (e.g. sigmoid,backprop)' })
      .option('reveal', { type: 'boolean', default: false, describe: "Show hidden cases' inputs in the report" })
      .option('watch', { type: 'boolean', default: false, describe: 'Regrade whenever a file in the submission changes' })
      .option('call-timeout', { type: 'number', default: 5000, describe: 'Time limit per call, in ms' })
      .option('time-limit', { type: 'number', default: 120000, describe: 'Time limit for the whole submission, in ms' })
      .option('memory', { type: 'number', default: 256, describe: 'Heap limit of the sandbox, in MB (total memory: twice that, where the OS allows)' })
      .example('$0 grade my-submission', 'Grade on every suite, print a table')
      .example('$0 grade my-submission --suite public --only sigmoid,softmax', 'Just some functions, public cases')
      .example('$0 grade my-submission --seed 42 --format json > report.json', 'Replay a run, JSON report') as never,
  handler: async (argv) => {
    const options = gradeOptions(argv);
    process.stdout.write(await gradeOutput(argv, options));
    if (!argv.watch) return;
    process.stderr.write(`dlf: watching ${argv.dir} for changes (Ctrl-C to stop)\n`);
    watchSubmission(argv.dir, async () => {
      try {
        process.stdout.write(`\n${'─'.repeat(60)}\n${await gradeOutput(argv, options)}`);
      } catch (err) {
        process.stderr.write(`dlf: ${(err as Error).message}\n`);
      }
    });
    await new Promise<never>(() => {});
  },
};
