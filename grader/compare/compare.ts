/**
 * Compare a submission's (plain) output with the expected value like an expert: first type and
 * shape of the whole structure, then finiteness, then values with explicit tolerances. The first
 * problem found is returned with its path, e.g. `nablaW[0][1][2] = 0.013, expected 0.027`.
 *
 * @example
 *   compareValues([0.5, NaN], [0.5, 0.25]);   // { kind: 'nonfinite', path: 'result[1]', message: 'result[1] = NaN, expected 0.25' }
 */
import { DEFAULT_TOLERANCE, type Tolerance } from '../suites/types.js';
import { describe, fmtNum, matrixShape, Opaque, type Plain } from './plain.js';

export interface Mismatch {
  kind: 'type' | 'shape' | 'nonfinite' | 'value' | 'check';
  path: string;
  message: string;
}

type Pass = 'shape' | 'finite' | 'value';

const join = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
const label = (path: string): string => (path === '' ? 'result' : path.startsWith('[') ? `result${path}` : path);

export function withinTolerance(got: number, expected: number, tol: Tolerance): boolean {
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

export function compareValues(got: Plain, expected: unknown, tolerance: Partial<Tolerance> = {}): Mismatch | null {
  const tol = { ...DEFAULT_TOLERANCE, ...tolerance };
  for (const pass of ['shape', 'finite', 'value'] as const) {
    const m = walk(got, expected, '', pass, tol);
    if (m) return m;
  }
  return null;
}

/** True when `got` matches `expected` within the (default) tolerance. */
export function matches(got: Plain, expected: unknown, tolerance: Partial<Tolerance> = {}): boolean {
  return compareValues(got, expected, tolerance) === null;
}
