/**
 * The registry: every exercise, in course order. Add an exercise by creating `exercises/<id>/`
 * (whose index.ts exports an `Exercise`) and listing it here.
 *
 * @example
 *   getExercise('one-hot').summary
 */
import type { Exercise } from './types.js';
import type { Messages } from '../generator/i18n/index.js';
import { DlfError } from '../generator/engine/errors.js';
import { checkMessages } from '../generator/i18n/check-messages.js';
import { renderMessages } from '../generator/render/messages.js';
import { derivative, messages as derivativeMessages } from './derivative/index.js';
import { expressionMessages } from '../generator/check/expression/messages.js';
import { oneHot, messages as oneHotMessages } from './one-hot/index.js';
import { neuronForward, messages as neuronForwardMessages } from './neuron-forward/index.js';
import { neuronStep, messages as neuronStepMessages } from './neuron-step/index.js';
import { softmaxGradient, messages as softmaxGradientMessages } from './softmax-gradient/index.js';
import { matrixBackprop, messages as matrixBackpropMessages } from './matrix-backprop/index.js';
import { sigmoidStrip, messages as sigmoidStripMessages } from './sigmoid-strip/index.js';
import { sgdCost, messages as sgdCostMessages } from './sgd-cost/index.js';
import { activationDerivatives, messages as activationDerivativesMessages } from './activation-derivatives/index.js';
import { weightInit, messages as weightInitMessages } from './weight-init/index.js';

export const exercises: Exercise[] = [
  derivative,
  neuronForward, neuronStep, oneHot, matrixBackprop, sigmoidStrip, sgdCost, softmaxGradient, activationDerivatives, weightInit,
];

/** Every message table, for the i18n completeness test. */
export function allTables(): Record<string, Messages> {
  return { check: checkMessages, render: renderMessages, 'one-hot': oneHotMessages,
    derivative: derivativeMessages,
    expression: expressionMessages,
    'neuron-forward': neuronForwardMessages,
    'neuron-step': neuronStepMessages,
    'softmax-gradient': softmaxGradientMessages,
    'matrix-backprop': matrixBackpropMessages,
    'sigmoid-strip': sigmoidStripMessages,
    'sgd-cost': sgdCostMessages,
    'activation-derivatives': activationDerivativesMessages,
    'weight-init': weightInitMessages,
  };
}

export function getExercise(id: string): Exercise {
  const ex = exercises.find((e) => e.id === id);
  if (!ex) {
    throw new DlfError(`unknown exercise "${id}"; known: ${exercises.map((e) => e.id).join(', ')} (see \`dlf list\`)`);
  }
  return ex;
}
