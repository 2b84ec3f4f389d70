/** Headings and labels used when rendering problems and worksheets, and in worksheet check reports. */
import type { Messages } from '../i18n/index.js';

export const renderMessages: Messages = {
  'render.seed': { en: 'Seed', ja: 'シード' },
  'render.answers': { en: 'Answers', ja: '解答' },
  'render.solution': { en: 'Worked solution', ja: '解き方' },
  'render.title.default': { en: 'Deep Learning Foundation — Worksheet', ja: 'ディープラーニング基礎 — ワークシート' },
  'render.question': { en: 'Question {n}', ja: '問 {n}' },
  'render.points': { en: '{points} pt', ja: '{points} 点' },
  'render.name': { en: 'Name', ja: '氏名' },
  'render.id': { en: 'Student ID', ja: '学籍番号' },
  'render.score': { en: 'Score', ja: '得点' },
  'render.total': { en: 'Total', ja: '合計' },
  'render.key': { en: 'Answer key', ja: '解答と解説' },
  'render.key.all': { en: 'Answer key — all students', ja: '解答と解説 — 全員分' },
  'render.worksheet': { en: 'Worksheet', ja: 'ワークシート' },
  'render.key.index': {
    en: 'Each student\'s answer key (answers and worked solutions) is a page of its own; key.md has them all in one file.',
    ja: '各学生の解答と解説は個別のページにあります。key.md には全員分が一つのファイルにまとまっています。',
  },
  'render.answer': { en: 'Answer', ja: '答' },
  'render.figure': { en: 'Figure', ja: '図' },
  'render.instructions': {
    en: 'Answer every part; give numbers to at least 3 significant figures. Write each answer in the box, or in answers.yaml under the key shown (e.g. {example}).',
    ja: 'すべての小問に答えなさい。数値は有効数字3桁以上で答えること。答えは枠内、または answers.yaml の該当キー（例: {example}）に書きなさい。',
  },
  'render.figure.unavailable': { en: 'Figure: see the HTML or PDF version.', ja: '図は HTML 版または PDF 版を参照してください。' },
  'render.format.number': { en: 'a number, e.g. 0.82, -1.5e-3 or 3/4', ja: '数値（例: 0.82, -1.5e-3, 3/4）' },
  'render.format.integer': { en: 'a whole number, e.g. 3', ja: '整数（例: 3）' },
  'render.format.vector': { en: 'a list of numbers, e.g. [0.5, -1]', ja: '数値のリスト（例: [0.5, -1]）' },
  'render.format.matrix': { en: 'a list of rows, e.g. [[1, 2], [3, 4]]', ja: '行のリスト（例: [[1, 2], [3, 4]]）' },
  'render.format.expression': { en: 'an expression in quotes, e.g. "3*x^2 + exp(x)"', ja: '式を引用符で（例: "3*x^2 + exp(x)"）' },
  'render.answers.header': {
    en: 'Answers to "{title}" — {student}. Fill in every part after its colon and hand this file in; do not rename the keys.',
    ja: '「{title}」の解答 — {student}。各小問のコロンの後に答えを書いて提出してください。キー名は変えないでください。',
  },
  'render.answers.check': { en: 'Check it with: dlf check --worksheet manifest.json --answers answers.yaml', ja: '確認: dlf check --worksheet manifest.json --answers answers.yaml' },
  'render.figure.sigmoid-strip': {
    en: 'The step to build: a sigmoid neuron whose activation is 0.5 and the target value at the marked points.',
    ja: '作るべきステップ: 印の点で活性が 0.5 と目標値になるシグモイドニューロン。',
  },
  'render.figure.sigmoid': {
    en: 'The sigmoid curves a = σ(wx + b) for the given weights and biases.',
    ja: '与えられた重みとバイアスに対するシグモイド曲線 a = σ(wx + b)。',
  },
  'render.figure.network': { en: 'The network with its weights and biases.', ja: '重みとバイアスを書き込んだネットワーク。' },
  'render.check.question': { en: 'Question {n}', ja: '問 {n}' },
  'render.check.total': { en: 'Total', ja: '合計' },
  'render.check.missing': { en: 'no answers file', ja: '解答ファイルがありません' },
};
