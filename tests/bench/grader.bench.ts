/**
 * Bench: wall time to grade one submission (the correct example, the 21 functions of issue 4,
 * public + hidden suites) with `gradeSubmission`, side by side with (every side grades exactly the
 * same 21 functions and cases: `predict` and `sgd` of issue 7, with its seconds-long MNIST training
 * case, are left out of all of them)
 *   - the floor: spawning a bare `node -e 0`;
 *   - the peer: `vitest run` of an equivalent suite (same cases and expected values) on the same
 *     submission, without any sandbox;
 *   - the CLIs end to end (`node grader/bin/grade.js ...` = `npm run grade`, and `dlf grade`).
 *
 * @example
 *   npm run bench -- grader
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gradeSubmission } from '../../grader/grade.js';
import { buildCases } from '../../grader/suites/load.js';
import { fmt, summarise, table } from './stats.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SUBMISSION = join(ROOT, 'grader/examples/correct');
const API = ['sigmoid', 'sigmoidPrime', 'relu', 'reluPrime', 'preactivation', 'neuronOutput', 'quadraticCost', 'crossEntropyCost',
  'neuronStep', 'oneHot', 'softmax', 'logLikelihoodCost', 'softmaxCostGradient', 'matVec', 'transpose', 'outer', 'hadamard',
  'feedforward', 'backprop', 'updateMiniBatch', 'initNetwork'];
const SEED = 42;

function timeMs(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

async function timeMsAsync(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** An equivalent vitest suite: the same cases, asserted in-process against the submission. */
function writePeerSuite(dir: string): number {
  const cases = buildCases({ suite: 'all', seed: SEED, functions: API });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'cases.json'), JSON.stringify(cases));
  writeFileSync(join(dir, 'vitest.config.mjs'), `export default { test: { include: ['grade.test.mjs'], environment: 'node' } };\n`);
  writeFileSync(join(dir, 'grade.test.mjs'), `
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as sub from ${JSON.stringify(join(SUBMISSION, 'src/index.ts'))};
const cases = JSON.parse(readFileSync(new URL('./cases.json', import.meta.url), 'utf8'));
function rng(seed) { let a = 0x9e3779b9, b = 0x243f6a88, c = 0xb7e15162, d = seed >>> 0;
  const next = () => { const t = (((a + b) | 0) + d) | 0; d = (d + 1) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = (c << 21) | (c >>> 11); c = (c + t) | 0; return (t >>> 0) / 4294967296; };
  for (let i = 0; i < 15; i++) next(); return next; }
const prep = (v) => Array.isArray(v) ? v.map(prep) : v && typeof v === 'object' ? (typeof v.$random === 'number' ? rng(v.$random) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, prep(x)]))) : v;
const close = (g, e) => typeof e === 'number' ? typeof g === 'number' && Math.abs(g - e) <= 1e-9 + 1e-6 * Math.abs(e)
  : Array.isArray(e) ? Array.isArray(g) && g.length === e.length && e.every((x, i) => close(g[i], x))
  : e && typeof e === 'object' ? g && typeof g === 'object' && Object.keys(e).every((k) => close(g[k], e[k])) : g === e;
for (const fn of [...new Set(cases.map((c) => c.function))]) describe(fn, () => {
  for (const c of cases.filter((x) => x.function === fn)) it(c.suite + ' ' + c.index + ': ' + c.name, () => {
    const out = Array.from({ length: c.repeat ?? 1 }, () => sub[fn](...prep(structuredClone(c.args))));
    if (c.check) expect(out[0].weights.length).toBe(c.args[0].length - 1);
    else expect(close(out[0], c.expected)).toBe(true);
  });
});
`);
  return cases.length;
}

