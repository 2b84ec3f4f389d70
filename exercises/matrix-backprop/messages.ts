/** Texts of the matrix-backprop exercise. */
import type { Messages } from '../../generator/i18n/index.js';

export const messages: Messages = {
  'matrix-backprop.title': { en: 'Backpropagation in matrix form', ja: '行列形式の誤差逆伝播法' },
  'matrix-backprop.statement': {
    en: 'A network with layer sizes {v_sizes} has sigmoid activations in both layers: $\\mathbf{z^k} = W^k \\mathbf{a^{k-1}} + \\mathbf{b^k}$, $\\mathbf{a^k} = \\sigma(\\mathbf{z^k})$, with input $\\mathbf{a^0} = \\mathbf{x}$. The cost is the quadratic cost averaged over the $m = {v_m}$ output neurons, $C = \\frac{1}{m} \\sum_j \\frac{1}{2}(y_j - a^2_j)^2$. For one example: $$\\mathbf{x} = {v_x}, \\quad W^1 = {v_W1}, \\quad \\mathbf{b^1} = {v_b1},$$ $$W^2 = {v_W2}, \\quad \\mathbf{b^2} = {v_b2}, \\quad \\mathbf{y} = {v_y}.$$ Write vectors as lists and matrices as lists of rows.',
    ja: '層のサイズが {v_sizes} のネットワークは両方の層でシグモイド活性を使います: $\\mathbf{z^k} = W^k \\mathbf{a^{k-1}} + \\mathbf{b^k}$、$\\mathbf{a^k} = \\sigma(\\mathbf{z^k})$、入力は $\\mathbf{a^0} = \\mathbf{x}$ です。コストは $m = {v_m}$ 個の出力ニューロンで平均した二乗誤差 $C = \\frac{1}{m} \\sum_j \\frac{1}{2}(y_j - a^2_j)^2$ です。1 つの例について: $$\\mathbf{x} = {v_x}, \\quad W^1 = {v_W1}, \\quad \\mathbf{b^1} = {v_b1},$$ $$W^2 = {v_W2}, \\quad \\mathbf{b^2} = {v_b2}, \\quad \\mathbf{y} = {v_y}.$$ ベクトルはリスト、行列は行のリストで書きなさい。',
  },
  'matrix-backprop.prompt.z1': { en: 'Compute $\\mathbf{z^1} = W^1 \\mathbf{a^0} + \\mathbf{b^1}$.', ja: '$\\mathbf{z^1} = W^1 \\mathbf{a^0} + \\mathbf{b^1}$ を計算しなさい。' },
  'matrix-backprop.prompt.a1': { en: 'Compute $\\mathbf{a^1} = \\sigma(\\mathbf{z^1})$.', ja: '$\\mathbf{a^1} = \\sigma(\\mathbf{z^1})$ を計算しなさい。' },
  'matrix-backprop.prompt.z2': { en: 'Compute $\\mathbf{z^2} = W^2 \\mathbf{a^1} + \\mathbf{b^2}$.', ja: '$\\mathbf{z^2} = W^2 \\mathbf{a^1} + \\mathbf{b^2}$ を計算しなさい。' },
  'matrix-backprop.prompt.a2': { en: 'Compute $\\mathbf{a^2} = \\sigma(\\mathbf{z^2})$.', ja: '$\\mathbf{a^2} = \\sigma(\\mathbf{z^2})$ を計算しなさい。' },
  'matrix-backprop.prompt.C': { en: 'Compute the cost $C$.', ja: 'コスト $C$ を計算しなさい。' },
  'matrix-backprop.prompt.delta2': {
    en: 'Compute $\\nabla_{\\mathbf{z^2}} C = \\nabla_{\\mathbf{a^2}} C \\odot \\mathbf{a^2} \\odot (\\mathbf{1} - \\mathbf{a^2})$.',
    ja: '$\\nabla_{\\mathbf{z^2}} C = \\nabla_{\\mathbf{a^2}} C \\odot \\mathbf{a^2} \\odot (\\mathbf{1} - \\mathbf{a^2})$ を計算しなさい。',
  },
  'matrix-backprop.prompt.grad_a1': { en: 'Compute $\\nabla_{\\mathbf{a^1}} C$.', ja: '$\\nabla_{\\mathbf{a^1}} C$ を計算しなさい。' },
  'matrix-backprop.prompt.delta1': { en: 'Compute $\\nabla_{\\mathbf{z^1}} C$.', ja: '$\\nabla_{\\mathbf{z^1}} C$ を計算しなさい。' },
  'matrix-backprop.prompt.dW2': { en: 'Compute $\\frac{\\partial C}{\\partial W^2}$ (a matrix).', ja: '$\\frac{\\partial C}{\\partial W^2}$ を計算しなさい（行列）。' },
  'matrix-backprop.prompt.db2': { en: 'Compute $\\nabla_{\\mathbf{b^2}} C$.', ja: '$\\nabla_{\\mathbf{b^2}} C$ を計算しなさい。' },
  'matrix-backprop.prompt.dW1': { en: 'Compute $\\frac{\\partial C}{\\partial W^1}$ (a matrix).', ja: '$\\frac{\\partial C}{\\partial W^1}$ を計算しなさい（行列）。' },
  'matrix-backprop.prompt.db1': { en: 'Compute $\\nabla_{\\mathbf{b^1}} C$.', ja: '$\\nabla_{\\mathbf{b^1}} C$ を計算しなさい。' },
  'matrix-backprop.step.z1': { en: 'Preactivation of layer 1', ja: '第 1 層の前活性' },
  'matrix-backprop.step.a1': { en: 'Activation of layer 1', ja: '第 1 層の活性' },
  'matrix-backprop.step.z2': { en: 'Preactivation of layer 2', ja: '第 2 層の前活性' },
  'matrix-backprop.step.a2': { en: 'Activation of layer 2', ja: '第 2 層の活性' },
  'matrix-backprop.step.C': { en: 'Cost over the output neurons', ja: '出力ニューロン全体のコスト' },
  'matrix-backprop.step.delta2': { en: 'Cost derivative with respect to $\\mathbf{z^2}$', ja: '$\\mathbf{z^2}$ に関するコストの微分' },
  'matrix-backprop.step.grad_a1': { en: 'Cost derivative with respect to hidden activations', ja: '隠れ層の活性に関するコストの微分' },
  'matrix-backprop.step.delta1': { en: 'Cost derivative with respect to $\\mathbf{z^1}$', ja: '$\\mathbf{z^1}$ に関するコストの微分' },
  'matrix-backprop.step.weights': { en: 'Cost derivative with respect to weights', ja: '重みに関するコストの微分' },
  'matrix-backprop.step.biases': { en: 'Cost derivative with respect to biases', ja: 'バイアスに関するコストの微分' },
  'matrix-backprop.detector.no-bias': {
    en: 'You left out the bias: $\\mathbf{z^k} = W^k \\mathbf{a^{k-1}} + \\mathbf{b^k}$.',
    ja: 'バイアスが抜けています: $\\mathbf{z^k} = W^k \\mathbf{a^{k-1}} + \\mathbf{b^k}$。',
  },
  'matrix-backprop.detector.missing-1/m': {
    en: 'The cost is averaged over the $m = {v_m}$ output neurons: multiply by $\\frac{1}{m}$ (so $\\nabla_{\\mathbf{a^2}} C = \\frac{1}{m}(\\mathbf{a^2} - \\mathbf{y})$).',
    ja: 'コストは $m = {v_m}$ 個の出力ニューロンで平均されます。$\\frac{1}{m}$ を掛けなさい（$\\nabla_{\\mathbf{a^2}} C = \\frac{1}{m}(\\mathbf{a^2} - \\mathbf{y})$）。',
  },
  'matrix-backprop.detector.forgot-sigma-prime': {
    en: 'You forgot the factor $\\mathbf{a^k} \\odot (\\mathbf{1} - \\mathbf{a^k})$: $\\nabla_{\\mathbf{z^k}} C = \\nabla_{\\mathbf{a^k}} C \\odot \\mathbf{a^k} \\odot (\\mathbf{1} - \\mathbf{a^k})$.',
    ja: '因子 $\\mathbf{a^k} \\odot (\\mathbf{1} - \\mathbf{a^k})$ を忘れています: $\\nabla_{\\mathbf{z^k}} C = \\nabla_{\\mathbf{a^k}} C \\odot \\mathbf{a^k} \\odot (\\mathbf{1} - \\mathbf{a^k})$。',
  },
  'matrix-backprop.detector.w-not-transposed': {
    en: '$\\nabla_{\\mathbf{a^1}} C$ has one entry per hidden neuron ({v_n1}): use the transpose, $\\nabla_{\\mathbf{a^1}} C = {W^2}^T \\nabla_{\\mathbf{z^2}} C$.',
    ja: '$\\nabla_{\\mathbf{a^1}} C$ は隠れニューロンごとに 1 つ（{v_n1} 個）の要素を持ちます。転置を使いなさい: $\\nabla_{\\mathbf{a^1}} C = {W^2}^T \\nabla_{\\mathbf{z^2}} C$。',
  },
  'matrix-backprop.detector.dW-transposed': {
    en: 'The gradient has the shape of $W^{k}$ ({v_shape}): $\\frac{\\partial C}{\\partial W^k} = \\nabla_{\\mathbf{z^k}} C \\, {\\mathbf{a^{k-1}}}^T$ (you computed its transpose).',
    ja: '勾配は $W^{k}$ と同じ形（{v_shape}）です: $\\frac{\\partial C}{\\partial W^k} = \\nabla_{\\mathbf{z^k}} C \\, {\\mathbf{a^{k-1}}}^T$（転置を計算しています）。',
  },
};
