/** Feedback texts of the expression checker, in every language. */
import type { Messages } from '../../i18n/index.js';

export const expressionMessages: Messages = {
  'expr.too-long': {
    en: 'The expression is too long ({detail}); write it in at most 2000 characters.',
    ja: '式が長すぎます（{detail}）。2000 文字以内で書いてください。',
  },
  'expr.too-deep': {
    en: 'Too many nested brackets (at most {detail} levels).',
    ja: '括弧の入れ子が深すぎます（最大 {detail} 段）。',
  },
  'expr.unbalanced': {
    en: 'The brackets do not match: every "(" needs a ")".',
    ja: '括弧の対応が取れていません。「(」ごとに「)」が必要です。',
  },
  'expr.syntax': {
    en: 'Could not read the expression ({detail}). Write it like 3*x^2*e^x + ln(x)/x.',
    ja: '式を読み取れません（{detail}）。例: 3*x^2*e^x + ln(x)/x',
  },
  'expr.unknown-function': {
    en: 'Unknown function "{detail}". Allowed: exp, e^…, ln (natural log; log is the same), sqrt, sin, cos, tan, abs, σ.',
    ja: '不明な関数「{detail}」。使える関数: exp, e^…, ln（自然対数。log も同じ）, sqrt, sin, cos, tan, abs, σ',
  },
  'expr.unknown-symbol': {
    en: 'Unknown symbol "{detail}": the answer may use only {vars} and the constants e and pi.',
    ja: '不明な記号「{detail}」。使える記号は {vars} と定数 e, pi だけです。',
  },
  'expr.needs-parens': {
    en: 'Write the function with brackets: {detail}(x), not {detail} x.',
    ja: '関数には括弧を付けてください: {detail} x ではなく {detail}(x)。',
  },
  'expr.not-allowed': {
    en: '"{detail}" is not allowed in an expression answer; write only a formula such as 2*x*e^x.',
    ja: '式の解答に「{detail}」は使えません。2*x*e^x のような式だけを書いてください。',
  },
  'expr.wrong-arity': {
    en: 'Wrong number of arguments for {detail} (function:count).',
    ja: '関数の引数の数が違います（{detail}、関数:個数）。',
  },
  'expr.too-big': {
    en: 'The expression is too large to check ({detail}).',
    ja: '式が大きすぎて確認できません（{detail}）。',
  },
  'expr.undecided': {
    en: 'Cannot decide automatically: your expression is undefined at most test points where the expected answer is defined (only {usable} usable). Your teacher will look at it.',
    ja: '自動では判定できません。正解が定義される点の多くで、あなたの式が定義されません（使える点は {usable} 個だけ）。先生が確認します。',
  },
  'expr.undecided.symbolic': {
    en: 'A symbolic simplification suggests it is equivalent to the expected answer.',
    ja: '記号的な簡約では正解と同値のようです。',
  },
  'expr.internal': {
    en: 'Cannot decide automatically (the reference answer could not be read). Your teacher will look at it.',
    ja: '自動では判定できません（模範解答を読み取れません）。先生が確認します。',
  },
  'expr.hint.factor': {
    en: 'Your expression is {factor} times the expected one: check a constant factor or the sign.',
    ja: 'あなたの式は正解の {factor} 倍です。定数倍や符号を確認してください。',
  },
  'expr.hint.offset': {
    en: 'Your expression differs from the expected one by a constant ({delta}): check the constant terms.',
    ja: 'あなたの式は正解と定数（{delta}）だけ違います。定数項を確認してください。',
  },
  'expr.hint.power': {
    en: 'Note: e^2x is read as (e^2)·x; write e^(2x) for e to the power 2x.',
    ja: '注意: e^2x は (e^2)·x と読まれます。2x 乗なら e^(2x) と書いてください。',
  },
};
