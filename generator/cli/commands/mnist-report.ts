/**
 * `dlf mnist-report <submission> [--out file]` — train the submission's sgd on the MNIST schedule
 * (in the grader's sandbox) and write an HTML report: accuracy on the held-out digits, confusion
 * matrix and the misclassified digits drawn from their pixels. Offline, no external URLs.
 *
 * @example
 *   dlf mnist-report grader/examples/correct --out mnist-report.html
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import { DlfError } from '../../engine/errors.js';
import { mnistReport } from '../../../grader/mnist/report.js';

interface Args {
  submission: string;
  out: string;
  timeout?: number;
}

/** Write the report and return the one-line summary printed by the command. */
export async function writeMnistReport(submission: string, out: string, timeoutMs?: number): Promise<string> {
  if (timeoutMs !== undefined && (!Number.isFinite(timeoutMs) || timeoutMs <= 0)) {
    throw new DlfError(`--timeout should be a positive number of seconds, got ${timeoutMs / 1000}`);
  }
  const r = await mnistReport(submission, { timeoutMs });
  const file = resolve(out);
  writeFileSync(file, r.html);
  const what = r.details
    ? `accuracy ${(r.details.accuracy * 100).toFixed(1)} % (${r.status === 'passed' ? 'pass' : 'fail'}, pass from ${(r.details.passAccuracy * 100).toFixed(1)} %)`
    : `${r.status}: ${r.message}`;
  return `wrote ${file}: ${what}\n`;
}

export const mnistReportCommand: CommandModule<object, Args> = {
  command: 'mnist-report <submission>',
  describe: 'Train a submission on MNIST digits and write an HTML report (confusion matrix, misclassified digits)',
  builder: (y) =>
    y
      .positional('submission', { type: 'string', demandOption: true, describe: 'Submission folder (with src/index.ts)' })
      .option('out', { type: 'string', default: 'mnist-report.html', describe: 'HTML file to write' })
      .option('timeout', { type: 'number', describe: 'Training time limit in seconds (default 60)' })
      .example('$0 mnist-report grader/examples/correct --out report.html', ''),
  handler: async (argv) => {
    process.stdout.write(await writeMnistReport(argv.submission, argv.out, argv.timeout === undefined ? undefined : argv.timeout * 1000));
  },
};
