/**
 * `dlf worksheet [--spec FILE | --exercises LIST] [--students roster.csv | --count N] [--seed S]
 *  [--title T] [--format md,html,tex,pdf] [--lang en|ja] [--templates DIR] [--out DIR]` — per-student
 * worksheets, answer keys with worked solutions, answers templates and manifests, and the combined
 * key. With no arguments: one question per registered exercise, one sheet, md + html, ./worksheets.
 *
 * @example
 *   dlf worksheet --exercises one-hot,neuron-step:cost=quadratic --count 30 --seed 2024 --format md,html,pdf
 */
import type { CommandModule } from 'yargs';
import type { Lang } from '../../../exercises/types.js';
import { translator } from '../../i18n/index.js';
import { renderMessages } from '../../render/messages.js';
import { DlfError, show } from '../../engine/errors.js';
import { parseSeed, readDataFile, readText } from '../args.js';
import { defaultSpec, parseExercisesFlag, parseSpec } from '../../worksheet/spec.js';
import { countRoster, parseRoster } from '../../worksheet/roster.js';
import { makeWorksheets, OUTPUT_FORMATS, type OutputFormat, type WorksheetSummary } from '../../worksheet/build.js';
import { progressBar } from '../../worksheet/progress.js';

const t = translator(renderMessages);

export interface WorksheetArgs {
  spec?: string;
  exercises?: string;
  students?: string;
  count?: number;
  seed?: string;
  title?: string;
  format: string;
  lang?: Lang;
  templates?: string;
  out: string;
}

export function parseFormats(raw: string): OutputFormat[] {
  const list = raw.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  for (const f of list) {
    if (!OUTPUT_FORMATS.includes(f as OutputFormat)) throw new DlfError(`--format: unknown format ${show(f)} (formats: ${OUTPUT_FORMATS.join(', ')})`);
  }
  if (list.length === 0) throw new DlfError('--format should list formats, e.g. md,html');
  return [...new Set(list)] as OutputFormat[];
}

export async function runWorksheet(argv: WorksheetArgs, onProgress?: Parameters<typeof makeWorksheets>[0]['onProgress']): Promise<WorksheetSummary> {
  if (argv.spec && argv.exercises) throw new DlfError('use either --spec or --exercises, not both');
  if (argv.students && argv.count !== undefined) throw new DlfError('use either --students or --count, not both');
  const spec = argv.spec ? parseSpec(readDataFile(argv.spec, 'spec file'), argv.spec) : argv.exercises ? parseExercisesFlag(argv.exercises) : defaultSpec();
  const students = argv.students ? parseRoster(readText(argv.students, 'roster'), argv.students) : countRoster(argv.count ?? 1);
  const lang: Lang = argv.lang ?? spec.lang ?? 'en';
  return makeWorksheets({
    spec,
    students,
    seed: parseSeed(argv.seed) ?? spec.seed ?? 1,
    title: argv.title ?? spec.title ?? t(lang, 'render.title.default'),
    lang,
    formats: parseFormats(argv.format),
    outDir: argv.out,
    templatesDir: argv.templates,
    onProgress,
  });
}

export function summaryText(s: WorksheetSummary): string {
  const fmts = s.formats.join(',');
  const one = s.students === 1;
  const lines = [
    `Wrote ${s.students} worksheet${one ? '' : 's'} (${s.questions} question${s.questions === 1 ? '' : 's'}, ${s.maxScore} points) as ${fmts} to ${s.outDir}/ in ${s.seconds.toFixed(1)} s (${s.files} files${s.pdfs ? `, ${s.pdfs} PDFs` : ''}):`,
    `  ${s.outDir}/students/<id>/   worksheet, key (worked solutions), answers.yaml (to fill in), manifest.json`,
    `  ${s.outDir}/key.*            answer key for the instructor, all students`,
  ];
  const first = s.formats.includes('pdf') ? 'worksheet.pdf' : s.formats.includes('html') ? 'worksheet.html' : `worksheet.${s.formats[0]}`;
  lines.push(`Print: ${s.outDir}/students/*/${first}. Check: dlf check --worksheet-dir ${s.outDir} --answers-dir DIR --out grades.csv`);
  for (const w of s.warnings) lines.push(`warning: ${w}`);
  return `${lines.join('\n')}\n`;
}

export const worksheetCommand: CommandModule<object, WorksheetArgs> = {
  command: 'worksheet',
  describe: 'Make printable per-student worksheets, answer keys with worked solutions, answers templates and manifests',
  builder: (y) =>
    y
      .option('spec', { type: 'string', describe: 'Spec file (YAML/JSON): title, seed, lang, questions [{exercise, options, params, points}]' })
      .option('exercises', { type: 'string', describe: 'Questions inline: id[:k=v;k=v],… e.g. derivative:rule=product,neuron-step:cost=quadratic' })
      .option('students', { type: 'string', describe: 'Roster CSV with a header naming an id and a name column' })
      .option('count', { type: 'number', describe: 'Anonymous students s001…sNNN instead of a roster (default 1)' })
      .option('seed', { type: 'string', describe: 'Assignment seed; each student\'s numbers derive from it and their id (default: spec seed or 1)' })
      .option('title', { type: 'string', describe: 'Worksheet title' })
      .option('format', { type: 'string', default: 'md,html', describe: `Comma-separated: ${OUTPUT_FORMATS.join(', ')} (pdf needs Chromium)` })
      .option('lang', { choices: ['en', 'ja'] as const, describe: 'Language of the sheets (default: spec lang or en)' })
      .option('templates', { type: 'string', describe: 'Directory of handlebars templates overriding those in templates/' })
      .option('out', { type: 'string', default: 'worksheets', describe: 'Output directory' })
      .example('$0 worksheet', 'one question per topic, one sheet, md + html, into ./worksheets')
      .example('$0 worksheet --spec week3.yaml --students roster.csv --seed 2024 --format md,html,pdf', 'a class set')
      .example('$0 worksheet --exercises derivative:rule=product,neuron-step:cost=quadratic --count 30 --lang ja', '') as never,
  handler: async (argv) => {
    const bar = progressBar('worksheets');
    const summary = await runWorksheet(argv, (done, total, stage) => bar.update(done, total, stage));
    bar.done();
    process.stdout.write(summaryText(summary));
  },
};
