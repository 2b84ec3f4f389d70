/**
 * `neuron-step` — one gradient-descent step of a single sigmoid neuron, exactly as the slides work
 * it: z → a → C, ∂C/∂a → ∂C/∂z = ∂C/∂a · a(1 − a) → ∂C/∂w_i = ∂C/∂z · x_i, ∂C/∂b = ∂C/∂z →
 * w' = w − α ∂C/∂w, b' = b − α ∂C/∂b → the activation after the step.
 *
 * Params `{ x, w, b, y, alpha, cost: 'quadratic' | 'cross-entropy' }`; parts z, a, C, dC_da, dC_dz,
 * dC_dw (vector), dC_db, w_new (vector), b_new, a_new. Options `inputs` (1–4), `cost`.
 *
 * @example
 *   makeProblem('neuron-step', { params: { x: [4, 0.5], w: [1, -1], b: -2, y: 1, alpha: 1, cost: 'quadratic' } })
 *   // z = 1.5, a = 0.8176, C = 0.01664, dC_da = -0.1824, dC_dz = -0.02721, ...
 */
import type { Detector, Exercise, Lang, Part, Step, Values } from '../types.js';
import { translator } from '../../generator/i18n/index.js';
import { DlfError, show } from '../../generator/engine/errors.js';
import { num, pnum } from '../shared/latex.js';
import { crossEntropyCost, quadraticCost, sigmoid } from '../shared/nn.js';
import { generateNeuron, inputsOption, listing, parseNeuron, preactivation, sym, zFormula, zSubstitution, type NeuronParams } from '../shared/neuron.js';
import { detectorsDistinct } from '../shared/distinct.js';
import { forwardDetectors, forwardParts, forwardSteps, messages as forwardMessages } from '../neuron-forward/index.js';
import { messages } from './messages.js';

export { messages };
const t = translator(forwardMessages, messages);

export const COSTS = ['quadratic', 'cross-entropy'] as const;
export type Cost = (typeof COSTS)[number];

export interface NeuronStepParams extends NeuronParams {
  y: number;
  alpha: number;
  cost: Cost;
}

const costOf = (p: NeuronStepParams, a: number) => (p.cost === 'quadratic' ? quadraticCost(a, p.y) : crossEntropyCost(a, p.y));
const dCdaOf = (p: NeuronStepParams, a: number) => (p.cost === 'quadratic' ? a - p.y : (a - p.y) / (a * (1 - a)));

const frac = (top: string, bottom: string) => `\\frac{\\partial ${top}}{\\partial ${bottom}}`;

function parts(p: NeuronStepParams, lang: Lang): Part[] {
  const n = p.x.length;
  const ws = p.w.map((_, i) => sym('w', i, n));
  return [
    ...forwardParts(p, lang),
    { key: 'C', kind: 'number', deps: ['a'], prompt: t(lang, 'neuron-step.prompt.C'), compute: (d) => costOf(p, d.a as number) },
    { key: 'dC_da', kind: 'number', deps: ['a'], prompt: t(lang, 'neuron-step.prompt.dC_da'), compute: (d) => dCdaOf(p, d.a as number) },
    {
      key: 'dC_dz', kind: 'number', deps: ['dC_da', 'a'], prompt: t(lang, 'neuron-step.prompt.dC_dz'),
      compute: (d) => (d.dC_da as number) * (d.a as number) * (1 - (d.a as number)),
    },
    {
      key: 'dC_dw', kind: 'vector', deps: ['dC_dz'],
      prompt: t(lang, 'neuron-step.prompt.dC_dw', { grad: ws.map((w) => frac('C', w)).join(', ') }),
      compute: (d) => p.x.map((xi) => (d.dC_dz as number) * xi),
    },
    { key: 'dC_db', kind: 'number', deps: ['dC_dz'], prompt: t(lang, 'neuron-step.prompt.dC_db'), compute: (d) => d.dC_dz as number },
    {
      key: 'w_new', kind: 'vector', deps: ['dC_dw'],
      prompt: t(lang, 'neuron-step.prompt.w_new', { ws: ws.map((w) => `${w}'`).join(', ') }),
      compute: (d) => p.w.map((wi, i) => wi - p.alpha * (d.dC_dw as number[])[i]!),
    },
    { key: 'b_new', kind: 'number', deps: ['dC_db'], prompt: t(lang, 'neuron-step.prompt.b_new'), compute: (d) => p.b - p.alpha * (d.dC_db as number) },
    {
      key: 'a_new', kind: 'number', deps: ['w_new', 'b_new'], prompt: t(lang, 'neuron-step.prompt.a_new'),
      compute: (d) => sigmoid(preactivation(d.w_new as number[], p.x, d.b_new as number)),
    },
  ];
}

