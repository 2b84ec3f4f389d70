/** Texts of the sigmoid-strip exercise. */
import type { Messages } from '../../generator/i18n/index.js';

export const messages: Messages = {
  'sigmoid-strip.title': { en: 'Placing a sigmoid step', ja: 'シグモイドの段差の配置' },
  'sigmoid-strip.statement': {
    en: 'To approximate a function with strips, a neuron $a = \\sigma(z)$, $z = wx + b$, should make a step at $x = {v_s}$: the activation is $0.5$ at $x = {v_s}$ and rises to ${v_target}$ at $x = {v_end}$ (a width of ${v_width}$).',
    ja: '関数を短冊で近似するため、ニューロン $a = \\sigma(z)$、$z = wx + b$ に $x = {v_s}$ で段差を作らせます。活性は $x = {v_s}$ で $0.5$ となり、$x = {v_end}$（幅 ${v_width}$）で ${v_target}$ まで上がります。',
  },
  'sigmoid-strip.prompt.z': {
    en: 'Which preactivation $z$ gives the desired output $\\sigma(z) = {v_target}$?',
    ja: '望む出力 $\\sigma(z) = {v_target}$ を与える前活性 $z$ を求めなさい。',
  },
  'sigmoid-strip.prompt.w': { en: 'Compute the weight $w$ (the steepness of the step).', ja: '重み $w$（段差の急さ）を計算しなさい。' },
  'sigmoid-strip.prompt.b': { en: 'Compute the bias $b$ that places the step at $x = {v_s}$.', ja: '段差を $x = {v_s}$ に置くバイアス $b$ を計算しなさい。' },
  'sigmoid-strip.prompt.a': {
    en: 'Fill in the activation table: $a = \\sigma(wx + b)$ for $x = {v_xs}$ (a list).',
    ja: '活性の表を埋めなさい: $x = {v_xs}$ に対する $a = \\sigma(wx + b)$（リスト）。',
  },
  'sigmoid-strip.step.z': { en: 'Computing preactivation for desired sigmoid output', ja: '望むシグモイド出力のための前活性' },
  'sigmoid-strip.step.w': { en: 'Weight: the steepness', ja: '重み: 急さ' },
  'sigmoid-strip.step.b': { en: 'Bias: the position of the step', ja: 'バイアス: 段差の位置' },
  'sigmoid-strip.step.a': { en: 'Influence of weight and bias on activation', ja: '重みとバイアスが活性に与える影響' },
  'sigmoid-strip.detector.logit-inverted': {
    en: 'Solve $a = \\frac{1}{1 + e^{-z}}$ for $z$: $e^{-z} = \\frac{1 - a}{a}$, so $z = \\ln\\frac{a}{1 - a}$ (your fraction is upside down).',
    ja: '$a = \\frac{1}{1 + e^{-z}}$ を $z$ について解くと $e^{-z} = \\frac{1 - a}{a}$、よって $z = \\ln\\frac{a}{1 - a}$ です（分数が逆です）。',
  },
  'sigmoid-strip.detector.log-of-a': {
    en: '$\\ln(a)$ inverts $e^z$, not the sigmoid: $z = \\ln\\frac{a}{1 - a}$.',
    ja: '$\\ln(a)$ は $e^z$ の逆関数で、シグモイドの逆ではありません: $z = \\ln\\frac{a}{1 - a}$。',
  },
  'sigmoid-strip.detector.times-width': {
    en: 'Over the width the preactivation must grow by $z$: $w \\cdot \\text{width} = z$, so $w = z / \\text{width}$.',
    ja: '幅の分だけ前活性が $z$ 増える必要があります: $w \\cdot \\text{幅} = z$、よって $w = z / \\text{幅}$。',
  },
  'sigmoid-strip.detector.b-sign': {
    en: 'At the step $z = w s + b = 0$, so $b = -w s$ (sign error).',
    ja: '段差の位置では $z = w s + b = 0$ なので $b = -w s$ です（符号の誤り）。',
  },
  'sigmoid-strip.detector.forgot-w': {
    en: 'At the step $z = w s + b = 0$, so $b = -w s$: multiply the position by the weight.',
    ja: '段差の位置では $z = w s + b = 0$ なので $b = -w s$ です。位置に重みを掛けなさい。',
  },
  'sigmoid-strip.detector.no-bias': {
    en: 'You left out the bias: $a = \\sigma(wx + b)$.',
    ja: 'バイアスが抜けています: $a = \\sigma(wx + b)$。',
  },
};
