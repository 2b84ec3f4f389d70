/**
 * The `dlf` CLI: one yargs command module per file in `./commands/`, listed in `./commands/index.ts`.
 * Handlers stay thin and call plain, testable functions. Errors the user can fix are `DlfError`s and
 * are printed as one line (`dlf: ...`) with a non-zero exit; anything else is an internal error
 * (stack trace only with DLF_DEBUG=1).
 *
 * @example
 *   await main(['list', '--json']);   // returns the exit code
 */
import yargs from 'yargs';
import { commands } from './commands/index.js';
import { DlfError } from '../engine/errors.js';

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const cli = yargs(argv)
    .scriptName('dlf')
    .usage('dlf — Deep Learning Foundation toolkit\n\nUsage: $0 <command> [options]')
    .strict()
    .demandCommand(1, 'Name a command; see the list above.')
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version(false)
    .wrap(Math.min(110, process.stdout.columns || 100))
    .epilogue('Docs: README.md. Each command has its own --help, e.g. `dlf worksheet --help`.')
    .fail((msg, err, y) => {
      if (err) throw err;
      y.showHelp('error');
      throw new DlfError(msg ?? 'invalid usage');
    });
  try {
    // Load only the command being run; the others are listed by name and summary for --help.
    const wanted = commands.find((c) => c.name === argv[0]);
    for (const c of commands) {
      if (c === wanted) cli.command((await c.load()) as never);
      else cli.command(c.name, c.summary, () => {}, () => {});
    }
    await cli.parseAsync();
    if (typeof process.exitCode === 'number') exitCode = process.exitCode;
  } catch (err) {
    exitCode = reportError(err);
  }
  return exitCode;
}

/** Print an error as one line on stderr and return the exit code to use. */
export function reportError(err: unknown): number {
  if (err instanceof DlfError) {
    process.stderr.write(`dlf: ${err.message}\n`);
    return err.exitCode;
  }
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`dlf: internal error: ${message}\n`);
  if (process.env.DLF_DEBUG && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  else process.stderr.write('dlf: (set DLF_DEBUG=1 for details, and please report it)\n');
  return 70;
}
