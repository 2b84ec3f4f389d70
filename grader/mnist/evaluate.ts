/**
 * Judge a trained network on the held-out digits with the grader's own reference feedforward (never
 * the student's code): accuracy, a confusion matrix and the misclassified digits. The network is
 * first validated (shape 784-30-10, plain numbers, all finite) so a broken network gets a clear
 * message instead of a crash.
 *
 * @example
 *   const problem = networkProblem(output, [784, 30, 10]);   // string | null
 *   if (!problem) evaluateNetwork(output as Network, mnistSplit().test).accuracy;   // e.g. 0.914
 */
import type { Network } from '../api.js';
import { predict } from '../reference/training.js';
import { CLASSES, digitPixels, type DigitSet } from './data.js';

export interface Misclassified {
  /** Index in the test set. */
  index: number;
  label: number;
  predicted: number;
}

export interface MnistEvaluation {
  n: number;
  correct: number;
  accuracy: number;
  /** confusion[true][predicted] = count. */
  confusion: number[][];
  predictions: number[];
  misclassified: Misclassified[];
}

const describeValue = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? `an array of length ${v.length}` : typeof v === 'object' ? 'an object' : typeof v === 'number' ? String(v) : typeof v;

/** Why `net` is not a usable network of the given sizes, or null if it is. */
export function networkProblem(net: unknown, sizes: number[]): string | null {
  const arch = sizes.join('-');
  if (net === null || typeof net !== 'object' || Array.isArray(net)) {
    return `sgd returned ${describeValue(net)}, expected a Network { weights, biases } (return the trained network)`;
  }
  const { weights, biases } = net as { weights?: unknown; biases?: unknown };
  const L = sizes.length - 1;
  if (!Array.isArray(weights) || !Array.isArray(biases)) {
    return 'the returned network has no weights/biases arrays (sgd should return { weights, biases })';
  }
  if (weights.length !== L || biases.length !== L) {
    return `the returned network has ${weights.length} weight matrices and ${biases.length} bias vectors, expected ${L} of each (a ${arch} network)`;
  }
  let nonFinite: string | null = null;
  for (let k = 0; k < L; k++) {
    const rows = sizes[k + 1]!;
    const cols = sizes[k]!;
    const W = weights[k] as unknown;
    const b = biases[k] as unknown;
    if (!Array.isArray(W) || W.length !== rows || !W.every((r) => Array.isArray(r) && r.length === cols)) {
      const got = Array.isArray(W) && Array.isArray(W[0]) ? `${W.length}×${(W[0] as unknown[]).length}` : describeValue(W);
      return `weights[${k}] is ${got}, expected a ${rows}×${cols} matrix (a ${arch} network keeps its shape while training)`;
    }
    if (!Array.isArray(b) || b.length !== rows) return `biases[${k}] is ${describeValue(b)}, expected ${rows} numbers`;
    for (let i = 0; i < rows; i++) {
      const row = W[i] as unknown[];
      for (let j = 0; j < cols; j++) {
        const v = row[j];
        if (typeof v !== 'number') return `weights[${k}][${i}][${j}] is ${describeValue(v)}, expected a number`;
        if (!Number.isFinite(v)) nonFinite ??= `weights[${k}][${i}][${j}] = ${v}`;
      }
      const v = b[i];
      if (typeof v !== 'number') return `biases[${k}][${i}] is ${describeValue(v)}, expected a number`;
      if (!Number.isFinite(v)) nonFinite ??= `biases[${k}][${i}] = ${v}`;
    }
  }
  if (nonFinite) {
    return `the trained network contains non-finite numbers (${nonFinite}): training diverged or mixed vectors of different lengths (undefined·x = NaN); check backprop and updateMiniBatch on small cases first`;
  }
  return null;
}

export function emptyConfusion(): number[][] {
  return Array.from({ length: CLASSES }, () => new Array<number>(CLASSES).fill(0));
}

/** Accuracy of a (validated) network on `test`, using the reference feedforward. */
export function evaluateNetwork(net: Network, test: DigitSet): MnistEvaluation {
  const confusion = emptyConfusion();
  const predictions: number[] = [];
  const misclassified: Misclassified[] = [];
  let correct = 0;
  for (let i = 0; i < test.n; i++) {
    const label = test.labels[i]!;
    const predicted = predict(net, Array.from(digitPixels(test, i)));
    predictions.push(predicted);
    confusion[label]![predicted]!++;
    if (predicted === label) correct++;
    else misclassified.push({ index: i, label, predicted });
  }
  return { n: test.n, correct, accuracy: correct / test.n, confusion, predictions, misclassified };
}

/** The confusion matrix as aligned text (rows: true digit, columns: predicted digit). */
export function confusionText(confusion: number[][]): string {
  const w = Math.max(3, ...confusion.flat().map((c) => String(c).length + 1));
  const head = `true\\pred${Array.from({ length: CLASSES }, (_, j) => String(j).padStart(w)).join('')}`;
  const rows = confusion.map((r, i) => `${String(i).padStart(9)}${r.map((c) => String(c).padStart(w)).join('')}`);
  return [head, ...rows].join('\n');
}
