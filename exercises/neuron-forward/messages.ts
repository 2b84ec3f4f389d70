/** Texts of the neuron-forward exercise. */
import type { Messages } from '../../generator/i18n/index.js';

export const messages: Messages = {
  'neuron-forward.title': { en: 'Forward pass of a sigmoid neuron', ja: 'シグモイドニューロンの順伝播' },
  'neuron-forward.statement': {
    en: 'A neuron has inputs {inputs}, weights {weights} and bias $b = {bias}$. Its activation is the sigmoid $a = \\sigma(z) = \\frac{1}{1 + e^{-z}}$.',
    ja: 'ニューロンの入力は {inputs}、重みは {weights}、バイアスは $b = {bias}$ です。活性化関数はシグモイド $a = \\sigma(z) = \\frac{1}{1 + e^{-z}}$ です。',
  },
  'neuron-forward.prompt.z': {
    en: 'Compute the preactivation ${formula}$.',
    ja: '前活性 ${formula}$ を計算しなさい。',
  },
  'neuron-forward.prompt.a': {
    en: 'Compute the activation $a = \\sigma(z)$.',
    ja: '活性 $a = \\sigma(z)$ を計算しなさい。',
  },
  'neuron-forward.step.z': { en: 'Preactivation', ja: '前活性' },
  'neuron-forward.step.a': { en: 'Activation', ja: '活性' },
  'neuron-forward.detector.no-bias': {
    en: 'You left out the bias: the preactivation is the weighted sum of the inputs plus $b$.',
    ja: 'バイアスが抜けています。前活性は入力の重み付き和に $b$ を足したものです。',
  },
  'neuron-forward.detector.exp-sign': {
    en: 'Check the sign in the exponent: $\\sigma(z) = \\frac{1}{1 + e^{-z}}$ (you computed $\\frac{1}{1 + e^{z}} = \\sigma(-z)$).',
    ja: '指数の符号を確認しなさい。$\\sigma(z) = \\frac{1}{1 + e^{-z}}$ です（$\\frac{1}{1 + e^{z}} = \\sigma(-z)$ を計算しています）。',
  },
  'neuron-forward.detector.no-activation': {
    en: 'The activation is $\\sigma(z)$, not $z$ itself: apply the sigmoid.',
    ja: '活性は $z$ そのものではなく $\\sigma(z)$ です。シグモイドを適用しなさい。',
  },
};
