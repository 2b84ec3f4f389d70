/**
 * The decision: evaluate both sides at the same seeded points inside the domain and compare with
 * a relative tolerance plus an absolute floor near 0 (policy.ts). Points where either side is not a
 * finite real number are skipped; with fewer than SAMPLING.min usable points and no clear mismatch,
 * the verdict is "undecided" — never "different". One clear mismatch at a usable point is
 * "different". For a wrong answer it also notices a constant factor or a constant offset, for
 * feedback.
 *
 * @example
 *   const v = compareNumeric(given, expectedValues, points);   // { status: 'equal', usable: 10 }
 */
import type { Compiled } from './compile.js';
import { SAMPLING, TOLERANCE } from './policy.js';

export type Hint = { kind: 'factor'; factor: number } | { kind: 'offset'; delta: number };

export interface NumericVerdict {
  status: 'equal' | 'different' | 'undecided';
  usable: number;
  hint?: Hint;
}

export interface ExpectedSamples {
  /** Expected value at each candidate point (NaN where it is undefined). */
  values: Float64Array;
  /** max(1, largest |expected| over the points): the scale of the absolute floor. */
  scale: number;
}

export function sampleExpected(expected: Compiled, points: readonly Float64Array[]): ExpectedSamples {
  const values = new Float64Array(points.length);
  let scale = 1;
  points.forEach((p, i) => {
    const v = safe(expected, p);
    values[i] = v;
    if (Number.isFinite(v)) scale = Math.max(scale, Math.abs(v));
  });
  return { values, scale };
}

function safe(f: Compiled, p: Float64Array): number {
  try {
    const v = f(p);
    return typeof v === 'number' ? v : NaN;
  } catch {
    return NaN;
  }
}

export function close(g: number, e: number, scale: number): boolean {
  return Math.abs(g - e) <= TOLERANCE.rel * Math.max(Math.abs(g), Math.abs(e)) + TOLERANCE.abs * scale;
}

export function compareNumeric(given: Compiled, expected: ExpectedSamples, points: readonly Float64Array[]): NumericVerdict {
  const gs: number[] = [];
  const es: number[] = [];
  let mismatches = 0;
  for (let i = 0; i < points.length && gs.length < SAMPLING.target; i++) {
    const e = expected.values[i]!;
    if (!Number.isFinite(e)) continue;
    const g = safe(given, points[i]!);
    if (!Number.isFinite(g)) continue;
    gs.push(g);
    es.push(e);
    if (!close(g, e, expected.scale)) mismatches++;
  }
  const usable = gs.length;
  if (mismatches > 0) return { status: 'different', usable, hint: usable >= 3 ? hintOf(gs, es, expected.scale) : undefined };
  return { status: usable >= SAMPLING.min ? 'equal' : 'undecided', usable };
}

/** A constant factor k ≠ 1 (g = k·e) or a constant offset δ ≠ 0 (g = e + δ) across all usable points. */
function hintOf(gs: number[], es: number[], scale: number): Hint | undefined {
  if (es.every((e) => Math.abs(e) > 1e-6 * scale)) {
    const k = gs[0]! / es[0]!;
    if (Number.isFinite(k) && k !== 0 && gs.every((g, i) => close(g, k * es[i]!, scale))) {
      const rounded = Math.abs(k - Math.round(k)) < 1e-6 ? Math.round(k) : Number(k.toPrecision(4));
      if (rounded !== 1) return { kind: 'factor', factor: rounded };
    }
  }
  const d = gs[0]! - es[0]!;
  if (gs.every((g, i) => close(g - es[i]!, d, scale))) return { kind: 'offset', delta: Number(d.toPrecision(4)) };
  return undefined;
}
