/**
 * Named checkers for cases without a single expected value (`case.check.kind`). `initNetwork`
 * checks shapes, determinism (the same `random` stream must give the same network) and the
 * statistics: weights ~ N(0, 1/n_in), biases ~ N(0, 1), with bounds many standard errors wide.
 *
 * @example
 *   runCheck({ kind: 'initNetwork' }, [net1, net2], ['sizes', rng]);   // Mismatch | null
 */
import type { Mismatch } from './compare.js';
import { compareValues } from './compare.js';
import { fmtNum, type Plain } from './plain.js';
import { mnistCheck, mnistNote } from '../mnist/check.js';

export type Checker = (output: Plain, args: unknown[], params: Record<string, unknown>) => (Mismatch & { hint?: string }) | null;

const fail = (path: string, message: string, hint?: string): Mismatch & { hint?: string } => ({ kind: 'check', path, message, hint });

function stats(xs: number[]): { mean: number; std: number } {
  // Plain loops (same summation order as reduce, so the same numbers): this runs on every
  // initNetwork case, over up to ~12,000 weights.
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += xs[i]!;
  const mean = sum / xs.length;
  let sq = 0;
  for (let i = 0; i < xs.length; i++) sq += (xs[i]! - mean) ** 2;
  return { mean, std: Math.sqrt(sq / xs.length) };
}

/** Sample of n values should look like N(0, sigma²); returns a problem description or null. */
function normalProblem(xs: number[], sigma: number, what: string, expectText: string): string | null {
  const n = xs.length;
  const { mean, std } = stats(xs);
  if (Math.abs(std / sigma - 1) > Math.max(0.05, 6 / Math.sqrt(2 * n))) {
    return `${what} have standard deviation ${fmtNum(std)}, expected ${expectText}`;
  }
  if (Math.abs(mean) > (6 * sigma) / Math.sqrt(n)) return `${what} have mean ${fmtNum(mean)}, expected about 0`;
  if (n >= 1000) {
    const p = 0.6826894921370859;
    let inside = 0;
    for (let i = 0; i < n; i++) if (Math.abs(xs[i]!) <= sigma) inside++;
    const within = inside / n;
    if (Math.abs(within - p) > Math.max(0.02, 6 * Math.sqrt((p * (1 - p)) / n))) {
      return `${what}: ${(within * 100).toFixed(1)}% lie within one standard deviation of 0, expected 68.3% for a normal distribution`;
    }
  }
  return null;
}

const initNetwork: Checker = (output, args) => {
  const sizes = args[0] as number[];
  const template = {
    weights: sizes.slice(1).map((n, k) => Array.from({ length: n }, () => new Array<number>(sizes[k]!).fill(0))),
    biases: sizes.slice(1).map((n) => new Array<number>(n).fill(0)),
  };
  const calls = output as Plain[];
  for (let c = 0; c < calls.length; c++) {
    const m = compareValues(calls[c], template, { abs: Infinity });
    if (m) {
      const transposed = /weights\[\d+\] is a (\d+)×(\d+) matrix, expected (\d+)×(\d+)/.exec(m.message);
      const hint = transposed && transposed[1] === transposed[4] && transposed[2] === transposed[3]
        ? 'weights[k] must be n_{k+1} × n_k (one row per neuron of the next layer): your matrices are transposed'
        : undefined;
      return fail(m.path, m.message, hint);
    }
  }
  if (calls.length > 1 && compareValues(calls[1], calls[0], { abs: 0, rel: 0 })) {
    return fail('', 'two calls with the same random stream returned different networks',
      'draw every random number from the `random` argument (never Math.random), so the network is reproducible');
  }
  const net = calls[0] as { weights: number[][][]; biases: number[][] };
  for (let k = 0; k < net.weights.length; k++) {
    const xs = net.weights[k]!.flat();
    if (xs.length < 1000) continue;
    const nIn = sizes[k]!;
    const problem = normalProblem(xs, 1 / Math.sqrt(nIn), `weights[${k}]`, `1/√${nIn} = ${fmtNum(1 / Math.sqrt(nIn))}`);
    if (problem) {
      const { std } = stats(xs);
      const hint = Math.abs(std - 1) < 0.1
        ? 'scale the weights by 1/√n_in (n_in = size of the previous layer): weights ~ N(0, 1/n_in)'
        : /within one standard deviation/.test(problem)
          ? 'the weights do not look normally distributed: turn two uniforms into a normal with Box–Muller, √(−2 ln u)·cos(2πv)'
          : undefined;
      return fail(`weights[${k}]`, problem, hint);
    }
  }
  const bs = net.biases.flat();
  if (bs.length >= 100) {
    const problem = normalProblem(bs, 1, 'the biases', '1 (biases ~ N(0, 1))');
    if (problem) return fail('biases', problem, 'biases are drawn from N(0, 1), not scaled by 1/√n_in');
  }
  return null;
};

export const CHECKS: Record<string, Checker> = { initNetwork, mnist: mnistCheck };

/** Extra report information of a checker, given whether the case passed or not (e.g. MNIST accuracy). */
export const NOTES: Record<string, (output: Plain, params: Record<string, unknown>) => { note: string; details?: unknown } | undefined> = { mnist: mnistNote };

export function checkNote(check: { kind: string; [k: string]: unknown }, output: Plain): { note: string; details?: unknown } | undefined {
  return NOTES[check.kind]?.(output, check);
}

export function runCheck(check: { kind: string; [k: string]: unknown }, output: Plain, args: unknown[]): (Mismatch & { hint?: string }) | null {
  const checker = CHECKS[check.kind];
  if (!checker) throw new Error(`grader: unknown check kind "${check.kind}"`);
  return checker(output, args, check);
}
