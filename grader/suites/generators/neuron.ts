/**
 * Hidden-case generators for the scalar and single-neuron functions (sigmoid … neuronStep),
 * including the edge cases: large |z|, z = 0, zero and length-1 vectors.
 *
 * @example
 *   neuronGenerators.sigmoid(new Rng(42));   // Case[] with expected values from the reference
 */
import type { Rng } from '../../../generator/engine/prng.js';
import * as ref from '../../reference/index.js';
import type { Case } from '../types.js';
import { refCase, target, vec } from './util.js';

type Gen = (rng: Rng) => Case[];

const scalar = (fn: string, f: (z: number) => number, zs: [string, number][]): Case[] =>
  zs.map(([name, z]) => refCase(name, fn, f, [z]));

const zCases = (rng: Rng): [string, number][] => [
  ['z = 0', 0],
  ['small positive z', rng.decimal(0.1, 3, 4)],
  ['small negative z', rng.decimal(-3, -0.1, 4)],
  ['moderate z', rng.decimal(-8, 8, 3)],
  ['large positive z', rng.decimal(30, 60, 2)],
  ['large negative z', rng.decimal(-60, -30, 2)],
  ['very large positive z', rng.decimal(750, 1000, 1)],
  ['very large negative z', rng.decimal(-1000, -750, 1)],
];

export const neuronGenerators: Record<string, Gen> = {
  sigmoid: (rng) => scalar('sigmoid', ref.sigmoid, zCases(rng)),
  sigmoidPrime: (rng) => scalar('sigmoidPrime', ref.sigmoidPrime, zCases(rng)),
  relu: (rng) =>
    scalar('relu', ref.relu, [
      ['z = 0', 0],
      ['positive z', rng.decimal(0.1, 5, 4)],
      ['negative z', rng.decimal(-5, -0.1, 4)],
      ['large positive z', rng.decimal(1e3, 1e6, 1)],
      ['large negative z', rng.decimal(-1e6, -1e3, 1)],
    ]),
  reluPrime: (rng) =>
    scalar('reluPrime', ref.reluPrime, [
      ['z = 0', 0],
      ['positive z', rng.decimal(0.1, 5, 4)],
      ['negative z', rng.decimal(-5, -0.1, 4)],
      ['tiny positive z', 1e-9],
      ['large negative z', rng.decimal(-1e6, -1e3, 1)],
    ]),
  preactivation: (rng) => {
    const n = rng.int(3, 6);
    return [
      refCase('one input', 'preactivation', ref.preactivation, [vec(rng, 1), vec(rng, 1), rng.decimal(-2, 2, 4)]),
      refCase(`${n} inputs`, 'preactivation', ref.preactivation, [vec(rng, n), vec(rng, n), rng.decimal(-2, 2, 4)]),
      refCase('zero input vector', 'preactivation', ref.preactivation, [vec(rng, 3), [0, 0, 0], rng.decimal(-2, 2, 4)]),
      refCase('zero weights', 'preactivation', ref.preactivation, [[0, 0], vec(rng, 2), rng.decimal(-2, 2, 4)]),
      refCase('10 inputs', 'preactivation', ref.preactivation, [vec(rng, 10), vec(rng, 10), rng.decimal(-2, 2, 4)]),
    ];
  },
  neuronOutput: (rng) => [
    refCase('one input', 'neuronOutput', ref.neuronOutput, [vec(rng, 1), vec(rng, 1), rng.decimal(-2, 2, 4)]),
    refCase('3 inputs', 'neuronOutput', ref.neuronOutput, [vec(rng, 3), vec(rng, 3), rng.decimal(-2, 2, 4)]),
    refCase('zero input vector', 'neuronOutput', ref.neuronOutput, [vec(rng, 2), [0, 0], rng.decimal(-2, 2, 4)]),
    refCase('saturated neuron', 'neuronOutput', ref.neuronOutput, [vec(rng, 4, 20, 40), vec(rng, 4, 1, 2), 5]),
    refCase('8 inputs', 'neuronOutput', ref.neuronOutput, [vec(rng, 8), vec(rng, 8), rng.decimal(-2, 2, 4)]),
  ],
  quadraticCost: (rng) => {
    const m = rng.int(3, 8);
    return [
      refCase('one output', 'quadraticCost', ref.quadraticCost, [vec(rng, 1, 0, 1), target(rng, 1)]),
      refCase(`${m} outputs`, 'quadraticCost', ref.quadraticCost, [vec(rng, m, 0, 1), target(rng, m)]),
      refCase('two outputs', 'quadraticCost', ref.quadraticCost, [vec(rng, 2, 0, 1), target(rng, 2)]),
      refCase('perfect prediction', 'quadraticCost', ref.quadraticCost, [[0.25, 0.75, 1], [0.25, 0.75, 1]]),
      refCase('zero vectors', 'quadraticCost', ref.quadraticCost, [[0, 0, 0, 0], [0, 0, 0, 0]]),
      refCase('10 outputs, one-hot target', 'quadraticCost', ref.quadraticCost, [vec(rng, 10, 0, 1), ref.oneHot(rng.int(0, 9), 10)]),
    ];
  },
  crossEntropyCost: (rng) => [
    refCase('y = 1', 'crossEntropyCost', ref.crossEntropyCost, [rng.decimal(0.05, 0.95, 4), 1]),
    refCase('y = 0', 'crossEntropyCost', ref.crossEntropyCost, [rng.decimal(0.05, 0.95, 4), 0]),
    refCase('fractional y', 'crossEntropyCost', ref.crossEntropyCost, [rng.decimal(0.05, 0.95, 4), rng.decimal(0.1, 0.9, 2)]),
    refCase('confident and right', 'crossEntropyCost', ref.crossEntropyCost, [0.999, 1]),
    refCase('confident and wrong', 'crossEntropyCost', ref.crossEntropyCost, [0.001, 1]),
  ],
  neuronStep: (rng) => {
    const n = rng.int(2, 5);
    const c = (name: string, nIn: number, cost: 'quadratic' | 'cross-entropy', x = vec(rng, nIn)) =>
      refCase(name, 'neuronStep', ref.neuronStep, [vec(rng, nIn), rng.decimal(-2, 2, 4), x, rng.pick([0, 1]), rng.decimal(0.1, 3, 2), cost]);
    return [
      c('quadratic cost, one input', 1, 'quadratic'),
      c(`quadratic cost, ${n} inputs`, n, 'quadratic'),
      c('quadratic cost, zero input vector', 3, 'quadratic', [0, 0, 0]),
      c('cross-entropy, one input', 1, 'cross-entropy'),
      c(`cross-entropy, ${n} inputs`, n, 'cross-entropy'),
      c('cross-entropy, zero input vector', 2, 'cross-entropy', [0, 0]),
      c('quadratic cost, 6 inputs', 6, 'quadratic'),
      c('cross-entropy, 6 inputs', 6, 'cross-entropy'),
    ];
  },
};
