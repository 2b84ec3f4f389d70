/**
 * Gradescope's results.json (https://gradescope-autograders.readthedocs.io/en/latest/specs/): top
 * level `score`, `execution_time` (seconds), `output`, `tests`; each test `{ name, score, max_score,
 * status: 'passed'|'failed', output, visibility }`. One test per function and suite: the public cases
 * are `visible`, the hidden ones get `hiddenVisibility` (default `after_due_date`).
 *
 * @example
 *   const results = gradescopeResults(report, { hiddenVisibility: 'after_due_date', executionTime: 12 });
 *   writeFileSync('/autograder/results/results.json', JSON.stringify(results));
 */
import type { Report } from '../../report.js';
import { formatCompileError } from '../../sandbox/bundle.js';

export const VISIBILITIES = ['hidden', 'after_due_date', 'after_published', 'visible'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export interface GradescopeTest {
  name: string;
  score: number;
  max_score: number;
  status: 'passed' | 'failed';
  output: string;
  visibility: Visibility;
  number?: string;
}

export interface GradescopeResults {
  score: number;
  execution_time: number;
  output: string;
  tests: GradescopeTest[];
}

const r2 = (x: number): number => Math.round(x * 100) / 100;

export function gradescopeResults(report: Report, opts: { hiddenVisibility?: Visibility; executionTime: number; notice?: string }): GradescopeResults {
  const tests: GradescopeTest[] = [];
  report.functions.forEach((f, i) => {
    // Round the public part and give the hidden part the rest, so a function's tests add up to its score.
    let publicScore = 0;
    let publicMax = 0;
    for (const suite of ['public', 'hidden'] as const) {
      const mine = report.tests.filter((t) => t.function === f.name && t.suite === suite);
      if (mine.length === 0) continue;
      const bad = mine.filter((t) => t.status !== 'passed');
      const first = bad[0];
      const lines = [`${mine.length - bad.length}/${mine.length} ${suite} cases passed.`];
      if (first) lines.push(first.message, ...(first.hint ? [`Hint: ${first.hint}`] : []));
      const note = mine.find((t) => t.note)?.note;
      if (note) lines.push(note);
      const score = suite === 'public' ? (publicScore = r2(mine.reduce((s, t) => s + t.score, 0))) : r2(f.score - publicScore);
      const max = suite === 'public' ? (publicMax = r2(mine.reduce((s, t) => s + t.maxScore, 0))) : r2(f.maxScore - publicMax);
      tests.push({
        name: `${f.name} — ${suite} cases`,
        number: `${i + 1}.${suite === 'public' ? 1 : 2}`,
        score,
        max_score: max,
        status: bad.length === 0 ? 'passed' : 'failed',
        output: lines.join('\n'),
        visibility: suite === 'public' ? 'visible' : (opts.hiddenVisibility ?? 'after_due_date'),
      });
    }
  });
  const output = [opts.notice, summary(report, opts.hiddenVisibility ?? 'after_due_date')].filter(Boolean).join('\n');
  return { score: r2(report.score), execution_time: Math.round(opts.executionTime), output, tests };
}

const WHEN: Record<Visibility, string> = { hidden: 'are never shown', after_due_date: 'are shown after the due date', after_published: 'are shown when grades are published', visible: '' };

/** The submission-level text: only public details unless hidden results are visible now. */
function summary(report: Report, hidden: Visibility): string {
  const sum = (suite: string, key: 'score' | 'maxScore') => r2(report.tests.filter((t) => t.suite === suite).reduce((s, t) => s + t[key], 0));
  const lines: string[] = [];
  if (report.compileErrors.length > 0) lines.push('Compile errors (functions depending on these files score 0):', ...report.compileErrors.map((e) => `  ${formatCompileError(e)}`));
  if (report.loadError) lines.push(`The submission could not be loaded: ${report.loadError}`);
  lines.push(`Public cases: ${sum('public', 'score')} / ${sum('public', 'maxScore')} points (see each function below).`);
  if (report.tests.some((t) => t.suite === 'hidden')) {
    lines.push(hidden === 'visible' ? `Hidden cases: ${sum('hidden', 'score')} / ${sum('hidden', 'maxScore')} points.` : `Hidden cases (${sum('hidden', 'maxScore')} points) ${WHEN[hidden]}.`);
  }
  return lines.join('\n');
}

/** A results.json for a run that could not grade at all. */
export function gradescopeError(message: string, executionTime: number): GradescopeResults {
  return { score: 0, execution_time: Math.round(executionTime), output: `The autograder could not grade this submission: ${message}`, tests: [] };
}
