/**
 * The shape of y = f(x) that decides which rule of the slides applies: term by term (polynomials,
 * e^x, ln x), product f·g, quotient f/g, function of a function outer(u), ln(u), and the sigmoid
 * 1/(1 + e^w). Works on any `f` an instructor gives, not only on generated ones; the rule of a
 * problem without an explicit `rule` is inferred from it.
 *
 * @example
 *   analyseShape(readF('x^2*e^x'))     // { kind: 'product', f: x^2, g: e^x }
 *   ruleOf(analyseShape(readF('ln(3x+1)')))   // 'ln-chain'
 */
import { ConstantNode, FunctionNode, OperatorNode, SymbolNode, type MathNode } from 'mathjs';
import { constant, mul, negate, pow } from './tidy.js';

export const RULES = ['polynomial', 'exp', 'product', 'quotient', 'chain', 'ln', 'ln-chain', 'sigmoid'] as const;
export type Rule = (typeof RULES)[number];

export type Outer = 'pow' | 'exp' | 'sqrt' | 'log';

export type Shape =
  | { kind: 'terms'; terms: MathNode[] }
  | { kind: 'product'; f: MathNode; g: MathNode }
  | { kind: 'quotient'; f: MathNode; g: MathNode }
  | { kind: 'chain'; outer: Outer; u: MathNode; n?: MathNode }
  | { kind: 'sigmoid'; g: MathNode; w: MathNode };

const isOp = (n: MathNode, fn: string): n is OperatorNode => n.type === 'OperatorNode' && (n as OperatorNode).fn === fn;
const isSym = (n: MathNode, name: string) => n.type === 'SymbolNode' && (n as SymbolNode).name === name;
const fnName = (n: MathNode) => (n.type === 'FunctionNode' ? ((n as FunctionNode).fn as unknown as SymbolNode).name : '');

export function containsX(n: MathNode): boolean {
  return n.filter((c) => isSym(c, 'x')).length > 0;
}

export function analyseShape(f: MathNode): Shape {
  if (isOp(f, 'divide') && containsX(f.args[1]!)) {
    const [num, den] = f.args as [MathNode, MathNode];
    const w = sigmoidExponent(num, den);
    if (w) return { kind: 'sigmoid', g: den, w };
    return { kind: 'quotient', f: num, g: den };
  }
  if (isOp(f, 'multiply')) {
    const factors: MathNode[] = [];
    const collect = (n: MathNode) => (isOp(n, 'multiply') ? n.args.forEach(collect) : factors.push(n));
    collect(f);
    const withX = factors.filter(containsX);
    const consts = factors.filter((n) => !containsX(n));
    if (withX.length === 2) {
      const first = consts.length > 0 ? [...consts, withX[0]!].reduce((a, b) => mul(a, b)) : withX[0]!;
      return { kind: 'product', f: first, g: withX[1]! };
    }
    if (withX.length > 2) {
      const [first, ...rest] = withX;
      const ff = consts.length > 0 ? [...consts, first!].reduce((a, b) => mul(a, b)) : first!;
      return { kind: 'product', f: ff, g: rest.reduce((a, b) => mul(a, b)) };
    }
  }
  const chain = chainOf(f);
  if (chain) return chain;
  return { kind: 'terms', terms: termsOf(f) };
}

/** 1/(1 + e^w) (or with the 1 second): the exponent w, else null. */
function sigmoidExponent(num: MathNode, den: MathNode): MathNode | null {
  if (num.type !== 'ConstantNode' || Number((num as ConstantNode).value) !== 1 || !isOp(den, 'add')) return null;
  const [p, q] = den.args as [MathNode, MathNode];
  const one = (n: MathNode) => n.type === 'ConstantNode' && Number((n as ConstantNode).value) === 1;
  const ePow = one(p) ? q : one(q) ? p : null;
  if (ePow && isOp(ePow, 'pow') && isSym(ePow.args[0]!, 'e') && containsX(ePow.args[1]!)) return ePow.args[1]!;
  return null;
}

/** outer(u) with u a non-trivial function of x: (u)^n, e^u, sqrt(u), ln(u). */
function chainOf(f: MathNode): Shape | null {
  const trivial = (u: MathNode) => isSym(u, 'x') || !containsX(u);
  if (isOp(f, 'pow')) {
    const [base, exp] = f.args as [MathNode, MathNode];
    if (isSym(base, 'e') && !trivial(exp)) return { kind: 'chain', outer: 'exp', u: exp };
    if (!trivial(base) && !containsX(exp)) return { kind: 'chain', outer: 'pow', u: base, n: exp };
  }
  const name = fnName(f);
  if ((name === 'sqrt' || name === 'log') && (f as FunctionNode).args.length === 1 && !trivial((f as FunctionNode).args[0]!)) {
    return { kind: 'chain', outer: name, u: (f as FunctionNode).args[0]! };
  }
  return null;
}

/** The terms of a sum, a subtracted term carrying its minus sign. */
function termsOf(f: MathNode): MathNode[] {
  const out: MathNode[] = [];
  const collect = (n: MathNode, neg: boolean): void => {
    if (isOp(n, 'add')) n.args.forEach((c) => collect(c, neg));
    else if (isOp(n, 'subtract')) {
      collect(n.args[0]!, neg);
      collect(n.args[1]!, !neg);
    } else out.push(neg ? negate(n) : n);
  };
  collect(f, false);
  return out;
}

/** The outer function written in the symbol u (for "Call u = …, then y = …"). */
export function outerInU(shape: Extract<Shape, { kind: 'chain' }>): MathNode {
  const u = new SymbolNode('u');
  switch (shape.outer) {
    case 'pow':
      return pow(u, shape.n ?? constant(2));
    case 'exp':
      return pow(new SymbolNode('e'), u);
    case 'sqrt':
      return new FunctionNode('sqrt', [u]);
    case 'log':
      return new FunctionNode('log', [u]);
  }
}

export function ruleOf(shape: Shape, f: MathNode): Rule {
  switch (shape.kind) {
    case 'sigmoid':
      return 'sigmoid';
    case 'quotient':
      return 'quotient';
    case 'product':
      return 'product';
    case 'chain':
      return shape.outer === 'log' ? 'ln-chain' : 'chain';
    case 'terms': {
      if (f.filter((n) => fnName(n) === 'log').length > 0) return 'ln';
      if (f.filter((n) => fnName(n) === 'exp' || (isOp(n, 'pow') && isSym(n.args[0]!, 'e'))).length > 0) return 'exp';
      return 'polynomial';
    }
  }
}
