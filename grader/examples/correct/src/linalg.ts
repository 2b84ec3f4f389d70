/** Vector and matrix helpers on plain arrays. */
import type { Matrix, Vector } from './types.js';

export function matVec(W: Matrix, v: Vector): Vector {
  return W.map((row) => row.reduce((sum, w, j) => sum + w * v[j]!, 0));
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
