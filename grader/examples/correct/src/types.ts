/** Data types of the assignment API. */
export type Vector = number[];
export type Matrix = number[][]; // row-major: M[i][j] is row i, column j
export interface Network {
  weights: Matrix[]; // weights[k]: n_{k+1} × n_k
  biases: Vector[];
}
export interface Gradients {
  nablaW: Matrix[];
  nablaB: Vector[];
}
