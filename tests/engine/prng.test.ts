import { describe, expect, it } from 'vitest';
import { deriveSeed, Rng } from '../../generator/engine/prng.js';

describe('Rng', () => {
  it('gives the same stream for the same seed, pinned to known values (cross-machine determinism)', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const xs = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(xs);
    // Pinned: if this changes, every generated worksheet changes.
    expect(xs).toMatchInlineSnapshot(`
      [
        2852766471,
        4136168353,
        1126838629,
        1262802217,
        3628890397,
      ]
    `);
    expect(deriveSeed('derivative', 7)).toMatchInlineSnapshot(`3486360313`);
  });

  it('different seeds give different streams', () => {
    expect(new Rng(1).nextUint32()).not.toBe(new Rng(2).nextUint32());
  });

  it('int stays in range and hits both ends', () => {
    const r = new Rng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = r.int(-2, 2);
      expect(v).toBeGreaterThanOrEqual(-2);
      expect(v).toBeLessThanOrEqual(2);
      seen.add(v);
    }
    expect([...seen].sort()).toEqual([-1, -2, 0, 1, 2].sort());
  });

  it('intExcept, decimal, shuffle, normal behave', () => {
    const r = new Rng(9);
    for (let i = 0; i < 500; i++) expect(r.intExcept(-3, 3)).not.toBe(0);
    const d = r.decimal(0, 1, 2);
    expect(Math.round(d * 100) / 100).toBe(d);
    expect(r.shuffle([1, 2, 3, 4]).sort()).toEqual([1, 2, 3, 4]);
    const ns = Array.from({ length: 4000 }, () => r.normal());
    const mean = ns.reduce((s, x) => s + x, 0) / ns.length;
    const sd = Math.sqrt(ns.reduce((s, x) => s + (x - mean) ** 2, 0) / ns.length);
    expect(Math.abs(mean)).toBeLessThan(0.06);
    expect(Math.abs(sd - 1)).toBeLessThan(0.06);
  });

  it('rejects bad seeds with a message naming the value', () => {
    expect(() => new Rng(-1)).toThrow(/got -1/);
    expect(() => new Rng(1.5)).toThrow(/got 1.5/);
  });
});
