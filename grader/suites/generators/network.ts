/**
 * Hidden-case generators for the network functions: 1-layer, 2-layer, deep (4-layer) and wide
 * networks, batches of one and several, and the statistical cases of initNetwork.
 *
 * @example
 *   networkGenerators.backprop(new Rng(42));
 */
import type { Rng } from '../../../generator/engine/prng.js';
import * as ref from '../../reference/index.js';
import type { Case } from '../types.js';
import { dims, net, refCase, target, vec } from './util.js';

type Gen = (rng: Rng) => Case[];

/** Architectures every network function is tested on. */
const architectures = (rng: Rng): [string, number[]][] => [
  ['single neuron', [1, 1]],
  ['one layer', [3, 2]],
  ['two layers', [2, rng.int(2, 4), 1]],
  ['two layers', [rng.int(3, 5), rng.int(3, 6), rng.int(2, 3)]],
  ['deep (4 layers)', [3, 5, 4, 3, 2]],
  ['wide', [20, 30, 10]],
];

export const networkGenerators: Record<string, Gen> = {
  feedforward: (rng) =>
    architectures(rng)
      .map(([name, s]) => refCase(`${name} ${dims(s)}`, 'feedforward', ref.feedforward, [net(rng, s), vec(rng, s[0]!)]))
      .concat([refCase('zero input 3-4-2', 'feedforward', ref.feedforward, [net(rng, [3, 4, 2]), [0, 0, 0]])]),
  backprop: (rng) =>
    architectures(rng)
      .map(([name, s]) =>
        refCase(`${name} ${dims(s)}`, 'backprop', ref.backprop, [net(rng, s), vec(rng, s[0]!), target(rng, s[s.length - 1]!)]),
      )
      .concat([
        refCase('zero input 3-4-2', 'backprop', ref.backprop, [net(rng, [3, 4, 2]), [0, 0, 0], target(rng, 2)]),
        refCase('square layers 3-3-3', 'backprop', ref.backprop, [net(rng, [3, 3, 3]), vec(rng, 3), target(rng, 3)]),
      ]),
  updateMiniBatch: (rng) => {
    const batch = (s: number[], n: number) =>
      Array.from({ length: n }, () => ({ x: vec(rng, s[0]!), y: target(rng, s[s.length - 1]!) }));
    const c = (name: string, s: number[], n: number) =>
      refCase(`${name} ${dims(s)}, batch of ${n}`, 'updateMiniBatch', ref.updateMiniBatch, [net(rng, s), batch(s, n), rng.decimal(0.5, 3, 2)]);
    return [
      c('one layer', [2, 1], 1),
      c('two layers', [2, 3, 2], 1),
      c('two layers', [3, 4, 2], rng.int(2, 5)),
      c('deep (4 layers)', [3, 5, 4, 3, 2], 3),
      c('wide', [20, 30, 10], 4),
      c('two layers', [4, 3, 3], 10),
    ];
  },
  initNetwork: (rng) => {
    const c = (name: string, sizes: number[]): Case => ({
      function: 'initNetwork',
      name: `${name} ${dims(sizes)}`,
      args: [sizes, { $random: rng.nextUint32() }],
      check: { kind: 'initNetwork' },
      repeat: 2,
    });
    return [c('small', [2, 3, 1]), c('single layer', [rng.int(150, 250), 60]), c('three layers', [100, 120, 10]), c('deep (4 layers)', [3, 5, 4, 3, 2])];
  },
};
