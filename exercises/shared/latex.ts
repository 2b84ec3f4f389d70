/**
 * LaTeX helpers for statements and worked steps, so every exercise prints numbers, vectors and
 * matrices the same way.
 *
 * @example
 *   num(-0.0271)        // '-0.0271'
 *   vec([1, -0.5])      // '\\begin{bmatrix} 1 \\\\ -0.5 \\end{bmatrix}'
 */

/** A number with at most `sig` significant digits, no trailing zeros, no exponent for normal sizes. */
export function num(x: number, sig = 6): string {
  if (!Number.isFinite(x)) return x > 0 ? '\\infty' : x < 0 ? '-\\infty' : '\\mathrm{NaN}';
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs < 1e-6 || abs >= 1e9) {
    const [m, e] = x.toExponential(sig - 1).split('e');
    return `${Number(m)} \\times 10^{${Number(e)}}`;
  }
  return String(Number(x.toPrecision(sig)));
}

/** A number in parentheses when negative, for substitutions like 1 * (-0.5). */
export function pnum(x: number, sig = 6): string {
  return x < 0 ? `(${num(x, sig)})` : num(x, sig);
}

/** Column vector. */
export function vec(v: number[], sig = 6): string {
  return `\\begin{bmatrix} ${v.map((x) => num(x, sig)).join(' \\\\ ')} \\end{bmatrix}`;
}

/** Row vector, e.g. for a vector written inline in a sentence. */
export function rowvec(v: number[], sig = 6): string {
  return `\\begin{bmatrix} ${v.map((x) => num(x, sig)).join(' & ')} \\end{bmatrix}`;
}

export function mat(m: number[][], sig = 6): string {
  return `\\begin{bmatrix} ${m.map((r) => r.map((x) => num(x, sig)).join(' & ')).join(' \\\\ ')} \\end{bmatrix}`;
}

/** Plain-text number for prompts and feedback (same rounding as `num`). */
export function plain(x: number, sig = 6): string {
  return String(Number(x.toPrecision(sig)));
}
