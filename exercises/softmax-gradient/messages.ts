/** Texts of the softmax-gradient exercise. */
import type { Messages } from '../../generator/i18n/index.js';

export const messages: Messages = {
  'softmax-gradient.title': { en: 'Softmax and the cross-entropy gradient', ja: 'ソフトマックスと交差エントロピーの勾配' },
  'softmax-gradient.statement': {
    en: 'The output layer of a classifier has {classes} neurons (classes numbered from 0) with preactivations $\\mathbf{z} = {zvec}$ and the softmax activation $a_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$. The true class of the example is {label}, so $\\mathbf{y}$ is its one-hot vector and the cost is $C = -\\sum_j y_j \\ln(a_j) = -\\ln(a_{{label}})$.',
    ja: '分類器の出力層には {classes} 個のニューロン（クラスは 0 から番号付け）があり、前活性は $\\mathbf{z} = {zvec}$、活性はソフトマックス $a_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$ です。この例の正解クラスは {label} なので $\\mathbf{y}$ はそのワンホットベクトルで、コストは $C = -\\sum_j y_j \\ln(a_j) = -\\ln(a_{{label}})$ です。',
  },
  'softmax-gradient.prompt.a': {
    en: 'Compute the softmax activations $\\mathbf{a}$ (a list).',
    ja: 'ソフトマックスの活性 $\\mathbf{a}$ を計算しなさい（リスト）。',
  },
  'softmax-gradient.prompt.C': { en: 'Compute the cost $C$.', ja: 'コスト $C$ を計算しなさい。' },
  'softmax-gradient.prompt.dC_dz': {
    en: 'Compute the gradient $\\nabla_{\\mathbf{z}} C$, i.e. $\\frac{\\partial C}{\\partial z_i}$ for every $i$ (a list).',
    ja: '勾配 $\\nabla_{\\mathbf{z}} C$（すべての $i$ について $\\frac{\\partial C}{\\partial z_i}$）を計算しなさい（リスト）。',
  },
  'softmax-gradient.step.a': { en: 'Softmax', ja: 'ソフトマックス' },
  'softmax-gradient.step.C': { en: 'Cross-entropy cost', ja: '交差エントロピーコスト' },
  'softmax-gradient.step.dC_dz': { en: 'Cost derivative with respect to the preactivations', ja: '前活性に関するコストの微分' },
  'softmax-gradient.detector.no-normalise': {
    en: 'Divide by the sum: $a_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$, so the activations add up to 1.',
    ja: '和で割りなさい: $a_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$。活性の合計は 1 になります。',
  },
  'softmax-gradient.detector.C-sign': {
    en: 'The cost has a minus sign: $C = -\\ln(a_i)$, which is positive because $a_i < 1$.',
    ja: 'コストにはマイナスが付きます: $C = -\\ln(a_i)$。$a_i < 1$ なので正の値です。',
  },
  'softmax-gradient.detector.dC-da': {
    en: 'That is $\\frac{\\partial C}{\\partial a_i} = -\\frac{1}{a_i}$, the derivative with respect to the activation. With the softmax, $\\frac{\\partial C}{\\partial z_i} = a_i - 1$ for the true class and $\\frac{\\partial C}{\\partial z_k} = a_k$ for the others.',
    ja: 'それは活性に関する微分 $\\frac{\\partial C}{\\partial a_i} = -\\frac{1}{a_i}$ です。ソフトマックスでは正解クラスについて $\\frac{\\partial C}{\\partial z_i} = a_i - 1$、他のクラスについて $\\frac{\\partial C}{\\partial z_k} = a_k$ です。',
  },
  'softmax-gradient.detector.missing-minus-one': {
    en: 'For the true class $\\frac{\\partial C}{\\partial z_i} = a_i - 1$: you left out the $-1$ (the gradient is $\\mathbf{a} - \\mathbf{y}$).',
    ja: '正解クラスでは $\\frac{\\partial C}{\\partial z_i} = a_i - 1$ です。$-1$ が抜けています（勾配は $\\mathbf{a} - \\mathbf{y}$）。',
  },
  'softmax-gradient.detector.sign': {
    en: 'Sign error: the gradient is $\\mathbf{a} - \\mathbf{y}$, not $\\mathbf{y} - \\mathbf{a}$.',
    ja: '符号の誤りです。勾配は $\\mathbf{y} - \\mathbf{a}$ ではなく $\\mathbf{a} - \\mathbf{y}$ です。',
  },
};
