/**
 * The standalone grade CLI behind `npm run grade`: the same yargs command module as `dlf grade`
 * (generator/cli/commands/grade.ts), registered as the default command, with the same one-line
 * error convention (`dlf: <message>`, non-zero exit).
 *
 * @example
 *   await runGrade(['grader/examples/correct', '--format', 'json']);   // returns the exit code
 */
import yargs from 'yargs';
import { DlfError } from '../generator/engine/errors.js';
import { gradeCommand } from '../generator/cli/commands/grade.js';

export async function runGrade(argv: string[]): Promise<number> {
  const cli = yargs(argv)
    .scriptName('npm run grade --')
    .strict()
    .help()
    .alias('h', 'help')
    .version(false)
    .wrap(Math.min(110, process.stdout.columns || 100))
    .fail((msg, err, y) => {
      if (err) throw err;
      y.showHelp('error');
      throw new DlfError(msg ?? 'invalid usage');
    })
    .command({ ...gradeCommand, command: '$0 <dir>' } as never);
  try {
    await cli.parseAsync();
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(err instanceof DlfError ? `dlf: ${message}\n` : `dlf: internal error: ${message}\n`);
    return err instanceof DlfError ? err.exitCode : 70;
  }
}
