/**
 * Reference training loop and prediction (issue 7): stochastic gradient descent over epochs of
 * shuffled mini-batches, and the argmax of the output layer.
 *
 * The shuffle is Fisher–Yates driven only by `random` (for i = n−1 … 1: j = ⌊random()·(i+1)⌋, swap),
 * on a copy: the caller's training data is not reordered. Any correct shuffle is accepted from
 * students; the grader judges `sgd` by the accuracy the trained network reaches.
 *
 * @example
 *   const trained = sgd(initNetwork([784, 30, 10], random), examples, 3, 10, 30, random);
 *   predict(trained, examples[0].x);   // e.g. 0
 */
import type { Example, Network, Vector } from '../api.js';
import { feedforward, updateMiniBatch } from './network.js';

export function shuffleWith<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
  return out;
}

export function sgd(
  net: Network,
  trainingData: Example[],
  epochs: number,
  batchSize: number,
  alpha: number,
  random: () => number,
): Network {
  let current = net;
  for (let e = 0; e < epochs; e++) {
    const data = shuffleWith(trainingData, random);
    for (let k = 0; k < data.length; k += batchSize) current = updateMiniBatch(current, data.slice(k, k + batchSize), alpha);
  }
  return current;
}

/** Index of the largest output activation (the first one on ties). */
export function predict(net: Network, x: Vector): number {
  const { activations } = feedforward(net, x);
  const a = activations[activations.length - 1]!;
  let best = 0;
  for (let j = 1; j < a.length; j++) if (a[j]! > a[best]!) best = j;
  return best;
}
