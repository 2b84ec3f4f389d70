/**
 * Worked steps of `matrix-backprop`, in the slides' matrix notation: each step gives the generic
 * form, the substitution and the result.
 *
 * @example
 *   steps(params, solveProblem(problem).answers, 'en')[0].math[0]   // '\\mathbf{z^1} = W^1 \\mathbf{a^0} + \\mathbf{b^1}'
 */
import type { Lang, Step, Values } from '../types.js';
import { translator } from '../../generator/i18n/index.js';
import { mat, num, vec } from '../shared/latex.js';
import { sub, transpose } from '../shared/nn.js';
import type { MatrixBackpropParams } from './index.js';
import { messages } from './messages.js';

const t = translator(messages);

export function steps(p: MatrixBackpropParams, v: Readonly<Values>, lang: Lang): Step[] {
  const m = p.y.length;
  const V = (k: string) => v[k] as number[];
  const title = (k: string) => t(lang, `matrix-backprop.step.${k}`);
  const oneMinus = (a: number[]) => vec(a.map((ai) => 1 - ai));
  const g = (k: string) => `\\nabla_{\\mathbf{${k}}} C`;
  return [
    { part: 'z1', title: title('z1'), math: ['\\mathbf{z^1} = W^1 \\mathbf{a^0} + \\mathbf{b^1}', `\\mathbf{z^1} = ${mat(p.W1)} ${vec(p.x)} + ${vec(p.b1)}`, `\\mathbf{z^1} = ${vec(V('z1'))}`] },
    { part: 'a1', title: title('a1'), math: ['\\mathbf{a^1} = \\sigma(\\mathbf{z^1})', `\\mathbf{a^1} = \\sigma\\left(${vec(V('z1'))}\\right) = ${vec(V('a1'))}`] },
    { part: 'z2', title: title('z2'), math: ['\\mathbf{z^2} = W^2 \\mathbf{a^1} + \\mathbf{b^2}', `\\mathbf{z^2} = ${mat(p.W2)} ${vec(V('a1'))} + ${vec(p.b2)}`, `\\mathbf{z^2} = ${vec(V('z2'))}`] },
    { part: 'a2', title: title('a2'), math: ['\\mathbf{a^2} = \\sigma(\\mathbf{z^2})', `\\mathbf{a^2} = \\sigma\\left(${vec(V('z2'))}\\right) = ${vec(V('a2'))}`] },
    {
      part: 'C', title: title('C'),
      math: [
        'C = \\frac{1}{m} \\sum_j \\frac{1}{2}(y_j - a^2_j)^2',
        `C = \\frac{1}{${m}} \\left(${V('a2').map((a, j) => `\\frac{1}{2}(${num(p.y[j]!)} - ${num(a)})^2`).join(' + ')}\\right)`,
        `C = ${num(v.C as number)}`,
      ],
    },
    {
      part: 'delta2', title: title('delta2'),
      math: [
        `${g('a^2')} = \\frac{1}{m} (\\mathbf{a^2} - \\mathbf{y}) = \\frac{1}{${m}} ${vec(sub(V('a2'), p.y))}`,
        `${g('z^2')} = ${g('a^2')} \\odot \\mathbf{a^2} \\odot (\\mathbf{1} - \\mathbf{a^2})`,
        `${g('z^2')} = ${vec(sub(V('a2'), p.y).map((e) => e / m))} \\odot ${vec(V('a2'))} \\odot ${oneMinus(V('a2'))} = ${vec(V('delta2'))}`,
      ],
    },
    {
      part: 'grad_a1', title: title('grad_a1'),
      math: [`${g('a^1')} = {W^2}^T ${g('z^2')}`, `${g('a^1')} = ${mat(transpose(p.W2))} ${vec(V('delta2'))} = ${vec(V('grad_a1'))}`],
    },
    {
      part: 'delta1', title: title('delta1'),
      math: [
        `${g('z^1')} = ${g('a^1')} \\odot \\mathbf{a^1} \\odot (\\mathbf{1} - \\mathbf{a^1})`,
        `${g('z^1')} = ${vec(V('grad_a1'))} \\odot ${vec(V('a1'))} \\odot ${oneMinus(V('a1'))} = ${vec(V('delta1'))}`,
      ],
    },
    {
      part: 'dW1', title: title('weights'),
      math: [
        `\\frac{\\partial C}{\\partial W^k} = ${g('z^k')} \\, {\\mathbf{a^{k-1}}}^T`,
        `\\frac{\\partial C}{\\partial W^2} = ${vec(V('delta2'))} ${mat([V('a1')])} = ${mat(v.dW2 as number[][])}`,
        `\\frac{\\partial C}{\\partial W^1} = ${vec(V('delta1'))} ${mat([p.x])} = ${mat(v.dW1 as number[][])}`,
      ],
    },
    {
      part: 'db1', title: title('biases'),
      math: [`${g('b^k')} = ${g('z^k')}`, `${g('b^2')} = ${vec(V('db2'))}`, `${g('b^1')} = ${vec(V('db1'))}`],
    },
  ];
}
