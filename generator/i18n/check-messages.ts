/** Feedback texts of the answer checker (generator/check), in every language. */
import type { Messages } from './index.js';

export const checkMessages: Messages = {
  'check.verdict.correct': { en: 'correct', ja: '正解' },
  'check.verdict.incorrect': { en: 'incorrect', ja: '不正解' },
  'check.verdict.format-error': { en: 'format-error', ja: '形式エラー' },
  'check.verdict.undecided': { en: 'undecided', ja: '判定不能' },
  'check.score': { en: 'score', ja: '得点' },
  'check.missing': { en: 'No answer given.', ja: '解答がありません。' },
  'check.correct': { en: 'Correct.', ja: '正解です。' },
  'check.incorrect': { en: 'Not correct.', ja: '正しくありません。' },
  'check.carried': {
    en: 'Correct given your earlier answer(s) for {deps} (error carried forward).',
    ja: '前の解答（{deps}）を用いれば正しい値です（誤差の持ち越しとして正解）。',
  },
  'check.format.number': {
    en: 'Expected a number such as 0.82, -1.5e-3 or 3/4; got {given}.',
    ja: '数値（例: 0.82, -1.5e-3, 3/4）を入力してください。入力: {given}',
  },
  'check.format.integer': {
    en: 'Expected a whole number such as 12; got {given}.',
    ja: '整数（例: 12）を入力してください。入力: {given}',
  },
  'check.format.vector': {
    en: 'Expected a list of numbers such as [0.5, -1]; got {given}.',
    ja: '数値のリスト（例: [0.5, -1]）を入力してください。入力: {given}',
  },
  'check.format.matrix': {
    en: 'Expected a matrix as a list of rows such as [[1, 2], [3, 4]]; got {given}.',
    ja: '行のリストとして行列（例: [[1, 2], [3, 4]]）を入力してください。入力: {given}',
  },
  'check.format.cell': {
    en: 'Entry {index} is not a number: {given}.',
    ja: '要素 {index} が数値ではありません: {given}',
  },
  'check.format.ragged': {
    en: 'The rows of the matrix have different lengths ({lengths}).',
    ja: '行列の各行の長さが揃っていません（{lengths}）。',
  },
  'check.shape': {
    en: 'Wrong shape: expected {expected}, got {given}.',
    ja: '形が違います: {expected} であるべきところ {given} です。',
  },
  'check.cells': {
    en: '{wrong} of {total} entries are wrong, first at {index}: {given} (expected about {expected}).',
    ja: '{total} 個中 {wrong} 個の要素が違います。最初は {index}: {given}（正しくは約 {expected}）。',
  },
  'check.cells.ecf': {
    en: '{wrong} of {total} entries are wrong, first at {index}: {given}.',
    ja: '{total} 個中 {wrong} 個の要素が違います。最初は {index}: {given}。',
  },
  'check.not-finite': {
    en: 'The answer is not a finite number ({given}).',
    ja: '有限の数値ではありません（{given}）。',
  },
  'check.integer.wrong': {
    en: 'Not correct: {given} is not the right count.',
    ja: '正しくありません: {given} は正しい値ではありません。',
  },
};