export default async function bench(): Promise<void> {
  // Floor, ours and peer runs are interleaved, so load from other processes on the machine
  // affects all three alike; medians are reported.
  const runs = 11;
  const peerRuns = 5;
  const peerDir = join(ROOT, '.dlf-tmp', 'bench-peer');
  const peerCases = writePeerSuite(peerDir);
  const vitest = join(ROOT, 'node_modules/vitest/vitest.mjs');
  await gradeSubmission(SUBMISSION, { suite: 'all', seed: SEED, only: API }); // warm-up (esbuild service, JIT)
  const floor: number[] = [];
  const ours: number[] = [];
  const peer: number[] = [];
  let cases = 0;
  for (let i = 0; i < runs; i++) {
    floor.push(timeMs(() => spawnSync(process.execPath, ['-e', '0'])));
    ours.push(await timeMsAsync(async () => {
      const r = await gradeSubmission(SUBMISSION, { suite: 'all', seed: SEED, only: API });
      cases = r.tests.length;
      if (r.score !== r.maxScore) throw new Error(`bench: the correct example scored ${r.score}/${r.maxScore}`);
    }));
    if (i % 2 === 0 && peer.length < peerRuns) {
      peer.push(timeMs(() => {
        const r = spawnSync(process.execPath, [vitest, 'run', '--root', peerDir, '--config', join(peerDir, 'vitest.config.mjs')], { cwd: ROOT, encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`bench: peer vitest suite failed:\n${r.stdout}\n${r.stderr}`);
      }));
    }
  }
  if (peerCases !== cases) throw new Error(`bench: the peer suite has ${peerCases} cases, gradeSubmission ran ${cases}`);

  const cli: number[] = [];
  for (let i = 0; i < 3; i++) {
    cli.push(timeMs(() => {
      const r = spawnSync(process.execPath, [join(ROOT, 'generator/bin/dlf.js'), 'grade', SUBMISSION, '--seed', String(SEED), '--only', API.join(','), '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`bench: dlf grade failed: ${r.stderr}`);
    }));
  }
  const standalone: number[] = [];
  for (let i = 0; i < 3; i++) {
    standalone.push(timeMs(() => {
      const r = spawnSync(process.execPath, [join(ROOT, 'grader/bin/grade.js'), SUBMISSION, '--seed', String(SEED), '--only', API.join(','), '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`bench: npm run grade failed: ${r.stderr}`);
    }));
  }
  rmSync(peerDir, { recursive: true, force: true });

  const f = summarise(floor).median;
  const o = summarise(ours).median;
  const p = summarise(peer).median;
  const c = summarise(cli).median;
  const n = summarise(standalone).median;
  console.log(`grading the correct example: ${cases} cases (the 21 functions of issue 4, public + hidden, seed ${SEED}) on every side;`);
  console.log(`predict and sgd (issue 7, MNIST training) are excluded from all of them. Medians of ${runs}/${runs}/${peerRuns}/3/3 runs, floor/ours/peer interleaved`);
  table([
    ['what', 'median ms', 'vs floor', 'vs gradeSubmission'],
    ['floor: node -e 0 (spawn)', fmt(f), '1.0×', fmt(f / o, 2) + '×'],
    ['gradeSubmission (library, sandboxed)', fmt(o), fmt(o / f, 2) + '×', '1.0×'],
    ['peer: vitest run, same cases, no sandbox', fmt(p), fmt(p / f, 2) + '×', fmt(p / o, 2) + '×'],
    ['npm run grade entry end to end (tsx)', fmt(n), fmt(n / f, 2) + '×', fmt(n / o, 2) + '×'],
    ['dlf grade CLI end to end (tsx + all commands)', fmt(c), fmt(c / f, 2) + '×', fmt(c / o, 2) + '×'],
  ]);
  console.log(`targets: gradeSubmission ≤ 3× floor → ${o / f <= 3 ? 'met' : 'NOT met'} (${fmt(o / f, 2)}×); ≥ 5× faster than the peer → ${p / o >= 5 ? 'met' : 'NOT met'} (${fmt(p / o, 2)}×)`);
}
