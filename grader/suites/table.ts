/**
 * The scoring table: every graded function, its points (summing to 100: the 21 functions of
 * issue 4 are worth 87, `predict` 3 and `sgd` with the MNIST training case 10) and its hidden-case
 * generator, in the order reports list them. To grade a new function (e.g. `sgd`, `predict`), add a
 * reference in `reference/`, a generator in `suites/generators/`, a row here and, optionally, public
 * fixtures (`npm exec tsx grader/scripts/make-public-fixtures.ts`), hints and checks.
 *
 * @example
 *   FUNCTIONS.find((f) => f.name === 'backprop')!.points;   // 15
 */
import type { FunctionSpec } from './types.js';
import { linalgGenerators } from './generators/linalg.js';
import { networkGenerators } from './generators/network.js';
import { neuronGenerators } from './generators/neuron.js';
import { softmaxGenerators } from './generators/softmax.js';
import { mnistGenerators } from '../mnist/cases.js';

const gens = { ...neuronGenerators, ...softmaxGenerators, ...linalgGenerators, ...networkGenerators, ...mnistGenerators };

const row = (name: string, points: number): FunctionSpec => {
  const generate = gens[name];
  if (!generate) throw new Error(`grader: no case generator for ${name}`);
  return { name, points, generate };
};

export const FUNCTIONS: FunctionSpec[] = [
  row('sigmoid', 2),
  row('sigmoidPrime', 2),
  row('relu', 2),
  row('reluPrime', 2),
  row('preactivation', 2),
  row('neuronOutput', 2),
  row('quadraticCost', 3),
  row('crossEntropyCost', 3),
  row('neuronStep', 7),
  row('oneHot', 2),
  row('softmax', 5),
  row('logLikelihoodCost', 2),
  row('softmaxCostGradient', 3),
  row('matVec', 3),
  row('transpose', 2),
  row('outer', 2),
  row('hadamard', 2),
  row('feedforward', 8),
  row('backprop', 15),
  row('updateMiniBatch', 10),
  row('initNetwork', 8),
  row('predict', 3),
  row('sgd', 10),
];

export function functionSpec(name: string, table: FunctionSpec[] = FUNCTIONS): FunctionSpec | undefined {
  return table.find((f) => f.name === name);
}
