/**
 * Check a whole worksheet: every question of a manifest marked by the engine (`markProblem`, with
 * error carried forward and misconception feedback), scaled to the question's points, and totalled.
 *
 * @example
 *   const report = checkWorksheet(readManifest('manifest.json'), readWorksheetAnswers('answers.yaml'));
 *   report.score / report.maxScore
 */
import { partLine } from '../check/text.js';
import type { Lang } from '../../exercises/types.js';
import { markProblem, type CheckReport } from '../check/mark.js';
import { translator } from '../i18n/index.js';
import { renderMessages } from '../render/messages.js';
import type { Manifest } from './manifest.js';
import type { WorksheetAnswers } from './answers.js';

const t = translator(renderMessages);
const round = (x: number) => Math.round(x * 1000) / 1000;

export interface QuestionResult {
  key: string;
  exercise: string;
  points: number;
  score: number;
  report: CheckReport;
}

export interface WorksheetReport {
  title: string;
  student: { id: string; name: string };
  questions: QuestionResult[];
  score: number;
  maxScore: number;
  warnings: string[];
}

export function checkWorksheet(manifest: Manifest, answers: WorksheetAnswers, lang: Lang = manifest.lang): WorksheetReport {
  const questions = manifest.questions.map((q): QuestionResult => {
    const problem = { exercise: q.exercise, seed: q.seed, options: q.options, params: q.params };
    const report = markProblem(problem, answers[q.key] ?? {}, lang);
    const score = report.maxScore > 0 ? round((report.score / report.maxScore) * q.points) : 0;
    return { key: q.key, exercise: q.exercise, points: q.points, score, report };
  });
  const known = new Set(manifest.questions.map((q) => q.key));
  const warnings = Object.keys(answers)
    .filter((k) => !known.has(k))
    .map((k) => `unknown question "${k}" ignored (questions: ${[...known].join(', ')})`);
  for (const q of questions) for (const w of q.report.warnings) warnings.push(`${q.key}: ${w}`);
  return {
    title: manifest.title,
    student: manifest.student,
    questions,
    score: round(questions.reduce((s, q) => s + q.score, 0)),
    maxScore: round(questions.reduce((s, q) => s + q.points, 0)),
    warnings,
  };
}

export function worksheetReportText(r: WorksheetReport, lang: Lang): string {
  const who = r.student.name ? `${r.student.name} (${r.student.id})` : r.student.id;
  const lines = [`${r.title} — ${who}`];
  r.questions.forEach((q, i) => {
    lines.push('', `${t(lang, 'render.check.question', { n: i + 1 })} [${q.key}] ${q.exercise}: ${q.score}/${q.points}`);
    for (const p of q.report.parts) lines.push(partLine(p, `${q.key}.${p.key}`, 12, lang));
  });
  for (const w of r.warnings) lines.push(`note: ${w}`);
  lines.push('', `${t(lang, 'render.check.total')}: ${r.score}/${r.maxScore}`);
  return `${lines.join('\n')}\n`;
}
