/** Texts of the activation-derivatives exercise. */
import type { Messages } from '../../generator/i18n/index.js';

export const messages: Messages = {
  'activation-derivatives.title': { en: 'ReLU, sigmoid derivatives and the vanishing gradient', ja: 'ReLU・シグモイドの微分と勾配消失' },
  'activation-derivatives.statement': {
    en: 'ReLU is $\\mathrm{ReLU}(z) = \\max(0, z)$ and the sigmoid has $\\sigma\'(z) = \\sigma(z)(1 - \\sigma(z))$. A layer has preactivations $\\mathbf{z} = {v_z}$. In a deep sigmoid network, a gradient flowing back through {v_L} layers is multiplied by one $\\sigma\'(z^k)$ per layer; along one path the preactivations are $z^1, \\dots, z^{{v_L}} = {v_zs}$.',
    ja: 'ReLU は $\\mathrm{ReLU}(z) = \\max(0, z)$、シグモイドの微分は $\\sigma\'(z) = \\sigma(z)(1 - \\sigma(z))$ です。ある層の前活性は $\\mathbf{z} = {v_z}$ です。深いシグモイドネットワークでは、{v_L} 層を逆伝播する勾配に層ごとに $\\sigma\'(z^k)$ が 1 つずつ掛かります。ある経路に沿った前活性は $z^1, \\dots, z^{{v_L}} = {v_zs}$ です。',
  },
  'activation-derivatives.prompt.relu': { en: 'Compute $\\mathrm{ReLU}(\\mathbf{z})$ (a list).', ja: '$\\mathrm{ReLU}(\\mathbf{z})$ を計算しなさい（リスト）。' },
  'activation-derivatives.prompt.relu_prime': {
    en: "Compute the derivative $\\mathrm{ReLU}'(\\mathbf{z})$ (a list).",
    ja: "微分 $\\mathrm{ReLU}'(\\mathbf{z})$ を計算しなさい（リスト）。",
  },
  'activation-derivatives.prompt.sigmoid_prime': {
    en: "Compute $\\sigma'(z^k)$ for each layer along the path (a list).",
    ja: "経路に沿った各層の $\\sigma'(z^k)$ を計算しなさい（リスト）。",
  },
  'activation-derivatives.prompt.product': {
    en: "Compute the factor $\\prod_k \\sigma'(z^k)$ the gradient is multiplied by along this path.",
    ja: "この経路で勾配に掛かる因子 $\\prod_k \\sigma'(z^k)$ を計算しなさい。",
  },
  'activation-derivatives.prompt.bound': {
    en: "What is the largest this factor can be for {v_L} layers, whatever the $z^k$?",
    ja: "$z^k$ によらず、{v_L} 層でのこの因子の最大値はいくつですか。",
  },
  'activation-derivatives.step.relu': { en: 'ReLU', ja: 'ReLU' },
  'activation-derivatives.step.relu_prime': { en: 'Derivative of ReLU', ja: 'ReLU の微分' },
  'activation-derivatives.step.sigmoid_prime': { en: 'Sigmoid derivative', ja: 'シグモイドの微分' },
  'activation-derivatives.step.product': { en: 'Effect on gradients across layers', ja: '層をまたぐ勾配への影響' },
  'activation-derivatives.step.bound': { en: 'The vanishing gradient', ja: '勾配消失' },
  'activation-derivatives.detector.identity': {
    en: 'ReLU sets negative preactivations to 0: $\\max(0, z)$.',
    ja: 'ReLU は負の前活性を 0 にします: $\\max(0, z)$。',
  },
  'activation-derivatives.detector.relu-values': {
    en: "That is $\\mathrm{ReLU}(z)$ itself; its derivative is 1 where $z > 0$ and 0 where $z < 0$.",
    ja: "それは $\\mathrm{ReLU}(z)$ そのものです。微分は $z > 0$ で 1、$z < 0$ で 0 です。",
  },
  'activation-derivatives.detector.sigma-only': {
    en: "$\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$: you left out the factor $1 - \\sigma(z)$.",
    ja: "$\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$ です。因子 $1 - \\sigma(z)$ が抜けています。",
  },
  'activation-derivatives.detector.sum': {
    en: 'The chain rule multiplies the factors of successive layers; it does not add them.',
    ja: '連鎖律では連続する層の因子を掛け合わせます。足し合わせません。',
  },
  'activation-derivatives.detector.half': {
    en: "$\\sigma'(z)$ is at most $\\sigma'(0) = 0.5 \\cdot 0.5 = 0.25$, not 0.5; so the bound is $0.25^L$.",
    ja: "$\\sigma'(z)$ の最大値は $\\sigma'(0) = 0.5 \\cdot 0.5 = 0.25$ で、0.5 ではありません。よって上限は $0.25^L$ です。",
  },
  'activation-derivatives.detector.linear': {
    en: 'The factors multiply, so the bound is a power, $0.25^L$, not $0.25 \\cdot L$.',
    ja: '因子は掛け合わされるので、上限は $0.25 \\cdot L$ ではなく累乗 $0.25^L$ です。',
  },
};
