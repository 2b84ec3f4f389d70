/**
 * Case generators for the two training functions of issue 7, plugged into the scoring table:
 * - `sgd`: small exact cases that do not depend on the shuffle order (one mini-batch holding all the
 *   data, several epochs, 0 epochs), plus the MNIST case: the grader's seeded 784-30-10 network,
 *   the 4,000 training digits and the fixed schedule, judged by `check: { kind: 'mnist' }` on the
 *   held-out digits (see check.ts). The MNIST case is hidden-only (too large for a fixture file).
 * - `predict`: fixed networks of several shapes, expected = the reference argmax, exact.
 *
 * @example
 *   mnistGenerators.sgd(new Rng(42));       // [...exact cases, mnistCase()]
 *   mnistGenerators.predict(new Rng(42));
 */
import type { Rng } from '../../generator/engine/prng.js';
import type { Example, Network } from '../api.js';
import * as ref from '../reference/index.js';
import { dims, net, refCase, target, vec } from '../suites/generators/util.js';
import type { Case } from '../suites/types.js';
import { mnistSplit, takePerClass, toExamples } from './data.js';
import { ALPHA, BATCH_SIZE, EPOCHS, mnistInitialNetwork, SHUFFLE_SEED, SIZES, TRAIN_TIMEOUT_MS } from './schedule.js';

type Gen = (rng: Rng) => Case[];

/** `epochs` full-batch steps: what sgd must return when one mini-batch holds all the data. */
function fullBatch(n: Network, data: Example[], epochs: number, alpha: number): Network {
  let out = n;
  for (let e = 0; e < epochs; e++) out = ref.updateMiniBatch(out, data, alpha);
  return out;
}

/** A smaller schedule for quick tests: fewer training digits per class, fewer epochs, own threshold. */
export interface MnistCaseOptions {
  perClass?: number;
  epochs?: number;
  passAccuracy?: number;
  referenceAccuracy?: number;
}

/** The MNIST training case: the student's sgd trains the grader's network on the real digits. */
export function mnistCase(opts: MnistCaseOptions = {}): Case {
  const full = mnistSplit().train;
  const train = opts.perClass ? takePerClass(full, opts.perClass) : full;
  const epochs = opts.epochs ?? EPOCHS;
  const thresholds = opts.passAccuracy !== undefined ? { passAccuracy: opts.passAccuracy, referenceAccuracy: opts.referenceAccuracy } : {};
  return {
    function: 'sgd',
    name: `MNIST: train ${SIZES.join('-')} on ${train.n} digits (${epochs} epochs, batches of ${BATCH_SIZE}, α = ${ALPHA}), accuracy on held-out digits`,
    args: [mnistInitialNetwork(), toExamples(train), epochs, BATCH_SIZE, ALPHA, { $random: SHUFFLE_SEED }],
    check: { kind: 'mnist', ...thresholds },
    timeoutMs: TRAIN_TIMEOUT_MS,
    hiddenOnly: true,
    shallowFreeze: true,
    display: [`<seeded ${SIZES.join('-')} network>`, `<${train.n} MNIST training digits, ordered by class>`, epochs, BATCH_SIZE, ALPHA, { $random: SHUFFLE_SEED }],
  };
}

const sgdExact: Gen = (rng) => {
  const data = (s: number[], k: number): Example[] => Array.from({ length: k }, () => ({ x: vec(rng, s[0]!), y: target(rng, s[s.length - 1]!) }));
  const c = (name: string, s: number[], k: number, epochs: number, batchSize: number): Case => {
    const n = net(rng, s);
    const d = data(s, k);
    const alpha = rng.decimal(0.5, 3, 2);
    return {
      function: 'sgd',
      name: `${name} ${dims(s)}, ${k} examples, ${epochs} epoch${epochs === 1 ? '' : 's'}, batch size ${batchSize}`,
      args: [n, d, epochs, batchSize, alpha, { $random: rng.nextUint32() }],
      expected: fullBatch(n, d, epochs, alpha),
    };
  };
  return [
    c('one example', [2, 1], 1, 1, 1),
    c('one batch holding all the data', [2, 3, 2], 4, 1, 4),
    c('one batch, several epochs', [3, 4, 2], 5, 3, 5),
    c('batch size larger than the data', [2, 3, 2], 3, 2, 10),
    c('deep (4 layers), one batch', [3, 5, 4, 3, 2], 4, 2, 4),
    c('zero epochs returns the network', [2, 2, 1], 3, 0, 2),
  ];
};

const predictCases: Gen = (rng) => {
  const c = (name: string, s: number[]): Case =>
    refCase(`${name} ${dims(s)}`, 'predict', ref.predict, [net(rng, s), vec(rng, s[0]!)], { tolerance: { abs: 0, rel: 0 } });
  const out = [c('single output', [2, 1]), c('one layer', [3, 4]), c('two layers', [3, 5, 3]), c('ten classes', [6, 12, 10]), c('deep (4 layers)', [3, 5, 4, 3, 4]), c('wide', [20, 30, 10])];
  // A case whose answer is the last class, so an off-by-one loop bound is caught.
  for (let tries = 0; tries < 200; tries++) {
    const k = c('answer is the last class', [4, 6, 5]);
    if (k.expected === 4) return [...out, k];
  }
  return out;
};

export const mnistGenerators: Record<string, Gen> = {
  sgd: (rng) => [...sgdExact(rng), mnistCase()],
  predict: predictCases,
};
