/**
 * Can every misconception be told apart from the right answer? Generators retry until it can, so a
 * detector never fires on (or is hidden by) a correct answer: e.g. with σ′(z) ≈ 0 a forgotten σ′
 * would look right. Uses the checker's number policy on full-precision values.
 *
 * @example
 *   detectorsDistinct(parts(p, 'en'), detectors(p, 'en'))   // true when every wrong value differs
 */
import type { Detector, Part, Value, Values } from '../types.js';
import { DEFAULT_TOLERANCE, numberMatches } from '../../generator/check/number.js';

/** Evaluate the parts' graph (same order rule as the checker's evaluateParts). */
export function evaluate(parts: readonly Part[]): Values {
  const values: Values = {};
  for (const part of parts) {
    const deps: Values = {};
    for (const d of part.deps) deps[d] = values[d]!;
    values[part.key] = part.compute(deps);
  }
  return values;
}

const flat = (v: Value): number[] =>
  typeof v === 'string' ? [] : typeof v === 'number' ? [v] : (v as (number | number[])[]).flat();

/** Would `given` (written at full precision) be accepted for `expected`? Shapes must agree. */
export function sameAnswer(given: Value, expected: Value, part?: Part): boolean {
  const g = flat(given);
  const e = flat(expected);
  if (Array.isArray(given) !== Array.isArray(expected) || g.length !== e.length) return false;
  if (Array.isArray(given) && Array.isArray(expected) && Array.isArray(given[0]) !== Array.isArray(expected[0])) return false;
  if (Array.isArray(given) && Array.isArray(given[0]) && (given as number[][])[0]!.length !== (expected as number[][])[0]!.length) return false;
  const tol = { ...DEFAULT_TOLERANCE, ...part?.tolerance };
  return g.every((x, i) => numberMatches(x, e[i]!, tol));
}

/** True when no detector's wrong value (on the reference deps) would pass as the right answer. */
export function detectorsDistinct(parts: readonly Part[], detectors: readonly Detector[], margin = 1): boolean {
  const values = evaluate(parts);
  for (const det of detectors) {
    const part = parts.find((p) => p.key === det.part)!;
    const deps: Values = {};
    for (const d of part.deps) deps[d] = values[d]!;
    const wrong = det.wrong(deps);
    if (wrong === null) continue;
    if (flat(wrong).some((x) => !Number.isFinite(x))) return false;
    const tol = part.tolerance ?? {};
    const widened = { ...part, tolerance: { ...tol, rel: (tol.rel ?? DEFAULT_TOLERANCE.rel) * margin } };
    if (sameAnswer(wrong, values[det.part]!, widened)) return false;
  }
  return true;
}
