/**
 * The grader's library API (issue 4): grade a submission folder and format the report. Batch
 * graders (GitHub Classroom, Gradescope, …) call `gradeSubmission` once per submission.
 *
 * @example
 *   import { gradeSubmission, formatReport } from './grader/index.js';
 *   const report = await gradeSubmission('path/to/submission', { suite: 'all', seed: 42 });
 *   process.stdout.write(formatReport(report, 'text'));
 */
export { gradeSubmission, validateOnly, type GradeOptions } from './grade.js';
export type { Report, TestResult, FunctionResult, TestStatus } from './report.js';
export { formatReport, FORMATS, type FormatName } from './format/index.js';
export { FUNCTIONS } from './suites/table.js';
export type { Case, FunctionSpec, Tolerance } from './suites/types.js';
export { watchSubmission } from './watch.js';
