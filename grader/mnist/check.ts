/**
 * The `mnist` checker of the sgd test: the network the student's sgd returned is validated
 * (784-30-10, finite numbers) and run on the 1,000 held-out digits with the grader's own reference
 * feedforward; it passes when the accuracy reaches `PASS_ACCURACY` (reference accuracy minus the
 * documented margin). A failure names the accuracy reached and, from the symptoms, the likely
 * mistake (no shuffling, network not updated, diverged training). `mnistNote` gives the accuracy and
 * the confusion matrix for the report, passed or not.
 *
 * @example
 *   mnistCheck(output, args, {});   // null when accuracy ≥ 86.2 %, else { kind: 'check', message, hint }
 *   mnistNote(output, {});          // { note: 'accuracy 90.2 % …', details: { accuracy, confusion, … } }
 */
import type { Network } from '../api.js';
import type { Mismatch } from '../compare/compare.js';
import { matches } from '../compare/compare.js';
import type { Plain } from '../compare/plain.js';
import { CLASSES, mnistSplit } from './data.js';
import { confusionText, evaluateNetwork, networkProblem, type MnistEvaluation } from './evaluate.js';
import { pickMisclassified, type MnistDetails } from './render.js';
import { PASS_ACCURACY, REFERENCE_ACCURACY, SIZES } from './schedule.js';

/** How many misclassified digits the report keeps (taken in turn from each class) for pictures. */
export const MISCLASSIFIED_KEPT = 100;

export const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

const cache = new WeakMap<object, MnistEvaluation | string>();

/** The evaluation of a returned network (cached per output object), or the reason it cannot be run. */
export function mnistEvaluation(output: Plain): MnistEvaluation | string {
  const key = output !== null && typeof output === 'object' ? output : undefined;
  const hit = key && cache.get(key);
  if (hit) return hit;
  const problem = networkProblem(output, SIZES);
  const result = problem ?? evaluateNetwork(output as unknown as Network, mnistSplit().test);
  if (key) cache.set(key, result);
  return result;
}

/** The most frequent predicted class and its share of all predictions. */
function dominant(e: MnistEvaluation): { digit: number; share: number } {
  const counts = new Array<number>(CLASSES).fill(0);
  for (const p of e.predictions) counts[p]!++;
  const digit = counts.indexOf(Math.max(...counts));
  return { digit, share: counts[digit]! / e.n };
}

function likelyMistake(e: MnistEvaluation, output: Plain, initial: unknown): string {
  if (matches(output, initial, { abs: 1e-12, rel: 0 })) {
    return 'sgd returned the initial network unchanged: keep the network updateMiniBatch returns (it returns a NEW network), e.g. net = updateMiniBatch(net, batch, alpha)';
  }
  const d = dominant(e);
  if (d.share > 0.3) {
    return `the network predicts ${d.digit} for ${pct(d.share)} of the digits: the training data comes ordered by class, so without shuffling the last batches (all ${d.digit}s) win — shuffle a copy of the data at the start of every epoch, using \`random\``;
  }
  return 'check backprop first (its tests and gradient check), then that each epoch shuffles and visits every mini-batch once with the given α and batch size';
}

/** The thresholds of a case: the documented ones unless the case overrides them (quick test schedules). */
function thresholds(params: Record<string, unknown>): { pass: number; reference: number } {
  const num = (v: unknown, d: number) => (typeof v === 'number' ? v : d);
  return { pass: num(params.passAccuracy, PASS_ACCURACY), reference: num(params.referenceAccuracy, REFERENCE_ACCURACY) };
}

export function mnistCheck(output: Plain, args: unknown[], params: Record<string, unknown> = {}): (Mismatch & { hint?: string }) | null {
  const { pass, reference } = thresholds(params);
  const e = mnistEvaluation(output);
  if (typeof e === 'string') {
    return {
      kind: 'check',
      path: '',
      message: e,
      hint: /non-finite/.test(e)
        ? 'run the small sgd and backprop cases first; a NaN usually comes from mismatched vector lengths or a diverging update'
        : 'sgd must return the trained network with the same shape as the one it was given',
    };
  }
  if (e.accuracy >= pass) return null;
  return {
    kind: 'check',
    path: '',
    message: `the trained network classifies ${pct(e.accuracy)} of the ${e.n} held-out digits correctly, expected at least ${pct(pass)} (the reference reaches ${pct(reference)} with this schedule; margin ${pct(reference - pass)})`,
    hint: likelyMistake(e, output, args[0]),
  };
}

/** Accuracy and confusion matrix for the report (shown whether the test passed or not). */
export function mnistNote(output: Plain, params: Record<string, unknown> = {}): { note: string; details: unknown } | undefined {
  const { pass, reference } = thresholds(params);
  const e = mnistEvaluation(output);
  if (typeof e === 'string') return undefined;
  return {
    note: `accuracy ${pct(e.accuracy)} on ${e.n} held-out digits (pass ≥ ${pct(pass)}, reference ${pct(reference)})\nconfusion matrix (rows: true digit, columns: predicted):\n${confusionText(e.confusion)}`,
    details: {
      accuracy: e.accuracy,
      correct: e.correct,
      n: e.n,
      passAccuracy: pass,
      referenceAccuracy: reference,
      confusion: e.confusion,
      misclassified: pickMisclassified(e.misclassified, MISCLASSIFIED_KEPT),
    } satisfies MnistDetails,
  };
}
