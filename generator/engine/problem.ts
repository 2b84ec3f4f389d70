/**
 * Make and solve problems. A problem is a pure function of (exercise id, seed, options) or of
 * explicit params; the result is a JSON-serialisable `Problem`.
 *
 * @example
 *   const problem = makeProblem('one-hot', { seed: 3 });
 *   const { parts, answers, steps } = solveProblem(problem, 'en');
 */
import type { Lang, Options, Part, Problem, Step, Values } from '../../exercises/types.js';
import { getExercise } from '../../exercises/index.js';
import { evaluateParts } from '../check/mark.js';
import { DlfError, show } from './errors.js';
import { deriveSeed, Rng } from './prng.js';

export interface MakeProblemInput {
  seed?: number;
  options?: Options;
  /** Explicit params (e.g. the lecture's own numbers); then seed and random generation are not used. */
  params?: unknown;
}

export const DEFAULT_SEED = 1;

export function validateOptions(exerciseId: string, options: Options = {}): Options {
  const ex = getExercise(exerciseId);
  const out: Options = {};
  for (const [name, value] of Object.entries(options)) {
    const spec = ex.options.find((o) => o.name === name);
    if (!spec) {
      const known = ex.options.map((o) => o.name).join(', ') || 'none';
      throw new DlfError(`${exerciseId}: unknown option "${name}" (options: ${known})`);
    }
    if (spec.values && !spec.values.includes(value)) {
      throw new DlfError(`${exerciseId}: option ${name} should be one of ${spec.values.join(' | ')}, got ${show(value)}`);
    }
    out[name] = value;
  }
  for (const spec of ex.options) if (!(spec.name in out) && spec.default !== undefined) out[spec.name] = spec.default;
  return out;
}

export function makeProblem(exerciseId: string, input: MakeProblemInput = {}): Problem {
  const ex = getExercise(exerciseId);
  const options = validateOptions(exerciseId, input.options);
  if (input.params !== undefined) {
    return { exercise: ex.id, seed: null, options, params: ex.parseParams(input.params) };
  }
  const seed = input.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new DlfError(`seed should be an integer from 0 to 4294967295, got ${show(seed)}`);
  }
  const params = ex.generate(new Rng(deriveSeed(ex.id, seed)), options);
  // Round-trip through JSON so a generated problem is exactly what a manifest would rebuild.
  return { exercise: ex.id, seed, options, params: JSON.parse(JSON.stringify(params)) };
}

export interface Solution {
  parts: Part[];
  answers: Values;
  steps: Step[];
}

export function solveProblem(problem: Problem, lang: Lang = 'en'): Solution {
  const ex = getExercise(problem.exercise);
  const parts = ex.parts(problem.params, lang);
  const answers = evaluateParts(parts);
  return { parts, answers, steps: ex.steps(problem.params, answers, lang) };
}
