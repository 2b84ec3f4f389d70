/**
 * GitHub Classroom output: the autograding-grading-reporter's runner result — base64 of
 * `{ version: 1, status: 'pass'|'fail'|'error', max_score, tests: [{ name, status, score, max_score,
 * message, test_code, filename, line_no, duration }] }` — written as the step output `result`
 * (`result=<base64>` appended to `$GITHUB_OUTPUT`), plus a Markdown job summary
 * (`$GITHUB_STEP_SUMMARY`) and JUnit XML. The reporter adds up `tests[].score` as the points shown
 * in Classroom, so there is one test per graded function carrying that function's score.
 *
 * @example
 *   writeGithubOutputs(classroomResult(report), { markdown: formatMarkdown(report), junit: formatJunit(report) }, process.env, 'dlf-junit.xml');
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import type { Report } from '../../report.js';

export interface ClassroomTest {
  name: string;
  status: 'pass' | 'fail' | 'error';
  score: number;
  max_score: number;
  message: string;
  test_code: string;
  filename: string;
  line_no: number;
  duration: number;
}

export interface ClassroomResult {
  version: 1;
  status: 'pass' | 'fail' | 'error';
  max_score: number;
  tests: ClassroomTest[];
}

const r2 = (x: number): number => Math.round(x * 100) / 100;

export function classroomResult(report: Report, fileOf: (fn: string) => string = () => 'src/index.ts'): ClassroomResult {
  const tests: ClassroomTest[] = report.functions.map((f) => {
    const mine = report.tests.filter((t) => t.function === f.name);
    const allErrors = mine.length > 0 && mine.every((t) => t.status === 'error' || t.status === 'timeout');
    const detail = f.firstFailure ? `: ${f.firstFailure}${f.hint ? ` — hint: ${f.hint}` : ''}` : '';
    return {
      name: `${f.name} (${f.passed}/${f.total} cases)`,
      status: f.status === 'passed' ? 'pass' : allErrors ? 'error' : 'fail',
      score: r2(f.score),
      max_score: f.maxScore,
      message: f.status === 'passed' ? `${f.passed}/${f.total} cases passed` : `${f.passed}/${f.total} cases passed${detail}`,
      test_code: `npm run grade -- --only ${f.name}`,
      filename: fileOf(f.name),
      line_no: 0,
      duration: Math.round(mine.reduce((s, t) => s + t.durationMs, 0)),
    };
  });
  const status = report.loadError || tests.every((t) => t.status === 'error') ? 'error' : tests.every((t) => t.status === 'pass') ? 'pass' : 'fail';
  return { version: 1, status, max_score: report.maxScore, tests };
}

/** A result for a run that could not grade at all (e.g. the hidden suite cannot be decrypted). */
export function classroomError(message: string, maxScore: number): ClassroomResult {
  return {
    version: 1,
    status: 'error',
    max_score: maxScore,
    tests: [{ name: 'dlf grader', status: 'error', score: 0, max_score: maxScore, message, test_code: 'npm run grade', filename: '', line_no: 0, duration: 0 }],
  };
}

export const encodeResult = (r: ClassroomResult): string => Buffer.from(JSON.stringify(r), 'utf8').toString('base64');

export interface GithubFiles {
  markdown: string;
  junit?: string;
}

/** Append the step output and job summary (when the GitHub variables are set) and write the JUnit file. */
export function writeGithubOutputs(result: ClassroomResult, files: GithubFiles, env: NodeJS.ProcessEnv, junitPath?: string): void {
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `result=${encodeResult(result)}\n`);
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `${files.markdown}\n`);
  if (junitPath && files.junit) writeFileSync(junitPath, files.junit);
}
