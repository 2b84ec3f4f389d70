/**
 * Reference training (grader/reference/training.ts) and the typed-array floor (grader/mnist/fast.ts):
 * the floor computes exactly the reference's weights, the documented schedule reaches exactly the
 * documented accuracy, sgd/predict behave as the assignment API says, and the sgd/predict cases of
 * the scoring table are passed by the reference.
 *
 * @example
 *   npx vitest run tests/mnist/training.test.ts
 */
import { describe, expect, it } from 'vitest';
import { Rng } from '../../generator/engine/prng.js';
import type { Network } from '../../grader/api.js';
import { compareValues } from '../../grader/compare/compare.js';
import { hintFor } from '../../grader/compare/hints.js';
import { toPlain } from '../../grader/compare/plain.js';
import { mnistGenerators } from '../../grader/mnist/cases.js';
import { mnistSplit, takePerClass, toExamples } from '../../grader/mnist/data.js';
import { fastAccuracy, fastSgd, fromNetwork, toNetwork } from '../../grader/mnist/fast.js';
import * as S from '../../grader/mnist/schedule.js';
import * as ref from '../../grader/reference/index.js';

const deepFreeze = <T>(v: T): T => {
  if (v && typeof v === 'object') {
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
    Object.freeze(v);
  }
  return v;
};

describe('reference sgd and the typed-array floor', () => {
  const { train, test } = mnistSplit();

  it('compute bit-identical weights (same shuffle, same order of operations)', () => {
    const small = takePerClass(train, 20);
    const a = ref.sgd(S.mnistInitialNetwork(), toExamples(small), 2, 7, S.ALPHA, S.seededRandom(5));
    const f = fastSgd(fromNetwork(S.mnistInitialNetwork()), small, 2, 7, S.ALPHA, S.seededRandom(5));
    expect(toNetwork(f)).toEqual(a);
  });

  it('the documented schedule reaches exactly the documented reference accuracy', () => {
    const f = fastSgd(fromNetwork(S.mnistInitialNetwork()), train, S.EPOCHS, S.BATCH_SIZE, S.ALPHA, S.seededRandom(S.SHUFFLE_SEED));
    expect(fastAccuracy(f, test)).toBe(S.REFERENCE_ACCURACY);
    expect(S.PASS_ACCURACY).toBeCloseTo(S.REFERENCE_ACCURACY - S.MARGIN, 10);
    expect(S.MARGIN).toBeLessThanOrEqual(0.05);
  });

  it('the grader\'s initial network is the seeded 784-30-10 initNetwork, the same every time', () => {
    const n = S.mnistInitialNetwork();
    expect(n.weights.map((W) => [W.length, W[0]!.length])).toEqual([[30, 784], [10, 30]]);
    expect(n).toEqual(ref.initNetwork([784, 30, 10], S.seededRandom(S.INIT_SEED)));
  });
});

describe('sgd (reference)', () => {
  const rng = new Rng(3);
  const data = Array.from({ length: 6 }, () => ({ x: [rng.next(), rng.next()], y: [rng.next()] }));
  const net = ref.initNetwork([2, 3, 1], () => rng.next());

  it('neither mutates nor reorders its inputs, and returns a network', () => {
    const frozenNet = deepFreeze(structuredClone(net));
    const frozenData = deepFreeze(structuredClone(data));
    const out = ref.sgd(frozenNet, frozenData, 2, 4, 1, S.seededRandom(1));
    expect(frozenData).toEqual(data);
    expect(out.weights[0]).toHaveLength(3);
    expect(out).not.toEqual(net);
  });

  it('draws the shuffle only from `random`: same stream, same network; other stream, other order', () => {
    const a = ref.sgd(net, data, 2, 2, 1, S.seededRandom(1));
    expect(ref.sgd(net, data, 2, 2, 1, S.seededRandom(1))).toEqual(a);
    expect(ref.sgd(net, data, 2, 2, 1, S.seededRandom(2))).not.toEqual(a);
  });

  it('with one mini-batch holding all the data it is full-batch gradient descent; 0 epochs returns the network', () => {
    const twoSteps = ref.updateMiniBatch(ref.updateMiniBatch(net, data, 0.5), data, 0.5);
    expect(compareValues(toPlain(ref.sgd(net, data, 2, 100, 0.5, S.seededRandom(9))), twoSteps)).toBeNull();
    expect(ref.sgd(net, data, 0, 2, 1, S.seededRandom(1))).toEqual(net);
  });

  it('passes its own hidden cases on several seeds (the MNIST case is checked elsewhere)', () => {
    for (const seed of [1, 2, 3]) {
      for (const c of mnistGenerators.sgd!(new Rng(seed)).filter((k) => !k.check)) {
        const got = toPlain((ref.sgd as (...a: unknown[]) => unknown)(...c.args.map((a) => (a && typeof a === 'object' && '$random' in a ? S.seededRandom((a as { $random: number }).$random) : a))));
        expect(compareValues(got, c.expected, c.tolerance), c.name).toBeNull();
      }
    }
  });
});

