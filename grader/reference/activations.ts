/**
 * Reference activations: sigmoid (numerically stable for large |z|), its derivative, ReLU.
 *
 * @example
 *   sigmoid(1.5);        // 0.8175744761936437
 *   sigmoidPrime(0);     // 0.25
 */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

export function sigmoidPrime(z: number): number {
  const s = sigmoid(z);
  return s * (1 - s);
}

export function relu(z: number): number {
  return z > 0 ? z : 0;
}

export function reluPrime(z: number): number {
  return z > 0 ? 1 : 0;
}
