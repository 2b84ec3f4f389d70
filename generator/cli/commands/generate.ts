/**
 * `dlf generate <exercise> [--seed N] [--option k=v ...] [--params JSON|@file.json] [--key]
 *  [--format md|json] [--lang en|ja]` — one problem's statement and parts; `--key` adds the answers
 * and the worked steps.
 */
import type { CommandModule } from 'yargs';
import type { Lang, Problem } from '../../../exercises/types.js';
import { makeProblem, solveProblem } from '../../engine/problem.js';
import { problemMarkdown } from '../../render/problem-md.js';
import { parseOptionPairs, parseSeed, readParams } from '../args.js';

export interface GenerateArgs {
  exercise: string;
  seed?: number;
  option?: string[];
  params?: string;
  key?: boolean;
  format: 'md' | 'json';
  lang: Lang;
}

export function problemFromArgs(argv: { exercise: string; seed?: unknown; option?: unknown; params?: unknown }): Problem {
  return makeProblem(argv.exercise, {
    seed: parseSeed(argv.seed),
    options: parseOptionPairs(argv.option),
    params: readParams(argv.params),
  });
}

export function generateOutput(argv: GenerateArgs): string {
  const problem = problemFromArgs(argv);
  const solution = solveProblem(problem, argv.lang);
  if (argv.format === 'md') return problemMarkdown(problem, solution, { key: Boolean(argv.key), lang: argv.lang });
  const out: Record<string, unknown> = {
    exercise: problem.exercise,
    seed: problem.seed,
    options: problem.options,
    params: problem.params,
    parts: solution.parts.map((p) => ({ key: p.key, kind: p.kind, prompt: p.prompt })),
  };
  if (argv.key) {
    out.answers = solution.answers;
    out.steps = solution.steps;
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** Options shared by generate and check. */
export function problemOptions<T>(y: import('yargs').Argv<T>) {
  return y
    .positional('exercise', { type: 'string', describe: 'Exercise id (see `dlf list`)' })
    .option('seed', { type: 'string', describe: 'Seed of the random problem (integer); default 1' })
    .option('option', { type: 'string', array: true, alias: 'o', describe: 'Exercise option key=value (repeatable, or comma-separated)' })
    .option('params', { type: 'string', describe: 'Explicit params as JSON, or @file.json (instead of a random problem)' })
    .option('lang', { choices: ['en', 'ja'] as const, default: 'en' as const, describe: 'Language of texts' })
    .conflicts('params', 'seed');
}

export const generateCommand: CommandModule<object, GenerateArgs> = {
  command: 'generate <exercise>',
  describe: 'Generate one problem (statement and parts; --key adds answers and worked steps)',
  builder: (y) =>
    problemOptions(y)
      .option('key', { type: 'boolean', describe: 'Include the answers and the worked solution' })
      .option('format', { choices: ['md', 'json'] as const, default: 'md' as const, describe: 'Output format' })
      .example('$0 generate derivative --option rule=product --seed 7 --key', '')
      .example(`$0 generate neuron-step --params '{"x":[4,0.5],"w":[1,-1],"b":-2,"y":1,"alpha":1,"cost":"quadratic"}' --key`, 'the lecture example') as never,
  handler: (argv) => {
    process.stdout.write(generateOutput(argv));
  },
};
