/**
 * `dlf check <exercise> [--seed N] [--option k=v] [--params ...] --answers FILE [--format text|json]`
 * — check a student's answers to one problem: per part a verdict, credit and feedback; a score.
 */
import type { CommandModule } from 'yargs';
import type { Lang } from '../../../exercises/types.js';
import { markProblem, type CheckReport } from '../../check/mark.js';
import { readAnswers } from '../args.js';
import { problemFromArgs, problemOptions } from './generate.js';

export interface CheckArgs {
  exercise: string;
  seed?: string;
  option?: string[];
  params?: string;
  answers: string;
  format: 'text' | 'json';
  lang: Lang;
}

const MARK = { correct: '✓', incorrect: '✗', 'format-error': '?', undecided: '~' } as const;

export function reportText(r: CheckReport): string {
  const lines = [`${r.exercise}${r.seed !== null ? ` (seed ${r.seed})` : ''}`];
  for (const p of r.parts) {
    const fb = p.feedback.length ? `  ${p.feedback.join(' ')}` : '';
    lines.push(`  ${MARK[p.verdict]} ${p.key.padEnd(8)} ${p.verdict.padEnd(12)} ${p.score}/${p.points}${fb}`);
  }
  for (const w of r.warnings) lines.push(`  note: ${w}`);
  lines.push(`score: ${r.score}/${r.maxScore}`);
  return `${lines.join('\n')}\n`;
}

export function checkOutput(argv: CheckArgs): string {
  const problem = problemFromArgs(argv);
  const report = markProblem(problem, readAnswers(argv.answers), argv.lang);
  return argv.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : reportText(report);
}

export const checkCommand: CommandModule<object, CheckArgs> = {
  command: 'check <exercise>',
  describe: "Check a student's answers (YAML or JSON map part → answer) to one problem",
  builder: (y) =>
    problemOptions(y)
      .option('answers', { type: 'string', demandOption: true, describe: 'Answers file (YAML or JSON): partKey: answer' })
      .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'Output format' })
      .example('$0 check neuron-forward --seed 3 --answers answers.yaml', '') as never,
  handler: (argv) => {
    process.stdout.write(checkOutput(argv));
  },
};
