/** Texts of the sgd-cost exercise. */
import type { Messages } from '../../generator/i18n/index.js';

export const messages: Messages = {
  'sgd-cost.title': { en: 'Computational cost of mini-batch SGD', ja: 'ミニバッチ SGD の計算コスト' },
  'sgd-cost.statement': {
    en: 'A network is trained with mini-batch stochastic gradient descent on a training set of {v_n} examples, with batch size {v_batch}, for {v_epochs} epochs. Each epoch shuffles the data and goes through all of it once; the parameters are updated once per batch (the last batch of an epoch may be smaller).',
    ja: 'ネットワークを {v_n} 個の訓練例で、バッチサイズ {v_batch}、{v_epochs} エポックのミニバッチ確率的勾配降下法で学習します。各エポックではデータをシャッフルしてすべてを 1 回ずつ使い、パラメータはバッチごとに 1 回更新されます（エポックの最後のバッチは小さいことがあります）。',
  },
  'sgd-cost.prompt.updates_per_epoch': { en: 'How many parameter updates are made in one epoch?', ja: '1 エポックで何回パラメータを更新しますか。' },
  'sgd-cost.prompt.updates': { en: 'How many parameter updates are made in the whole training?', ja: '学習全体で何回パラメータを更新しますか。' },
  'sgd-cost.prompt.examples': {
    en: 'How many examples are processed (forward and backward passes) in the whole training?',
    ja: '学習全体で何個の例を処理（順伝播と逆伝播）しますか。',
  },
  'sgd-cost.step.updates_per_epoch': { en: 'Updates count per epoch', ja: '1 エポックあたりの更新回数' },
  'sgd-cost.step.updates': { en: 'Updates count', ja: '更新回数' },
  'sgd-cost.step.examples': { en: 'Examples processed', ja: '処理する例の数' },
  'sgd-cost.detector.floor': {
    en: 'The last, smaller batch still gives an update: round $n / \\text{batch}$ up, not down.',
    ja: '最後の小さいバッチでも 1 回更新します。$n / \\text{batch}$ は切り捨てではなく切り上げです。',
  },
  'sgd-cost.detector.per-example': {
    en: 'With mini-batches the parameters are updated once per batch, not once per example.',
    ja: 'ミニバッチでは例ごとではなくバッチごとに 1 回更新します。',
  },
  'sgd-cost.detector.forgot-epochs': {
    en: 'Multiply by the number of epochs: every epoch repeats the updates.',
    ja: 'エポック数を掛けなさい。エポックごとに更新が繰り返されます。',
  },
  'sgd-cost.detector.full-batches': {
    en: 'The last batch of each epoch is smaller: every example is processed exactly once per epoch, so it is epochs × n.',
    ja: '各エポックの最後のバッチは小さいです。各例はエポックごとにちょうど 1 回処理されるので、エポック数 × n です。',
  },
  'sgd-cost.detector.one-epoch': {
    en: 'Every epoch goes through all the examples again: multiply by the number of epochs.',
    ja: '各エポックで全ての例をもう一度使います。エポック数を掛けなさい。',
  },
};
