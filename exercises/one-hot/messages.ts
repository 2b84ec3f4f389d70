/** Texts of the one-hot exercise. */
import type { Messages } from '../../generator/i18n/index.js';

export const messages: Messages = {
  'one-hot.title': { en: 'One-hot encoding', ja: 'ワンホット表現' },
  'one-hot.statement': {
    en: 'A classifier has {classes} output neurons, one per class, numbered from 0. The ground truth $\\mathbf{y}$ for an example is the one-hot vector of its label.',
    ja: '分類器には {classes} 個の出力ニューロン（クラスごとに1つ、0から番号付け）があります。正解 $\\mathbf{y}$ はラベルのワンホットベクトルです。',
  },
  'one-hot.prompt.y': {
    en: 'Write the one-hot vector $\\mathbf{y}$ for label {label}.',
    ja: 'ラベル {label} のワンホットベクトル $\\mathbf{y}$ を書きなさい。',
  },
  'one-hot.prompt.index': {
    en: 'Which label does the one-hot vector ${vector}$ encode?',
    ja: 'ワンホットベクトル ${vector}$ が表すラベルはどれですか。',
  },
  'one-hot.step.y': { en: 'One-hot vector of label {label}', ja: 'ラベル {label} のワンホットベクトル' },
  'one-hot.step.index': { en: 'Label of a one-hot vector', ja: 'ワンホットベクトルのラベル' },
  'one-hot.detector.one-based': {
    en: 'Classes are numbered from 0: the 1 goes at position {label} counting from 0 (you counted from 1).',
    ja: 'クラスは 0 から番号付けされます。1 は 0 から数えて {label} 番目に置きます（1 から数えています）。',
  },
  'one-hot.detector.index-one-based': {
    en: 'Labels count from 0: the first position is label 0 (you counted from 1).',
    ja: 'ラベルは 0 から数えます。最初の位置がラベル 0 です（1 から数えています）。',
  },
};
