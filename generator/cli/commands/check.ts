/**
 * `dlf check` — check answers, in three ways:
 *   dlf check <exercise> [--seed N] [--option k=v] [--params ...] --answers FILE [--format text|json]
 *       one problem: per part a verdict, credit and feedback; a score.
 *   dlf check --worksheet manifest.json --answers answers.yaml [--format text|json]
 *       one student's whole worksheet: every question, per-question and total score.
 *   dlf check --worksheet-dir DIR --answers-dir DIR [--out grades.csv]
 *       a whole class: one CSV row per student (missing answers file = 0 with a note).
 */
import type { CommandModule } from 'yargs';
import type { Lang } from '../../../exercises/types.js';
import { markProblem, type CheckReport } from '../../check/mark.js';
import { DlfError } from '../../engine/errors.js';
import { readAnswers } from '../args.js';
import { partLine, scoreLine } from '../../check/text.js';
import { problemFromArgs, problemOptions } from './generate.js';
import { readManifest } from '../../worksheet/manifest.js';
import { readWorksheetAnswers } from '../../worksheet/answers.js';
import { checkWorksheet, worksheetReportText } from '../../worksheet/check.js';
import { checkClass, classSummary, gradesCsv } from '../../worksheet/class.js';
import { writeAtomic } from '../../engine/write.js';
import { progressBar } from '../../worksheet/progress.js';

export interface CheckArgs {
  exercise?: string;
  seed?: string;
  option?: string[];
  params?: string;
  answers?: string;
  format: 'text' | 'json';
  lang?: Lang;
  worksheet?: string;
  worksheetDir?: string;
  answersDir?: string;
  out?: string;
}

export function reportText(r: CheckReport, lang: Lang = 'en'): string {
  const lines = [`${r.exercise}${r.seed !== null ? ` (seed ${r.seed})` : ''}`];
  for (const p of r.parts) lines.push(partLine(p, p.key, 8, lang));
  for (const w of r.warnings) lines.push(`  note: ${w}`);
  lines.push(scoreLine(r.score, r.maxScore, lang));
  return `${lines.join('\n')}\n`;
}

export function checkOutput(argv: CheckArgs): string {
  if (argv.worksheet) return worksheetCheckOutput(argv);
  if (!argv.exercise) throw new DlfError('name an exercise (dlf check <exercise> --answers FILE), or use --worksheet / --worksheet-dir');
  if (!argv.answers) throw new DlfError('--answers FILE is needed (a YAML or JSON map part → answer)');
  const problem = problemFromArgs({ ...argv, exercise: argv.exercise });
  const lang = argv.lang ?? 'en';
  const report = markProblem(problem, readAnswers(argv.answers), lang);
  return argv.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : reportText(report, lang);
}

/** `--worksheet manifest.json --answers answers.yaml`; feedback in the worksheet's language. */
export function worksheetCheckOutput(argv: CheckArgs): string {
  if (!argv.answers) throw new DlfError('--worksheet needs --answers FILE (the filled-in answers.yaml)');
  const manifest = readManifest(argv.worksheet!);
  const lang = argv.lang ?? manifest.lang;
  const report = checkWorksheet(manifest, readWorksheetAnswers(argv.answers), lang);
  return argv.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : worksheetReportText(report, lang);
}

/** `--worksheet-dir DIR --answers-dir DIR [--out grades.csv]`: returns [stdout, stderr summary]. */
export function classCheckOutput(argv: CheckArgs, onProgress?: (done: number, total: number) => void): { stdout: string; summary: string } {
  if (!argv.answersDir) throw new DlfError('--worksheet-dir needs --answers-dir DIR (where the students\' answers files are)');
  const result = checkClass(argv.worksheetDir!, argv.answersDir, onProgress);
  const csv = gradesCsv(result);
  if (argv.out) {
    writeAtomic(argv.out, csv);
    return { stdout: classSummary(result, argv.out), summary: '' };
  }
  return { stdout: csv, summary: classSummary(result, undefined) };
}

export const checkCommand: CommandModule<object, CheckArgs> = {
  command: 'check [exercise]',
  describe: "Check a student's answers: to one problem, to a whole worksheet (--worksheet), or a whole class (--worksheet-dir)",
  builder: (y) =>
    problemOptions(y)
      .option('answers', { type: 'string', describe: 'Answers file (YAML or JSON): partKey: answer, or for a worksheet q1: {partKey: answer}' })
      .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'Output format' })
      .option('lang', { choices: ['en', 'ja'] as const, describe: "Language of the feedback (default: en; with --worksheet, the sheet's language)" })
      .option('worksheet', { type: 'string', describe: "A student's manifest.json made by `dlf worksheet` (with --answers)" })
      .option('worksheet-dir', { type: 'string', describe: 'Output directory of `dlf worksheet`: check the whole class (with --answers-dir)' })
      .option('answers-dir', { type: 'string', describe: 'Answers files named <id>.yaml (or .yml/.json, or <id>/answers.yaml)' })
      .option('out', { type: 'string', describe: 'With --worksheet-dir: write the grades CSV here (default: stdout)' })
      .conflicts('worksheet', 'worksheet-dir')
      .example('$0 check neuron-forward --seed 3 --answers answers.yaml', '')
      .example('$0 check --worksheet worksheets/students/s001/manifest.json --answers s001.yaml', 'one worksheet')
      .example('$0 check --worksheet-dir worksheets --answers-dir collected --out grades.csv', 'a whole class') as never,
  handler: (argv) => {
    if (argv.worksheetDir) {
      const bar = progressBar('checking');
      const { stdout, summary } = classCheckOutput(argv, (d, t) => bar.update(d, t));
      bar.done();
      process.stdout.write(stdout);
      if (summary) process.stderr.write(summary);
      return;
    }
    process.stdout.write(checkOutput(argv));
  },
};
