/**
 * `dlf starter <out-dir> [--force] [--title T]` — write a student starter repository (typed stubs,
 * public fixtures, grading runtime, README with the formulas, GitHub Classroom workflow).
 *
 * @example
 *   dlf starter ../dl-assignment && dlf autograder github --starter ../dl-assignment --key-out ~/dl-key.txt
 */
import type { CommandModule } from 'yargs';
import { exportStarter } from '../../../grader/classroom/starter.js';

interface StarterArgs {
  outDir: string;
  force: boolean;
  title?: string;
}

export const starterCommand: CommandModule<object, StarterArgs> = {
  command: 'starter <out-dir>',
  describe: 'Write a student starter repository (stubs, public tests, `npm run grade`, Classroom workflow)',
  builder: (y) =>
    y
      .positional('out-dir', { type: 'string', demandOption: true, describe: 'New folder for the repository' })
      .option('force', { type: 'boolean', default: false, describe: "Write into a non-empty folder (overwrites the starter's files)" })
      .option('title', { type: 'string', describe: "Title of the student README" })
      .example('$0 starter ../dl-assignment', 'Then: cd ../dl-assignment && npm ci && npm run grade') as never,
  handler: async (argv) => {
    const { dir, files } = await exportStarter({ outDir: argv.outDir, force: argv.force, title: argv.title });
    process.stdout.write(`wrote ${files.length} files to ${dir}\nnext: dlf autograder github --starter ${argv.outDir} --key-out <file outside the repo>\n`);
  },
};
