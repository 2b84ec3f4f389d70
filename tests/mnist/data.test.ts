/**
 * The MNIST split (grader/mnist/data.ts): sizes, stratified by class, disjoint, deterministic
 * (checksum recorded), pixels in [0, 1], one-hot labels, class order.
 *
 * @example
 *   npx vitest run tests/mnist/data.test.ts
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CLASSES, mnistSplit, PIXELS, takePerClass, TEST_PER_CLASS, toExamples, TRAIN_PER_CLASS, type DigitSet } from '../../grader/mnist/data.js';

const counts = (s: DigitSet) => Array.from({ length: CLASSES }, (_, c) => s.labels.filter((l) => l === c).length);
const digest = (s: DigitSet) =>
  createHash('sha256').update(Buffer.from(s.pixels.buffer)).update(Buffer.from(s.labels.buffer)).update(Buffer.from(s.sourceIndex.buffer)).digest('hex').slice(0, 16);

describe('MNIST split', () => {
  const { train, test } = mnistSplit();

  it('is stratified: 400 training and 100 test digits of every class', () => {
    expect(train.n).toBe(CLASSES * TRAIN_PER_CLASS);
    expect(test.n).toBe(CLASSES * TEST_PER_CLASS);
    expect(counts(train)).toEqual(new Array(CLASSES).fill(TRAIN_PER_CLASS));
    expect(counts(test)).toEqual(new Array(CLASSES).fill(TEST_PER_CLASS));
  });

  it('is disjoint: no digit of the package is in both sets (nor twice in one)', () => {
    const ids = (s: DigitSet) => Array.from(s.labels, (l, i) => `${l}:${s.sourceIndex[i]}`);
    const trainIds = new Set(ids(train));
    expect(trainIds.size).toBe(train.n);
    expect(new Set(ids(test)).size).toBe(test.n);
    expect(ids(test).filter((id) => trainIds.has(id))).toEqual([]);
  });

  it('is deterministic: the same digits on every machine and run (recorded checksums)', () => {
    expect(mnistSplit()).toBe(mnistSplit()); // cached within the process
    expect(digest(train)).toBe('4f279ca056ed62a2');
    expect(digest(test)).toBe('8b40b0ad811fcb30');
    expect(Array.from(test.sourceIndex.subarray(0, 5))).toEqual([989, 132, 585, 820, 470]);
  });

  it('has pixels in [0, 1], real ink in every digit, and is ordered by class', () => {
    let min = Infinity;
    let max = -Infinity;
    for (const v of train.pixels) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    expect(min).toBe(0);
    expect(max).toBe(1);
    expect(train.pixels.length).toBe(train.n * PIXELS);
    for (let i = 0; i < test.n; i++) {
      let ink = 0;
      for (let p = 0; p < PIXELS; p++) ink += test.pixels[i * PIXELS + p]!;
      expect(ink).toBeGreaterThan(10);
    }
    expect(Array.from(train.labels).every((l, i, a) => i === 0 || a[i - 1]! <= l)).toBe(true);
  });

  it('gives the API shape: x has 784 numbers, y is one-hot', () => {
    const ex = toExamples(test);
    expect(ex).toBe(toExamples(test));
    expect(ex).toHaveLength(test.n);
    for (const [i, e] of ex.entries()) {
      expect(e.x).toHaveLength(PIXELS);
      expect(e.y).toHaveLength(CLASSES);
      expect(e.y.reduce((a, b) => a + b, 0)).toBe(1);
      expect(e.y[test.labels[i]!]).toBe(1);
    }
  });

  it('takePerClass keeps the first digits of each class, in order', () => {
    const small = takePerClass(train, 3);
    expect(small.n).toBe(30);
    expect(counts(small)).toEqual(new Array(CLASSES).fill(3));
    expect(Array.from(small.sourceIndex.subarray(0, 3))).toEqual(Array.from(train.sourceIndex.subarray(0, 3)));
  });
});
