/**
 * The starter stub: every function of the assignment API throws "not implemented" (0 marks).
 * Grade it with `npm run grade -- grader/examples/stub`.
 */
export type Vector = number[];
export type Matrix = number[][]; // row-major: M[i][j] is row i, column j
export interface Network { weights: Matrix[]; biases: Vector[] } // weights[k]: n_{k+1} × n_k
export interface Gradients { nablaW: Matrix[]; nablaB: Vector[] }

function todo(name: string): never {
  throw new Error(`${name}: not implemented`);
}

export function sigmoid(_z: number): number { return todo('sigmoid'); }
export function sigmoidPrime(_z: number): number { return todo('sigmoidPrime'); }
export function relu(_z: number): number { return todo('relu'); }
export function reluPrime(_z: number): number { return todo('reluPrime'); }
export function preactivation(_w: Vector, _x: Vector, _b: number): number { return todo('preactivation'); }
export function neuronOutput(_w: Vector, _x: Vector, _b: number): number { return todo('neuronOutput'); }
export function quadraticCost(_a: Vector, _y: Vector): number { return todo('quadraticCost'); }
export function crossEntropyCost(_a: number, _y: number): number { return todo('crossEntropyCost'); }
export function neuronStep(_w: Vector, _b: number, _x: Vector, _y: number, _alpha: number,
  _cost: 'quadratic' | 'cross-entropy'): { w: Vector; b: number } { return todo('neuronStep'); }
export function oneHot(_label: number, _classes: number): Vector { return todo('oneHot'); }
export function softmax(_z: Vector): Vector { return todo('softmax'); }
export function logLikelihoodCost(_a: Vector, _label: number): number { return todo('logLikelihoodCost'); }
export function softmaxCostGradient(_z: Vector, _label: number): Vector { return todo('softmaxCostGradient'); }
export function matVec(_W: Matrix, _v: Vector): Vector { return todo('matVec'); }
export function transpose(_M: Matrix): Matrix { return todo('transpose'); }
export function outer(_u: Vector, _v: Vector): Matrix { return todo('outer'); }
export function hadamard(_u: Vector, _v: Vector): Vector { return todo('hadamard'); }
export function feedforward(_net: Network, _x: Vector): { zs: Vector[]; activations: Vector[] } { return todo('feedforward'); }
export function backprop(_net: Network, _x: Vector, _y: Vector): Gradients { return todo('backprop'); }
export function updateMiniBatch(_net: Network, _batch: { x: Vector; y: Vector }[], _alpha: number): Network {
  return todo('updateMiniBatch');
}
export function initNetwork(_sizes: number[], _random: () => number): Network { return todo('initNetwork'); }
export function sgd(_net: Network, _trainingData: { x: Vector; y: Vector }[], _epochs: number, _batchSize: number,
  _alpha: number, _random: () => number): Network { return todo('sgd'); }
export function predict(_net: Network, _x: Vector): number { return todo('predict'); }
