/**
 * A small, fast, predictable tidy-up of mathjs syntax trees — what mathjs's `derivative(…, {
 * simplify: false })` returns is correct but raw (`3 * 1 * x ^ (3 - 1) + 0`). This folds constants,
 * drops `+ 0`, `* 1`, `^ 1`, `log(e)`, pulls signs and coefficients to the front and writes `exp(u)`
 * as `e^u`. It never expands or factors, so the result keeps the shape of the rule (f′g + fg′,
 * (f′g − fg′)/g²), as in the slides' substitution line. mathjs's own `simplify` takes 3–30 ms per
 * derivative and reshapes the answer; this takes microseconds.
 *
 * @example
 *   tidy(derivative(parse('x^3 * e^x'), 'x', { simplify: false })).toString()
 *   // '3 * x ^ 2 * e ^ x + x ^ 3 * e ^ x'
 */
import { ConstantNode, FunctionNode, OperatorNode, SymbolNode, type MathNode } from 'mathjs';

type Op = OperatorNode;

const isConst = (n: MathNode): n is ConstantNode => n.type === 'ConstantNode';
const valueOf = (n: MathNode): number => Number((n as ConstantNode).value);
const isOp = (n: MathNode, fn: string): n is Op => n.type === 'OperatorNode' && (n as Op).fn === fn;

/** Integers stay integers despite floating-point noise (3 * 0.1 * 10). */
function clean(v: number): number {
  const r = Math.round(v);
  return Math.abs(v - r) < 1e-12 * Math.max(1, Math.abs(v)) ? r : v;
}

export const constant = (v: number): MathNode => new ConstantNode(clean(v));
const op = (o: string, fn: string, args: MathNode[]): MathNode => new OperatorNode(o as never, fn as never, args);
export const mul = (a: MathNode, b: MathNode): MathNode => op('*', 'multiply', [a, b]);
export const div = (a: MathNode, b: MathNode): MathNode => op('/', 'divide', [a, b]);
export const add = (a: MathNode, b: MathNode): MathNode => op('+', 'add', [a, b]);
export const sub = (a: MathNode, b: MathNode): MathNode => op('-', 'subtract', [a, b]);
export const pow = (a: MathNode, b: MathNode): MathNode => op('^', 'pow', [a, b]);

export function tidy(n: MathNode): MathNode {
  switch (n.type) {
    case 'ParenthesisNode':
      return tidy((n as unknown as { content: MathNode }).content);
    case 'FunctionNode': {
      const f = n as FunctionNode;
      const name = (f.fn as unknown as SymbolNode).name;
      const args = f.args.map(tidy);
      if (name === 'log' && args.length === 1 && args[0]!.type === 'SymbolNode' && (args[0] as SymbolNode).name === 'e') return constant(1);
      if (name === 'exp' && args.length === 1) return tidyPow(new SymbolNode('e'), args[0]!);
      return new FunctionNode(name, args);
    }
    case 'OperatorNode': {
      const o = n as Op;
      const args = o.args.map(tidy);
      switch (o.fn) {
        case 'unaryPlus':
          return args[0]!;
        case 'unaryMinus':
          return negate(args[0]!);
        case 'add':
        case 'subtract':
          return sum(o.fn === 'add' ? [[false, args[0]!], [false, args[1]!]] : [[false, args[0]!], [true, args[1]!]]);
        case 'multiply':
          return product(args);
        case 'divide':
          return quotient(args[0]!, args[1]!);
        case 'pow':
          return tidyPow(args[0]!, args[1]!);
      }
      return op(o.op, o.fn, args);
    }
    default:
      return n;
  }
}

export function isNegative(n: MathNode): boolean {
  if (isConst(n)) return valueOf(n) < 0;
  if (isOp(n, 'unaryMinus')) return true;
  if (isOp(n, 'multiply') || isOp(n, 'divide')) return isNegative(n.args[0]!);
  return false;
}

export function negate(n: MathNode): MathNode {
  if (isConst(n)) return constant(-valueOf(n));
  if (isOp(n, 'unaryMinus')) return n.args[0]!;
  if (isOp(n, 'multiply') && isConst(n.args[0]!)) {
    const c = -valueOf(n.args[0]!);
    return c === 1 ? n.args[1]! : mul(constant(c), n.args[1]!);
  }
  if (isOp(n, 'divide')) return div(negate(n.args[0]!), n.args[1]!);
  return op('-', 'unaryMinus', [n]);
}

/** Flatten a sum of already-tidy terms into signed terms, fold constants, drop zeros. */
function sum(parts: [boolean, MathNode][]): MathNode {
  const terms: [boolean, MathNode][] = [];
  let c = 0;
  let cAt = -1;
  const collect = (neg: boolean, t: MathNode) => {
    if (isOp(t, 'add')) t.args.forEach((a) => collect(neg, a));
    else if (isOp(t, 'subtract')) {
      collect(neg, t.args[0]!);
      collect(!neg, t.args[1]!);
    } else if (isConst(t)) {
      c += neg ? -valueOf(t) : valueOf(t);
      if (cAt < 0) cAt = terms.length;
    } else if (isNegative(t)) terms.push([!neg, negate(t)]);
    else terms.push([neg, t]);
  };
  parts.forEach(([neg, t]) => collect(neg, t));
  c = clean(c);
  // The folded constant stays where the first constant was: 1 + e^(-x) keeps its shape.
  if (c !== 0) terms.splice(cAt, 0, [c < 0, constant(Math.abs(c))]);
  if (terms.length === 0) return constant(0);
  const [firstNeg, first] = terms[0]!;
  let acc = firstNeg ? negate(first) : first;
  for (const [neg, t] of terms.slice(1)) acc = neg ? sub(acc, t) : add(acc, t);
  return acc;
}

