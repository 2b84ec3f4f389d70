/**
 * The report as Markdown (GitHub job summaries, PR comments, LMS feedback boxes).
 *
 * @example
 *   appendFileSync(process.env.GITHUB_STEP_SUMMARY!, formatMarkdown(report));
 */
import type { Report } from '../report.js';
import { formatCompileError } from '../sandbox/bundle.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const num = (x: number): string => String(Math.round(x * 100) / 100);

export function formatMarkdown(r: Report): string {
  const out: string[] = [`## Grade: ${num(r.score)} / ${num(r.maxScore)}`, ''];
  out.push(`Suite \`${r.suite}\`, seed \`${r.seed}\` (replay with \`--seed ${r.seed}\`).`, '');
  if (r.compileErrors.length > 0) {
    out.push('**Compile errors**', '');
    for (const e of r.compileErrors) out.push(`- \`${cell(formatCompileError(e))}\``);
    out.push('');
  }
  if (r.loadError) out.push(`**Could not load the submission:** ${cell(r.loadError)}`, '');
  out.push('| | Function | Points | Cases | First failure |', '|---|---|---:|---:|---|');
  for (const f of r.functions) {
    const icon = f.status === 'passed' ? '✅' : f.status === 'partial' ? '⚠️' : '❌';
    const failure = f.firstFailure ? `${cell(f.firstFailure)}${f.hint ? `<br>*hint:* ${cell(f.hint)}` : ''}` : '';
    out.push(`| ${icon} | \`${f.name}\` | ${num(f.score)} / ${num(f.maxScore)} | ${f.passed}/${f.total} | ${failure} |`);
  }
  out.push(`| | **Total** | **${num(r.score)} / ${num(r.maxScore)}** | | |`);
  return `${out.join('\n')}\n`;
}
