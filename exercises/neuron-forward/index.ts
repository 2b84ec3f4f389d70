/**
 * `neuron-forward` — the forward pass of one sigmoid neuron, as in the slides:
 * z = (w_1 * x_1) + (w_2 * x_2) + b, a = σ(z).
 *
 * Params `{ x: [4, 0.5], w: [1, -1], b: -2 }`; parts `z` (number), `a` (number, depends on z).
 * Option `inputs` (1 to 4, default 2).
 *
 * @example
 *   makeProblem('neuron-forward', { params: { x: [4, 0.5], w: [1, -1], b: -2 } })   // z = 1.5, a = 0.8176
 */
import type { Detector, Exercise, Lang, Part, Step, Values } from '../types.js';
import { translator } from '../../generator/i18n/index.js';
import { num } from '../shared/latex.js';
import { sigmoid, dot } from '../shared/nn.js';
import {
  generateNeuron, inputsOption, listing, parseNeuron, preactivation, zFormula, zSubstitution, type NeuronParams,
} from '../shared/neuron.js';
import { messages } from './messages.js';

export { messages };
const t = translator(messages);

export type NeuronForwardParams = NeuronParams;

/** The z and a parts, shared with neuron-step. */
export function forwardParts(p: NeuronParams, lang: Lang): Part[] {
  return [
    {
      key: 'z', kind: 'number', deps: [],
      prompt: t(lang, 'neuron-forward.prompt.z', { formula: zFormula(p.x.length) }),
      compute: () => preactivation(p.w, p.x, p.b),
    },
    {
      key: 'a', kind: 'number', deps: ['z'],
      prompt: t(lang, 'neuron-forward.prompt.a'),
      compute: (d) => sigmoid(d.z as number),
    },
  ];
}

/** The slides' "Preactivation" and "Activation" steps. */
export function forwardSteps(p: NeuronParams, v: Readonly<Values>, lang: Lang): Step[] {
  const z = v.z as number;
  return [
    {
      part: 'z', title: t(lang, 'neuron-forward.step.z'),
      math: [zFormula(p.x.length), `z = ${zSubstitution(p.w, p.x, p.b)}`, `z = ${num(z)}`],
    },
    {
      part: 'a', title: t(lang, 'neuron-forward.step.a'),
      math: ['a = \\sigma(z) = \\frac{1}{1 + e^{-z}}', `a = \\sigma(${num(z)}) = \\frac{1}{1 + e^{-(${num(z)})}}`, `a = ${num(v.a as number)}`],
    },
  ];
}

export function forwardDetectors(p: NeuronParams, lang: Lang): Detector[] {
  return [
    { id: 'no-bias', part: 'z', wrong: () => dot(p.w, p.x), feedback: t(lang, 'neuron-forward.detector.no-bias') },
    { id: 'exp-sign', part: 'a', wrong: (d) => sigmoid(-(d.z as number)), feedback: t(lang, 'neuron-forward.detector.exp-sign') },
    { id: 'no-activation', part: 'a', wrong: (d) => d.z as number, feedback: t(lang, 'neuron-forward.detector.no-activation') },
  ];
}

export const neuronForward: Exercise<NeuronForwardParams> = {
  id: 'neuron-forward',
  title: (lang) => t(lang, 'neuron-forward.title'),
  summary: 'Preactivation z = w·x + b and sigmoid activation a = σ(z) of one neuron.',
  options: [{ name: 'inputs', description: 'number of inputs (1 to 4)', default: '2' }],
  generate: (rng, options) => generateNeuron(rng, inputsOption('neuron-forward', options.inputs), 0.5, 3),
  parseParams(raw) {
    const { x, w, b } = parseNeuron('neuron-forward', raw, []);
    return { x, w, b };
  },
  statement: (p, lang) => ({
    text: t(lang, 'neuron-forward.statement', { inputs: listing('x', p.x), weights: listing('w', p.w), bias: num(p.b) }),
  }),
  parts: forwardParts,
  steps: forwardSteps,
  detectors: forwardDetectors,
};
