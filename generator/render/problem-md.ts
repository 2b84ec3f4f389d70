/**
 * Render one problem as Markdown with LaTeX math (for `dlf generate --format md`): the statement,
 * the numbered parts and, with the key, the answers and the worked steps.
 *
 * @example
 *   problemMarkdown(problem, solveProblem(problem), { key: true, lang: 'en' })
 */
import type { Lang, Problem, Value } from '../../exercises/types.js';
import { getExercise } from '../../exercises/index.js';
import type { Solution } from '../engine/problem.js';
import { mat, num, vec } from '../../exercises/shared/latex.js';
import { translator } from '../i18n/index.js';
import { renderMessages } from './messages.js';
import { readF, tex } from '../../exercises/derivative/calculus.js';

const t = translator(renderMessages);

/** An expression answer (e.g. `3*x^2*e^x + x^3*e^x`) as LaTeX (`3x^{2}e^{x}+x^{3}e^{x}`). */
function expressionLatex(expr: string): string {
  try {
    return tex(readF(expr));
  } catch {
    return `\\texttt{${expr.replace(/[\\{}$&#^_%~]/g, (c) => `\\${c}`)}}`;
  }
}

export function valueLatex(v: Value): string {
  if (typeof v === 'string') return expressionLatex(v);
  if (typeof v === 'number') return num(v);
  if (v.length > 0 && Array.isArray(v[0])) return mat(v as number[][]);
  return vec(v as number[]);
}

/** An answer as the answers file wants it (YAML/JSON scalar or nested list). */
export function valuePlain(v: Value): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export function problemMarkdown(problem: Problem, solution: Solution, opts: { key: boolean; lang: Lang }): string {
  const ex = getExercise(problem.exercise);
  const { lang } = opts;
  const st = ex.statement(problem.params, lang);
  const out: string[] = [`## ${ex.title(lang)}`, ''];
  if (problem.seed !== null) out.push(`*${t(lang, 'render.seed')}: ${problem.seed}*`, '');
  out.push(st.text, '');
  for (const f of st.figures ?? []) out.push(`<figure>${f.svg}<figcaption>${f.caption}</figcaption></figure>`, '');
  solution.parts.forEach((p, i) => out.push(`${i + 1}. **\`${p.key}\`** — ${p.prompt}`));
  if (opts.key) {
    out.push('', `### ${t(lang, 'render.answers')}`, '');
    for (const p of solution.parts) out.push(`- \`${p.key}\` = $${valueLatex(solution.answers[p.key]!)}$`);
    out.push('', `### ${t(lang, 'render.solution')}`, '');
    for (const s of solution.steps) {
      out.push(`**${s.title}**`, '');
      for (const m of s.math) out.push(`$$ ${m} $$`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