/**
 * Flatten a product of already-tidy factors: one numeric coefficient in front, ones dropped, and
 * factors that are quotients gathered into one fraction ((2x+1)·(1/x) → (2x+1)/x).
 */
function product(args: MathNode[]): MathNode {
  let coef = 1;
  const factors: MathNode[] = [];
  const dens: MathNode[] = [];
  const collect = (f: MathNode) => {
    if (isOp(f, 'multiply')) f.args.forEach(collect);
    else if (isOp(f, 'unaryMinus')) {
      coef = -coef;
      collect(f.args[0]!);
    } else if (isOp(f, 'divide')) {
      collect(f.args[0]!);
      dens.push(f.args[1]!);
    } else if (isConst(f)) coef *= valueOf(f);
    else factors.push(f);
  };
  args.forEach(collect);
  coef = clean(coef);
  if (coef === 0) return constant(0);
  mergePowers(factors);
  if (dens.length === 0) return factors.length === 0 ? constant(coef) : withCoef(coef, factors.reduce((a, b) => mul(a, b)));
  // x·(1/x) → 1: cancel factors that also appear in the denominator (compared as text).
  for (let i = dens.length - 1; i >= 0; i--) {
    const j = factors.findIndex((f) => f.toString() === dens[i]!.toString());
    if (j >= 0) {
      factors.splice(j, 1);
      dens.splice(i, 1);
    }
  }
  const top = factors.length === 0 ? constant(coef) : withCoef(coef, factors.reduce((a, b) => mul(a, b)));
  return dens.length === 0 ? top : quotient(top, product(dens));
}

/** x^4·x → x^5: merge factors that are powers of the same variable with numeric exponents, in place. */
function mergePowers(factors: MathNode[]): void {
  const baseOf = (f: MathNode): [string, number] | null => {
    if (f.type === 'SymbolNode' && (f as SymbolNode).name !== 'e' && (f as SymbolNode).name !== 'pi') return [(f as SymbolNode).name, 1];
    if (isOp(f, 'pow') && f.args[0]!.type === 'SymbolNode' && isConst(f.args[1]!)) {
      const name = (f.args[0] as SymbolNode).name;
      return name === 'e' || name === 'pi' ? null : [name, valueOf(f.args[1]!)];
    }
    return null;
  };
  for (let i = 0; i < factors.length; i++) {
    const bi = baseOf(factors[i]!);
    if (!bi) continue;
    let exp = bi[1];
    for (let j = factors.length - 1; j > i; j--) {
      const bj = baseOf(factors[j]!);
      if (bj && bj[0] === bi[0]) {
        exp += bj[1];
        factors.splice(j, 1);
      }
    }
    if (exp !== bi[1]) factors[i] = tidyPow(new SymbolNode(bi[0]), constant(exp));
  }
}

/** The numeric coefficient in front of a tidy term and the rest (null when it is a bare number). */
function splitCoef(n: MathNode): [number, MathNode | null] {
  if (isConst(n)) return [valueOf(n), null];
  if (isOp(n, 'multiply') && isConst(n.args[0]!)) return [valueOf(n.args[0]!), n.args[1]!];
  return [1, n];
}

const withCoef = (c: number, rest: MathNode | null): MathNode =>
  rest === null ? constant(c) : c === 1 ? rest : c === -1 ? negate(rest) : mul(constant(c), rest);

function gcd(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : gcd(b, a % b);
}

function quotient(a: MathNode, b: MathNode): MathNode {
  if (isConst(a) && valueOf(a) === 0) return constant(0);
  const [ca, ra] = splitCoef(a);
  const [cb, rb] = splitCoef(b);
  if (Number.isInteger(ca) && Number.isInteger(cb) && ca !== 0 && cb !== 0 && (ra !== null || rb !== null)) {
    const g = gcd(ca, cb);
    if (g > 1) return quotient(withCoef(ca / g, ra), withCoef(cb / g, rb));
  }
  if (isConst(b) && valueOf(b) === 1) return a;
  if (isConst(b) && valueOf(b) === -1) return negate(a);
  if (isConst(a) && isConst(b) && Number.isInteger(valueOf(a) / valueOf(b))) return constant(valueOf(a) / valueOf(b));
  if (isNegative(b)) return quotient(negate(a), negate(b));
  return div(a, b);
}

function tidyPow(base: MathNode, exp: MathNode): MathNode {
  if (isConst(exp) && valueOf(exp) === 1) return base;
  if (isConst(exp) && valueOf(exp) === 0) return constant(1);
  if (isConst(base) && valueOf(base) === 1) return constant(1);
  if (isConst(base) && isConst(exp)) {
    const v = Math.pow(valueOf(base), valueOf(exp));
    if (Number.isInteger(v) && Math.abs(v) < 1e9) return constant(v);
  }
  return pow(base, exp);
}
