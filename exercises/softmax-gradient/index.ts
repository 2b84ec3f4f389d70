/**
 * `softmax-gradient` — softmax activations, the cross-entropy cost C = −ln(a_label) and its gradient
 * with respect to the preactivations, ∇_z C = a − y (a_i − 1 on the true class, a_k elsewhere).
 *
 * Params `{ z: [1, 2, 0.5], label: 1 }` (label 0-based); parts `a` (vector), `C`, `dC_dz` (vector).
 * Option `classes` (2 to 6, default 3).
 *
 * @example
 *   makeProblem('softmax-gradient', { params: { z: [1, 2, 0.5], label: 1 } })   // a = [0.231, 0.629, 0.140]
 */
import type { Detector, Exercise, Lang, Part, Step, Values } from '../types.js';
import { translator } from '../../generator/i18n/index.js';
import { DlfError, show } from '../../generator/engine/errors.js';
import { validator } from '../shared/validate.js';
import { num, rowvec, vec } from '../shared/latex.js';
import { oneHotVector, softmax, sub } from '../shared/nn.js';
import { detectorsDistinct } from '../shared/distinct.js';
import { messages } from './messages.js';

export { messages };
const t = translator(messages);

export interface SoftmaxParams {
  z: number[];
  label: number;
}

function parts(p: SoftmaxParams, lang: Lang): Part[] {
  const y = oneHotVector(p.label, p.z.length);
  return [
    { key: 'a', kind: 'vector', deps: [], prompt: t(lang, 'softmax-gradient.prompt.a'), compute: () => softmax(p.z) },
    { key: 'C', kind: 'number', deps: ['a'], prompt: t(lang, 'softmax-gradient.prompt.C'), compute: (d) => -Math.log((d.a as number[])[p.label]!) },
    { key: 'dC_dz', kind: 'vector', deps: ['a'], prompt: t(lang, 'softmax-gradient.prompt.dC_dz'), compute: (d) => sub(d.a as number[], y) },
  ];
}

function detectors(p: SoftmaxParams, lang: Lang): Detector[] {
  const y = oneHotVector(p.label, p.z.length);
  const a = (d: Readonly<Values>) => d.a as number[];
  const fb = (id: string) => t(lang, `softmax-gradient.detector.${id}`);
  return [
    { id: 'no-normalise', part: 'a', wrong: () => p.z.map(Math.exp), feedback: fb('no-normalise') },
    { id: 'C-sign', part: 'C', wrong: (d) => Math.log(a(d)[p.label]!), feedback: fb('C-sign') },
    { id: 'dC-da', part: 'dC_dz', wrong: (d) => a(d).map((ai, i) => (i === p.label ? -1 / ai : 0)), feedback: fb('dC-da') },
    { id: 'dC-da-all', part: 'dC_dz', wrong: (d) => a(d).map((ai) => -1 / ai), feedback: fb('dC-da') },
    { id: 'missing-minus-one', part: 'dC_dz', wrong: (d) => a(d).slice(), feedback: fb('missing-minus-one') },
    { id: 'sign', part: 'dC_dz', wrong: (d) => sub(y, a(d)), feedback: fb('sign') },
  ];
}

function steps(p: SoftmaxParams, v: Readonly<Values>, lang: Lang): Step[] {
  const a = v.a as number[];
  const sum = p.z.reduce((s, z) => s + Math.exp(z), 0);
  const i = p.label;
  const g = v.dC_dz as number[];
  return [
    {
      part: 'a', title: t(lang, 'softmax-gradient.step.a'),
      math: [
        'a_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}',
        `\\sum_j e^{z_j} = ${p.z.map((z) => `e^{${num(z)}}`).join(' + ')} = ${num(sum)}`,
        ...p.z.map((z, k) => `a_${k} = \\frac{e^{${num(z)}}}{${num(sum)}} = ${num(a[k]!)}`),
        `\\mathbf{a} = ${vec(a)}`,
      ],
    },
    {
      part: 'C', title: t(lang, 'softmax-gradient.step.C'),
      math: ['C = -\\sum_j y_j \\ln(a_j)', `C = -\\ln(a_${i})`, `C = -\\ln(${num(a[i]!)}) = ${num(v.C as number)}`],
    },
    {
      part: 'dC_dz', title: t(lang, 'softmax-gradient.step.dC_dz'),
      math: [
        `\\frac{\\partial C}{\\partial z_${i}} = a_${i} - 1 = ${num(a[i]!)} - 1 = ${num(g[i]!)}`,
        ...a.flatMap((ak, k) => (k === i ? [] : [`\\frac{\\partial C}{\\partial z_${k}} = a_${k} = ${num(ak)}`])),
        `\\nabla_{\\mathbf{z}} C = \\mathbf{a} - \\mathbf{y} = ${vec(g)}`,
      ],
    },
  ];
}

export const softmaxGradient: Exercise<SoftmaxParams> = {
  id: 'softmax-gradient',
  title: (lang) => t(lang, 'softmax-gradient.title'),
  summary: 'Softmax activations, cross-entropy cost −ln(a_label) and its gradient a − y (labels from 0).',
  options: [{ name: 'classes', description: 'number of classes (2 to 6)', default: '3' }],
  generate(rng, options) {
    const n = Number(options.classes ?? 3);
    if (!Number.isInteger(n) || n < 2 || n > 6) {
      throw new DlfError(`softmax-gradient: option classes should be an integer from 2 to 6, got ${show(options.classes)}`);
    }
    for (let tries = 0; ; tries++) {
      if (tries > 20_000) throw new Error('softmax-gradient: no suitable random problem found');
      const p = { z: Array.from({ length: n }, () => rng.int(-4, 6) / 2), label: rng.int(0, n - 1) };
      const a = softmax(p.z);
      if (a[p.label]! < 0.05 || a[p.label]! > 0.9 || Math.min(...a) < 0.01) continue;
      if (detectorsDistinct(parts(p, 'en'), detectors(p, 'en'), 4)) return p;
    }
  },
  parseParams(raw) {
    const v = validator('softmax-gradient', raw);
    v.only(['z', 'label']);
    const z = v.vec('z', { min: 2, max: 20 });
    const label = v.int('label', { min: 0, max: z.length - 1 });
    return { z, label };
  },
  statement: (p, lang) => ({
    text: t(lang, 'softmax-gradient.statement', { classes: p.z.length, zvec: rowvec(p.z), label: p.label }),
  }),
  parts,
  steps,
  detectors,
};
