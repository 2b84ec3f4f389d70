/**
 * Expression equivalence (minimal first version; the full checker replaces it).
 *
 * @example
 *   compareExpressions('2x', '2*x', part)   // { status: 'equal' }
 */
import { parse } from 'mathjs';
import type { Part } from '../../../exercises/types.js';
import type { CompareStatus } from '../compare.js';

export function compareExpressions(given: string, expected: string, part: Part): { status: CompareStatus; message?: string } {
  const vars = part.variables ?? ['x'];
  let g, e;
  try {
    g = parse(given.replace(/\bln\(/g, 'log(')).compile();
    e = parse(expected.replace(/\bln\(/g, 'log(')).compile();
  } catch (err) {
    return { status: 'format-error', message: `Could not read the expression: ${(err as Error).message}` };
  }
  let valid = 0;
  for (let i = 1; i <= 8; i++) {
    const scope: Record<string, number> = {};
    vars.forEach((v, j) => (scope[v] = 0.3 + 0.17 * i + 0.05 * j));
    const a = Number(g.evaluate(scope));
    const b = Number(e.evaluate(scope));
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    valid++;
    if (Math.abs(a - b) > 1e-6 * Math.max(1, Math.abs(b))) return { status: 'different' };
  }
  return valid >= 4 ? { status: 'equal' } : { status: 'undecided' };
}
