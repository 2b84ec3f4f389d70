/**
 * The sealed-module registry of the student-side grading runtime. In the runtime bundle every
 * module that holds reference code or hidden-case generators (see `SEALED` in ../build.ts) is
 * replaced by a proxy whose functions call into the hidden suite installed here. The hidden suite
 * is decrypted in the grader's own process (never on disk, never in the sandbox) and installed with
 * `installSealedSuite`; without it only the public suite can run.
 *
 * @example
 *   installSealedSuite(await import(dataUrl));          // { modules, FUNCTIONS }
 *   sealedModule('grader/reference/index.ts').sigmoid(0); // 0.5
 */
import type { FunctionSpec } from '../../suites/types.js';

export type SealedFunctions = Record<string, (...args: unknown[]) => unknown>;

export interface SealedSuite {
  /** Real implementations of the proxied modules, by path relative to the repository root. */
  modules: Record<string, SealedFunctions>;
  /** The real scoring table (with the hidden-case generators). */
  FUNCTIONS: FunctionSpec[];
}

let current: SealedSuite | undefined;

export function installSealedSuite(suite: SealedSuite): void {
  if (!suite || typeof suite.modules !== 'object' || !Array.isArray(suite.FUNCTIONS)) throw new Error('grader: the hidden suite module is malformed');
  current = suite;
}

export function hasSealedSuite(): boolean {
  return current !== undefined;
}

export function sealedModule(path: string): SealedFunctions {
  if (!current) throw new Error(`grader: the hidden suite is not loaded (${path} is needed)`);
  const m = current.modules[path];
  if (!m) throw new Error(`grader: the hidden suite has no module ${path}`);
  return m;
}

export function sealedSpec(name: string): FunctionSpec {
  if (!current) throw new Error(`grader: hidden cases of ${name} need the hidden suite, which is not loaded`);
  const spec = current.FUNCTIONS.find((f) => f.name === name);
  if (!spec) throw new Error(`grader: the hidden suite has no function ${name}`);
  return spec;
}
