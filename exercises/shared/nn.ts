/**
 * Small, dependency-free numerics shared by the network exercises: the sigmoid, its derivative,
 * costs, and the vector/matrix operations of the slides (W a + b, Wᵀ δ, δ aᵀ, ⊙). Matrices are
 * row-major `number[][]` (W^k has shape n_k × n_{k−1}).
 *
 * @example
 *   sigmoid(1.5)                       // 0.8175744761936437
 *   matvec([[1, 2], [3, 4]], [1, 1])   // [3, 7]
 *   outer([1, 2], [3, 4, 5])           // [[3, 4, 5], [6, 8, 10]]
 */

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
/** σ′(z) = σ(z)(1 − σ(z)) = a(1 − a). */
export const sigmoidPrime = (z: number): number => sigmoid(z) * (1 - sigmoid(z));
/** The logit, σ⁻¹(a) = ln(a / (1 − a)): the preactivation that gives activation a. */
export const logit = (a: number): number => Math.log(a / (1 - a));

export const quadraticCost = (a: number, y: number): number => 0.5 * (y - a) ** 2;
export const crossEntropyCost = (a: number, y: number): number =>
  -((y === 0 ? 0 : y * Math.log(a)) + (y === 1 ? 0 : (1 - y) * Math.log(1 - a)));

export const dot = (u: readonly number[], v: readonly number[]): number => {
  if (u.length !== v.length) throw new RangeError(`dot: lengths ${u.length} and ${v.length} differ`);
  return u.reduce((s, x, i) => s + x * v[i]!, 0);
};
export const add = (u: readonly number[], v: readonly number[]): number[] => u.map((x, i) => x + v[i]!);
export const sub = (u: readonly number[], v: readonly number[]): number[] => u.map((x, i) => x - v[i]!);
export const scale = (k: number, u: readonly number[]): number[] => u.map((x) => k * x);
/** Element-wise (Hadamard) product u ⊙ v. */
export const hadamard = (u: readonly number[], v: readonly number[]): number[] => u.map((x, i) => x * v[i]!);

export const matvec = (m: readonly (readonly number[])[], v: readonly number[]): number[] => m.map((row) => dot(row, v));
export const transpose = (m: readonly (readonly number[])[]): number[][] =>
  m[0]!.map((_, j) => m.map((row) => row[j]!));
/** u vᵀ: the matrix with entries u_i v_j. */
export const outer = (u: readonly number[], v: readonly number[]): number[][] => u.map((x) => v.map((y) => x * y));
export const matSub = (a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number[][] =>
  a.map((row, i) => sub(row, b[i]!));
export const matScale = (k: number, m: readonly (readonly number[])[]): number[][] => m.map((row) => scale(k, row));

/** softmax(z)_i = e^{z_i} / Σ_j e^{z_j} (shifted by max z for stability). */
export function softmax(z: readonly number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((x) => Math.exp(x - m));
  const s = e.reduce((p, q) => p + q, 0);
  return e.map((x) => x / s);
}

export const oneHotVector = (label: number, n: number): number[] => Array.from({ length: n }, (_, i) => (i === label ? 1 : 0));

/** Round to `d` decimals (for generated params that must read as written). */
export const roundTo = (x: number, d: number): number => {
  const r = Math.round(x * 10 ** d) / 10 ** d;
  return Object.is(r, -0) ? 0 : r;
};
