/**
 * Human-readable report for the terminal: a ✓/✗ table per function with points and cases, then
 * the first failure of each function with its hint, then the total.
 *
 * @example
 *   process.stdout.write(formatText(report));
 */
import type { Report } from '../report.js';
import { formatCompileError } from '../sandbox/bundle.js';

const mark = (status: string): string => (status === 'passed' ? '✓' : status === 'partial' ? '~' : '✗');
const num = (x: number): string => String(Math.round(x * 100) / 100);

export function formatText(r: Report): string {
  const out: string[] = [];
  out.push(`dlf grade ${r.submission}`);
  out.push(`suite: ${r.suite}   seed: ${r.seed}   (replay with --seed ${r.seed})`, '');
  if (r.compileErrors.length > 0) {
    out.push('Compile errors (functions depending on these files score 0):');
    for (const e of r.compileErrors) out.push(`  ${formatCompileError(e)}`);
    out.push('');
  }
  if (r.loadError) out.push(`Could not load the submission: ${r.loadError}`, '');
  const w = Math.max(8, ...r.functions.map((f) => f.name.length));
  out.push(`  ${'function'.padEnd(w)}  ${'points'.padStart(11)}  ${'cases'.padStart(7)}`);
  for (const f of r.functions) {
    const pts = `${num(f.score)} / ${num(f.maxScore)}`;
    const note = f.status === 'missing' ? '  not exported' : '';
    out.push(`${mark(f.status)} ${f.name.padEnd(w)}  ${pts.padStart(11)}  ${`${f.passed}/${f.total}`.padStart(7)}${note}`);
  }
  out.push(`  ${''.padEnd(w, '─')}  ${'─'.repeat(11)}`);
  out.push(`  ${'total'.padEnd(w)}  ${`${num(r.score)} / ${num(r.maxScore)}`.padStart(11)}`, '');
  const failing = r.functions.filter((f) => f.firstFailure);
  if (failing.length > 0) {
    out.push('First failure of each function:');
    for (const f of failing) {
      out.push(`✗ ${f.firstFailure}`);
      if (f.hint) out.push(`    hint: ${f.hint}`);
    }
    out.push('');
  }
  for (const t of r.tests.filter((x) => x.note)) {
    out.push(`${t.function}, ${t.name}:`, ...t.note!.split('\n').map((line) => `  ${line}`), '');
  }
  const printed = r.output.stdout.length + r.output.stderr.length;
  if (printed > 0) out.push(`(your code printed ${printed} characters${r.output.truncated ? ', truncated' : ''}; see --format json, field "output")`);
  out.push(`Score: ${num(r.score)} / ${num(r.maxScore)}`);
  return `${out.join('\n')}\n`;
}
