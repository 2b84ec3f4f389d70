/**
 * `sgd-cost` — the slides' "computational cost / updates count" of mini-batch SGD: updates per
 * epoch ⌈n / batch⌉, updates in total, examples processed (epochs × n).
 *
 * Params `{ n: 60000, batch: 64, epochs: 10 }`; parts `updates_per_epoch`, `updates`, `examples`
 * (integers). Generated n is never a multiple of the batch size, so the last batch is smaller.
 *
 * @example
 *   makeProblem('sgd-cost', { params: { n: 60000, batch: 64, epochs: 10 } })   // 938, 9380, 600000
 */
import type { Detector, Exercise, Lang, Part, Step, Values } from '../types.js';
import { translator } from '../../generator/i18n/index.js';
import { validator } from '../shared/validate.js';
import { detectorsDistinct } from '../shared/distinct.js';
import { messages } from './messages.js';

export { messages };
const t = translator(messages);

export interface SgdCostParams {
  n: number;
  batch: number;
  epochs: number;
}

function parts(p: SgdCostParams, lang: Lang): Part[] {
  const pr = (k: string) => t(lang, `sgd-cost.prompt.${k}`);
  return [
    { key: 'updates_per_epoch', kind: 'integer', deps: [], prompt: pr('updates_per_epoch'), compute: () => Math.ceil(p.n / p.batch) },
    { key: 'updates', kind: 'integer', deps: ['updates_per_epoch'], prompt: pr('updates'), compute: (d) => (d.updates_per_epoch as number) * p.epochs },
    { key: 'examples', kind: 'integer', deps: [], prompt: pr('examples'), compute: () => p.n * p.epochs },
  ];
}

function detectors(p: SgdCostParams, lang: Lang): Detector[] {
  const fb = (id: string) => t(lang, `sgd-cost.detector.${id}`);
  const u = (d: Readonly<Values>) => d.updates_per_epoch as number;
  return [
    { id: 'floor', part: 'updates_per_epoch', wrong: () => Math.floor(p.n / p.batch), feedback: fb('floor') },
    { id: 'per-example', part: 'updates_per_epoch', wrong: () => p.n, feedback: fb('per-example') },
    { id: 'forgot-epochs', part: 'updates', wrong: (d) => u(d), feedback: fb('forgot-epochs') },
    { id: 'floor', part: 'updates', wrong: () => Math.floor(p.n / p.batch) * p.epochs, feedback: fb('floor') },
    { id: 'full-batches', part: 'examples', wrong: () => Math.ceil(p.n / p.batch) * p.batch * p.epochs, feedback: fb('full-batches') },
    { id: 'one-epoch', part: 'examples', wrong: () => p.n, feedback: fb('one-epoch') },
  ];
}

function steps(p: SgdCostParams, v: Readonly<Values>, lang: Lang): Step[] {
  return [
    {
      part: 'updates_per_epoch', title: t(lang, 'sgd-cost.step.updates_per_epoch'),
      math: [`\\left\\lceil \\frac{n}{\\text{batch}} \\right\\rceil = \\left\\lceil \\frac{${p.n}}{${p.batch}} \\right\\rceil = \\lceil ${Number((p.n / p.batch).toFixed(4))} \\rceil = ${v.updates_per_epoch}`],
    },
    { part: 'updates', title: t(lang, 'sgd-cost.step.updates'), math: [`${v.updates_per_epoch} * ${p.epochs} = ${v.updates}`] },
    { part: 'examples', title: t(lang, 'sgd-cost.step.examples'), math: [`\\text{epochs} * n = ${p.epochs} * ${p.n} = ${v.examples}`] },
  ];
}

export const sgdCost: Exercise<SgdCostParams> = {
  id: 'sgd-cost',
  title: (lang) => t(lang, 'sgd-cost.title'),
  summary: 'Updates per epoch, total updates and examples processed by mini-batch SGD.',
  options: [],
  generate(rng) {
    for (let tries = 0; ; tries++) {
      if (tries > 20_000) throw new Error('sgd-cost: no suitable random problem found');
      const n = rng.pick([rng.int(10, 600) * 100, rng.int(20, 200) * 25, 60000, 50000]);
      const p = { n, batch: rng.pick([16, 32, 48, 64, 100, 128, 256]), epochs: rng.int(2, 30) };
      if (p.n % p.batch !== 0 && p.n > p.batch && detectorsDistinct(parts(p, 'en'), detectors(p, 'en'))) return p;
    }
  },
  parseParams(raw) {
    const v = validator('sgd-cost', raw);
    v.only(['n', 'batch', 'epochs']);
    const n = v.int('n', { min: 1 });
    const batch = v.int('batch', { min: 1, max: n });
    const epochs = v.int('epochs', { min: 1 });
    return { n, batch, epochs };
  },
  statement: (p, lang) => ({ text: t(lang, 'sgd-cost.statement', { v_n: p.n, v_batch: p.batch, v_epochs: p.epochs }) }),
  parts,
  steps,
  detectors,
};
