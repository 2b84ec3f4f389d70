/**
 * Reference linear algebra on plain arrays (row-major matrices), always returning new arrays.
 *
 * @example
 *   matVec([[1, 2], [3, 4]], [1, 1]);   // [3, 7]
 *   outer([1, 2], [3, 4, 5]);           // [[3, 4, 5], [6, 8, 10]]
 */
import type { Matrix, Vector } from '../api.js';

export function matVec(W: Matrix, v: Vector): Vector {
  return W.map((row) => row.reduce((s, wij, j) => s + wij * v[j]!, 0));
}

export function transpose(M: Matrix): Matrix {
  if (M.length === 0) return [];
  return M[0]!.map((_, j) => M.map((row) => row[j]!));
}

export function outer(u: Vector, v: Vector): Matrix {
  return u.map((ui) => v.map((vj) => ui * vj));
}

export function hadamard(u: Vector, v: Vector): Vector {
  return u.map((ui, i) => ui * v[i]!);
}

/** Element-wise helpers used by the network code (not part of the graded API). */
export function add(u: Vector, v: Vector): Vector {
  return u.map((ui, i) => ui + v[i]!);
}

export function sub(u: Vector, v: Vector): Vector {
  return u.map((ui, i) => ui - v[i]!);
}

export function scale(u: Vector, k: number): Vector {
  return u.map((ui) => ui * k);
}
