/**
 * The reference implementation of the whole assignment API. It lives with the grader only: it is
 * never bundled into a submission, shipped to students or sent to the sandbox.
 *
 * @example
 *   import * as ref from './reference/index.js';
 *   ref.softmax([1, 2, 3]);
 */
export * from './activations.js';
export * from './neuron.js';
export * from './softmax.js';
export { matVec, transpose, outer, hadamard } from './linalg.js';
export { feedforward, backprop, updateMiniBatch, initNetwork, networkCost } from './network.js';
export { sgd, predict, shuffleWith } from './training.js';
