/** Texts of the neuron-step exercise (the z and a parts reuse neuron-forward's texts). */
import type { Messages } from '../../generator/i18n/index.js';

export const messages: Messages = {
  'neuron-step.title': { en: 'One gradient-descent step of a sigmoid neuron', ja: 'シグモイドニューロンの勾配降下法 1 ステップ' },
  'neuron-step.statement': {
    en: 'A sigmoid neuron $a = \\sigma(z)$ has inputs {inputs}, weights {weights} and bias $b = {bias}$. The ground truth is $y = {y}$, the cost is the {cost} and the learning rate is $\\alpha = {alpha}$. Do one step of gradient descent, then compute the prediction with the updated parameters.',
    ja: 'シグモイドニューロン $a = \\sigma(z)$ の入力は {inputs}、重みは {weights}、バイアスは $b = {bias}$ です。正解は $y = {y}$、コストは{cost}、学習率は $\\alpha = {alpha}$ です。勾配降下法を 1 ステップ行い、更新後のパラメータで予測を計算しなさい。',
  },
  'neuron-step.cost.quadratic': {
    en: 'quadratic cost $C = \\frac{1}{2}(y - a)^2$',
    ja: '二乗誤差コスト $C = \\frac{1}{2}(y - a)^2$',
  },
  'neuron-step.cost.cross-entropy': {
    en: 'cross-entropy cost $C = -(y \\ln a + (1 - y) \\ln(1 - a))$',
    ja: '交差エントロピーコスト $C = -(y \\ln a + (1 - y) \\ln(1 - a))$',
  },
  'neuron-step.prompt.C': { en: 'Compute the cost $C$.', ja: 'コスト $C$ を計算しなさい。' },
  'neuron-step.prompt.dC_da': {
    en: 'Compute the cost derivative with respect to the activation, $\\frac{\\partial C}{\\partial a}$.',
    ja: '活性に関するコストの微分 $\\frac{\\partial C}{\\partial a}$ を計算しなさい。',
  },
  'neuron-step.prompt.dC_dz': {
    en: 'Compute the cost derivative with respect to the preactivation, $\\frac{\\partial C}{\\partial z}$.',
    ja: '前活性に関するコストの微分 $\\frac{\\partial C}{\\partial z}$ を計算しなさい。',
  },
  'neuron-step.prompt.dC_dw': {
    en: 'Compute the cost derivatives with respect to the weights, ${grad}$ (a list, one entry per weight).',
    ja: '重みに関するコストの微分 ${grad}$ を計算しなさい（重みごとに 1 つのリスト）。',
  },
  'neuron-step.prompt.dC_db': {
    en: 'Compute the cost derivative with respect to the bias, $\\frac{\\partial C}{\\partial b}$.',
    ja: 'バイアスに関するコストの微分 $\\frac{\\partial C}{\\partial b}$ を計算しなさい。',
  },
  'neuron-step.prompt.w_new': {
    en: "Compute the updated weights ${ws}$ (a list).",
    ja: "更新後の重み ${ws}$ を計算しなさい（リスト）。",
  },
  'neuron-step.prompt.b_new': { en: "Compute the updated bias $b'$.", ja: "更新後のバイアス $b'$ を計算しなさい。" },
  'neuron-step.prompt.a_new': {
    en: 'Compute the activation $a$ for the same input after one step of training (with the updated weights and bias).',
    ja: '1 ステップの学習後（更新後の重みとバイアス）の同じ入力に対する活性 $a$ を計算しなさい。',
  },
  'neuron-step.step.truth': { en: 'Ground truth', ja: '正解' },
  'neuron-step.step.C': { en: 'Cost', ja: 'コスト' },
  'neuron-step.step.dC_da': { en: 'Cost derivative with respect to activation', ja: '活性に関するコストの微分' },
  'neuron-step.step.dC_dz': { en: 'Cost derivative with respect to preactivation', ja: '前活性に関するコストの微分' },
  'neuron-step.step.dC_dw': { en: 'Cost derivative with respect to weight ${w}$', ja: '重み ${w}$ に関するコストの微分' },
  'neuron-step.step.dC_db': { en: 'Cost derivative with respect to bias', ja: 'バイアスに関するコストの微分' },
  'neuron-step.step.update': { en: 'Parameters updates', ja: 'パラメータの更新' },
  'neuron-step.step.after': { en: 'After one step of training', ja: '1 ステップの学習後' },
  'neuron-step.detector.missing-half': {
    en: 'The quadratic cost has a factor $\\frac{1}{2}$: $C = \\frac{1}{2}(y - a)^2$.',
    ja: '二乗誤差コストには $\\frac{1}{2}$ が付きます: $C = \\frac{1}{2}(y - a)^2$。',
  },
  'neuron-step.detector.cost-swapped.quadratic': {
    en: 'That is the cross-entropy cost; this problem uses the quadratic cost $C = \\frac{1}{2}(y - a)^2$.',
    ja: 'それは交差エントロピーコストです。この問題は二乗誤差コスト $C = \\frac{1}{2}(y - a)^2$ を使います。',
  },
  'neuron-step.detector.cost-swapped.cross-entropy': {
    en: 'That is the quadratic cost; this problem uses the cross-entropy cost $C = -(y \\ln a + (1 - y) \\ln(1 - a))$.',
    ja: 'それは二乗誤差コストです。この問題は交差エントロピーコスト $C = -(y \\ln a + (1 - y) \\ln(1 - a))$ を使います。',
  },
  'neuron-step.detector.dC_da-sign': {
    en: 'Sign error: with $u = y - a$, $\\frac{\\partial C}{\\partial a} = u \\cdot \\frac{\\partial u}{\\partial a} = -(y - a) = a - y$.',
    ja: '符号の誤りです。$u = y - a$ とすると $\\frac{\\partial C}{\\partial a} = u \\cdot \\frac{\\partial u}{\\partial a} = -(y - a) = a - y$ です。',
  },
  'neuron-step.detector.ce-derivative-with-quadratic': {
    en: 'That is the cross-entropy derivative $\\frac{a - y}{a(1 - a)}$; for the quadratic cost $\\frac{\\partial C}{\\partial a} = a - y$.',
    ja: 'それは交差エントロピーの微分 $\\frac{a - y}{a(1 - a)}$ です。二乗誤差コストでは $\\frac{\\partial C}{\\partial a} = a - y$ です。',
  },
  'neuron-step.detector.quadratic-derivative-with-ce': {
    en: 'That is the quadratic-cost derivative $a - y$; for the cross-entropy cost $\\frac{\\partial C}{\\partial a} = \\frac{a - y}{a(1 - a)}$.',
    ja: 'それは二乗誤差コストの微分 $a - y$ です。交差エントロピーコストでは $\\frac{\\partial C}{\\partial a} = \\frac{a - y}{a(1 - a)}$ です。',
  },
  'neuron-step.detector.forgot-sigma-prime.quadratic': {
    en: 'You forgot the factor $\\frac{\\partial a}{\\partial z} = \\sigma\'(z) = a(1 - a)$: $\\frac{\\partial C}{\\partial z} = \\frac{\\partial C}{\\partial a} \\cdot a(1 - a)$. ($\\frac{\\partial C}{\\partial z} = a - y$ holds only for the cross-entropy cost.)',
    ja: '因子 $\\frac{\\partial a}{\\partial z} = \\sigma\'(z) = a(1 - a)$ を忘れています: $\\frac{\\partial C}{\\partial z} = \\frac{\\partial C}{\\partial a} \\cdot a(1 - a)$。（$\\frac{\\partial C}{\\partial z} = a - y$ は交差エントロピーコストの場合だけです。）',
  },
  'neuron-step.detector.forgot-sigma-prime.cross-entropy': {
    en: 'You forgot the factor $\\frac{\\partial a}{\\partial z} = \\sigma\'(z) = a(1 - a)$: $\\frac{\\partial C}{\\partial z} = \\frac{\\partial C}{\\partial a} \\cdot a(1 - a)$, which for the cross-entropy cost simplifies to $a - y$.',
    ja: '因子 $\\frac{\\partial a}{\\partial z} = \\sigma\'(z) = a(1 - a)$ を忘れています: $\\frac{\\partial C}{\\partial z} = \\frac{\\partial C}{\\partial a} \\cdot a(1 - a)$ で、交差エントロピーコストでは $a - y$ に簡約されます。',
  },
  'neuron-step.detector.quadratic-delta-with-ce': {
    en: 'That is the quadratic-cost formula $(a - y)\\,a(1 - a)$; with the cross-entropy cost the $a(1 - a)$ cancels and $\\frac{\\partial C}{\\partial z} = a - y$.',
    ja: 'それは二乗誤差コストの式 $(a - y)\\,a(1 - a)$ です。交差エントロピーコストでは $a(1 - a)$ が打ち消し合い $\\frac{\\partial C}{\\partial z} = a - y$ となります。',
  },
  'neuron-step.detector.wrong-sign': {
    en: 'Gradient descent moves against the gradient: ${param}\' = {param} - \\alpha \\frac{\\partial C}{\\partial {param}}$ (you added $\\alpha$ times the gradient).',
    ja: '勾配降下法は勾配と逆向きに進みます: ${param}\' = {param} - \\alpha \\frac{\\partial C}{\\partial {param}}$（勾配の $\\alpha$ 倍を足しています）。',
  },
};
