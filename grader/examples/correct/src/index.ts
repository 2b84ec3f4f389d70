/**
 * A complete, correct submission (full marks): the assignment API, split over a few files.
 * Grade it with `npm run grade -- grader/examples/correct`.
 */
export type { Vector, Matrix, Network, Gradients } from './types.js';
export { sigmoid, sigmoidPrime, relu, reluPrime } from './activations.js';
export { preactivation, neuronOutput, quadraticCost, crossEntropyCost, neuronStep } from './neuron.js';
export { oneHot, softmax, logLikelihoodCost, softmaxCostGradient } from './softmax.js';
export { matVec, transpose, outer, hadamard } from './linalg.js';
export { feedforward, backprop, updateMiniBatch, initNetwork } from './network.js';
export { sgd, predict } from './training.js';
