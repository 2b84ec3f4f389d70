/**
 * The assignment API's data types (issue 4): every submission's `src/index.ts` exports functions over
 * these, and the reference implementation, the case generators and the comparison use them too.
 *
 * @example
 *   const net: Network = { weights: [[[0.1, -0.2]]], biases: [[0.3]] };   // a 2 → 1 network
 */
export type Vector = number[];
/** Row-major: `M[i][j]` is row i, column j. */
export type Matrix = number[][];
/** `weights[k]` is n_{k+1} × n_k (W^{k+1} in the slides' notation), `biases[k]` has n_{k+1} entries. */
export interface Network {
  weights: Matrix[];
  biases: Vector[];
}
export interface Gradients {
  nablaW: Matrix[];
  nablaB: Vector[];
}
export type CostName = 'quadratic' | 'cross-entropy';
export interface Example {
  x: Vector;
  y: Vector;
}
