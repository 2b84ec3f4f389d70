/**
 * Expression equivalence: is the student's expression the same function as the expected one?
 *
 * 1. Read (./read.ts): normalise, guard length and bracket depth, parse with mathjs, rewrite what
 *    students mean, whitelist. A malformed or unsafe answer is a `format-error` naming the problem.
 * 2. Decide numerically (./numeric.ts): both sides at ≥ 8 seeded points inside `Part.domain`
 *    (./points.ts), skipping points where either side is undefined; relative tolerance with an
 *    absolute floor. Too few usable points → `undecided` ("cannot decide"), never `different`.
 * 3. Only when undecided, ask nerdamer-prime for a second opinion (./symbolic.ts) — as a hint in
 *    the message, never as the verdict.
 * The expected side is read, compiled and sampled once per (expression, variables, domain) and
 * cached, so checking a class's answers costs one parse + compile + ~10 closure calls per answer.
 *
 * @example
 *   compareExpressions('2x e^x + x^2 exp(x)', 'e^x*(x^2+2*x)', part)   // { status: 'equal' }
 *   compareExpressions('x^2 e^x', 'e^x*(x^2+2*x)', part)               // { status: 'different' }
 *   compareExpressions('import("fs")', 'x', part)                       // { status: 'format-error', message: … }
 */
import type { Lang, Part } from '../../../exercises/types.js';
import type { CompareStatus } from '../compare.js';
import { translator } from '../../i18n/index.js';
import { compileNode } from './compile.js';
import { expressionMessages } from './messages.js';
import { compareNumeric, sampleExpected, type ExpectedSamples } from './numeric.js';
import { samplePoints } from './points.js';
import { readExpression, type ReadError } from './read.js';
import { symbolicallyEqual } from './symbolic.js';
import type { MathNode } from 'mathjs';

export { evaluateConstant } from './constant.js';
export { readExpression } from './read.js';
export { expressionMessages } from './messages.js';

const t = translator(expressionMessages);

export interface ExpressionComparison {
  status: CompareStatus;
  message?: string;
}

interface ExpectedEntry {
  node: MathNode;
  samples: ExpectedSamples;
}

const expectedCache = new Map<string, ExpectedEntry | null>();
const EXPECTED_CACHE_MAX = 5000;

/** Read, compile and sample the expected side once per (text, variables, domain). */
function expectedFor(expected: string, variables: readonly string[], domain: Part['domain'], points: Float64Array[]): ExpectedEntry | null {
  const key = `${expected}\u0000${variables.join(',')}\u0000${domain ? JSON.stringify(domain) : ''}`;
  const hit = expectedCache.get(key);
  if (hit !== undefined) return hit;
  const r = readExpression(expected, variables);
  let entry: ExpectedEntry | null = null;
  if (r.ok) {
    try {
      entry = { node: r.node, samples: sampleExpected(compileNode(r.node, variables), points) };
    } catch {
      entry = null;
    }
  }
  if (expectedCache.size >= EXPECTED_CACHE_MAX) expectedCache.clear();
  expectedCache.set(key, entry);
  return entry;
}

export function formatReadError(error: ReadError, variables: readonly string[], lang: Lang): string {
  const vars = variables.length > 0 ? variables.join(', ') : '(none)';
  return t(lang, `expr.${error.code}`, { detail: error.detail ?? '', vars });
}

/** e^2x, e^-3x: a number exponent directly followed by a letter or bracket. */
const AMBIGUOUS_POWER = /\be\s*\^\s*-?\d+(?:\.\d+)?[A-Za-z(]/;

export function compareExpressions(given: string, expected: string, part: Part, lang: Lang = 'en'): ExpressionComparison {
  const variables = part.variables ?? ['x'];
  try {
    const g = readExpression(given, variables);
    if (!g.ok) return { status: 'format-error', message: formatReadError(g.error, variables, lang) };
    const points = samplePoints(variables, part.domain);
    const e = expectedFor(expected, variables, part.domain, points);
    if (!e) return { status: 'undecided', message: t(lang, 'expr.internal') };
    const verdict = compareNumeric(compileNode(g.node, variables), e.samples, points);
    if (verdict.status === 'equal') return { status: 'equal' };
    if (verdict.status === 'undecided') {
      const messages = [t(lang, 'expr.undecided', { usable: verdict.usable })];
      if (symbolicallyEqual(g.node, e.node) === true) messages.push(t(lang, 'expr.undecided.symbolic'));
      return { status: 'undecided', message: messages.join(' ') };
    }
    const hints: string[] = [];
    if (verdict.hint?.kind === 'factor') hints.push(t(lang, 'expr.hint.factor', { factor: verdict.hint.factor }));
    if (verdict.hint?.kind === 'offset') hints.push(t(lang, 'expr.hint.offset', { delta: verdict.hint.delta }));
    if (AMBIGUOUS_POWER.test(given)) hints.push(t(lang, 'expr.hint.power'));
    return hints.length > 0 ? { status: 'different', message: hints.join(' ') } : { status: 'different' };
  } catch {
    // Defensive: nothing above should throw, but a checker must never crash on an answer.
    return { status: 'undecided', message: t(lang, 'expr.internal') };
  }
}
