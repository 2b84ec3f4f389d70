/**
 * The answers file of a worksheet. Layout: one map per question, one entry per part —
 *
 *   q1:            # Question 1 — One-hot encoding (2 pt)
 *     y: [0, 0, 1, 0]      # (a) a list of numbers, e.g. [0.5, -1]
 *     index: 2             # (b) a whole number, e.g. 3
 *
 * Dotted keys (`q1.y: [0, 0, 1, 0]`) are accepted too. `answersTemplate` writes the empty file a
 * student fills in (with a comment on the expected format of each part); `readWorksheetAnswers`
 * reads a filled one back.
 *
 * @example
 *   answersTemplate(view)                       // '# Answers to …\nq1:  # …\n  y:  # (a) …\n'
 *   readWorksheetAnswers('answers.yaml')        // { q1: { y: [0, 0, 1, 0], index: 2 } }
 */
import { translator } from '../i18n/index.js';
import { renderMessages } from '../render/messages.js';
import type { SheetView } from '../render/view.js';
import { DlfError, show } from '../engine/errors.js';
import { parseDataFile, readText } from '../cli/args.js';

const t = translator(renderMessages);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function answersTemplate(view: SheetView): string {
  const who = view.student.name ? `${view.student.name} (${view.student.id})` : view.student.id;
  const lines = [
    `# ${oneLine(t(view.lang, 'render.answers.header', { title: view.title, student: who }))}`,
    `# ${t(view.lang, 'render.answers.check')}`,
    `# ${['number', 'integer', 'vector', 'matrix', 'expression'].map((k) => t(view.lang, `render.format.${k}`)).join(' · ')}`,
  ];
  for (const q of view.questions) {
    lines.push('', `${q.key}:  # ${oneLine(`${q.heading} — ${q.title} (${q.pointsLabel})`)}`);
    const width = Math.max(...q.parts.map((p) => p.key.length)) + 2;
    for (const p of q.parts) lines.push(`  ${`${yamlKey(p.key)}:`.padEnd(width)}  # ${p.letter} ${p.hint}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A part key as a YAML key (quoted if it is not a plain word). */
function yamlKey(k: string): string {
  return /^[A-Za-z_][\w-]*$/.test(k) ? k : JSON.stringify(k);
}

export type WorksheetAnswers = Record<string, Record<string, unknown>>;

export function parseWorksheetAnswers(data: unknown, where: string): WorksheetAnswers {
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new DlfError(`${where}: should be a map of question (q1, q2, …) to a map of part to answer, got ${show(data)}`);
  }
  const out: WorksheetAnswers = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const dot = key.indexOf('.');
    if (dot > 0) {
      (out[key.slice(0, dot)] ??= {})[key.slice(dot + 1)] = value;
    } else if (value === null || value === undefined) {
      out[key] ??= {};
    } else if (typeof value === 'object' && !Array.isArray(value)) {
      Object.assign((out[key] ??= {}), value as Record<string, unknown>);
    } else {
      throw new DlfError(`${where}: ${key} should be a map of part to answer (e.g. "${key}: {z: 1.5}"), got ${show(value)}`);
    }
  }
  return out;
}

export function readWorksheetAnswers(path: string): WorksheetAnswers {
  return parseWorksheetAnswers(parseDataFile(readText(path, 'answers file'), path), path);
}
