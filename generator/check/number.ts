/**
 * Numbers: parsing what students type and the tolerance policy.
 *
 * Policy (documented in the README): a number is accepted when
 *   |given − expected| ≤ max(abs, rel·|expected|)          (default rel = 0.5%, abs = 1e-9), or
 *   it is `expected` correctly rounded to the decimals the student wrote, provided the student
 *   wrote at least 2 significant digits (so 0.82 is right for σ(1.5) = 0.8176, 0.8 is not).
 * An exercise may override rel/abs per part (`Part.tolerance`).
 *
 * @example
 *   parseNumber('−0.18')        // { ok: true, value: -0.18, decimals: 2, sig: 2 }
 *   numberMatches(-0.027, '-0.027', -0.026568, DEFAULT_TOLERANCE)   // true (rounding rule)
 */
import type { Tolerance } from '../../exercises/types.js';

export const DEFAULT_TOLERANCE: Tolerance = { rel: 0.005, abs: 1e-9 };

export interface WrittenNumber {
  value: number;
  /** Digits after the decimal point as written (0 for integers and for exponent notation). */
  decimals: number;
  /** Significant digits as written. */
  sig: number;
}

const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const FRACTION = /^([+-]?\d+(?:\.\d+)?)\s*\/\s*([+-]?\d+(?:\.\d+)?)$/;

/** Normalise typography students paste: unicode minus, thin spaces, full-width digits. */
export function normaliseNumberText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013\u2014\uFE63\uFF0D]/g, '-')
    .replace(/[\s\u00A0\u2009\u202F]/g, '');
}

/** Parse a number the way a student writes it; null when it is not a plain number or fraction. */
export function parseNumberText(raw: string): WrittenNumber | null {
  if (raw.length > 200) return null;
  const s = normaliseNumberText(raw);
  if (PLAIN.test(s)) return written(Number(s), s);
  const frac = FRACTION.exec(s);
  if (frac) {
    const den = Number(frac[2]);
    if (den === 0) return null;
    const value = Number(frac[1]) / den;
    return Number.isFinite(value) ? { value, decimals: 0, sig: 0 } : null;
  }
  return null;
}

/** A JS number from YAML/JSON: its shortest decimal form tells the digits the student wrote. */
export function writtenFromNumber(n: number): WrittenNumber {
  return written(n, String(n));
}

function written(value: number, text: string): WrittenNumber {
  const mantissa = text.replace(/^[+-]/, '').split(/[eE]/)[0]!;
  const hasExp = /[eE]/.test(text);
  const [intPart = '', frac = ''] = mantissa.split('.');
  const digits = (intPart + frac).replace(/^0+/, '');
  return { value, decimals: hasExp ? 0 : frac.length, sig: digits.length };
}

/** The tolerance policy above. `given` carries how the number was written. */
export function numberMatches(given: WrittenNumber | number, expected: number, tol: Tolerance): boolean {
  const g = typeof given === 'number' ? writtenFromNumber(given) : given;
  if (!Number.isFinite(g.value) || !Number.isFinite(expected)) return false;
  const diff = Math.abs(g.value - expected);
  if (diff <= Math.max(tol.abs, tol.rel * Math.abs(expected))) return true;
  if (g.sig >= 2 && g.decimals > 0) {
    const halfUnit = 0.5 * 10 ** -g.decimals;
    return diff <= halfUnit * (1 + 1e-9);
  }
  return false;
}
