/**
 * `activation-derivatives` — ReLU and its derivative; the sigmoid derivative σ′(z) = σ(z)(1 − σ(z))
 * along a path through L layers, their product, and its bound 0.25^L (the vanishing gradient).
 *
 * Params `{ z: [-1.5, 2, 0.5, -3], zs: [0.5, -1, 2] }`; parts `relu`, `relu_prime`, `sigmoid_prime`
 * (vectors), `product`, `bound`. Option `layers` (2 to 6, default 3) = the length of zs.
 *
 * @example
 *   makeProblem('activation-derivatives', { params: { z: [-1, 2], zs: [0, 0, 0] } })   // product = bound = 0.015625
 */
import type { Detector, Exercise, Lang, Part, Step, Values } from '../types.js';
import { translator } from '../../generator/i18n/index.js';
import { DlfError, show } from '../../generator/engine/errors.js';
import { validator } from '../shared/validate.js';
import { num, rowvec, vec } from '../shared/latex.js';
import { sigmoid, sigmoidPrime } from '../shared/nn.js';
import { detectorsDistinct } from '../shared/distinct.js';
import { messages } from './messages.js';

export { messages };
const t = translator(messages);

export interface ActivationDerivativesParams {
  z: number[];
  zs: number[];
}

const relu = (z: number) => Math.max(0, z);
const reluPrime = (z: number) => (z > 0 ? 1 : 0);
const prod = (v: number[]) => v.reduce((p, x) => p * x, 1);

function parts(p: ActivationDerivativesParams, lang: Lang): Part[] {
  const pr = (k: string) => t(lang, `activation-derivatives.prompt.${k}`, { v_L: p.zs.length });
  return [
    { key: 'relu', kind: 'vector', deps: [], prompt: pr('relu'), compute: () => p.z.map(relu) },
    { key: 'relu_prime', kind: 'vector', deps: [], prompt: pr('relu_prime'), compute: () => p.z.map(reluPrime) },
    { key: 'sigmoid_prime', kind: 'vector', deps: [], prompt: pr('sigmoid_prime'), compute: () => p.zs.map(sigmoidPrime) },
    { key: 'product', kind: 'number', deps: ['sigmoid_prime'], prompt: pr('product'), compute: (d) => prod(d.sigmoid_prime as number[]) },
    { key: 'bound', kind: 'number', deps: [], prompt: pr('bound'), compute: () => 0.25 ** p.zs.length },
  ];
}

function detectors(p: ActivationDerivativesParams, lang: Lang): Detector[] {
  const fb = (id: string) => t(lang, `activation-derivatives.detector.${id}`);
  const L = p.zs.length;
  return [
    { id: 'identity', part: 'relu', wrong: () => p.z.slice(), feedback: fb('identity') },
    { id: 'relu-values', part: 'relu_prime', wrong: () => p.z.map(relu), feedback: fb('relu-values') },
    { id: 'sigma-only', part: 'sigmoid_prime', wrong: () => p.zs.map(sigmoid), feedback: fb('sigma-only') },
    { id: 'sum', part: 'product', wrong: (d) => (d.sigmoid_prime as number[]).reduce((s, x) => s + x, 0), feedback: fb('sum') },
    { id: 'half', part: 'bound', wrong: () => 0.5 ** L, feedback: fb('half') },
    { id: 'linear', part: 'bound', wrong: () => 0.25 * L, feedback: fb('linear') },
  ];
}

function steps(p: ActivationDerivativesParams, v: Readonly<Values>, lang: Lang): Step[] {
  const sp = v.sigmoid_prime as number[];
  const L = p.zs.length;
  const title = (k: string) => t(lang, `activation-derivatives.step.${k}`);
  return [
    { part: 'relu', title: title('relu'), math: ['\\mathrm{ReLU}(z) = \\max(0, z)', `\\mathrm{ReLU}\\left(${vec(p.z)}\\right) = ${vec(v.relu as number[])}`] },
    {
      part: 'relu_prime', title: title('relu_prime'),
      math: ["\\mathrm{ReLU}'(z) = \\begin{cases} 1 & z > 0 \\\\ 0 & z < 0 \\end{cases}", `\\mathrm{ReLU}'\\left(${vec(p.z)}\\right) = ${vec(v.relu_prime as number[])}`],
    },
    {
      part: 'sigmoid_prime', title: title('sigmoid_prime'),
      math: ["\\sigma'(z) = \\sigma(z) * (1 - \\sigma(z))", ...p.zs.map((z, k) => `\\sigma'(${num(z)}) = ${num(sigmoid(z))} * (1 - ${num(sigmoid(z))}) = ${num(sp[k]!)}`)],
    },
    { part: 'product', title: title('product'), math: [`\\prod_k \\sigma'(z^k) = ${sp.map((x) => num(x)).join(' * ')} = ${num(v.product as number)}`] },
    {
      part: 'bound', title: title('bound'),
      math: ["\\sigma'(z) \\le \\sigma'(0) = 0.5 * 0.5 = 0.25", `\\prod_{k=1}^{${L}} \\sigma'(z^k) \\le 0.25^{${L}} = ${num(v.bound as number)}`],
    },
  ];
}

export const activationDerivatives: Exercise<ActivationDerivativesParams> = {
  id: 'activation-derivatives',
  title: (lang) => t(lang, 'activation-derivatives.title'),
  summary: "ReLU and its derivative; σ′ across L layers, their product and the bound 0.25^L (vanishing gradient).",
  options: [{ name: 'layers', description: 'number of layers L on the path (2 to 6)', default: '3' }],
  generate(rng, options) {
    const L = Number(options.layers ?? 3);
    if (!Number.isInteger(L) || L < 2 || L > 6) {
      throw new DlfError(`activation-derivatives: option layers should be an integer from 2 to 6, got ${show(options.layers)}`);
    }
    for (let tries = 0; ; tries++) {
      if (tries > 20_000) throw new Error('activation-derivatives: no suitable random problem found');
      const z = Array.from({ length: 4 }, () => rng.intExcept(-8, 8, [0]) / 2);
      const p = { z, zs: Array.from({ length: L }, () => rng.int(-4, 4) / 2) };
      if (!z.some((x) => x < 0) || !z.some((x) => x > 0 && x !== 1)) continue;
      if (detectorsDistinct(parts(p, 'en'), detectors(p, 'en'), 4)) return p;
    }
  },
  parseParams(raw) {
    const v = validator('activation-derivatives', raw);
    v.only(['z', 'zs']);
    const z = v.vec('z', { min: 1, max: 12 });
    if (z.includes(0)) v.fail('z', 'a list of non-zero numbers (ReLU has no derivative at 0)', z);
    const zs = v.vec('zs', { min: 1, max: 12 });
    return { z, zs };
  },
  statement: (p, lang) => ({ text: t(lang, 'activation-derivatives.statement', { v_z: rowvec(p.z), v_zs: rowvec(p.zs), v_L: p.zs.length }) }),
  parts,
  steps,
  detectors,
};