function detectors(p: NeuronStepParams, lang: Lang): Detector[] {
  const q = p.cost === 'quadratic';
  const a = (d: Readonly<Values>) => d.a as number;
  const list: Detector[] = [...forwardDetectors(p, lang)];
  if (q) list.push({ id: 'missing-half', part: 'C', wrong: (d) => (p.y - a(d)) ** 2, feedback: t(lang, 'neuron-step.detector.missing-half') });
  list.push({
    id: 'cost-swapped', part: 'C',
    wrong: (d) => (q ? crossEntropyCost(a(d), p.y) : quadraticCost(a(d), p.y)),
    feedback: t(lang, `neuron-step.detector.cost-swapped.${p.cost}`),
  });
  if (q) {
    list.push({ id: 'dC_da-sign', part: 'dC_da', wrong: (d) => p.y - a(d), feedback: t(lang, 'neuron-step.detector.dC_da-sign') });
    list.push({
      id: 'ce-derivative-with-quadratic', part: 'dC_da', wrong: (d) => (a(d) - p.y) / (a(d) * (1 - a(d))),
      feedback: t(lang, 'neuron-step.detector.ce-derivative-with-quadratic'),
    });
  } else {
    list.push({
      id: 'quadratic-derivative-with-ce', part: 'dC_da', wrong: (d) => a(d) - p.y,
      feedback: t(lang, 'neuron-step.detector.quadratic-derivative-with-ce'),
    });
  }
  list.push({
    id: 'forgot-sigma-prime', part: 'dC_dz', wrong: (d) => d.dC_da as number,
    feedback: t(lang, `neuron-step.detector.forgot-sigma-prime.${p.cost}`),
  });
  if (!q) {
    list.push({
      id: 'quadratic-delta-with-ce', part: 'dC_dz', wrong: (d) => (a(d) - p.y) * a(d) * (1 - a(d)),
      feedback: t(lang, 'neuron-step.detector.quadratic-delta-with-ce'),
    });
  }
  list.push(
    {
      id: 'wrong-sign', part: 'w_new', wrong: (d) => p.w.map((wi, i) => wi + p.alpha * (d.dC_dw as number[])[i]!),
      feedback: t(lang, 'neuron-step.detector.wrong-sign', { param: 'w' }),
    },
    { id: 'wrong-sign', part: 'b_new', wrong: (d) => p.b + p.alpha * (d.dC_db as number), feedback: t(lang, 'neuron-step.detector.wrong-sign', { param: 'b' }) },
  );
  return list;
}

