/**
 * Seeded pseudo-random numbers of our own (never the global random source): the same seed gives the same
 * problem on every machine, because only 32-bit integer arithmetic is used.
 *
 * @example
 *   const rng = new Rng(42);
 *   rng.int(-5, 5);          // an integer in [-5, 5]
 *   rng.fork('student-17');  // an independent stream derived from (42, 'student-17')
 */

/** Hash any list of strings/numbers to a 32-bit unsigned seed (cyrb53, folded to 32 bits). */
export function deriveSeed(...parts: (string | number)[]): number {
  const str = parts.map(String).join('\u0000');
  let h1 = 0xdeadbeef ^ 0;
  let h2 = 0x41c6ce57 ^ 0;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

/** sfc32: small, fast, and good enough for problem generation and test-case fuzzing. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  readonly seed: number;

  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new RangeError(`Rng: seed should be an integer in [0, 4294967295], got ${seed}`);
    }
    this.seed = seed;
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    for (let i = 0; i < 15; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Integer uniform in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`Rng.int: need integers min <= max, got ${min}, ${max}`);
    }
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Integer uniform in [min, max] excluding the values in `except` (default: 0). */
  intExcept(min: number, max: number, except: number[] = [0]): number {
    for (let i = 0; i < 1000; i++) {
      const v = this.int(min, max);
      if (!except.includes(v)) return v;
    }
    throw new RangeError(`Rng.intExcept: no value in [${min}, ${max}] outside [${except.join(', ')}]`);
  }

  /** A number in [min, max] rounded to `decimals` decimal places (exact in decimal notation). */
  decimal(min: number, max: number, decimals: number): number {
    const scale = 10 ** decimals;
    return this.int(Math.ceil(min * scale), Math.floor(max * scale)) / scale;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Rng.pick: empty list');
    return items[this.int(0, items.length - 1)]!;
  }

  /** Fisher–Yates shuffle into a new array. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  /** Standard normal deviate (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** An independent generator derived from this one's seed and a label. */
  fork(label: string | number): Rng {
    return new Rng(deriveSeed(this.seed, label));
  }
}
