/**
 * The CLI's command modules, one per file, loaded lazily: `dlf <name>` imports only that command's
 * module (and so only its dependencies), which keeps start-up fast. Add a command by writing
 * `./<name>.ts` exporting a yargs `CommandModule` and listing it here with a one-line summary for
 * `dlf --help`.
 *
 * @example
 *   { name: 'list', summary: 'List the exercises', load: async () => (await import('./list.js')).listCommand }
 */
import type { CommandModule } from 'yargs';

export interface LazyCommand {
  name: string;
  summary: string;
  load: () => Promise<CommandModule<any, any>>;
}

export const commands: LazyCommand[] = [
  { name: 'worksheet', summary: 'Make printable per-student worksheets, answer keys, answers templates and manifests', load: async () => (await import('./worksheet.js')).worksheetCommand },
  { name: 'list', summary: 'List the exercises with their options and parts', load: async () => (await import('./list.js')).listCommand },
  { name: 'generate', summary: 'Generate one problem (statement and parts; --key adds answers and worked steps)', load: async () => (await import('./generate.js')).generateCommand },
  { name: 'check', summary: "Check answers: one problem, a whole worksheet, or a whole class", load: async () => (await import('./check.js')).checkCommand },
  { name: 'grade', summary: "Grade a student's TypeScript network functions in a sandbox", load: async () => (await import('./grade.js')).gradeCommand },
  { name: 'mnist-report', summary: 'Train a submission on MNIST digits and write an HTML report', load: async () => (await import('./mnist-report.js')).mnistReportCommand },
  { name: 'starter', summary: 'Write a student starter repository (stubs, public tests, npm run grade, workflow)', load: async () => (await import('./starter.js')).starterCommand },
  { name: 'autograder', summary: 'Package the hidden tests for GitHub Classroom (encrypted) or Gradescope (zip)', load: async () => (await import('./autograder.js')).autograderCommand },
  { name: 'grade-batch', summary: 'Grade a folder of submissions into a CSV gradebook and an HTML class report (parallel, resumable)', load: async () => (await import('./grade-batch.js')).gradeBatchCommand },
];
