/** Texts of the derivative exercise (statement, prompt, worked steps, misconception feedback). */
import type { Messages } from '../../generator/i18n/index.js';

export const messages: Messages = {
  'derivative.title': { en: 'Derivatives', ja: '微分' },
  'derivative.statement': {
    en: 'Differentiate $y = {f}$ with respect to $x$.{constants}',
    ja: '$y = {f}$ を $x$ で微分しなさい。{constants}',
  },
  'derivative.constants': { en: ' Here ${names}$ are constants.', ja: 'ただし ${names}$ は定数です。' },
  'derivative.prompt.dydx': {
    en: 'Write $\\frac{dy}{dx}$ as an expression in ${vars}$. You may type e^x or exp(x), ln(x), sqrt(…), σ(u) for $\\frac{1}{1+e^{-u}}$, and 2x for 2*x.',
    ja: '$\\frac{dy}{dx}$ を ${vars}$ の式で書きなさい。e^x または exp(x)、ln(x)、sqrt(…)、$\\frac{1}{1+e^{-u}}$ を表す σ(u)、2*x を表す 2x が使えます。',
  },
  'derivative.step.terms': {
    en: 'Differentiate term by term: $\\frac{d}{dx} x^n = n x^{n-1}$, $\\frac{d}{dx} e^x = e^x$, $\\frac{d}{dx} \\ln(x) = \\frac{1}{x}$, a constant gives 0',
    ja: '項ごとに微分する: $\\frac{d}{dx} x^n = n x^{n-1}$、$\\frac{d}{dx} e^x = e^x$、$\\frac{d}{dx} \\ln(x) = \\frac{1}{x}$、定数は 0',
  },
  'derivative.step.product': {
    en: 'Derivative of a product of functions. Call $f = {f}$, $g = {g}$',
    ja: '関数の積の微分。$f = {f}$、$g = {g}$ とおく',
  },
  'derivative.step.quotient': {
    en: 'Derivative of a quotient of functions. Call $f = {f}$, $g = {g}$',
    ja: '関数の商の微分。$f = {f}$、$g = {g}$ とおく',
  },
  'derivative.step.chain': {
    en: 'Derivative of a function of a function. Call $u = {u}$',
    ja: '合成関数の微分。$u = {u}$ とおく',
  },
  'derivative.step.ln-chain': {
    en: 'Derivative of $y = \\ln(u)$. Call $u = {u}$',
    ja: '$y = \\ln(u)$ の微分。$u = {u}$ とおく',
  },
  'derivative.step.sigmoid.quotient': {
    en: 'The sigmoid as a quotient. Call $f = 1$, $g = {g}$',
    ja: 'シグモイドを商として微分する。$f = 1$、$g = {g}$ とおく',
  },
  'derivative.step.sigmoid.inner': {
    en: 'Derivative of $g$, a function of a function. Call $u = {u}$',
    ja: '$g$ の微分（合成関数）。$u = {u}$ とおく',
  },
  'derivative.step.sigmoid.therefore': {
    en: 'Therefore, with $y = \\sigma = {f}$',
    ja: 'したがって $y = \\sigma = {f}$ とすると',
  },
  'derivative.step.substitute': { en: 'Substitute', ja: '代入する' },
  'derivative.step.general': { en: 'Differentiate', ja: '微分する' },
  'derivative.detector.product-of-derivatives': {
    en: "The derivative of a product is not the product of the derivatives: use the product rule, (fg)′ = f′g + fg′.",
    ja: '積の微分は微分の積ではありません。積の微分法 (fg)′ = f′g + fg′ を使いましょう。',
  },
  'derivative.detector.quotient-reversed': {
    en: "The numerator of the quotient rule is reversed: (f/g)′ = (f′g − fg′)/g², f′g comes first.",
    ja: '商の微分法の分子が逆です。(f/g)′ = (f′g − fg′)/g² で、f′g が先です。',
  },
  'derivative.detector.quotient-not-squared': {
    en: 'In the quotient rule the denominator is squared: (f/g)′ = (f′g − fg′)/g².',
    ja: '商の微分法では分母を 2 乗します: (f/g)′ = (f′g − fg′)/g²。',
  },
  'derivative.detector.chain-missing-inner': {
    en: 'Function of a function: multiply by the derivative of the inside too, dy/dx = dy/du · du/dx with u = {u}.',
    ja: '合成関数の微分では内側の微分も掛けます: dy/dx = dy/du · du/dx（u = {u}）。',
  },
  'derivative.detector.ln-one-over-u': {
    en: 'd/dx ln(u) is not just 1/u: it is (1/u) · du/dx, with u = {u}.',
    ja: 'd/dx ln(u) は 1/u だけではなく (1/u) · du/dx です（u = {u}）。',
  },
  'derivative.detector.sign': {
    en: 'The sign is wrong: your answer is −1 times the derivative. Check the minus signs (e.g. d/dx e^(−x) = −e^(−x), and the − in the quotient rule).',
    ja: '符号が逆です（正しい微分の −1 倍）。マイナス記号を確認しましょう（例: d/dx e^(−x) = −e^(−x)、商の微分法の −）。',
  },
};
