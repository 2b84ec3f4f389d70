/**
 * `derivative` — differentiate y = f(x) with the rules of the slides: polynomials (incl.
 * y = ax³ + bx² + cx + d with symbolic constants), e^x, product, quotient, function of a function,
 * ln(x), ln(u), and the sigmoid (whose derivative is a(1 − a)).
 *
 * Params: `{ rule: 'product', f: 'x^2*e^x' }`; an instructor may give only `f` (the rule is then
 * inferred from its shape). One part, `dydx` (expression in x and the constants f uses).
 *
 * @example
 *   makeProblem('derivative', { options: { rule: 'product' }, seed: 7 })
 *   makeProblem('derivative', { params: { f: 'x^2*e^x' } })   // rule: 'product'
 */
import type { Exercise, Lang, Part } from '../types.js';
import { translator } from '../../generator/i18n/index.js';
import { DlfError, show } from '../../generator/engine/errors.js';
import { validator } from '../shared/validate.js';
import { analyse, type Analysis } from './analysis.js';
import { tex } from './calculus.js';
import { wrongAnswers, type DetectorId } from './detectors.js';
import { drawF } from './generate.js';
import { messages } from './messages.js';
import { derivativeSteps } from './steps.js';
import { RULES, type Rule } from './structure.js';

export { messages };
export { RULES, type Rule };
const t = translator(messages);

export interface DerivativeParams {
  rule: Rule;
  /** y = f(x), as students would type it (ln, e^x, implicit multiplication allowed). */
  f: string;
}

/** The misconception each rule is about: a generated problem must be able to detect it. */
const REQUIRED: Record<Rule, DetectorId[]> = {
  polynomial: ['sign'],
  exp: ['sign'],
  ln: ['sign'],
  product: ['product-of-derivatives', 'sign'],
  // The reversed numerator is exactly −f′, so it stands for the sign error here.
  quotient: ['quotient-reversed', 'quotient-not-squared'],
  chain: ['chain-missing-inner', 'sign'],
  'ln-chain': ['ln-one-over-u', 'sign'],
  sigmoid: ['quotient-reversed', 'quotient-not-squared'],
};

function part(a: Analysis, lang: Lang): Part {
  return {
    key: 'dydx',
    kind: 'expression',
    prompt: t(lang, 'derivative.prompt.dydx', { vars: a.variables.join(', ') }),
    deps: [],
    compute: () => a.answer,
    variables: a.variables,
    domain: a.domain,
  };
}

/** A generated f is usable when it has the intended shape and its typical mistakes are detectable. */
function usable(f: string, rule: Rule): boolean {
  try {
    const a = analyse(f);
    if (a.rule !== rule) return false;
    const ids = wrongAnswers(a, part(a, 'en')).map((w) => w.id);
    return REQUIRED[rule].every((id) => ids.includes(id));
  } catch (err) {
    if (err instanceof DlfError) return false;
    throw err;
  }
}

export const derivative: Exercise<DerivativeParams> = {
  id: 'derivative',
  title: (lang) => t(lang, 'derivative.title'),
  summary: 'Differentiate y = f(x): polynomials, e^x, product, quotient, chain, ln(x), ln(u), sigmoid.',
  options: [{ name: 'rule', description: 'which rule to practise (default: a random one)', values: RULES }],
  generate(rng, options) {
    const rule = (options.rule as Rule | undefined) ?? rng.pick(RULES);
    for (let i = 0; i < 200; i++) {
      const f = drawF(rng, rule);
      if (usable(f, rule)) return { rule, f };
    }
    throw new Error(`derivative: no usable f for rule ${rule} after 200 draws (generator bug)`);
  },
  parseParams(raw) {
    const v = validator('derivative', raw);
    v.only(['rule', 'f']);
    const f = v.str('f');
    if (f.length > 500) throw new DlfError(`derivative: f should be at most 500 characters, got ${show(f)}`);
    const rule = v.obj.rule === undefined ? analyse(f).rule : v.oneOf('rule', RULES);
    analyse(f); // validates f: readable, uses x, defined on an interval, derivative not 0
    return { rule, f };
  },
  statement(p, lang) {
    const a = analyse(p.f);
    const constants = a.constants.length > 0 ? t(lang, 'derivative.constants', { names: a.constants.join(', ') }) : '';
    return { text: t(lang, 'derivative.statement', { f: tex(a.node), constants }) };
  },
  parts: (p, lang) => [part(analyse(p.f), lang)],
  steps: (p, _values, lang) => derivativeSteps(analyse(p.f), lang),
  detectors(p, lang) {
    const a = analyse(p.f);
    return wrongAnswers(a, part(a, lang)).map((w) => ({
      id: w.id,
      part: 'dydx',
      wrong: () => w.wrong,
      feedback: t(lang, `derivative.detector.${w.id}`, { u: w.u ?? '' }),
    }));
  },
};
