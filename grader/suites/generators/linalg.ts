/**
 * Hidden-case generators for matVec, transpose, outer and hadamard: 1×1, square, non-square,
 * single-row/column matrices and zero vectors.
 *
 * @example
 *   linalgGenerators.transpose(new Rng(3));
 */
import type { Rng } from '../../../generator/engine/prng.js';
import * as ref from '../../reference/index.js';
import type { Case } from '../types.js';
import { mat, refCase, vec } from './util.js';

type Gen = (rng: Rng) => Case[];

const shapes: [number, number][] = [[1, 1], [2, 3], [3, 2], [4, 4], [1, 5], [5, 1]];

export const linalgGenerators: Record<string, Gen> = {
  matVec: (rng) =>
    shapes
      .map(([r, c]) => refCase(`${r}×${c} matrix`, 'matVec', ref.matVec, [mat(rng, r, c), vec(rng, c)]))
      .concat([refCase('zero vector', 'matVec', ref.matVec, [mat(rng, 3, 4), [0, 0, 0, 0]])]),
  transpose: (rng) => shapes.map(([r, c]) => refCase(`${r}×${c} matrix`, 'transpose', ref.transpose, [mat(rng, r, c)])),
  outer: (rng) =>
    shapes
      .map(([r, c]) => refCase(`${r}×${c} result`, 'outer', ref.outer, [vec(rng, r), vec(rng, c)]))
      .concat([refCase('zero vector', 'outer', ref.outer, [vec(rng, 2), [0, 0, 0]])]),
  hadamard: (rng) => {
    const n = rng.int(2, 8);
    return [
      refCase('length 1', 'hadamard', ref.hadamard, [vec(rng, 1), vec(rng, 1)]),
      refCase(`length ${n}`, 'hadamard', ref.hadamard, [vec(rng, n), vec(rng, n)]),
      refCase('zero vector', 'hadamard', ref.hadamard, [vec(rng, 3), [0, 0, 0]]),
      refCase('length 10', 'hadamard', ref.hadamard, [vec(rng, 10), vec(rng, 10)]),
    ];
  },
};
