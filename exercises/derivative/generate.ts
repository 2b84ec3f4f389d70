/**
 * Random `f` for each rule: integer coefficients, small powers, and only functions that are defined
 * on a sensible interval (ln and sqrt of something positive there). The caller (index.ts) rejects
 * degenerate draws: a derivative that is 0, or a rule whose typical mistake would coincide with the
 * right answer (e.g. the chain rule with u = x + 3, where forgetting du/dx = 1 changes nothing).
 *
 * @example
 *   drawF(new Rng(7), 'product')   // '(2*x + 1)*e^x'
 */
import type { Rng } from '../../generator/engine/prng.js';
import type { Rule } from './structure.js';

/** c·x^p as text, without the sign (the caller joins terms with + or −). */
function mono(c: number, p: number): string {
  const a = Math.abs(c);
  if (p === 0) return String(a);
  const xp = p === 1 ? 'x' : `x^${p}`;
  return a === 1 ? xp : `${a}*${xp}`;
}

/** Join signed terms: [[3, 'x^2'], [-2, 'x']] → '3*x^2 - 2*x'. Each entry is [coefficient, text without sign]. */
function join(terms: [number, string][]): string {
  return terms.map(([c, s], i) => (i === 0 ? (c < 0 ? `-${s}` : s) : c < 0 ? ` - ${s}` : ` + ${s}`)).join('');
}

function polynomialTerms(rng: Rng, maxDegree: number, minTerms: number): [number, string][] {
  const degree = rng.int(2, maxDegree);
  const lower = rng.shuffle(Array.from({ length: degree }, (_, i) => i)).slice(0, rng.int(minTerms - 1, Math.min(3, degree)));
  return [degree, ...lower.sort((a, b) => b - a)].map((p) => {
    const c = rng.intExcept(-9, 9, [0]);
    return [c, mono(c, p)] as [number, string];
  });
}

/** The slides' y = ax³ + bx² + cx + d and relatives with symbolic constants. */
const SYMBOLIC = ['a*x^3 + b*x^2 + c*x + d', 'a*x^2 + b*x + c', 'a*x^3 + b*x', 'a*x^4 + b*x^2 + c', 'a*x^3 + c*x + d'];

/** a·x + b with a ∉ {0, ±1} (so du/dx is not 1) and b ≠ 0. */
const linear = (rng: Rng, positive = false): string => {
  const a = positive ? rng.int(2, 5) : rng.intExcept(-5, 5, [0, 1, -1]);
  const b = positive ? rng.int(1, 6) : rng.intExcept(-6, 6, [0]);
  return join([[a, mono(a, 1)], [b, String(Math.abs(b))]]);
};

/** A positive-on-x>0 inner function for ln(u) and sqrt(u), with du/dx ≠ 1. */
function positiveInner(rng: Rng): string {
  switch (rng.int(0, 3)) {
    case 0:
      return linear(rng, true);
    case 1:
      return join([[1, mono(rng.int(1, 4), 2)], [1, String(rng.int(1, 6))]]);
    case 2:
      return `x^2 + ${mono(rng.int(1, 4), 1)} + ${rng.int(1, 5)}`;
    default:
      return `e^x + ${rng.int(1, 4)}`;
  }
}

function anyInner(rng: Rng): string {
  switch (rng.int(0, 2)) {
    case 0:
      return linear(rng);
    case 1: {
      const a = rng.intExcept(-4, 4, [0]);
      const b = rng.intExcept(-5, 5, [0]);
      return join([[a, mono(a, 2)], [b, String(Math.abs(b))]]);
    }
    default: {
      const b = rng.intExcept(-4, 4, [0]);
      const c = rng.intExcept(-5, 5, [0]);
      return join([[1, 'x^2'], [b, mono(b, 1)], [c, String(Math.abs(c))]]);
    }
  }
}

export function drawF(rng: Rng, rule: Rule): string {
  switch (rule) {
    case 'polynomial':
      return rng.next() < 0.25 ? rng.pick(SYMBOLIC) : join(polynomialTerms(rng, 5, 2));
    case 'exp': {
      const k = rng.intExcept(-6, 6, [0]);
      const e: [number, string] = [k, Math.abs(k) === 1 ? 'e^x' : `${Math.abs(k)}*e^x`];
      const extra = rng.next() < 0.8 ? polynomialTerms(rng, 3, 1).slice(0, rng.int(1, 2)) : [];
      return join(rng.next() < 0.5 ? [e, ...extra] : [...extra, e]);
    }
    case 'ln': {
      const k = rng.intExcept(-6, 6, [0]);
      const l: [number, string] = [k, Math.abs(k) === 1 ? 'ln(x)' : `${Math.abs(k)}*ln(x)`];
      const extra = rng.next() < 0.8 ? polynomialTerms(rng, 3, 1).slice(0, rng.int(1, 2)) : [];
      return join(rng.next() < 0.5 ? [l, ...extra] : [...extra, l]);
    }
    case 'product': {
      const n = rng.int(2, 4);
      const f = rng.pick([`x^${n}`, `${rng.int(2, 5)}*x^${n}`, `(${linear(rng)})`, 'x']);
      const g = rng.pick(['e^x', 'ln(x)', `(x^2 + ${rng.int(1, 5)})`, `(${linear(rng)})`]);
      return `${f}*${g}`;
    }
    case 'quotient': {
      const num = rng.pick([linear(rng), `x^${rng.int(2, 3)}`, 'e^x', String(rng.int(2, 9)), 'ln(x)']);
      const den = rng.pick([`x^2 + ${rng.int(1, 5)}`, `x + ${rng.int(1, 5)}`, `e^x + ${rng.int(1, 4)}`, linear(rng, true)]);
      return `(${num})/(${den})`;
    }
    case 'chain': {
      const outer = rng.int(0, 2);
      if (outer === 0) return `(${anyInner(rng)})^${rng.int(2, 5)}`;
      if (outer === 1) {
        // Keep e^u of a sane size on the sampling interval: a small quadratic or a linear u.
        const a = rng.intExcept(-2, 2, [0]);
        const b = rng.intExcept(-3, 3, [0]);
        return `e^(${rng.next() < 0.5 ? linear(rng) : join([[a, mono(a, 2)], [b, String(Math.abs(b))]])})`;
      }
      return `sqrt(${positiveInner(rng)})`;
    }
    case 'ln-chain':
      return `ln(${positiveInner(rng)})`;
    case 'sigmoid': {
      const form = rng.int(0, 3);
      if (form <= 1) return '1/(1 + e^(-x))';
      const k = rng.int(2, 3);
      if (form === 2) return `1/(1 + e^(-${k}*x))`;
      const m = rng.intExcept(-3, 3, [0]);
      return `1/(1 + e^(-(${k}*x ${m < 0 ? '-' : '+'} ${Math.abs(m)})))`;
    }
  }
}
