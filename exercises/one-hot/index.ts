/**
 * `one-hot` — encode a label as a one-hot vector y (the target of a classifier with one output
 * neuron per class), and read a label back from a one-hot vector.
 *
 * Params: `{ classes: 10, label: 3, vector: [0, 0, 1, 0, 0, 0, 0, 0, 0, 0] }`; parts `y` (vector),
 * `index` (integer, the label `vector` encodes).
 *
 * @example
 *   makeProblem('one-hot', { params: { classes: 4, label: 1, vector: [0, 0, 0, 1] } })
 */
import type { Exercise, Lang, Part } from '../types.js';
import { translator } from '../../generator/i18n/index.js';
import { validator } from '../shared/validate.js';
import { rowvec, vec } from '../shared/latex.js';
import { DlfError } from '../../generator/engine/errors.js';
import { messages } from './messages.js';

export { messages };
const t = translator(messages);

export interface OneHotParams {
  classes: number;
  label: number;
  vector: number[];
}

export function encode(label: number, classes: number): number[] {
  return Array.from({ length: classes }, (_, i) => (i === label ? 1 : 0));
}

function parts(p: OneHotParams, lang: Lang): Part[] {
  return [
    { key: 'y', kind: 'vector', partialCredit: false, prompt: t(lang, 'one-hot.prompt.y', { label: p.label }), deps: [], compute: () => encode(p.label, p.classes) },
    {
      key: 'index',
      kind: 'integer',
      prompt: t(lang, 'one-hot.prompt.index', { vector: rowvec(p.vector) }),
      deps: [],
      compute: () => p.vector.indexOf(1),
    },
  ];
}

export const oneHot: Exercise<OneHotParams> = {
  id: 'one-hot',
  title: (lang) => t(lang, 'one-hot.title'),
  summary: 'Encode a class label as a one-hot vector and decode one back (labels count from 0).',
  options: [{ name: 'classes', description: 'number of classes (3 to 12)', default: '10' }],
  generate(rng, options) {
    const classes = Number(options.classes ?? 10);
    if (!Number.isInteger(classes) || classes < 3 || classes > 12) {
      throw new DlfError(`one-hot: option classes should be an integer from 3 to 12, got ${JSON.stringify(options.classes)}`);
    }
    // Avoid label 0 so the off-by-one detector can always be told apart from the right answer.
    const label = rng.int(1, classes - 2);
    const other = rng.intExcept(1, classes - 1, [label]);
    return { classes, label, vector: encode(other, classes) };
  },
  parseParams(raw) {
    const v = validator('one-hot', raw);
    v.only(['classes', 'label', 'vector']);
    const classes = v.int('classes', { min: 2, max: 1000 });
    const label = v.int('label', { min: 0, max: classes - 1 });
    const vector = v.vec('vector', { exactly: classes });
    if (vector.filter((x) => x === 1).length !== 1 || vector.some((x) => x !== 0 && x !== 1)) {
      v.fail('vector', 'a one-hot vector (one 1, all other entries 0)', vector);
    }
    return { classes, label, vector };
  },
  statement: (p, lang) => ({ text: t(lang, 'one-hot.statement', { classes: p.classes }) }),
  parts,
  steps(p, values, lang) {
    const y = values.y as number[];
    return [
      {
        part: 'y',
        title: t(lang, 'one-hot.step.y', { label: p.label }),
        math: [`y_j = \\begin{cases} 1 & j = ${p.label} \\\\ 0 & j \\ne ${p.label} \\end{cases}`, `\\mathbf{y} = ${vec(y)}`],
      },
      {
        part: 'index',
        title: t(lang, 'one-hot.step.index'),
        math: [`\\text{label} = \\arg\\max_j\\, y_j = ${values.index}`],
      },
    ];
  },
  detectors: (p, lang) => [
    {
      id: 'one-based',
      part: 'y',
      wrong: () => (p.label + 1 < p.classes ? encode(p.label + 1, p.classes) : null),
      feedback: t(lang, 'one-hot.detector.one-based', { label: p.label }),
    },
    {
      id: 'index-one-based',
      part: 'index',
      wrong: () => p.vector.indexOf(1) + 1,
      feedback: t(lang, 'one-hot.detector.index-one-based'),
    },
  ],
};
