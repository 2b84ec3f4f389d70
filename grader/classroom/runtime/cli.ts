/**
 * Entry point of the student-side grading runtime (bundled to `.dlf/grade.mjs` by ../build.ts; the
 * starter's `npm run grade` runs it). Three modes:
 * - local (default): grade `src/` and print the report; hidden cases only if the suite can be loaded,
 *   otherwise a clear notice and the public cases; `--watch` regrades on save;
 * - `--github`: GitHub Classroom — also writes the reporter's `result` step output, the job summary
 *   and `dlf-junit.xml`; a missing or wrong key is an `error` result, never a public-only grade;
 * - `--gradescope <root>`: grades `<root>/submission`, writes `<root>/results/results.json`.
 *
 * @example
 *   node .dlf/grade.mjs                       # npm run grade
 *   node .dlf/grade.mjs --only sigmoid --watch
 *   DLF_SUITE_KEY=… node .dlf/grade.mjs --github
 *   node .dlf/grade.mjs --gradescope /autograder --hidden-visibility after_due_date
 */
import { randomInt } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatReport, FORMATS, type FormatName } from '../../format/index.js';
import { gradeSubmission, type GradeOptions } from '../../grade.js';
import { FUNCTIONS } from '../../suites/table.js';
import { watchSubmission } from '../../watch.js';
import { apiDocs } from '../api.js';
import { classroomError, classroomResult, writeGithubOutputs } from './github.js';
import { gradescopeError, gradescopeResults, VISIBILITIES, type Visibility } from './gradescope.js';
import { loadHiddenSuite, type SuiteStatus } from './load-suite.js';
import { findSubmission } from './submission.js';

const DLF_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(DLF_DIR);
const PUBLIC_DIR = join(ROOT, 'tests', 'public');
const MAX_SCORE = FUNCTIONS.reduce((s, f) => s + f.points, 0);

class UsageError extends Error {}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      suite: { type: 'string' },
      seed: { type: 'string' },
      format: { type: 'string', default: 'text' },
      only: { type: 'string' },
      reveal: { type: 'boolean', default: false },
      watch: { type: 'boolean', default: false },
      github: { type: 'boolean', default: false },
      junit: { type: 'string', default: 'dlf-junit.xml' },
      gradescope: { type: 'string' },
      'hidden-visibility': { type: 'string', default: 'after_due_date' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.suite !== undefined && !['public', 'hidden', 'all'].includes(values.suite)) throw new UsageError(`--suite should be public, hidden or all, got "${values.suite}"`);
  if (!(FORMATS as readonly string[]).includes(values.format!)) throw new UsageError(`--format should be one of ${FORMATS.join(', ')}, got "${values.format}"`);
  if (!(VISIBILITIES as readonly string[]).includes(values['hidden-visibility']!)) throw new UsageError(`--hidden-visibility should be one of ${VISIBILITIES.join(', ')}`);
  if (values.seed !== undefined && (!/^\d+$/.test(values.seed) || Number(values.seed) > 0xffffffff)) throw new UsageError(`--seed should be an integer in [0, 4294967295], got "${values.seed}"`);
  const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of only ?? []) if (!FUNCTIONS.some((f) => f.name === n)) throw new UsageError(`unknown function "${n}" in --only; known: ${FUNCTIONS.map((f) => f.name).join(', ')}`);
  return { values, dir: positionals[0], only };
}

const HELP = `Usage: npm run grade [-- options]
  --only f,g        grade only these functions        --watch         regrade whenever a file in src/ changes
  --suite S         public | hidden | all             --seed N        replay a run (hidden cases)
  --format F        text | json | junit | markdown    --reveal        show hidden cases' inputs
Hidden cases run only where DLF_SUITE_KEY is set (GitHub Classroom); locally you get the public cases.
`;

/** Load the hidden suite; a decryption failure is returned as a message (never thrown). */
async function suite(): Promise<SuiteStatus | { status: 'error'; notice: string }> {
  const keyText = process.env.DLF_SUITE_KEY;
  delete process.env.DLF_SUITE_KEY;
  try {
    return await loadHiddenSuite({ dlfDir: DLF_DIR, baseDir: ROOT, keyText });
  } catch (err) {
    return { status: 'error', notice: `cannot load the hidden suite: ${(err as Error).message}` };
  }
}

