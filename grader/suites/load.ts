/**
 * Build the list of cases to run: public fixtures from `suites/public/<function>.json` and hidden
 * cases generated fresh from the seed (each function gets its own stream, so `--only` or a new
 * function never changes another function's cases).
 *
 * @example
 *   const cases = buildCases({ suite: 'all', seed: 42, functions: ['sigmoid', 'backprop'] });
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveSeed, Rng } from '../../generator/engine/prng.js';
import { DlfError } from '../../generator/engine/errors.js';
import { FUNCTIONS } from './table.js';
import type { Case, FixtureFile, FunctionSpec, SuiteName } from './types.js';

export const PUBLIC_DIR = join(dirname(fileURLToPath(import.meta.url)), 'public');

export interface SuiteCase extends Case {
  suite: SuiteName;
  /** 1-based number within (function, suite), as shown in messages: "case 7". */
  index: number;
}

export function loadPublicCases(fn: string, dir = PUBLIC_DIR): Case[] {
  const file = join(dir, `${fn}.json`);
  if (!existsSync(file)) return [];
  let data: FixtureFile;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as FixtureFile;
  } catch (err) {
    throw new DlfError(`public fixture ${file} is not valid JSON: ${(err as Error).message}`);
  }
  if (!Array.isArray(data.cases)) throw new DlfError(`public fixture ${file} has no "cases" array`);
  return data.cases.map((c) => ({ ...c, function: fn }));
}

export function hiddenCases(spec: FunctionSpec, seed: number): Case[] {
  return spec.generate(new Rng(deriveSeed(seed, 'hidden', spec.name)));
}

export interface BuildOptions {
  suite: 'public' | 'hidden' | 'all';
  seed: number;
  functions: string[];
  table?: FunctionSpec[];
  publicDir?: string;
}

export function buildCases(opts: BuildOptions): SuiteCase[] {
  const table = opts.table ?? FUNCTIONS;
  const out: SuiteCase[] = [];
  for (const spec of table) {
    if (!opts.functions.includes(spec.name)) continue;
    if (opts.suite !== 'hidden') {
      loadPublicCases(spec.name, opts.publicDir).forEach((c, i) => out.push({ ...c, suite: 'public', index: i + 1 }));
    }
    if (opts.suite !== 'public') {
      hiddenCases(spec, opts.seed).forEach((c, i) => out.push({ ...c, suite: 'hidden', index: i + 1 }));
    }
  }
  return out;
}
