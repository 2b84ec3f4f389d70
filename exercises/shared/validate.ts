/**
 * Eager validation of explicit params, with errors that name the exercise, the field and the bad
 * value: `neuron-step: alpha should be > 0, got -1`.
 *
 * @example
 *   const v = validator('one-hot', raw);
 *   const classes = v.int('classes', { min: 2, max: 100 });
 */
import { DlfError, show } from '../../generator/engine/errors.js';

export interface Range {
  min?: number;
  max?: number;
  /** Exclusive lower bound. */
  gt?: number;
}

export function validator(exercise: string, raw: unknown) {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new DlfError(`${exercise}: params should be a JSON object, got ${show(raw)}`);
  }
  const obj = raw as Record<string, unknown>;
  const fail = (field: string, what: string, value: unknown): never => {
    throw new DlfError(`${exercise}: ${field} should be ${what}, got ${show(value)}`);
  };
  const checkRange = (field: string, x: number, r: Range) => {
    if (r.min !== undefined && x < r.min) fail(field, `>= ${r.min}`, x);
    if (r.max !== undefined && x > r.max) fail(field, `<= ${r.max}`, x);
    if (r.gt !== undefined && !(x > r.gt)) fail(field, `> ${r.gt}`, x);
  };
  const num = (field: string, r: Range = {}): number => {
    const x = obj[field];
    if (typeof x !== 'number' || !Number.isFinite(x)) fail(field, 'a finite number', x);
    checkRange(field, x as number, r);
    return x as number;
  };
  const vec = (field: string, len?: { min?: number; max?: number; exactly?: number }): number[] => {
    const x = obj[field];
    if (!Array.isArray(x) || x.some((c) => typeof c !== 'number' || !Number.isFinite(c))) {
      fail(field, 'a list of finite numbers', x);
    }
    const v = x as number[];
    if (len?.exactly !== undefined && v.length !== len.exactly) fail(field, `a list of ${len.exactly} numbers`, x);
    if (v.length < (len?.min ?? 1)) fail(field, `a list of at least ${len?.min ?? 1} numbers`, x);
    if (len?.max !== undefined && v.length > len.max) fail(field, `a list of at most ${len.max} numbers`, x);
    return v.slice();
  };
  return {
    obj,
    fail,
    num,
    int(field: string, r: Range = {}): number {
      const x = obj[field];
      if (typeof x !== 'number' || !Number.isInteger(x)) fail(field, 'an integer', x);
      checkRange(field, x as number, r);
      return x as number;
    },
    vec,
    matrix(field: string, rows?: number, cols?: number): number[][] {
      const x = obj[field];
      const ok = Array.isArray(x) && x.length > 0 && x.every((r) => Array.isArray(r) && r.length > 0 && r.every((c) => typeof c === 'number' && Number.isFinite(c)));
      if (!ok) fail(field, 'a matrix given as a list of rows of finite numbers', x);
      const m = (x as number[][]).map((r) => r.slice());
      if (new Set(m.map((r) => r.length)).size > 1) fail(field, 'a matrix whose rows all have the same length', x);
      if (rows !== undefined && m.length !== rows) fail(field, `a matrix with ${rows} rows`, x);
      if (cols !== undefined && m[0]!.length !== cols) fail(field, `a matrix with ${cols} columns`, x);
      return m;
    },
    oneOf<T extends string>(field: string, values: readonly T[]): T {
      const x = obj[field];
      if (typeof x !== 'string' || !values.includes(x as T)) fail(field, `one of ${values.join(' | ')}`, x);
      return x as T;
    },
    str(field: string): string {
      const x = obj[field];
      if (typeof x !== 'string' || x.trim() === '') fail(field, 'a non-empty string', x);
      return x as string;
    },
    /** Reject fields the exercise does not know, naming them. */
    only(fields: string[]): void {
      const extra = Object.keys(obj).filter((k) => !fields.includes(k));
      if (extra.length > 0) {
        throw new DlfError(`${exercise}: unknown param ${show(extra[0])} (params: ${fields.join(', ')})`);
      }
    },
  };
}
