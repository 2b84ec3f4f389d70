/**
 * One student's sheet: the spec's questions made into problems. Each question's seed is
 * `deriveSeed(assignmentSeed, studentId, questionIndex)`, so regenerating gives the identical sheet
 * and two students get different numbers wherever the exercise allows it. Questions with fixed
 * params are the same for everyone.
 *
 * @example
 *   const sheet = buildSheet(spec, { id: 's001', name: 'Higa Yui' }, { seed: 2024, title: 'Week 3', lang: 'en' });
 *   sheet.questions[0].problem.params
 */
import type { Lang, Problem } from '../../exercises/types.js';
import { makeProblem } from '../engine/problem.js';
import { deriveSeed } from '../engine/prng.js';
import { DlfError } from '../engine/errors.js';
import type { WorksheetSpec } from './spec.js';
import type { Student } from './roster.js';

export interface SheetQuestion {
  /** `q1`, `q2`, …: the question's key in the answers file. */
  key: string;
  problem: Problem;
  /** Points given in the spec, or undefined for the sum of the parts' points. */
  points?: number;
}

export interface Sheet {
  title: string;
  lang: Lang;
  assignmentSeed: number;
  student: Student;
  questions: SheetQuestion[];
}

export interface SheetSettings {
  seed: number;
  title: string;
  lang: Lang;
}

export function questionSeed(assignmentSeed: number, studentId: string, questionIndex: number): number {
  return deriveSeed(assignmentSeed, studentId, questionIndex);
}

export function buildSheet(spec: WorksheetSpec, student: Student, settings: SheetSettings): Sheet {
  const questions = spec.questions.map((q, i): SheetQuestion => {
    let problem: Problem;
    try {
      problem = q.params !== undefined
        ? makeProblem(q.exercise, { params: q.params, options: q.options })
        : makeProblem(q.exercise, { seed: questionSeed(settings.seed, student.id, i), options: q.options });
    } catch (err) {
      if (err instanceof DlfError) throw new DlfError(`question ${i + 1} (${q.exercise}), student ${student.id}: ${err.message}`);
      throw err;
    }
    return { key: `q${i + 1}`, problem, ...(q.points !== undefined ? { points: q.points } : {}) };
  });
  return { title: settings.title, lang: settings.lang, assignmentSeed: settings.seed, student, questions };
}
