/**
 * The view of a sheet that the templates fill in: every question solved once (statement, figures,
 * parts with their answers-file keys and format hints, answers, worked steps, points), with the
 * texts as Markdown + LaTeX. `formatView` then converts every text for one output format, so the
 * templates only place ready-made strings (they are compiled with `noEscape`).
 *
 * @example
 *   const view = sheetView(sheet);                 // once per student
 *   const html = formatView(view, 'html');         // statement → <p>… KaTeX …</p>, etc.
 */
import type { Lang, PartKind } from '../../exercises/types.js';
import { getExercise } from '../../exercises/index.js';
import { solveProblem } from '../engine/problem.js';
import { translator } from '../i18n/index.js';
import type { Sheet } from '../worksheet/sheet.js';
import { renderMessages } from './messages.js';
import { valueLatex, valuePlain } from './problem-md.js';
import { type RenderedFigure, problemFigures } from './svg/figures.js';
import { markdownBlocks, markdownInline, type Target } from './markdown.js';
import { escapeHtml, htmlTarget, renderMath } from './html-target.js';
import { escapeTex, texTarget } from './tex-target.js';

const t = translator(renderMessages);

export type Format = 'md' | 'html' | 'tex';

export interface PartView {
  key: string;
  /** Where the answer goes in answers.yaml, e.g. `q2.z`. */
  path: string;
  letter: string;
  prompt: string;
  kind: PartKind;
  hint: string;
  points: number;
}

export interface QuestionView {
  key: string;
  number: number;
  exercise: string;
  seed: number | null;
  heading: string;
  title: string;
  /** Few enough parts to keep the question on one printed page. */
  short: boolean;
  points: number;
  pointsLabel: string;
  statement: string;
  figures: (RenderedFigure & { file: string; number: number })[];
  parts: PartView[];
  answers: { key: string; letter: string; value: string; plain: string }[];
  steps: { title: string; math: string[] }[];
}

export interface SheetView {
  lang: Lang;
  title: string;
  student: { id: string; name: string };
  labels: Record<string, string>;
  instructions: string;
  maxScore: number;
  maxScoreLabel: string;
  questions: QuestionView[];
}

const LABELS = ['name', 'id', 'score', 'total', 'key', 'answer', 'figure', 'answers', 'solution', 'seed'];

export function kindHint(kind: PartKind, lang: Lang): string {
  return t(lang, `render.format.${kind}`);
}

/** Round points for display and sums (no float noise). */
const pts = (x: number) => Math.round(x * 1000) / 1000;

export function sheetView(sheet: Sheet): SheetView {
  const { lang } = sheet;
  let figureCount = 0;
  const questions = sheet.questions.map((q, i): QuestionView => {
    const ex = getExercise(q.problem.exercise);
    const solution = solveProblem(q.problem, lang);
    const statement = ex.statement(q.problem.params, lang);
    const partPoints = solution.parts.reduce((s, p) => s + (p.points ?? 1), 0);
    const points = pts(q.points ?? partPoints);
    const letter = (j: number) => `(${String.fromCharCode(97 + (j % 26))})`;
    return {
      key: q.key,
      number: i + 1,
      exercise: ex.id,
      seed: q.problem.seed,
      heading: t(lang, 'render.question', { n: i + 1 }),
      title: ex.title(lang),
      short: solution.parts.length <= 5,
      points,
      pointsLabel: t(lang, 'render.points', { points }),
      statement: statement.text,
      figures: problemFigures(q.problem, statement, lang).map((f, j) => ({ ...f, tikz: f.tikz ?? '', number: ++figureCount, file: `figures/${q.key}-${j + 1}.svg` })),
      parts: solution.parts.map((p, j) => ({
        key: p.key, path: `${q.key}.${p.key}`, letter: letter(j), prompt: p.prompt, kind: p.kind, hint: kindHint(p.kind, lang),
        points: pts(((p.points ?? 1) * points) / partPoints),
      })),
      answers: solution.parts.map((p, j) => ({
        key: p.key, letter: letter(j), value: valueLatex(solution.answers[p.key]!), plain: valuePlain(solution.answers[p.key]!),
      })),
      steps: solution.steps.map((s) => ({ title: s.title, math: s.math })),
    };
  });
  const labels: Record<string, string> = {};
  for (const l of LABELS) labels[l] = t(lang, `render.${l}`);
  const first = questions[0]?.parts[0];
  const maxScore = pts(questions.reduce((s, q) => s + q.points, 0));
  return {
    lang,
    title: sheet.title,
    student: { id: sheet.student.id, name: sheet.student.name },
    labels,
    instructions: t(lang, 'render.instructions', { example: first ? `\`${first.path}\`` : '`q1.z`' }),
    maxScore,
    maxScoreLabel: t(lang, 'render.points', { points: maxScore }),
    questions,
  };
}

function convert(view: SheetView, target: Target, plain: (s: string) => string, math: (tex: string, display: boolean) => string): SheetView {
  const inline = (s: string) => markdownInline(s, target);
  return {
    ...view,
    title: plain(view.title),
    student: { id: plain(view.student.id), name: plain(view.student.name) },
    labels: Object.fromEntries(Object.entries(view.labels).map(([k, v]) => [k, plain(v)])),
    instructions: inline(view.instructions),
    maxScoreLabel: plain(view.maxScoreLabel),
    questions: view.questions.map((q) => ({
      ...q,
      heading: plain(q.heading),
      title: plain(q.title),
      pointsLabel: plain(q.pointsLabel),
      statement: markdownBlocks(q.statement, target),
      figures: q.figures.map((f) => ({ ...f, caption: plain(f.caption) })),
      parts: q.parts.map((p) => ({ ...p, path: plain(p.path), prompt: inline(p.prompt), hint: plain(p.hint) })),
      answers: q.answers.map((a) => ({ ...a, key: plain(a.key), value: math(a.value, false), plain: plain(a.plain) })),
      steps: q.steps.map((s) => ({ title: inline(s.title), math: s.math.map((m) => math(m, true)) })),
    })),
  };
}

const SVG_NS = ' xmlns="http://www.w3.org/2000/svg"';

export function formatView(view: SheetView, format: Format): SheetView {
  if (format === 'html') {
    const v = convert(view, htmlTarget, escapeHtml, renderMath);
    // Inline SVG in HTML needs no namespace; dropping it keeps the page free of any URL.
    for (const q of v.questions) q.figures = q.figures.map((f) => ({ ...f, svg: f.svg.split(SVG_NS).join('') }));
    return v;
  }
  if (format === 'tex') return convert(view, texTarget, escapeTex, (m, d) => (d ? `\\[ ${m} \\]` : `$${m}$`));
  return {
    ...view,
    questions: view.questions.map((q) => ({
      ...q,
      answers: q.answers.map((a) => ({ ...a, value: `$${a.value}$` })),
      steps: q.steps.map((s) => ({ title: s.title, math: s.math.map((m) => `$$ ${m} $$`) })),
    })),
  };
}
