/**
 * Helpers for the grader tests: build temporary submissions, either from scratch or by patching
 * the correct example's sources (the deliberately wrong variants).
 *
 * @example
 *   const dir = patchedCorrect([{ file: 'neuron.ts', find: 'let z = b;', replace: 'let z = 0;' }]);
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll } from 'vitest';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FUNCTIONS } from '../../grader/suites/table.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CORRECT = join(ROOT, 'grader/examples/correct');
export const STUB = join(ROOT, 'grader/examples/stub');

/** Every temp submission made here is removed after the test file that made it. */
const created: string[] = [];
afterAll(() => {
  for (const d of created.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'dlf-sub-'));
  created.push(dir);
  return dir;
};

export interface Patch {
  file: string;
  find: string;
  replace: string;
}

/** A new temp folder holding `files` (paths relative to the submission root). */
export function makeSubmission(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** A copy of the correct example with `patches` applied to its src/ files (each must match once). */
export function patchedCorrect(patches: Patch[]): string {
  const dir = tempDir();
  cpSync(CORRECT, dir, { recursive: true });
  for (const p of patches) {
    const path = join(dir, 'src', p.file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(p.find)) throw new Error(`patch: "${p.find}" not found in ${p.file}`);
    writeFileSync(path, text.replace(p.find, p.replace));
  }
  return dir;
}

/** The correct example's sources with something added at the end of src/index.ts. */
export function correctPlus(extraIndex: string, extraFiles: Record<string, string> = {}): string {
  const dir = patchedCorrect([]);
  const index = join(dir, 'src/index.ts');
  writeFileSync(index, `${readFileSync(index, 'utf8')}\n${extraIndex}\n`);
  for (const [path, text] of Object.entries(extraFiles)) writeFileSync(join(dir, path), text);
  return dir;
}

/** The points of these functions in the scoring table (so tests need no edit when it is rebalanced). */
export function points(...names: string[]): number {
  return names.reduce((s, n) => s + FUNCTIONS.find((f) => f.name === n)!.points, 0);
}

/** The assignment API of issue 4 (other issues add functions to the table; their tests grade those). */
export const API = [
  'sigmoid', 'sigmoidPrime', 'relu', 'reluPrime', 'preactivation', 'neuronOutput', 'quadraticCost', 'crossEntropyCost',
  'neuronStep', 'oneHot', 'softmax', 'logLikelihoodCost', 'softmaxCostGradient', 'matVec', 'transpose', 'outer',
  'hadamard', 'feedforward', 'backprop', 'updateMiniBatch', 'initNetwork',
];
