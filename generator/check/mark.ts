/**
 * Mark a whole problem: parse every answer, compare it with the reference, and — for parts computed
 * from earlier parts — give error-carried-forward credit by re-evaluating the part's `compute` on
 * the student's own earlier answers. Then run the exercise's misconception detectors on what is
 * still wrong. The graph (Part.deps + Part.compute) drives all of it; nothing is wired per exercise.
 *
 * @example
 *   const report = markProblem(problem, { z: 1.5, a: 0.82 }, 'en');
 *   report.parts[1].verdict   // 'correct'
 */
import type { Lang, Part, Problem, Value, Values } from '../../exercises/types.js';
import { getExercise } from '../../exercises/index.js';
import { translator } from '../i18n/index.js';
import { checkMessages } from '../i18n/check-messages.js';
import { parseAnswer, type Parsed } from './parse.js';
import { compareValue, sameShape, type Comparison } from './compare.js';

const t = translator(checkMessages);

export type Verdict = 'correct' | 'incorrect' | 'format-error' | 'undecided';

export interface PartResult {
  key: string;
  verdict: Verdict;
  /** Share of the part earned, 0..1. */
  credit: number;
  points: number;
  score: number;
  feedback: string[];
  carriedForward?: boolean;
  misconception?: string;
}

export interface CheckReport {
  exercise: string;
  seed: number | null;
  params: unknown;
  parts: PartResult[];
  score: number;
  maxScore: number;
  warnings: string[];
}

/** Evaluate the graph in part order: every dep must come before the part that uses it. */
export function evaluateParts(parts: Part[]): Values {
  const values: Values = {};
  for (const part of parts) {
    const deps: Values = {};
    for (const d of part.deps) {
      if (!(d in values)) throw new Error(`part "${part.key}" depends on "${d}", which is not an earlier part`);
      deps[d] = values[d]!;
    }
    values[part.key] = part.compute(deps);
  }
  return values;
}

type OkParsed = Extract<Parsed, { ok: true }>;

/** An earlier answer worth carrying forward: well-formed, finite, the right shape, not a 0 placeholder. */
function plausible(p: Parsed, reference: Value): p is OkParsed {
  if (!p.ok || p.kind === 'expression' || !sameShape(p.value, reference)) return false;
  const flat = numbersOf(p.value);
  return flat.every(Number.isFinite) && flat.some((x) => x !== 0);
}

/** Every number in a value (none for an expression). */
const numbersOf = (v: Value): number[] =>
  typeof v === 'string' ? [] : ([] as number[]).concat(...(Array.isArray(v) ? (v as (number | number[])[]) : [v]));

/** The student's answers that `deps` were derived from, in part order. */
const originsOf = (deps: string[], origin: Record<string, string[]>, order: string[]): string[] =>
  [...new Set(deps.flatMap((d) => origin[d] ?? []))].sort((a, b) => order.indexOf(a) - order.indexOf(b));

function safeCompute(fn: () => Value | null): Value | null {
  try {
    const v = fn();
    return v !== null && numbersOf(v).every(Number.isFinite) ? v : null;
  } catch {
    return null;
  }
}

/**
 * The values the student's own answers imply for every part, for error carried forward: a part's
 * plausible answer is taken as written; a part left blank (or implausible) is re-computed from its
 * deps' student-consistent values, so credit carries through a chain (a = 0.82 given, ∂C/∂a left
 * blank, ∂C/∂z computed from 0.82 is still carried forward). `origin` names the student's answers
 * each value comes from (empty: the reference value).
 */
export function consistentValues(parts: Part[], parsed: Record<string, Parsed>, reference: Values): { values: Values; origin: Record<string, string[]> } {
  const values: Values = {};
  const origin: Record<string, string[]> = {};
  const order = parts.map((p) => p.key);
  for (const part of parts) {
    const p = parsed[part.key]!;
    if (plausible(p, reference[part.key]!)) {
      values[part.key] = p.value;
      origin[part.key] = [part.key];
      continue;
    }
    const from = originsOf(part.deps, origin, order);
    const derived = from.length > 0 ? safeCompute(() => part.compute(pick(values, part.deps))) : null;
    values[part.key] = derived ?? reference[part.key]!;
    origin[part.key] = derived === null ? [] : from;
  }
  return { values, origin };
}

