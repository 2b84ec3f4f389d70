/**
 * `manifest.json`: everything needed to rebuild and check one student's exact sheet — the title,
 * language, assignment seed, student, and per question the exercise, options, seed, the generated
 * params (so a later change to a generator cannot change a handed-out sheet), points and part keys.
 *
 * @example
 *   const m = toManifest(sheet, partKeys);        // write as JSON
 *   const sheet2 = fromManifest(readManifest('worksheets/students/s001/manifest.json'), path);
 */
import type { Lang } from '../../exercises/types.js';
import { getExercise } from '../../exercises/index.js';
import { DlfError, show } from '../engine/errors.js';
import { readDataFile } from '../cli/args.js';
import type { Sheet } from './sheet.js';

export const MANIFEST_FORMAT = 'dlf-worksheet/1';

export interface ManifestQuestion {
  key: string;
  exercise: string;
  options: Record<string, string>;
  seed: number | null;
  params: unknown;
  points: number;
  parts: string[];
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  title: string;
  lang: Lang;
  assignmentSeed: number;
  student: { id: string; name: string };
  questions: ManifestQuestion[];
  maxScore: number;
}

/** `maxPoints[key]` = the points of each question (spec points or the sum of part points). */
export function toManifest(sheet: Sheet, partKeys: Record<string, string[]>, maxPoints: Record<string, number>): Manifest {
  const questions = sheet.questions.map((q) => ({
    key: q.key,
    exercise: q.problem.exercise,
    options: q.problem.options,
    seed: q.problem.seed,
    params: q.problem.params,
    points: maxPoints[q.key]!,
    parts: partKeys[q.key]!,
  }));
  return {
    format: MANIFEST_FORMAT,
    title: sheet.title,
    lang: sheet.lang,
    assignmentSeed: sheet.assignmentSeed,
    student: sheet.student,
    questions,
    maxScore: questions.reduce((s, q) => s + q.points, 0),
  };
}

export function readManifest(path: string): Manifest {
  return parseManifest(readDataFile(path, 'worksheet manifest'), path);
}

export function parseManifest(raw: unknown, where: string): Manifest {
  const bad = (field: string, what: string, value: unknown): never => {
    throw new DlfError(`${where}: ${field} should be ${what}, got ${show(value)}`);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) bad('the manifest', 'a JSON object written by `dlf worksheet`', raw);
  const m = raw as Record<string, unknown>;
  if (m.format !== MANIFEST_FORMAT) bad('format', `"${MANIFEST_FORMAT}" (is this a dlf worksheet manifest.json?)`, m.format);
  if (m.lang !== 'en' && m.lang !== 'ja') bad('lang', 'en or ja', m.lang);
  const student = m.student as Record<string, unknown> | undefined;
  if (typeof student?.id !== 'string') bad('student.id', 'a string', student?.id);
  if (!Array.isArray(m.questions)) bad('questions', 'a list', m.questions);
  const questions = (m.questions as Record<string, unknown>[]).map((q, i): ManifestQuestion => {
    const f = `questions[${i}]`;
    if (typeof q?.key !== 'string') bad(`${f}.key`, 'a string such as "q1"', q?.key);
    if (typeof q.exercise !== 'string') bad(`${f}.exercise`, 'an exercise id', q.exercise);
    try {
      getExercise(q.exercise as string).parseParams(q.params);
    } catch (err) {
      throw new DlfError(`${where}: ${f}: ${(err as Error).message}`);
    }
    if (typeof q.points !== 'number' || !(q.points > 0)) bad(`${f}.points`, 'a positive number', q.points);
    return {
      key: q.key as string,
      exercise: q.exercise as string,
      options: (q.options ?? {}) as Record<string, string>,
      seed: typeof q.seed === 'number' ? q.seed : null,
      params: q.params,
      points: q.points as number,
      parts: Array.isArray(q.parts) ? (q.parts as string[]) : [],
    };
  });
  return {
    format: MANIFEST_FORMAT,
    title: String(m.title ?? ''),
    lang: m.lang as Lang,
    assignmentSeed: Number(m.assignmentSeed ?? 0),
    student: { id: student!.id as string, name: String(student!.name ?? '') },
    questions,
    maxScore: questions.reduce((s, q) => s + q.points, 0),
  };
}
