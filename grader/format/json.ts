/**
 * The report as JSON (the documented `dlf-grade-report/1` object, see grader/README.md).
 *
 * @example
 *   JSON.parse(formatJson(report)).score;
 */
import type { Report } from '../report.js';

export function formatJson(r: Report): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}
