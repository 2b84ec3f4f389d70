/**
 * Compile a validated syntax tree (see ./read.ts) into a plain JavaScript closure over a
 * Float64Array of variable values — no mathjs evaluation, no scope objects, no eval. Complex or
 * undefined results come out as NaN (e.g. ln of a negative number, (−8)^(1/3)), which the numeric
 * check treats as "this point is not usable".
 *
 * @example
 *   const f = compileNode(readExpression('x^2 + a', ['x', 'a']).node, ['x', 'a']);
 *   f(new Float64Array([3, 1]))   // 10
 */
import type { ConstantNode, FunctionNode, MathNode, OperatorNode, ParenthesisNode, SymbolNode } from 'mathjs';

export type Compiled = (vars: Float64Array) => number;

const FN1: Record<string, (x: number) => number> = {
  exp: Math.exp, log: Math.log, sqrt: Math.sqrt, sin: Math.sin, cos: Math.cos, tan: Math.tan, abs: Math.abs,
};

export function compileNode(node: MathNode, variables: readonly string[]): Compiled {
  switch (node.type) {
    case 'ConstantNode': {
      const v = Number((node as ConstantNode).value);
      return () => v;
    }
    case 'SymbolNode': {
      const name = (node as SymbolNode).name;
      if (name === 'e') return () => Math.E;
      if (name === 'pi') return () => Math.PI;
      const i = variables.indexOf(name);
      if (i < 0) throw new Error(`compile: unknown symbol ${name}`);
      return (s) => s[i]!;
    }
    case 'ParenthesisNode':
      return compileNode((node as ParenthesisNode).content, variables);
    case 'OperatorNode': {
      const op = node as OperatorNode;
      const [a, b] = op.args.map((c) => compileNode(c, variables));
      switch (op.fn) {
        case 'add': return (s) => a!(s) + b!(s);
        case 'subtract': return (s) => a!(s) - b!(s);
        case 'multiply': return (s) => a!(s) * b!(s);
        case 'divide': return (s) => a!(s) / b!(s);
        case 'pow': return (s) => pow(a!(s), b!(s));
        case 'unaryMinus': return (s) => -a!(s);
        case 'unaryPlus': return a!;
      }
      throw new Error(`compile: operator ${op.fn}`);
    }
    case 'FunctionNode': {
      const f = node as FunctionNode;
      const name = (f.fn as unknown as SymbolNode).name;
      const args = f.args.map((c) => compileNode(c, variables));
      if (name === 'log' && args.length === 2) return (s) => Math.log(args[0]!(s)) / Math.log(args[1]!(s));
      const g = FN1[name];
      if (!g || args.length !== 1) throw new Error(`compile: function ${name}`);
      const x = args[0]!;
      return (s) => g(x(s));
    }
  }
  throw new Error(`compile: node ${node.type}`);
}

/** Real power: a negative base with a non-integer exponent is not real (NaN), as in mathjs's real mode. */
function pow(a: number, b: number): number {
  return Math.pow(a, b);
}
