/**
 * Worked solutions in the slides' style: name the rule, "Call f = …, g = …" (or u = …), the formula,
 * the pieces' derivatives, the substitution, the result; for the sigmoid, the slides' own route
 * (quotient with f = 1, then g′ by the chain rule, then a·(1 − a)).
 *
 * @example
 *   derivativeSteps(analyse('x^2*e^x'), 'en')[0].title   // 'Derivative of a product of functions. Call $f = x^{2}$, $g = e^{x}$'
 */
import { SymbolNode, type MathNode } from 'mathjs';
import type { Lang, Step } from '../types.js';
import { translator } from '../../generator/i18n/index.js';
import type { Analysis } from './analysis.js';
import { differentiate, tex } from './calculus.js';
import { messages } from './messages.js';
import { outerInU } from './structure.js';
import { negate, tidy } from './tidy.js';

const t = translator(messages);
const DYDX = '\\frac{dy}{dx}';
const p = (n: MathNode) => `\\left(${tex(n)}\\right)`;
const d = (n: MathNode) => differentiate(n);

export function derivativeSteps(a: Analysis, lang: Lang): Step[] {
  const s = a.shape;
  const result = `${DYDX} = ${tex(a.derivative)}`;
  switch (s.kind) {
    case 'product': {
      const [fp, gp] = [d(s.f), d(s.g)];
      return [
        {
          title: t(lang, 'derivative.step.product', { f: tex(s.f), g: tex(s.g) }),
          math: [`y = f g`, `${DYDX} = \\frac{df}{dx} g + f \\frac{dg}{dx}`, `\\frac{df}{dx} = ${tex(fp)}`, `\\frac{dg}{dx} = ${tex(gp)}`],
        },
        { part: 'dydx', title: t(lang, 'derivative.step.substitute'), math: [`${DYDX} = ${p(fp)} ${p(s.g)} + ${p(s.f)} ${p(gp)}`, result] },
      ];
    }
    case 'quotient': {
      const [fp, gp] = [d(s.f), d(s.g)];
      return [
        {
          title: t(lang, 'derivative.step.quotient', { f: tex(s.f), g: tex(s.g) }),
          math: [`y = \\frac{f}{g}`, `${DYDX} = \\frac{\\frac{df}{dx} g - f \\frac{dg}{dx}}{g^2}`, `\\frac{df}{dx} = ${tex(fp)}`, `\\frac{dg}{dx} = ${tex(gp)}`],
        },
        { part: 'dydx', title: t(lang, 'derivative.step.substitute'), math: [`${DYDX} = \\frac{${p(fp)} ${p(s.g)} - ${p(s.f)} ${p(gp)}}{${p(s.g)}^2}`, result] },
      ];
    }
    case 'chain': {
      const outer = outerInU(s);
      const outerP = differentiate(outer, 'u');
      const up = d(s.u);
      const key = s.outer === 'log' ? 'derivative.step.ln-chain' : 'derivative.step.chain';
      return [
        {
          title: t(lang, key, { u: tex(s.u) }),
          math: [`y = ${tex(outer)}`, `${DYDX} = \\frac{dy}{du} \\cdot \\frac{du}{dx}`, `\\frac{dy}{du} = ${tex(outerP)}`, `\\frac{du}{dx} = ${tex(up)}`],
        },
        { part: 'dydx', title: t(lang, 'derivative.step.substitute'), math: [`${DYDX} = ${p(outerP)} \\cdot ${p(up)}`, `${DYDX} = ${p(substituteU(outerP, s.u))} \\cdot ${p(up)}`, result] },
      ];
    }
    case 'sigmoid': {
      const gp = d(s.g);
      const wp = d(s.w);
      const k = tidy(negate(wp));
      const kTex = k.type === 'ConstantNode' && Number((k as unknown as { value: number }).value) === 1 ? '' : `${p(k)} \\, `;
      return [
        {
          title: t(lang, 'derivative.step.sigmoid.quotient', { g: tex(s.g) }),
          math: [`y = \\frac{f}{g}`, `${DYDX} = \\frac{\\frac{df}{dx} g - f \\frac{dg}{dx}}{g^2}`, `\\frac{df}{dx} = 0`],
        },
        {
          title: t(lang, 'derivative.step.sigmoid.inner', { u: tex(s.w) }),
          math: [`g = 1 + e^u`, `\\frac{dg}{dx} = \\frac{dg}{du} \\cdot \\frac{du}{dx}`, `\\frac{dg}{du} = e^u`, `\\frac{du}{dx} = ${tex(wp)}`, `\\frac{dg}{dx} = ${tex(gp)}`],
        },
        { part: 'dydx', title: t(lang, 'derivative.step.substitute'), math: [`${DYDX} = \\frac{0 - 1 \\cdot ${p(gp)}}{${p(s.g)}^2}`, result] },
        { title: t(lang, 'derivative.step.sigmoid.therefore', { f: tex(a.node) }), math: [`${DYDX} = ${kTex}y \\, (1 - y)`] },
      ];
    }
    case 'terms': {
      const key = a.rule === 'polynomial' || a.rule === 'exp' || a.rule === 'ln' ? 'derivative.step.terms' : 'derivative.step.general';
      const pieces = s.terms.map((term) => `\\frac{d}{dx}${p(term)}`).join(' + ');
      return [{ part: 'dydx', title: t(lang, key), math: [`y = ${tex(a.node)}`, `${DYDX} = ${pieces}`, result] }];
    }
  }
}

function substituteU(n: MathNode, u: MathNode): MathNode {
  return n.transform((c) => (c.type === 'SymbolNode' && (c as SymbolNode).name === 'u' ? u : c));
}
