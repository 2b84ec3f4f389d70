/**
 * Copy whatever came back from the sandbox into plain data owned by the parent: numbers, strings,
 * booleans, null/undefined, dense arrays and plain objects. Anything else (typed arrays, Maps,
 * boxed numbers, Dates, circular structures, …) becomes an `Opaque` marker that never equals a
 * number or array, so no getter, proxy, `valueOf` or `toJSON` trick can survive the copy.
 *
 * @example
 *   toPlain(new Float64Array([1]));   // Opaque { what: 'a Float64Array' }
 *   toPlain([1, [2, 3]]);             // [1, [2, 3]] (a fresh copy)
 */
export class Opaque {
  constructor(readonly what: string) {}
}

export type Plain = number | string | boolean | null | undefined | Opaque | Plain[] | { [key: string]: Plain };

const MAX_ITEMS = 5_000_000;

export function toPlain(value: unknown): Plain {
  let budget = MAX_ITEMS;
  const stack = new Set<object>();
  const copy = (v: unknown, depth: number): Plain => {
    if (--budget < 0) return new Opaque('a structure too large to grade');
    switch (typeof v) {
      case 'number':
      case 'string':
      case 'boolean':
      case 'undefined':
        return v;
      case 'bigint':
        return new Opaque('a bigint');
      case 'function':
        return new Opaque('a function');
      case 'symbol':
        return new Opaque('a symbol');
    }
    if (v === null) return null;
    const obj = v as object;
    if (depth > 64 || stack.has(obj)) return new Opaque('a circular or too deeply nested structure');
    const proto = Object.getPrototypeOf(obj) as object | null;
    stack.add(obj);
    try {
      if (Array.isArray(obj) && proto === Array.prototype) {
        const out: Plain[] = new Array(obj.length);
        for (let i = 0; i < obj.length; i++) out[i] = Object.prototype.hasOwnProperty.call(obj, i) ? copy(obj[i], depth + 1) : undefined;
        return out;
      }
      if (proto === Object.prototype || proto === null) {
        const out: { [key: string]: Plain } = {};
        for (const key of Object.keys(obj)) {
          const desc = Object.getOwnPropertyDescriptor(obj, key);
          out[key] = desc && 'value' in desc ? copy(desc.value, depth + 1) : new Opaque('an accessor property');
        }
        return out;
      }
      const name = Object.prototype.toString.call(obj).slice(8, -1);
      if (name === 'Number' || name === 'String' || name === 'Boolean') return new Opaque(`a ${name} object (not a primitive ${name.toLowerCase()})`);
      return new Opaque(/^[AEIOU]/.test(name) ? `an ${name}` : `a ${name}`);
    } finally {
      stack.delete(obj);
    }
  };
  return copy(value, 0);
}

/** "a number", "an array of length 3", "a 2×3 matrix", "undefined", … for messages. */
export function describe(v: Plain): string {
  if (v instanceof Opaque) return v.what;
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) {
    const shape = matrixShape(v);
    return shape ? `a ${shape[0]}×${shape[1]} matrix` : `an array of length ${v.length}`;
  }
  if (typeof v === 'object') return 'an object';
  return typeof v === 'number' ? 'a number' : typeof v === 'string' ? 'a string' : 'a boolean';
}

/** [rows, cols] if `v` is a non-empty rectangular array of arrays of numbers. */
export function matrixShape(v: unknown): [number, number] | undefined {
  // Loops rather than every() (this runs on every array the comparison visits); `i in v` skips
  // holes exactly like every() does.
  if (!Array.isArray(v) || v.length === 0) return undefined;
  for (let i = 0; i < v.length; i++) if (i in v && !Array.isArray(v[i])) return undefined;
  const cols = (v[0] as unknown[]).length;
  for (let i = 0; i < v.length; i++) {
    if (!(i in v)) continue;
    const r = v[i] as unknown[];
    if (r.length !== cols) return undefined;
    for (let j = 0; j < r.length; j++) if (j in r && typeof r[j] !== 'number') return undefined;
  }
  return [v.length, cols];
}

/** Short number formatting for messages: 0.0130, 1.5e-12, NaN. */
export function fmtNum(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
  const a = Math.abs(x);
  const s = a !== 0 && (a < 1e-4 || a >= 1e6) ? x.toExponential(4) : x.toPrecision(6);
  return s.replace(/(\.\d*?)0+(e|$)/, '$1$2').replace(/\.(e|$)/, '$1');
}
