/**
 * `npm run bench -- expression`: our `compareExpressions` side by side, on the same answers, with
 *   - the floor: bare mathjs — parse + compile both sides, evaluate both at the same points, compare;
 *   - the peer: nerdamer-prime `simplify((given) - (expected))` (its default 800 ms timeout), the usual
 *     "symbolic" way to check an expression answer.
 * Answers: for every rule of the derivative exercise and many seeds, the reference rewritten the way
 * students type it (e^x → exp(x), 3*x → 3x, ln → log), each detector's wrong answer and a perturbed
 * answer. Our check caches the expected side (read, compiled and sampled once per reference), as it
 * does when marking a class; the floor does not.
 */
import { createRequire } from 'node:module';
import { parse } from 'mathjs';
import type { Part } from '../../exercises/types.js';
import { derivative, RULES } from '../../exercises/derivative/index.js';
import { compareExpressions } from '../../generator/check/expression/index.js';
import { samplePoints } from '../../generator/check/expression/points.js';
import { makeProblem, solveProblem } from '../../generator/engine/problem.js';
import { fmt, summarise, table, type Stats } from './stats.js';

interface Case {
  given: string;
  expected: string;
  part: Part;
}

function cases(seedsPerRule: number): Case[] {
  const out: Case[] = [];
  for (const rule of RULES) {
    for (let seed = 0; seed < seedsPerRule; seed++) {
      const problem = makeProblem('derivative', { seed, options: { rule } });
      const { parts, answers } = solveProblem(problem);
      const part = parts[0]!;
      const ref = answers.dydx as string;
      const typed = ref.replace(/e\^x/g, 'exp(x)').replace(/(\d)\*([a-z(])/g, '$1$2').replace(/\bln\(/g, 'log(');
      out.push({ given: typed, expected: ref, part });
      for (const det of derivative.detectors!(problem.params as never, 'en')) out.push({ given: String(det.wrong({})), expected: ref, part });
      out.push({ given: `(${ref}) + x/7`, expected: ref, part });
    }
  }
  return out;
}

/** The floor: what any numeric checker must at least do. */
function bareMathjs(c: Case, points: Float64Array[]): boolean {
  const vars = c.part.variables ?? ['x'];
  const g = parse(c.given.replace(/ln\(/g, 'log(')).compile();
  const e = parse(c.expected.replace(/ln\(/g, 'log(')).compile();
  let same = true;
  for (let i = 0; i < 10; i++) {
    const scope: Record<string, number> = {};
    vars.forEach((v, j) => (scope[v] = points[i]![j]!));
    const a = g.evaluate(scope) as number;
    const b = e.evaluate(scope) as number;
    if (Math.abs(a - b) > 1e-8 * Math.max(Math.abs(a), Math.abs(b)) + 1e-10) same = false;
  }
  return same;
}

interface Nerdamer {
  (expr: string): { toString(): string };
  set(setting: string, value: unknown): void;
  flush(): void;
}

function time(fn: () => unknown): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1000;
}

export default async function bench(): Promise<void> {
  const all = cases(40);
  const points = all.map((c) => samplePoints(c.part.variables ?? ['x'], c.part.domain));
  const nerdamer = createRequire(import.meta.url)('nerdamer-prime/all') as Nerdamer;
  nerdamer.set('TIMEOUT', 800);
  const peer = (c: Case) => {
    try {
      return nerdamer(`simplify((${c.given})-(${c.expected}))`).toString() === '0';
    } catch {
      return null;
    } finally {
      nerdamer.flush();
    }
  };
  // Warm up the JIT (and our expected-side cache, as when marking a class) on every case.
  all.forEach((c, i) => {
    compareExpressions(c.given, c.expected, c.part);
    bareMathjs(c, points[i]!);
  });
  const peerCases = all.filter((_, i) => i % 4 === 0);
  peerCases.slice(0, 20).forEach(peer);

  const ours: number[] = [];
  const floor: number[] = [];
  for (let round = 0; round < 5; round++) {
    all.forEach((c, i) => {
      ours.push(time(() => compareExpressions(c.given, c.expected, c.part)));
      floor.push(time(() => bareMathjs(c, points[i]!)));
    });
  }
  const peerTimes: number[] = [];
  let agree = 0;
  for (const c of peerCases) {
    let verdict: boolean | null = null;
    peerTimes.push(time(() => (verdict = peer(c))));
    if (verdict === (compareExpressions(c.given, c.expected, c.part).status === 'equal')) agree++;
  }
  nerdamer.set('TIMEOUT', 40);

  const s: Record<string, Stats> = { ours: summarise(ours), floor: summarise(floor), peer: summarise(peerTimes) };
  console.log(`${all.length} answers (${RULES.length} rules × 40 seeds: typed reference, detector mistakes, perturbation); peer on ${peerCases.length} of them`);
  table([
    ['method', 'median µs', 'p99 µs', 'median / floor', 'p99 / floor'],
    ...(['ours', 'floor', 'peer'] as const).map((k) => [
      k === 'ours' ? 'compareExpressions (ours)' : k === 'floor' ? 'bare mathjs eval (floor)' : 'nerdamer simplify(a-b) (peer)',
      fmt(s[k]!.median), fmt(s[k]!.p99), fmt(s[k]!.median / s.floor!.median, 2), fmt(s[k]!.p99 / s.floor!.p99, 2),
    ]),
  ]);
  console.log(`ours vs floor: ${fmt(s.ours!.median / s.floor!.median, 2)}× median (target ≤ 3×); peer vs ours: ${fmt(s.peer!.median / s.ours!.median, 0)}× median, ${fmt(s.peer!.p99 / s.ours!.p99, 0)}× p99 (target ≥ 20×)`);
  console.log(`peer agrees with our verdict on ${agree}/${peerCases.length} answers`);
}
