/**
 * Compare a submission's (plain) output with the expected value like an expert: first type and
 * shape of the whole structure, then finiteness, then values with explicit tolerances. The first
 * problem found is returned with its path, e.g. `nablaW[0][1][2] = 0.013, expected 0.027`.
 *
 * One walk does all three checks: it stops at the first type/shape problem and otherwise remembers
 * the first non-finite and the first out-of-tolerance number (the traversal order is the same, so
 * this reports exactly what three separate passes would). Paths are kept as a stack of keys and
 * turned into a string only for a mismatch: grading a 13,000-weight network builds no strings.
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

/** `result`, `result[1][2]`, `nablaW[0][1][2]`, `w`, `a.b[3]` from a stack of keys. */
function pathOf(keys: readonly (string | number)[], extra?: string): string {
  let path = '';
  const add = (key: string | number) => {
    path = typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
  };
  for (const key of keys) add(key);
  if (extra !== undefined) add(extra);
  return path === '' ? 'result' : path.startsWith('[') ? `result${path}` : path;
}

export function withinTolerance(got: number, expected: number, tol: Tolerance): boolean {
  if (!Number.isFinite(expected)) return Object.is(got, expected) || (Number.isNaN(got) && Number.isNaN(expected));
  return Math.abs(got - expected) <= tol.abs + tol.rel * Math.abs(expected);
}

class Walker {
  /** The path of the value being visited, as keys (numbers for array indices). */
  private readonly keys: (string | number)[] = [];
  /** First non-finite number where a finite one was expected, and first value out of tolerance. */
  nonfinite: Mismatch | null = null;
  value: Mismatch | null = null;

  constructor(private readonly tol: Tolerance) {}

  /** Walk `got` against `exp`; returns the first type/shape mismatch (finiteness/values are recorded). */
  walk(got: Plain, exp: unknown): Mismatch | null {
    if (typeof exp === 'number') {
      if (typeof got !== 'number') return this.mismatch('type', `is ${describe(got)}, expected a number`);
      // (Not derived from the tolerance test: with abs = Infinity, Infinity is "within" it.)
      if (this.nonfinite === null && !Number.isFinite(got) && Number.isFinite(exp)) this.nonfinite = this.mismatch('nonfinite', `= ${fmtNum(got)}, expected ${fmtNum(exp)}`);
      if (this.value === null && !withinTolerance(got, exp, this.tol)) this.value = this.mismatch('value', `= ${fmtNum(got)}, expected ${fmtNum(exp)}`);
      return null;
    }
    if (Array.isArray(exp)) {
      if (!Array.isArray(got)) return this.mismatch('type', `is ${describe(got)}, expected ${describe(exp as Plain)}`);
      if (exp.length > 0 && Array.isArray(exp[0])) {
        const es = matrixShape(exp);
        const gs = es && matrixShape(got);
        if (es && gs && (es[0] !== gs[0] || es[1] !== gs[1])) return this.mismatch('shape', `is a ${gs[0]}×${gs[1]} matrix, expected ${es[0]}×${es[1]}`);
      }
      if (got.length !== exp.length) return this.mismatch('shape', `has length ${got.length}, expected ${exp.length}`);
      const keys = this.keys;
      const depth = keys.length;
      keys.push(0);
      for (let i = 0; i < exp.length; i++) {
        keys[depth] = i;
        const m = this.walk(got[i], exp[i]);
        if (m) return m;
      }
      keys.pop();
      return null;
    }
    if (exp !== null && typeof exp === 'object') {
      if (got === null || typeof got !== 'object' || Array.isArray(got) || got instanceof Opaque) {
        return this.mismatch('type', `is ${describe(got)}, expected an object with ${Object.keys(exp).join(', ')}`);
      }
      const keys = this.keys;
      for (const key of Object.keys(exp)) {
        if (!(key in got)) return { kind: 'shape', path: this.at(), message: `${pathOf(keys, key)} is missing` };
        keys.push(key);
        const m = this.walk((got as Record<string, Plain>)[key], (exp as Record<string, unknown>)[key]);
        if (m) return m;
        keys.pop();
      }
      return null;
    }
    if (got !== exp) {
      return this.mismatch('type', `is ${typeof got === 'string' ? JSON.stringify(got) : describe(got)}, expected ${JSON.stringify(exp)}`);
    }
    return null;
  }

  private at(): string {
    return pathOf(this.keys);
  }

  private mismatch(kind: Mismatch['kind'], rest: string): Mismatch {
    const at = this.at();
    return { kind, path: at, message: `${at} ${rest}` };
  }
}

export function compareValues(got: Plain, expected: unknown, tolerance: Partial<Tolerance> = {}): Mismatch | null {
  const tol = Object.keys(tolerance).length === 0 ? DEFAULT_TOLERANCE : { ...DEFAULT_TOLERANCE, ...tolerance };
  const w = new Walker(tol);
  return w.walk(got, expected) ?? w.nonfinite ?? w.value;
}

/** True when `got` matches `expected` within the (default) tolerance. */
export function matches(got: Plain, expected: unknown, tolerance: Partial<Tolerance> = {}): boolean {
  return compareValues(got, expected, tolerance) === null;
}
