/**
 * The gradebook CSV: one row per student (id = submission folder name), the total, the maximum,
 * one column per function, then the status and any error. Rebuilt from the result store and
 * written atomically, so it always has exactly one row per graded student.
 *
 * @example
 *   writeAtomic('grades.csv', gradebookCsv(store.all(), ['sigmoid', 'backprop']));
 */
import type { StudentResult } from './store.js';
import { csvCell } from '../../generator/render/escape.js';

export { csvCell };

export function gradebookCsv(results: StudentResult[], functions: string[]): string {
  const rows = [['id', 'total', 'max_score', ...functions, 'status', 'error'].map(csvCell).join(',')];
  for (const r of results) {
    rows.push([r.id, r.total, r.maxScore, ...functions.map((f) => r.functions[f]?.score ?? 0), r.status, r.error ?? ''].map(csvCell).join(','));
  }
  return `${rows.join('\n')}\n`;
}
