/**
 * `sigmoid-strip` — the universal-approximation building block: the preactivation for a desired
 * sigmoid output (z = ln(a/(1 − a))), the weight (steepness) and bias placing a step at x = s, and
 * reading activations off the step, as in the slides' influence-of-w/b tables.
 *
 * Params `{ target: 0.95, s: 2, width: 0.5, x: [1.5, 2, 2.25] }`: a = 0.5 at x = s and a = target at
 * x = s + width. Parts `z`, `w` (= z / width), `b` (= −w s), `a` (vector σ(w x_i + b)).
 *
 * @example
 *   makeProblem('sigmoid-strip', { params: { target: 0.95, s: 2, width: 0.5, x: [1.5, 2, 2.5] } })   // z = 2.944, w = 5.889, b = -11.78
 */
import type { Detector, Exercise, Lang, Part, Step, Values } from '../types.js';
import { translator } from '../../generator/i18n/index.js';
import { validator } from '../shared/validate.js';
import { num, pnum, vec } from '../shared/latex.js';
import { logit, roundTo, sigmoid } from '../shared/nn.js';
import { detectorsDistinct } from '../shared/distinct.js';
import { messages } from './messages.js';

export { messages };
const t = translator(messages);

export interface SigmoidStripParams {
  target: number;
  s: number;
  width: number;
  x: number[];
}

const N = (d: Readonly<Values>, k: string) => d[k] as number;

export function parts(p: SigmoidStripParams, lang: Lang): Part[] {
  return [
    { key: 'z', kind: 'number', deps: [], prompt: t(lang, 'sigmoid-strip.prompt.z', { v_target: num(p.target) }), compute: () => logit(p.target) },
    { key: 'w', kind: 'number', deps: ['z'], prompt: t(lang, 'sigmoid-strip.prompt.w'), compute: (d) => N(d, 'z') / p.width },
    { key: 'b', kind: 'number', deps: ['w'], prompt: t(lang, 'sigmoid-strip.prompt.b', { v_s: num(p.s) }), compute: (d) => -N(d, 'w') * p.s },
    {
      key: 'a', kind: 'vector', deps: ['w', 'b'], prompt: t(lang, 'sigmoid-strip.prompt.a', { v_xs: p.x.map((x) => num(x)).join(', ') }),
      compute: (d) => p.x.map((x) => sigmoid(N(d, 'w') * x + N(d, 'b'))),
    },
  ];
}

function detectors(p: SigmoidStripParams, lang: Lang): Detector[] {
  const fb = (id: string) => t(lang, `sigmoid-strip.detector.${id}`);
  return [
    { id: 'logit-inverted', part: 'z', wrong: () => Math.log((1 - p.target) / p.target), feedback: fb('logit-inverted') },
    { id: 'log-of-a', part: 'z', wrong: () => Math.log(p.target), feedback: fb('log-of-a') },
    { id: 'times-width', part: 'w', wrong: (d) => N(d, 'z') * p.width, feedback: fb('times-width') },
    { id: 'b-sign', part: 'b', wrong: (d) => N(d, 'w') * p.s, feedback: fb('b-sign') },
    { id: 'forgot-w', part: 'b', wrong: () => -p.s, feedback: fb('forgot-w') },
    { id: 'no-bias', part: 'a', wrong: (d) => p.x.map((x) => sigmoid(N(d, 'w') * x)), feedback: fb('no-bias') },
  ];
}

function steps(p: SigmoidStripParams, v: Readonly<Values>, lang: Lang): Step[] {
  const [z, w, b] = [N(v, 'z'), N(v, 'w'), N(v, 'b')];
  const a = v.a as number[];
  return [
    {
      part: 'z', title: t(lang, 'sigmoid-strip.step.z'),
      math: ['a = \\frac{1}{1 + e^{-z}} \\;\\Rightarrow\\; e^{-z} = \\frac{1 - a}{a} \\;\\Rightarrow\\; z = \\ln\\frac{a}{1 - a}', `z = \\ln\\frac{${num(p.target)}}{1 - ${num(p.target)}} = ${num(z)}`],
    },
    { part: 'w', title: t(lang, 'sigmoid-strip.step.w'), math: ['w \\cdot \\text{width} = z', `w = \\frac{${num(z)}}{${num(p.width)}} = ${num(w)}`] },
    { part: 'b', title: t(lang, 'sigmoid-strip.step.b'), math: ['w s + b = 0 \\;\\Rightarrow\\; b = -w s', `b = -${pnum(w)} * ${pnum(p.s)} = ${num(b)}`] },
    {
      part: 'a', title: t(lang, 'sigmoid-strip.step.a'),
      math: [
        'z = wx + b, \\quad a = \\sigma(z)',
        ...p.x.map((x, i) => `x = ${num(x)}: \\; z = ${num(w)} * ${pnum(x)} ${b < 0 ? '-' : '+'} ${num(Math.abs(b))} = ${num(w * x + b)}, \\; a = ${num(a[i]!)}`),
        `\\mathbf{a} = ${vec(a)}`,
      ],
    },
  ];
}

const TARGETS = [0.8, 0.9, 0.95, 0.98, 0.99];
const WIDTHS = [0.2, 0.5, 1, 2];

export const sigmoidStrip: Exercise<SigmoidStripParams> = {
  id: 'sigmoid-strip',
  title: (lang) => t(lang, 'sigmoid-strip.title'),
  summary: 'Preactivation for a desired sigmoid output, w and b placing a step, reading activations off the step.',
  options: [],
  generate(rng) {
    for (let tries = 0; ; tries++) {
      if (tries > 20_000) throw new Error('sigmoid-strip: no suitable random problem found');
      const width = rng.pick(WIDTHS);
      const s = rng.intExcept(-3, 3, [0]);
      const ks = rng.shuffle([-2, -1, 0, 1, 2]).slice(0, 4).sort((a, b) => a - b);
      const p = { target: rng.pick(TARGETS), s, width, x: ks.map((k) => roundTo(s + (k * width) / 2, 2)) };
      if (detectorsDistinct(parts(p, 'en'), detectors(p, 'en'), 4)) return p;
    }
  },
  parseParams(raw) {
    const v = validator('sigmoid-strip', raw);
    v.only(['target', 's', 'width', 'x']);
    const target = v.num('target', { gt: 0.5 });
    if (!(target < 1)) v.fail('target', '< 1 (a sigmoid output)', target);
    const s = v.num('s');
    const width = v.num('width', { gt: 0 });
    const x = v.vec('x', { min: 1, max: 12 });
    return { target, s, width, x };
  },
  statement: (p, lang) => ({
    text: t(lang, 'sigmoid-strip.statement', { v_s: num(p.s), v_target: num(p.target), v_end: num(p.s + p.width), v_width: num(p.width) }),
  }),
  parts,
  steps,
  detectors,
};

