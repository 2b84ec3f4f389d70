/**
 * Misconception detectors of the derivative exercise. Each builds the expression a typical mistake
 * produces from the shape of f (./structure.ts): the product rule given as f′·g′, the quotient rule's
 * numerator reversed or its denominator not squared, the chain rule without the inner derivative,
 * d/dx ln(u) given as 1/u, and a sign error (−f′). A candidate equivalent to the right answer or to
 * an earlier candidate is dropped, so a detector never claims the right answer and no two detectors
 * claim the same mistake.
 *
 * @example
 *   wrongAnswers(analyse('x^2*e^x'))   // [{ id: 'product-of-derivatives', wrong: '2*x*e^x' }, { id: 'sign', … }]
 */
import { SymbolNode, type MathNode } from 'mathjs';
import type { Part } from '../types.js';
import { compareExpressions } from '../../generator/check/expression/index.js';
import type { Analysis } from './analysis.js';
import { differentiate, text } from './calculus.js';
import { outerInU, type Shape } from './structure.js';
import { constant, div, mul, negate, pow, sub, tidy } from './tidy.js';

export type DetectorId = 'product-of-derivatives' | 'quotient-reversed' | 'quotient-not-squared' | 'chain-missing-inner' | 'ln-one-over-u' | 'sign';

export interface WrongAnswer {
  id: DetectorId;
  wrong: string;
  /** The inner function u as text, for the chain-rule feedback. */
  u?: string;
}

const d = (n: MathNode) => differentiate(n);

/** outer′(u) with u put back: the chain rule without du/dx. */
export function outerDerivativeAt(shape: Extract<Shape, { kind: 'chain' }>): MathNode {
  const outerU = differentiate(outerInU(shape), 'u');
  return tidy(outerU.transform((n) => (n.type === 'SymbolNode' && (n as SymbolNode).name === 'u' ? shape.u : n)));
}

function candidates(a: Analysis): WrongAnswer[] {
  const s = a.shape;
  const out: WrongAnswer[] = [];
  const push = (id: DetectorId, node: MathNode, u?: MathNode) => out.push({ id, wrong: text(tidy(node)), u: u ? text(u) : undefined });
  if (s.kind === 'product') push('product-of-derivatives', mul(d(s.f), d(s.g)));
  if (s.kind === 'quotient' || s.kind === 'sigmoid') {
    const f = s.kind === 'quotient' ? s.f : constant(1);
    const fp = d(f);
    const gp = d(s.g);
    push('quotient-reversed', div(sub(mul(f, gp), mul(fp, s.g)), pow(s.g, constant(2))));
    push('quotient-not-squared', div(sub(mul(fp, s.g), mul(f, gp)), s.g));
  }
  if (s.kind === 'sigmoid') {
    // d/dx e^w taken as e^w: −e^w/g² instead of −e^w·w′/g².
    push('chain-missing-inner', negate(div(pow(new SymbolNode('e'), s.w), pow(s.g, constant(2)))), s.w);
  }
  if (s.kind === 'chain') {
    if (s.outer === 'log') push('ln-one-over-u', div(constant(1), s.u), s.u);
    else push('chain-missing-inner', outerDerivativeAt(s), s.u);
  }
  push('sign', negate(a.derivative));
  return out;
}

/** The distinct, non-degenerate wrong answers for this f (cached on the analysis). */
export function wrongAnswers(a: Analysis, part: Part): WrongAnswer[] {
  const cached = kept.get(a.f);
  if (cached) return cached;
  const result: WrongAnswer[] = [];
  for (const c of candidates(a)) {
    if (compareExpressions(c.wrong, a.answer, part).status !== 'different') continue;
    if (result.some((r) => compareExpressions(c.wrong, r.wrong, part).status !== 'different')) continue;
    result.push(c);
  }
  if (kept.size > 2000) kept.clear();
  kept.set(a.f, result);
  return result;
}

const kept = new Map<string, WrongAnswer[]>();
