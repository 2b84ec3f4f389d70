/**
 * The comparison as first written (three passes, a path string built for every element), kept
 * only as the oracle of the equivalence test in compare.test.ts: the fast single-walk
 * compareValues must report exactly the same mismatch, byte for byte.
 */
import { DEFAULT_TOLERANCE, type Tolerance } from '../../grader/suites/types.js';
import { describe, fmtNum, Opaque, type Plain } from '../../grader/compare/plain.js';

/** matrixShape as first written (every()-based). */
export function legacyMatrixShape(v: unknown): [number, number] | undefined {
  if (!Array.isArray(v) || v.length === 0 || !v.every((r) => Array.isArray(r))) return undefined;
  const cols = (v[0] as unknown[]).length;
  if (!v.every((r) => (r as unknown[]).length === cols && (r as unknown[]).every((x) => typeof x === 'number'))) return undefined;
  return [v.length, cols];
}
const matrixShape = legacyMatrixShape;

interface Mismatch {
  kind: 'type' | 'shape' | 'nonfinite' | 'value' | 'check';
  path: string;
  message: string;
}

type Pass = 'shape' | 'finite' | 'value';

const join = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
const label = (path: string): string => (path === '' ? 'result' : path.startsWith('[') ? `result${path}` : path);

function withinTolerance(got: number, expected: number, tol: Tolerance): boolean {
  if (!Number.isFinite(expected)) return Object.is(got, expected) || (Number.isNaN(got) && Number.isNaN(expected));
  return Math.abs(got - expected) <= tol.abs + tol.rel * Math.abs(expected);
}

function walk(got: Plain, exp: unknown, path: string, pass: Pass, tol: Tolerance): Mismatch | null {
  const at = label(path);
  if (typeof exp === 'number') {
    if (typeof got !== 'number') return pass === 'shape' ? { kind: 'type', path: at, message: `${at} is ${describe(got)}, expected a number` } : null;
    if (pass === 'finite' && Number.isFinite(exp) && !Number.isFinite(got)) {
      return { kind: 'nonfinite', path: at, message: `${at} = ${fmtNum(got)}, expected ${fmtNum(exp)}` };
    }
    if (pass === 'value' && !withinTolerance(got, exp, tol)) {
      return { kind: 'value', path: at, message: `${at} = ${fmtNum(got)}, expected ${fmtNum(exp)}` };
    }
    return null;
  }
  if (Array.isArray(exp)) {
    if (!Array.isArray(got)) return pass === 'shape' ? { kind: 'type', path: at, message: `${at} is ${describe(got)}, expected ${describe(exp as Plain)}` } : null;
    if (pass === 'shape') {
      const es = matrixShape(exp);
      const gs = matrixShape(got);
      if (es && gs && (es[0] !== gs[0] || es[1] !== gs[1])) {
        return { kind: 'shape', path: at, message: `${at} is a ${gs[0]}×${gs[1]} matrix, expected ${es[0]}×${es[1]}` };
      }
      if (got.length !== exp.length) return { kind: 'shape', path: at, message: `${at} has length ${got.length}, expected ${exp.length}` };
    }
    for (let i = 0; i < exp.length; i++) {
      const m = walk(got[i], exp[i], join(path, i), pass, tol);
      if (m) return m;
    }
    return null;
  }
  if (exp !== null && typeof exp === 'object') {
    if (got === null || typeof got !== 'object' || Array.isArray(got) || got instanceof Opaque) {
      return pass === 'shape' ? { kind: 'type', path: at, message: `${at} is ${describe(got)}, expected an object with ${Object.keys(exp).join(', ')}` } : null;
    }
    for (const key of Object.keys(exp)) {
      if (pass === 'shape' && !(key in got)) return { kind: 'shape', path: at, message: `${label(join(path, key))} is missing` };
      const m = walk(got[key], (exp as Record<string, unknown>)[key], join(path, key), pass, tol);
      if (m) return m;
    }
    return null;
  }
  if (pass === 'shape' && got !== exp) {
    return { kind: 'type', path: at, message: `${at} is ${typeof got === 'string' ? JSON.stringify(got) : describe(got)}, expected ${JSON.stringify(exp)}` };
  }
  return null;
}

export function legacyCompareValues(got: Plain, expected: unknown, tolerance: Partial<Tolerance> = {}): Mismatch | null {
  const tol = { ...DEFAULT_TOLERANCE, ...tolerance };
  for (const pass of ['shape', 'finite', 'value'] as const) {
    const m = walk(got, expected, '', pass, tol);
    if (m) return m;
  }
  return null;
}
