/**
 * Symbolic differentiation for the derivative exercise: mathjs's `derivative` without its slow
 * `simplify`, then our own `tidy` (./tidy.ts); plus printing as answer text (`3*x^2*e^x`, `ln`) and
 * as LaTeX in the slides' notation (`\ln`, `e^{x}`, no `\cdot` between a number and a letter).
 *
 * @example
 *   const f = readF('x^3*e^x');                 // a safe, validated mathjs tree
 *   text(differentiate(f))                      // '3*x^2*e^x + x^3*e^x'
 *   tex(differentiate(f))                       // '3 x^{2} e^{x}+x^{3} e^{x}'
 */
import { derivative, OperatorNode, type MathNode } from 'mathjs';
import { readExpression } from '../../generator/check/expression/read.js';
import { DlfError, show } from '../../generator/engine/errors.js';
import { tidy } from './tidy.js';

/** The names an `f` may use: x, and the slides' symbolic constants. */
export const F_VARIABLES = ['x', 'a', 'b', 'c', 'd'] as const;

/** Read an instructor's or generator's `f` with the same safe reader as students' answers. */
export function readF(f: string): MathNode {
  const r = readExpression(f, F_VARIABLES);
  if (!r.ok) {
    const why = r.error.detail ? `${r.error.code}: ${r.error.detail}` : r.error.code;
    throw new DlfError(`derivative: f should be an expression in x (constants a, b, c, d allowed), got ${show(f)} (${why})`);
  }
  return tidy(r.node);
}

export function differentiate(node: MathNode, variable = 'x'): MathNode {
  return tidy(derivative(node, variable, { simplify: false }));
}

/** Answer text students could type back: explicit `*`, compact `^`, `ln` for the natural log. */
export function text(node: MathNode): string {
  return node
    .toString({ implicit: 'show' })
    .replace(/ \^ /g, '^')
    .replace(/ \* /g, '*')
    .replace(/ \/ /g, '/')
    .replace(/\blog\(/g, 'ln(');
}

const texHandler = (node: MathNode, options: object): string | undefined => {
  // mathjs would print b (the unit "byte") as \mathrm{b}; our symbols are plain letters.
  if (node.type === 'SymbolNode') {
    const name = (node as unknown as { name: string }).name;
    return name === 'pi' ? ' \\pi' : ` ${name}`;
  }
  if (node.type === 'FunctionNode') {
    const f = node as unknown as { fn: { name: string }; args: MathNode[] };
    if (f.fn.name === 'log' && f.args.length === 1) return `\\ln\\left(${f.args[0]!.toTex(options)}\\right)`;
  }
  return undefined;
};

/** LaTeX: `\ln`, products written side by side (3x^{2}e^{x}) except before a number. */
export function tex(node: MathNode): string {
  return forTex(node)
    .toTex({ parenthesis: 'auto', implicit: 'hide', handler: texHandler } as object)
    .replace(/~\s*/g, ' ')
    .replace(/\{\s+/g, '{')
    .replace(/\s+\}/g, '}');
}

/** Product chains re-associated to the left and marked implicit, so mathjs prints no brackets. */
function forTex(node: MathNode): MathNode {
  if (node.type === 'OperatorNode' && (node as OperatorNode).fn === 'multiply') {
    const factors: MathNode[] = [];
    const collect = (n: MathNode) => {
      if (n.type === 'OperatorNode' && (n as OperatorNode).fn === 'multiply') (n as OperatorNode).args.forEach(collect);
      else factors.push(forTex(n));
    };
    collect(node);
    return factors.reduce((a, b) => new OperatorNode('*', 'multiply', [a, b], b.type !== 'ConstantNode'));
  }
  return node.map((child) => forTex(child));
}
