/**
 * Hidden-case generators for oneHot and the softmax family, with overflow edge cases
 * (large |z|, all-equal and single-element vectors).
 *
 * @example
 *   softmaxGenerators.softmax(new Rng(1));
 */
import type { Rng } from '../../../generator/engine/prng.js';
import * as ref from '../../reference/index.js';
import type { Case } from '../types.js';
import { refCase, vec } from './util.js';

type Gen = (rng: Rng) => Case[];

const zVectors = (rng: Rng): [string, number[]][] => {
  const n = rng.int(3, 6);
  return [
    [`${n} classes`, vec(rng, n, -4, 4)],
    ['10 classes', vec(rng, 10, -4, 4)],
    ['one class', vec(rng, 1)],
    ['zero vector', [0, 0, 0, 0]],
    ['large positive z', vec(rng, 3, 900, 1000)],
    ['large negative z', vec(rng, 3, -1000, -900)],
    ['mixed huge z', [rng.decimal(700, 800, 2), rng.decimal(-800, -700, 2), 0]],
  ];
};

export const softmaxGenerators: Record<string, Gen> = {
  oneHot: (rng) => {
    const k = rng.int(3, 9);
    return [
      refCase('one class', 'oneHot', ref.oneHot, [0, 1]),
      refCase('first of two', 'oneHot', ref.oneHot, [0, 2]),
      refCase(`label in ${k} classes`, 'oneHot', ref.oneHot, [rng.int(0, k - 1), k]),
      refCase('last of 10', 'oneHot', ref.oneHot, [9, 10]),
      refCase('label in 10 classes', 'oneHot', ref.oneHot, [rng.int(1, 8), 10]),
    ];
  },
  softmax: (rng) => zVectors(rng).map(([name, z]) => refCase(name, 'softmax', ref.softmax, [z])),
  logLikelihoodCost: (rng) =>
    zVectors(rng)
      .slice(0, 3)
      .map(([name, z]) => {
        const a = ref.softmax(z).map((v) => Math.round(v * 1e6) / 1e6 || 1e-6);
        return refCase(name, 'logLikelihoodCost', ref.logLikelihoodCost, [a, rng.int(0, a.length - 1)]);
      })
      .concat([refCase('certain and right', 'logLikelihoodCost', ref.logLikelihoodCost, [[0, 1, 0], 1])]),
  softmaxCostGradient: (rng) =>
    zVectors(rng).map(([name, z]) => refCase(name, 'softmaxCostGradient', ref.softmaxCostGradient, [z, rng.int(0, z.length - 1)])),
};