describe('predict on fixed networks', () => {
  // One layer, 3 inputs → 3 outputs: output j sees only input j, so the argmax is the largest input.
  const diag: Network = { weights: [[[5, 0, 0], [0, 5, 0], [0, 0, 5]]], biases: [[0, 0, 0]] };

  it('returns the index of the largest output activation', () => {
    expect(ref.predict(diag, [1, 0, 0])).toBe(0);
    expect(ref.predict(diag, [0.1, 0.9, 0.2])).toBe(1);
    expect(ref.predict(diag, [0, 0.5, 0.6])).toBe(2);
    expect(ref.predict(diag, [-3, -2, -1])).toBe(2);
  });

  it('goes through every layer (biases included) and returns the first index on ties', () => {
    const twoLayers: Network = { weights: [[[1, 0], [0, 1]], [[-4, 4], [4, -4], [0, 0]]], biases: [[0, 0], [0, 0, 1.5]] };
    expect(ref.predict(twoLayers, [0, 10])).toBe(0);
    expect(ref.predict(twoLayers, [10, 0])).toBe(1);
    expect(ref.predict(twoLayers, [0, 0])).toBe(2); // hidden = (0.5, 0.5): only the bias decides
    expect(ref.predict({ weights: [[[0], [0]]], biases: [[1, 1]] }, [7])).toBe(0);
    expect(ref.predict({ weights: [[[1]]], biases: [[0]] }, [3])).toBe(0);
  });

  it('common predict mistakes get a hint', () => {
    const net: Network = { weights: [[[1, 0], [0, 1], [0.5, 0.5]], [[1, 0, 0], [0, 1, 0], [0, 0, 1], [0, 0, 0.2]]], biases: [[0, 0, 0], [0, 0, 0, 0]] };
    const x = [2, -1];
    const a = ref.feedforward(net, x).activations[2]!;
    const best = ref.predict(net, x);
    const m = { kind: 'value' as const, path: '', message: '' };
    expect(hintFor('predict', [net, x], Math.max(...a), m)).toMatch(/index of the largest output \(the class\), not the activation/);
    expect(hintFor('predict', [net, x], a.indexOf(Math.min(...a)), m)).toMatch(/LARGEST output activation \(argmax\), not the smallest/);
    expect(a.indexOf(Math.min(...a))).not.toBe(best + 1);
    expect(hintFor('predict', [net, x], best + 1, m)).toMatch(/numbered from 0/);
  });

  it('the table\'s predict cases are exact and pass with the reference; one answer is the last class', () => {
    const cases = mnistGenerators.predict!(new Rng(11));
    expect(cases.length).toBeGreaterThanOrEqual(6);
    expect(cases.some((c) => c.name.startsWith('answer is the last class'))).toBe(true);
    for (const c of cases) {
      expect(c.tolerance).toEqual({ abs: 0, rel: 0 });
      expect((ref.predict as (...a: unknown[]) => unknown)(...c.args)).toBe(c.expected);
    }
  });
});
