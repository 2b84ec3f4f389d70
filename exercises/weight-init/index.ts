/**
 * `weight-init` — why weights are initialised with standard deviation 1/√n_in: the spread of
 * z = Σ w_j x_j + b with k inputs equal to 1, for naive N(0, 1) weights (std √(k + 1)) and scaled
 * N(0, 1/n_in) weights (std √(k/n_in + 1)); the bias stays N(0, 1).
 *
 * Params `{ n: 1000, active: 500 }`; parts `std_naive`, `std_w`, `std_scaled`.
 *
 * @example
 *   makeProblem('weight-init', { params: { n: 1000, active: 500 } })   // 22.38, 0.03162, 1.225
 */
import type { Detector, Exercise, Lang, Part, Step, Values } from '../types.js';
import { translator } from '../../generator/i18n/index.js';
import { validator } from '../shared/validate.js';
import { num } from '../shared/latex.js';
import { detectorsDistinct } from '../shared/distinct.js';
import { messages } from './messages.js';

export { messages };
const t = translator(messages);

export interface WeightInitParams {
  n: number;
  active: number;
}

function parts(p: WeightInitParams, lang: Lang): Part[] {
  const pr = (k: string) => t(lang, `weight-init.prompt.${k}`);
  return [
    { key: 'std_naive', kind: 'number', deps: [], prompt: pr('std_naive'), compute: () => Math.sqrt(p.active + 1) },
    { key: 'std_w', kind: 'number', deps: [], prompt: pr('std_w'), compute: () => 1 / Math.sqrt(p.n) },
    { key: 'std_scaled', kind: 'number', deps: ['std_w'], prompt: pr('std_scaled'), compute: (d) => Math.sqrt(p.active * (d.std_w as number) ** 2 + 1) },
  ];
}

function detectors(p: WeightInitParams, lang: Lang): Detector[] {
  const fb = (id: string) => t(lang, `weight-init.detector.${id}`);
  const k = p.active;
  return [
    { id: 'variance', part: 'std_naive', wrong: () => k + 1, feedback: fb('variance') },
    { id: 'all-inputs', part: 'std_naive', wrong: () => Math.sqrt(p.n + 1), feedback: fb('all-inputs') },
    { id: 'variance', part: 'std_w', wrong: () => 1 / p.n, feedback: fb('variance') },
    { id: 'variance', part: 'std_scaled', wrong: (d) => k * (d.std_w as number) ** 2 + 1, feedback: fb('variance') },
    { id: 'no-bias', part: 'std_scaled', wrong: (d) => Math.sqrt(k) * (d.std_w as number), feedback: fb('no-bias') },
  ];
}

function steps(p: WeightInitParams, v: Readonly<Values>, lang: Lang): Step[] {
  const k = p.active;
  const title = (id: string) => t(lang, `weight-init.step.${id}`);
  return [
    {
      part: 'std_naive', title: title('std_naive'),
      math: [
        `\\mathrm{Var}(z) = \\sum_{j: x_j = 1} \\mathrm{Var}(w_j) + \\mathrm{Var}(b) = ${k} * 1 + 1 = ${k + 1}`,
        `\\mathrm{std}(z) = \\sqrt{${k + 1}} = ${num(v.std_naive as number)}`,
      ],
    },
    { part: 'std_w', title: title('std_w'), math: [`\\mathrm{std}(w_j) = \\frac{1}{\\sqrt{n_{in}}} = \\frac{1}{\\sqrt{${p.n}}} = ${num(v.std_w as number)}`] },
    {
      part: 'std_scaled', title: title('std_scaled'),
      math: [
        `\\mathrm{Var}(z) = ${k} * \\frac{1}{${p.n}} + 1 = ${num(k / p.n + 1)}`,
        `\\mathrm{std}(z) = \\sqrt{${num(k / p.n + 1)}} = ${num(v.std_scaled as number)}`,
      ],
    },
  ];
}

export const weightInit: Exercise<WeightInitParams> = {
  id: 'weight-init',
  title: (lang) => t(lang, 'weight-init.title'),
  summary: 'Spread of z for naive N(0,1) weights versus weights scaled by 1/√n_in.',
  options: [],
  generate(rng) {
    for (let tries = 0; ; tries++) {
      if (tries > 20_000) throw new Error('weight-init: no suitable random problem found');
      const n = rng.pick([100, 200, 400, 500, 784, 1000]);
      const p = { n, active: rng.int(Math.round(n / 4), Math.round((3 * n) / 4)) };
      if (detectorsDistinct(parts(p, 'en'), detectors(p, 'en'), 4)) return p;
    }
  },
  parseParams(raw) {
    const v = validator('weight-init', raw);
    v.only(['n', 'active']);
    const n = v.int('n', { min: 1 });
    const active = v.int('active', { min: 1, max: n });
    return { n, active };
  },
  statement: (p, lang) => ({ text: t(lang, 'weight-init.statement', { v_n: p.n, v_active: p.active }) }),
  parts,
  steps,
  detectors,
};
