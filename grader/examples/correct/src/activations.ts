/** Activation functions and their derivatives. */
export function sigmoid(z: number): number {
  // Two forms so that Math.exp never overflows: e^{-z} for z ≥ 0, e^{z} for z < 0.
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

export function sigmoidPrime(z: number): number {
  const s = sigmoid(z);
  return s * (1 - s);
}

export function relu(z: number): number {
  return Math.max(0, z);
}

export function reluPrime(z: number): number {
  return z > 0 ? 1 : 0;
}
