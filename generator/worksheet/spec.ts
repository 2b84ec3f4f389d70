/**
 * Worksheet specs: which questions a worksheet has. A spec comes from a YAML/JSON file (`--spec`),
 * from `--exercises id:k=v;k=v,id2,...`, or is the default (one question per registered exercise,
 * in course order). Every error is one line naming the file, the field and the bad value.
 *
 * @example
 *   parseSpec({ title: 'Week 3', questions: [{ exercise: 'one-hot', options: { classes: 4 }, points: 2 }] }, 'week3.yaml')
 *   parseExercisesFlag('derivative:rule=product,neuron-step:cost=quadratic;alpha=1')
 */
import type { Lang, Options } from '../../exercises/types.js';
import { exercises, getExercise } from '../../exercises/index.js';
import { validateOptions } from '../engine/problem.js';
import { DlfError, show } from '../engine/errors.js';

export interface QuestionSpec {
  exercise: string;
  options: Options;
  /** Explicit params: every student gets these numbers (no per-student variation). */
  params?: unknown;
  /** Points of the whole question; default: the sum of its parts' points. */
  points?: number;
}

export interface WorksheetSpec {
  title?: string;
  seed?: number;
  lang?: Lang;
  questions: QuestionSpec[];
}

const SPEC_FIELDS = ['title', 'seed', 'lang', 'questions'];
const QUESTION_FIELDS = ['exercise', 'options', 'params', 'points'];

function fail(where: string, field: string, what: string, value: unknown): never {
  throw new DlfError(`${where}: ${field} should be ${what}, got ${show(value)}`);
}

function parseQuestion(raw: unknown, where: string, field: string): QuestionSpec {
  if (typeof raw === 'string') raw = { exercise: raw };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    fail(where, field, 'a map with exercise, options, params, points (or an exercise id)', raw);
  }
  const q = raw as Record<string, unknown>;
  const extra = Object.keys(q).find((k) => !QUESTION_FIELDS.includes(k));
  if (extra) throw new DlfError(`${where}: ${field} has unknown field ${show(extra)} (fields: ${QUESTION_FIELDS.join(', ')})`);
  if (typeof q.exercise !== 'string' || q.exercise === '') fail(where, `${field}.exercise`, 'an exercise id', q.exercise);
  const id = q.exercise as string;
  try {
    getExercise(id);
  } catch (err) {
    throw new DlfError(`${where}: ${field}.exercise: ${(err as Error).message}`);
  }
  let options: Options = {};
  if (q.options !== undefined && q.options !== null) {
    if (typeof q.options !== 'object' || Array.isArray(q.options)) fail(where, `${field}.options`, 'a map of option name to value', q.options);
    for (const [k, v] of Object.entries(q.options as object)) {
      if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') fail(where, `${field}.options.${k}`, 'a string or number', v);
      options[k] = String(v);
    }
  }
  try {
    options = validateOptions(id, options);
  } catch (err) {
    throw new DlfError(`${where}: ${field}: ${(err as Error).message}`);
  }
  const out: QuestionSpec = { exercise: id, options };
  if (q.params !== undefined) {
    try {
      out.params = getExercise(id).parseParams(q.params);
    } catch (err) {
      throw new DlfError(`${where}: ${field}.params: ${(err as Error).message}`);
    }
  }
  if (q.points !== undefined) {
    if (typeof q.points !== 'number' || !Number.isFinite(q.points) || q.points <= 0) fail(where, `${field}.points`, 'a positive number', q.points);
    out.points = q.points as number;
  }
  return out;
}

/** Validate a parsed spec file (YAML/JSON); `where` names the file in errors. */
export function parseSpec(raw: unknown, where: string): WorksheetSpec {
  if (Array.isArray(raw)) raw = { questions: raw };
  if (typeof raw !== 'object' || raw === null) fail(where, 'the spec', 'a map with title, seed, lang, questions', raw);
  const s = raw as Record<string, unknown>;
  const extra = Object.keys(s).find((k) => !SPEC_FIELDS.includes(k));
  if (extra) throw new DlfError(`${where}: unknown field ${show(extra)} (fields: ${SPEC_FIELDS.join(', ')})`);
  const spec: WorksheetSpec = { questions: [] };
  if (s.title !== undefined) {
    if (typeof s.title !== 'string' || s.title.trim() === '') fail(where, 'title', 'a non-empty string', s.title);
    spec.title = s.title as string;
  }
  if (s.seed !== undefined) {
    if (typeof s.seed !== 'number' || !Number.isInteger(s.seed) || s.seed < 0 || s.seed > 0xffffffff) {
      fail(where, 'seed', 'an integer from 0 to 4294967295', s.seed);
    }
    spec.seed = s.seed as number;
  }
  if (s.lang !== undefined) {
    if (s.lang !== 'en' && s.lang !== 'ja') fail(where, 'lang', 'en or ja', s.lang);
    spec.lang = s.lang as Lang;
  }
  if (!Array.isArray(s.questions) || s.questions.length === 0) fail(where, 'questions', 'a non-empty list of questions', s.questions);
  spec.questions = (s.questions as unknown[]).map((q, i) => parseQuestion(q, where, `questions[${i}]`));
  return spec;
}

/**
 * `--exercises derivative:rule=product,neuron-step:cost=quadratic;alpha=1` — questions separated by
 * commas; options after a colon, separated by semicolons. A bare `k=v` item after a question adds an
 * option to that question, so `neuron-step:cost=quadratic,alpha=1` also works.
 */
export function parseExercisesFlag(flag: string): WorksheetSpec {
  const questions: { exercise: string; options: Record<string, string> }[] = [];
  for (const item of flag.split(',').map((s) => s.trim()).filter(Boolean)) {
    const colon = item.indexOf(':');
    const head = colon < 0 ? item : item.slice(0, colon);
    const rest = colon < 0 ? '' : item.slice(colon + 1);
    if (colon < 0 && head.includes('=')) {
      const last = questions[questions.length - 1];
      if (!last) throw new DlfError(`--exercises: option ${show(item)} comes before any exercise id`);
      addOptions(last.options, head);
      continue;
    }
    const q = { exercise: head.trim(), options: {} as Record<string, string> };
    addOptions(q.options, rest);
    questions.push(q);
  }
  if (questions.length === 0) throw new DlfError(`--exercises should list exercise ids (e.g. one-hot,derivative:rule=product), got ${show(flag)}`);
  return parseSpec({ questions }, '--exercises');
}

function addOptions(into: Record<string, string>, text: string): void {
  for (const pair of text.split(';').map((s) => s.trim()).filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new DlfError(`--exercises: option should look like key=value, got ${show(pair)}`);
    into[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
}

/** The default worksheet: one question per registered exercise, in course order. */
export function defaultSpec(): WorksheetSpec {
  return { questions: exercises.map((ex) => ({ exercise: ex.id, options: validateOptions(ex.id, {}) })) };
}