function steps(p: NeuronStepParams, v: Readonly<Values>, lang: Lang): Step[] {
  const n = p.x.length;
  const a = v.a as number;
  const dz = v.dC_dz as number;
  const q = p.cost === 'quadratic';
  const out: Step[] = forwardSteps(p, v, lang);
  out.push({
    part: 'C', title: `${t(lang, 'neuron-step.step.truth')}, ${t(lang, 'neuron-step.step.C')}`,
    math: q
      ? [`y = ${num(p.y)}`, 'C = \\frac{1}{2}(y - a)^2', `C = \\frac{1}{2}(${num(p.y)} - ${num(a)})^2`, `C = ${num(v.C as number)}`]
      : [`y = ${num(p.y)}`, 'C = -(y \\ln(a) + (1 - y) \\ln(1 - a))', `C = -(${num(p.y)} * \\ln(${num(a)}) + ${pnum(1 - p.y)} * \\ln(1 - ${num(a)}))`, `C = ${num(v.C as number)}`],
  });
  out.push({
    part: 'dC_da', title: t(lang, 'neuron-step.step.dC_da'),
    math: q
      ? [`${frac('C', 'a')} = a - y`, `${frac('C', 'a')} = ${num(a)} - ${pnum(p.y)}`, `${frac('C', 'a')} = ${num(v.dC_da as number)}`]
      : [`${frac('C', 'a')} = \\frac{a - y}{a * (1 - a)}`, `${frac('C', 'a')} = \\frac{${num(a)} - ${pnum(p.y)}}{${num(a)} * (1 - ${num(a)})}`, `${frac('C', 'a')} = ${num(v.dC_da as number)}`],
  });
  const sp = a * (1 - a);
  out.push({
    part: 'dC_dz', title: t(lang, 'neuron-step.step.dC_dz'),
    math: [
      `${frac('C', 'z')} = ${frac('C', 'a')} * ${frac('a', 'z')}`,
      `${frac('a', 'z')} = a * (1 - a) = ${num(a)} * (1 - ${num(a)}) = ${num(sp)}`,
      `${frac('C', 'z')} = ${num(v.dC_da as number)} * ${num(sp)}`,
      ...(q ? [] : [`${frac('C', 'z')} = \\frac{a - y}{a * (1 - a)} * a * (1 - a) = a - y = ${num(a)} - ${pnum(p.y)}`]),
      `${frac('C', 'z')} = ${num(dz)}`,
    ],
  });
  p.x.forEach((xi, i) => {
    const w = sym('w', i, n);
    out.push({
      part: 'dC_dw', title: t(lang, 'neuron-step.step.dC_dw', { w }),
      math: [
        `${frac('C', w)} = ${frac('C', 'z')} * ${frac('z', w)}`,
        `${frac('z', w)} = ${sym('x', i, n)} = ${num(xi)}`,
        `${frac('C', w)} = ${num(dz)} * ${pnum(xi)} = ${num((v.dC_dw as number[])[i]!)}`,
      ],
    });
  });
  out.push({
    part: 'dC_db', title: t(lang, 'neuron-step.step.dC_db'),
    math: [`${frac('C', 'b')} = ${frac('C', 'z')} * ${frac('z', 'b')}`, `${frac('z', 'b')} = 1`, `${frac('C', 'b')} = ${num(dz)} * 1 = ${num(v.dC_db as number)}`],
  });
  const upd: string[] = [`\\alpha = ${num(p.alpha)}`];
  p.w.forEach((wi, i) => {
    const w = sym('w', i, n);
    upd.push(`${w}' = ${w} - \\alpha * ${frac('C', w)}`, `${w}' = ${num(wi)} - ${num(p.alpha)} * ${pnum((v.dC_dw as number[])[i]!)} = ${num((v.w_new as number[])[i]!)}`);
  });
  upd.push(`b' = b - \\alpha * ${frac('C', 'b')}`, `b' = ${num(p.b)} - ${num(p.alpha)} * ${pnum(v.dC_db as number)} = ${num(v.b_new as number)}`);
  out.push({ part: 'b_new', title: t(lang, 'neuron-step.step.update'), math: upd });
  const zNew = preactivation(v.w_new as number[], p.x, v.b_new as number);
  out.push({
    part: 'a_new', title: t(lang, 'neuron-step.step.after'),
    math: [
      zFormula(n).replace(/w(_\d)?/g, "w$1'").replace(/b$/, "b'"),
      `z = ${zSubstitution(v.w_new as number[], p.x, v.b_new as number)} = ${num(zNew)}`,
      `a = \\sigma(${num(zNew)}) = \\frac{1}{1 + e^{-(${num(zNew)})}} = ${num(v.a_new as number)}`,
    ],
  });
  return out;
}

function costOption(raw: string | undefined): Cost {
  const c = raw ?? 'quadratic';
  if (!(COSTS as readonly string[]).includes(c)) throw new DlfError(`neuron-step: option cost should be one of ${COSTS.join(' | ')}, got ${show(raw)}`);
  return c as Cost;
}

export const neuronStep: Exercise<NeuronStepParams> = {
  id: 'neuron-step',
  title: (lang) => t(lang, 'neuron-step.title'),
  summary: 'One gradient-descent step of a sigmoid neuron (quadratic or cross-entropy cost), slide by slide.',
  options: [
    { name: 'inputs', description: 'number of inputs (1 to 4)', default: '2' },
    { name: 'cost', description: 'cost function', values: COSTS, default: 'quadratic' },
  ],
  generate(rng, options) {
    const n = inputsOption('neuron-step', options.inputs);
    const cost = costOption(options.cost);
    for (let tries = 0; ; tries++) {
      if (tries > 20_000) throw new Error('neuron-step: no suitable random problem found');
      const p: NeuronStepParams = { ...generateNeuron(rng, n, 0.5, 2.5), y: rng.int(0, 1), alpha: rng.pick([0.5, 1, 2]), cost };
      const a = sigmoid(preactivation(p.w, p.x, p.b));
      const dz = dCdaOf(p, a) * a * (1 - a);
      if (Math.abs(dz) >= 0.025 && detectorsDistinct(parts(p, 'en'), detectors(p, 'en'), 4)) return p;
    }
  },
  parseParams(raw) {
    const { v, x, w, b } = parseNeuron('neuron-step', raw, ['y', 'alpha', 'cost']);
    const y = v.num('y', { min: 0, max: 1 });
    const alpha = v.num('alpha', { gt: 0 });
    const cost = v.oneOf('cost', COSTS);
    return { x, w, b, y, alpha, cost };
  },
  statement: (p, lang) => ({
    text: t(lang, 'neuron-step.statement', {
      inputs: listing('x', p.x), weights: listing('w', p.w), bias: num(p.b), y: num(p.y), alpha: num(p.alpha),
      cost: t(lang, `neuron-step.cost.${p.cost}`),
    }),
  }),
  parts,
  steps,
  detectors,
};
