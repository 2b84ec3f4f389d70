/** Texts of the weight-init exercise. */
import type { Messages } from '../../generator/i18n/index.js';

export const messages: Messages = {
  'weight-init.title': { en: 'Scaling the weight initialisation', ja: '重みの初期化のスケーリング' },
  'weight-init.statement': {
    en: 'A neuron has $n_{in} = {v_n}$ inputs; for one example {v_active} of them are $x_j = 1$ and the rest are $0$. Its preactivation is $z = \\sum_j w_j x_j + b$, with independent random weights and bias. Naive initialisation draws every $w_j$ and $b$ from a Gaussian with mean 0 and standard deviation 1. Scaled initialisation keeps $b$ like that but draws $w_j$ with standard deviation $1/\\sqrt{n_{in}}$. (Variances of independent terms add up.)',
    ja: 'ニューロンの入力は $n_{in} = {v_n}$ 個で、ある例ではそのうち {v_active} 個が $x_j = 1$、残りは $0$ です。前活性は $z = \\sum_j w_j x_j + b$ で、重みとバイアスは独立な乱数です。単純な初期化ではすべての $w_j$ と $b$ を平均 0、標準偏差 1 のガウス分布から取ります。スケーリングした初期化では $b$ はそのままで、$w_j$ を標準偏差 $1/\\sqrt{n_{in}}$ で取ります。（独立な項の分散は足し合わされます。）',
  },
  'weight-init.prompt.std_naive': {
    en: 'With naive initialisation, what is the standard deviation of $z$?',
    ja: '単純な初期化のとき、$z$ の標準偏差はいくつですか。',
  },
  'weight-init.prompt.std_w': {
    en: 'With scaled initialisation, what is the standard deviation of each weight?',
    ja: 'スケーリングした初期化のとき、各重みの標準偏差はいくつですか。',
  },
  'weight-init.prompt.std_scaled': {
    en: 'With scaled initialisation, what is the standard deviation of $z$?',
    ja: 'スケーリングした初期化のとき、$z$ の標準偏差はいくつですか。',
  },
  'weight-init.step.std_naive': { en: 'Problem with naive weights initialization', ja: '単純な重み初期化の問題' },
  'weight-init.step.std_w': { en: 'Scaling weights initialization w.r.t. input size', ja: '入力サイズに応じた重み初期化のスケーリング' },
  'weight-init.step.std_scaled': { en: 'Spread of the preactivation after scaling', ja: 'スケーリング後の前活性の広がり' },
  'weight-init.detector.variance': {
    en: 'That is the variance; the standard deviation is its square root.',
    ja: 'それは分散です。標準偏差はその平方根です。',
  },
  'weight-init.detector.no-bias': {
    en: 'Do not forget the bias: it adds its variance 1 to the variance of $z$.',
    ja: 'バイアスを忘れないでください。$z$ の分散にバイアスの分散 1 が加わります。',
  },
  'weight-init.detector.all-inputs': {
    en: 'Only the inputs with $x_j = 1$ contribute; the terms with $x_j = 0$ vanish.',
    ja: '$x_j = 1$ の入力だけが寄与します。$x_j = 0$ の項は消えます。',
  },
};
