/**
 * Safe evaluation of a constant expression a student typed as a number answer, such as
 * `1/(1+e^-1.5)`, `0.18*0.15` or `−0.18 × 0.15`: the same reader and whitelist as expression
 * answers, with no variables allowed. Returns null for anything that is not a finite real number.
 *
 * @example
 *   evaluateConstant('1/(1+e^-1.5)')   // 0.8175744761936437
 *   evaluateConstant('x + 1')          // null
 */
import { compileNode } from './compile.js';
import { readExpression } from './read.js';

/** Number answers are short; longer text is not worth reading as a formula. */
const MAX_CONSTANT_CHARS = 200;
const NO_VARS = new Float64Array(0);

export function evaluateConstant(text: string): number | null {
  if (typeof text !== 'string' || text.length > MAX_CONSTANT_CHARS) return null;
  const r = readExpression(text, []);
  if (!r.ok) return null;
  try {
    const v = compileNode(r.node, [])(NO_VARS);
    return Number.isFinite(v) ? v : null;
  } catch {
    return null;
  }
}
