/**
 * Everything the exercise knows about one `f`, computed once and cached: the safe tree, the
 * variables it uses, its shape and rule, the reference derivative (tree and answer text), and the
 * sampling domain for x — an interval where f and f′ are finite, real and of sane size at every probe
 * point (so for ln(u) the points have u > 0). Throws DlfError when f is not a usable function of x.
 *
 * @example
 *   const a = analyse('ln(2*x + 1)');
 *   a.answer        // '2/(2*x + 1)'
 *   a.domain        // { x: [0.25, 3] }
 */
import type { MathNode } from 'mathjs';
import { compileNode } from '../../generator/check/expression/compile.js';
import { DlfError, show } from '../../generator/engine/errors.js';
import { Rng } from '../../generator/engine/prng.js';
import { F_VARIABLES, differentiate, readF, text } from './calculus.js';
import { analyseShape, ruleOf, type Rule, type Shape } from './structure.js';

export interface Analysis {
  f: string;
  node: MathNode;
  /** x first, then the constants among a, b, c, d that f uses. */
  variables: string[];
  constants: string[];
  shape: Shape;
  rule: Rule;
  derivative: MathNode;
  answer: string;
  domain: Record<string, [number, number]>;
}

/** Intervals for x, tried in order: the widest sane one wins. */
const X_INTERVALS: [number, number][] = [
  [-3, 3], [0.25, 3], [-1.5, 1.5], [0.25, 1.5], [0.5, 2], [-3, -0.25], [1, 5], [3, 8], [4.5, 8], [10, 20], [-8, -3],
];
const CONSTANT_RANGE: [number, number] = [0.5, 2.5];
const PROBES = 24;
/** Largest |f| or |f′| at a probe point: keeps the absolute floor of the checker (1e-10 × scale) tight. */
const SANE = 1e6;

const cache = new Map<string, Analysis>();

export function analyse(f: string): Analysis {
  const hit = cache.get(f);
  if (hit) return hit;
  const node = readF(f);
  const used = new Set(node.filter((n) => n.type === 'SymbolNode').map((n) => (n as unknown as { name: string }).name));
  if (!used.has('x')) throw new DlfError(`derivative: f should be an expression in x, got ${show(f)} (it does not use x)`);
  const constants = F_VARIABLES.filter((v) => v !== 'x' && used.has(v));
  const variables = ['x', ...constants];
  const shape = analyseShape(node);
  const derivative = differentiate(node);
  const domain = findDomain(f, node, derivative, variables, constants);
  const a: Analysis = { f, node, variables, constants, shape, rule: ruleOf(shape, node), derivative, answer: text(derivative), domain };
  if (cache.size > 2000) cache.clear();
  cache.set(f, a);
  return a;
}

function findDomain(f: string, node: MathNode, d: MathNode, variables: string[], constants: string[]): Record<string, [number, number]> {
  const fc = compileNode(node, variables);
  const dc = compileNode(d, variables);
  for (const interval of X_INTERVALS) {
    const rng = new Rng(20240607);
    let ok = true;
    let anyNonZero = false;
    for (let i = 0; i < PROBES && ok; i++) {
      const p = new Float64Array(variables.length);
      p[0] = interval[0] + (0.02 + 0.96 * rng.next()) * (interval[1] - interval[0]);
      for (let j = 1; j < variables.length; j++) p[j] = CONSTANT_RANGE[0] + rng.next() * (CONSTANT_RANGE[1] - CONSTANT_RANGE[0]);
      const y = fc(p);
      const dy = dc(p);
      if (!(Math.abs(y) < SANE) || !(Math.abs(dy) < SANE)) ok = false;
      if (Math.abs(dy) > 1e-9) anyNonZero = true;
    }
    if (ok) {
      if (!anyNonZero) throw new DlfError(`derivative: f should change with x (its derivative is 0), got ${show(f)}`);
      const domain: Record<string, [number, number]> = { x: interval };
      for (const c of constants) domain[c] = CONSTANT_RANGE;
      return domain;
    }
  }
  throw new DlfError(`derivative: f should be defined (finite and real) on an interval of x such as [0.25, 3], got ${show(f)}`);
}