function pick(values: Values, keys: string[]): Values {
  const out: Values = {};
  for (const k of keys) out[k] = values[k]!;
  return out;
}

export function markProblem(problem: Problem, answers: Record<string, unknown>, lang: Lang = 'en'): CheckReport {
  const ex = getExercise(problem.exercise);
  const params = problem.params;
  const parts = ex.parts(params, lang);
  const reference = evaluateParts(parts);
  const detectors = ex.detectors?.(params, lang) ?? [];
  const parsed: Record<string, Parsed> = {};
  for (const part of parts) parsed[part.key] = parseAnswer(part.kind, answers[part.key], lang);
  const student = consistentValues(parts, parsed, reference);
  const order = parts.map((p) => p.key);

  const results: PartResult[] = parts.map((part) => {
    const points = part.points ?? 1;
    const p = parsed[part.key]!;
    const result = (verdict: Verdict, credit: number, feedback: string[], extra: Partial<PartResult> = {}): PartResult => ({
      key: part.key, verdict, credit, points, score: Math.round(credit * points * 1000) / 1000, feedback, ...extra,
    });
    if (!p.ok) return result(p.missing ? 'incorrect' : 'format-error', 0, [p.message]);

    const direct = compareValue(p, reference[part.key]!, part, lang);
    if (direct.status === 'equal') return result('correct', 1, []);
    if (direct.status === 'format-error') return result('format-error', 0, direct.feedback);
    if (direct.status === 'undecided') return result('undecided', 0, direct.feedback);

    // Error carried forward: the same computation on the values the student's own answers imply.
    const own = originsOf(part.deps, student.origin, order);
    const studentDeps = pick(student.values, part.deps);
    let best: Comparison = direct;
    if (own.length > 0) {
      const ecf = safeCompute(() => part.compute(studentDeps));
      if (ecf !== null) {
        const c = compareValue(p, ecf, part, lang, false);
        if (c.status === 'equal') {
          return result('correct', 1, [t(lang, 'check.carried', { deps: own.join(', ') })], { carriedForward: true });
        }
        if (c.credit > best.credit) best = c;
      }
    }

    // Misconceptions, judged on the reference and on the student's own earlier answers.
    const referenceDeps = pick(reference, part.deps);
    for (const det of detectors.filter((d) => d.part === part.key)) {
      for (const deps of own.length > 0 ? [referenceDeps, studentDeps] : [referenceDeps]) {
        const wrong = safeCompute(() => det.wrong(deps));
        if (wrong === null) continue;
        if (det.shapeOnly) {
          if (sameShape(wrong, p.value as Value) && !sameShape(wrong, reference[part.key]!)) {
            return result('incorrect', 0, [...direct.feedback, det.feedback], { misconception: det.id });
          }
        } else if (compareValue(p, wrong, part, lang, false).status === 'equal') {
          return result('incorrect', 0, [det.feedback], { misconception: det.id });
        }
      }
    }
    const feedback = best.feedback.length > 0 ? best.feedback : [t(lang, 'check.incorrect')];
    return result('incorrect', best.credit, feedback);
  });

  const known = new Set(parts.map((p) => p.key));
  const warnings = Object.keys(answers)
    .filter((k) => !known.has(k))
    .map((k) => `unknown part "${k}" ignored (parts: ${[...known].join(', ')})`);
  const score = Math.round(results.reduce((s, r) => s + r.score, 0) * 1000) / 1000;
  const maxScore = results.reduce((s, r) => s + r.points, 0);
  return { exercise: problem.exercise, seed: problem.seed, params, parts: results, score, maxScore, warnings };
}