const fileOf = (fn: string): string => `src/${apiDocs().find((d) => d.name === fn)?.topic ?? 'index'}.ts`;

async function runGradescope(root: string, visibility: Visibility, only?: string[]): Promise<number> {
  const t0 = performance.now();
  const resultsDir = join(root, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const write = (r: object) => writeFileSync(join(resultsDir, 'results.json'), `${JSON.stringify(r, null, 2)}\n`);
  const secs = () => (performance.now() - t0) / 1000;
  try {
    const s = await suite();
    if (s.status === 'error') throw new Error(s.notice);
    const submission = findSubmission(join(root, 'submission'));
    const report = await gradeSubmission(submission.dir, { suite: s.status === 'loaded' ? 'all' : 'public', only, publicDir: PUBLIC_DIR });
    submission.cleanup();
    write(gradescopeResults(report, { hiddenVisibility: visibility, executionTime: secs(), notice: submission.notice }));
    process.stdout.write(formatReport(report, 'text'));
    return 0;
  } catch (err) {
    write(gradescopeError((err as Error).message, secs()));
    process.stderr.write(`dlf: ${(err as Error).message}\n`);
    return 1;
  }
}

async function runGithub(options: GradeOptions, junit: string): Promise<number> {
  const s = await suite();
  const problem = s.status === 'error' ? s.notice : s.status === 'no-key' ? 'the DLF_SUITE_KEY secret is not available to this workflow, so the hidden cases cannot run (instructor: `gh secret set DLF_SUITE_KEY < key-file`)' : undefined;
  const report = await gradeSubmission(ROOT, { ...options, suite: s.status === 'loaded' ? 'all' : 'public', publicDir: PUBLIC_DIR });
  const markdown = formatReport(report, 'markdown');
  process.stdout.write(formatReport(report, 'text'));
  if (problem) {
    process.stderr.write(`dlf: ${problem}\n`);
    writeGithubOutputs(classroomError(problem, MAX_SCORE), { markdown: `> **Grading error:** ${problem}\n\n${markdown}` }, process.env);
    return 1;
  }
  writeGithubOutputs(classroomResult(report, fileOf), { markdown, junit: formatReport(report, 'junit') }, process.env, resolve(ROOT, junit));
  return 0;
}

async function runLocal(dir: string, options: GradeOptions, format: FormatName, watch: boolean, asked?: string): Promise<number> {
  const s = await suite();
  if (s.status === 'error') throw new UsageError(s.notice);
  if (s.status !== 'loaded' && (asked === 'hidden' || asked === 'all')) throw new UsageError(`--suite ${asked} needs the hidden suite: ${s.notice}`);
  if (s.notice) process.stderr.write(`dlf: ${s.notice}\n`);
  const opts: GradeOptions = { ...options, suite: (asked as GradeOptions['suite']) ?? (s.status === 'loaded' ? 'all' : 'public'), publicDir: PUBLIC_DIR };
  const once = async () => formatReport(await gradeSubmission(dir, opts), format);
  process.stdout.write(await once());
  if (!watch) return 0;
  process.stderr.write(`dlf: watching ${join(dir, 'src')} for changes (Ctrl-C to stop)\n`);
  watchSubmission(join(dir, 'src'), async () => {
    try {
      process.stdout.write(`\n${'─'.repeat(60)}\n${await once()}`);
    } catch (err) {
      process.stderr.write(`dlf: ${(err as Error).message}\n`);
    }
  });
  return new Promise<number>(() => {});
}

export async function main(argv: string[]): Promise<number> {
  try {
    const { values, dir, only } = parse(argv);
    if (values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    if (values.gradescope !== undefined) return await runGradescope(resolve(values.gradescope), values['hidden-visibility'] as Visibility, only);
    const options: GradeOptions = { seed: values.seed !== undefined ? Number(values.seed) : randomInt(0, 2 ** 32 - 1), only, reveal: values.reveal };
    if (values.github) return await runGithub(options, values.junit!);
    const target = resolve(dir ?? ROOT);
    if (!existsSync(join(target, 'src', 'index.ts'))) throw new UsageError(`no src/index.ts in ${target}`);
    return await runLocal(target, options, values.format as FormatName, values.watch!, values.suite);
  } catch (err) {
    process.stderr.write(`dlf: ${(err as Error).message}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
