/** Training on a data set (stochastic gradient descent over shuffled mini-batches) and prediction. */
import { feedforward, updateMiniBatch } from './network.js';
import type { Network, Vector } from './types.js';

/** Fisher–Yates shuffle of a copy, using only `random` (the caller's array is left as it is). */
function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function sgd(
  net: Network,
  trainingData: { x: Vector; y: Vector }[],
  epochs: number,
  batchSize: number,
  alpha: number,
  random: () => number,
): Network {
  for (let epoch = 0; epoch < epochs; epoch++) {
    const data = shuffle(trainingData, random);
    for (let k = 0; k < data.length; k += batchSize) {
      net = updateMiniBatch(net, data.slice(k, k + batchSize), alpha);
    }
  }
  return net;
}

/** The class with the largest output activation. */
export function predict(net: Network, x: Vector): number {
  const { activations } = feedforward(net, x);
  const a = activations[activations.length - 1]!;
  let best = 0;
  for (let j = 1; j < a.length; j++) if (a[j]! > a[best]!) best = j;
  return best;
}
