/**
 * One hostile (or broken) submission per sandbox rule: each must fail only what it attacks,
 * never pass by lying, never crash or fool the grader.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gradeSubmission, type GradeOptions, type Report } from '../../grader/index.js';
import { makeSubmission, patchedCorrect, points, ROOT } from './helpers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The correct example, with `code` appended to src/index.ts (its exports shadow the correct ones). */
function hostile(code: string): string {
  const dir = patchedCorrect([]);
  dirs.push(dir);
  renameSync(join(dir, 'src/index.ts'), join(dir, 'src/all.ts'));
  writeFileSync(join(dir, 'src/index.ts'), `export * from './all.js';\n${code}\n`);
  return dir;
}

const grade = (dir: string, opts: GradeOptions = {}) => gradeSubmission(dir, { suite: 'public', seed: 1, callTimeoutMs: 2000, ...opts });
const fn = (r: Report, name: string) => r.functions.find((f) => f.name === name)!;
const tests = (r: Report, name: string) => r.tests.filter((t) => t.function === name);

describe('sandbox: time limits', () => {
  it('an infinite loop times out that call only; the rest is still graded', async () => {
    const r = await grade(hostile('export function sigmoid(z: number): number { if (z === 0) for (;;) {} return 1 / (1 + Math.exp(-z)); }'), {
      only: ['sigmoid', 'relu'], callTimeoutMs: 300,
    });
    const s = tests(r, 'sigmoid');
    expect(s.filter((t) => t.status === 'timeout').map((t) => t.name)).toEqual(['public 3: z = 0']);
    expect(s.filter((t) => t.status === 'passed')).toHaveLength(s.length - 1);
    expect(s.find((t) => t.status === 'timeout')!.message).toMatch(/^sigmoid: did not return within 300 ms \(public case 3\)$/);
    expect(fn(r, 'relu').score).toBe(points('relu'));
    expect(r.sandbox.restarts).toBe(1);
  });

  it('the whole-submission limit stops slow code and still returns a report', async () => {
    const t0 = Date.now();
    const r = await grade(hostile('export function sigmoid(z: number): number { const end = Date.now() + 150; while (Date.now() < end) {} return 0.5; }'), {
      only: ['sigmoid', 'relu'], totalTimeoutMs: 700,
    });
    expect(Date.now() - t0).toBeLessThan(8000);
    expect(r.tests.some((t) => t.status === 'timeout' && /whole-submission time limit \(700 ms\)/.test(t.message))).toBe(true);
    expect(tests(r, 'relu').every((t) => t.status === 'timeout' && /^relu: not run: the whole-submission time limit/.test(t.message))).toBe(true);
  });
});

describe('sandbox: memory', () => {
  it('a Buffer bomb (outside the JS heap) and a heap bomb fail only their function', async () => {
    const r = await grade(hostile(`
      export function relu(z: number): number { const b = Buffer.alloc(1536 * 1024 * 1024, 1); return b[0]! * 0 + Math.max(0, z); }
      export function reluPrime(_z: number): number { const keep: number[][] = []; for (;;) keep.push(new Array(1e6).fill(1.5)); }`), {
      only: ['relu', 'reluPrime', 'sigmoid'], memoryMb: 64, callTimeoutMs: 10_000,
    });
    expect(r.sandbox.osMemoryLimit).toBe(true);
    expect(fn(r, 'relu').score).toBe(0);
    expect(tests(r, 'relu')[0]!.message).toMatch(/allocation failed|out of memory/i);
    expect(fn(r, 'reluPrime').score).toBe(0);
    expect(tests(r, 'reluPrime')[0]!.message).toMatch(/ran out of memory \(limit 64 MB\)/);
    expect(tests(r, 'reluPrime')[0]!.status).toBe('error');
    expect(fn(r, 'sigmoid').score).toBe(points('sigmoid'));
  });
});

describe('sandbox: process control and errors', () => {
  it('process.exit, thrown non-Errors, unhandled rejections and uncaught exceptions are errors for that call', async () => {
    const r = await grade(hostile(`
      export function sigmoid(z: number): number { if (z === 0) process.exit(0); return 1 / (1 + Math.exp(-z)); }
      export function relu(_z: number): number { throw 42; }
      export function reluPrime(_z: number): number { throw null; }
      export function oneHot(_l: number, _c: number): number[] { throw { message: 'fake' }; }
      export function softmax(z: number[]): number[] { Promise.reject(new Error('boom')); const m = Math.max(...z); const e = z.map((v) => Math.exp(v - m)); const s = e.reduce((a, b) => a + b, 0); return e.map((v) => v / s); }
      export function transpose(M: number[][]): number[][] { queueMicrotask(() => { throw new Error('late'); }); return M[0]!.map((_, j) => M.map((r) => r[j]!)); }
      export function hadamard(u: number[], v: number[]): Promise<number[]> { return Promise.resolve(u.map((x, i) => x * v[i]!)); }`), {
      only: ['sigmoid', 'relu', 'reluPrime', 'oneHot', 'softmax', 'transpose', 'hadamard', 'outer'],
    });
    const exitCase = tests(r, 'sigmoid').find((t) => t.case === 3)!;
    expect(exitCase.status).toBe('error');
    expect(exitCase.message).toMatch(/exited with code 0 during the call/);
    expect(tests(r, 'sigmoid').filter((t) => t.status === 'passed')).toHaveLength(tests(r, 'sigmoid').length - 1);
    expect(tests(r, 'relu')[0]!.message).toMatch(/threw a non-Error value: 42/);
    expect(tests(r, 'reluPrime')[0]!.message).toMatch(/threw a non-Error value: null/);
    expect(tests(r, 'oneHot')[0]!.message).toMatch(/threw a non-Error object/);
    expect(tests(r, 'softmax').every((t) => t.status === 'error' && /unhandled promise rejection: Error: boom/.test(t.message))).toBe(true);
    expect(tests(r, 'transpose').every((t) => t.status === 'error' && /uncaught exception: Error: late/.test(t.message))).toBe(true);
    expect(tests(r, 'hadamard')[0]!.message).toMatch(/returned a Promise/);
    for (const name of ['relu', 'reluPrime', 'oneHot', 'softmax', 'transpose', 'hadamard']) expect(fn(r, name).score, name).toBe(0);
    expect(fn(r, 'outer').score).toBe(points('outer'));
  });

  it('a submission that throws or exits while loading scores 0 without crashing the grader', async () => {
    for (const code of ['throw new Error("broken at import");', 'process.exit(7);']) {
      const r = await grade(hostile(code), { only: ['sigmoid', 'relu'] });
      expect(r.score).toBe(0);
      expect(r.loadError).toMatch(/failed to load: (Error: broken at import|the process exited with code 7 while loading)/);
      expect(r.tests.every((t) => t.status === 'error')).toBe(true);
    }
  });
});

describe('sandbox: files, processes, workers, environment', () => {
  it('cannot read files outside the bundle, spawn processes or start workers', async () => {
    const reference = join(ROOT, 'grader/reference/index.ts');
    const r = await grade(hostile(`
      import { readFileSync } from 'node:fs';
      import { spawnSync } from 'node:child_process';
      import { Worker } from 'node:worker_threads';
      export function sigmoid(_z: number): number { return readFileSync('/etc/passwd', 'utf8').length; }
      export function relu(_z: number): number { return readFileSync(${JSON.stringify(reference)}, 'utf8').length; }
      export function reluPrime(_z: number): number { return spawnSync('ls').status ?? 0; }
      export function oneHot(_l: number, _c: number): number[] { new Worker('1', { eval: true }); return []; }`), {
      only: ['sigmoid', 'relu', 'reluPrime', 'oneHot', 'softmax'],
    });
    for (const name of ['sigmoid', 'relu', 'reluPrime', 'oneHot']) {
      expect(fn(r, name).score, name).toBe(0);
      expect(tests(r, name)[0]!.message, name).toMatch(/ERR_ACCESS_DENIED/);
      expect(tests(r, name)[0]!.hint, name).toMatch(/sandbox/);
    }
    expect(fn(r, 'softmax').score).toBe(points('softmax'));
  });

  it('cannot bundle the grader in: outside imports, symlinks and packages are compile errors', async () => {
    const dir = hostile(`
      export { sigmoid } from './steal.js';
      export { relu } from './linked.js';
      export { reluPrime } from './pkg.js';`);
    writeFileSync(join(dir, 'src/steal.ts'), `import * as ref from ${JSON.stringify(join(ROOT, 'grader/reference/index.ts'))};\nexport const sigmoid = ref.sigmoid;\n`);
    symlinkSync(join(ROOT, 'grader/reference/activations.ts'), join(dir, 'src/linked.ts'));
    writeFileSync(join(dir, 'src/pkg.ts'), `import { evaluate } from 'mathjs';\nexport const reluPrime = (z: number) => evaluate('z > 0 ? 1 : 0', { z });\n`);
    const r = await grade(dir, { only: ['sigmoid', 'relu', 'reluPrime', 'softmax'] });
    const errs = r.compileErrors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n');
    expect(errs).toMatch(/src\/steal\.ts:1: cannot import .*outside the submission folder/);
    expect(errs).toMatch(/src\/index\.ts:4: cannot import "\.\/linked\.js": it is outside the submission folder/);
    expect(fn(r, 'relu').firstFailure).toMatch(/relu: threw Error: does not compile: src\/index\.ts:4:\d+: cannot import "\.\/linked\.js"/);
    expect(errs).toMatch(/src\/pkg\.ts:1: cannot import "mathjs"/);
    for (const name of ['sigmoid', 'relu', 'reluPrime']) expect(fn(r, name).score, name).toBe(0);
    expect(fn(r, 'softmax').score).toBe(points('softmax'));
  });

  it('gets an empty environment (no secrets)', async () => {
    process.env.DLF_TEST_SECRET = 'hunter2-secret';
    try {
      const r = await grade(hostile(`
        export function sigmoid(_z: number): number { console.log(JSON.stringify(process.env)); throw new Error('env: ' + JSON.stringify(process.env)); }`), { only: ['sigmoid'] });
      const all = JSON.stringify(r);
      expect(all).not.toContain('hunter2-secret');
      expect(tests(r, 'sigmoid')[0]!.message).toMatch(/env: \{\}/);
    } finally {
      delete process.env.DLF_TEST_SECRET;
    }
  });
});

describe('sandbox: the child cannot change what the parent computes', () => {
  it('monkeypatching Math, Array.prototype, JSON and process.send only hurts the submission itself', async () => {
    const r = await grade(hostile(`
      Math.exp = () => 1;
      JSON.stringify = () => '{"score":100}';
      JSON.parse = () => ({ score: 100 });
      (Object.prototype as any).toJSON = () => 'hacked';
      (Array.prototype as any).every = () => true;
      Number.isFinite = () => true;`), { only: ['sigmoid', 'relu', 'softmax'] });
    expect(Math.exp(1)).toBe(Math.E);
    expect(JSON.parse(JSON.stringify({ a: [1] }))).toEqual({ a: [1] });
    expect(fn(r, 'sigmoid').score).toBeLessThan(points('sigmoid')); // its own sigmoid now uses the patched Math.exp
    expect(tests(r, 'sigmoid').find((t) => t.status === 'failed')!.message).toMatch(/^sigmoid: result = 0\.5, expected/);
    expect(fn(r, 'relu').score).toBe(points('relu'));
    expect(r.score).toBeLessThan(r.maxScore);

    // Forged "passed" messages are ignored: only returned values count, compared by the parent.
    const forged = await grade(hostile(`
      const realSend = process.send!.bind(process);
      process.send = ((m: any) => realSend({ ...m, status: 'passed', score: 100 })) as any;
      export function relu(_z: number): number { realSend({ t: 'result', status: 'passed', score: 2, ok: 'yes' }); console.log('{"score":100}'); return -1; }`),
    { only: ['relu'] });
    expect(forged.score).toBe(0);
    expect(forged.tests.every((t) => t.status === 'failed' && /relu: result = -1, expected/.test(t.message))).toBe(true);
  });

  it('valueOf / toJSON / proxies / boxed numbers / typed arrays never pass', async () => {
    const r = await grade(hostile(`
      export function sigmoid(z: number): any { const v = 1 / (1 + Math.exp(-z)); return { valueOf: () => v, toJSON: () => v }; }
      export function softmax(z: number[]): any { const m = Math.max(...z); const e = z.map((v) => Math.exp(v - m)); const s = e.reduce((a, b) => a + b, 0); return new Proxy(e.map((v) => v / s), {}); }
      export function relu(z: number): any { return new Number(Math.max(0, z)); }
      export function hadamard(u: number[], v: number[]): any { return Float64Array.from(u.map((x, i) => x * v[i]!)); }
      export function oneHot(label: number, classes: number): any { const a: any = { length: classes }; for (let i = 0; i < classes; i++) a[i] = i === label ? 1 : 0; return a; }`),
    { only: ['sigmoid', 'softmax', 'relu', 'hadamard', 'oneHot', 'outer'] });
    for (const name of ['sigmoid', 'softmax', 'relu', 'hadamard', 'oneHot']) {
      expect(fn(r, name).score, name).toBe(0);
      expect(tests(r, name).some((t) => t.status === 'passed'), name).toBe(false);
    }
    expect(tests(r, 'sigmoid')[0]!.message).toMatch(/cannot copy/);
    expect(tests(r, 'relu')[0]!.message).toMatch(/is a Number object/);
    expect(tests(r, 'hadamard')[0]!.message).toMatch(/is a Float64Array, expected an array/);
    expect(tests(r, 'oneHot')[0]!.message).toMatch(/is an object, expected an array/);
    expect(fn(r, 'outer').score).toBe(points('outer'));
  });

  it('inputs are frozen: mutating them is reported with a hint', async () => {
    const dir = patchedCorrect([{ file: 'network.ts', find: 'const rate = alpha / batch.length;', replace: 'const rate = alpha / batch.length;\n  net.weights[0]![0]![0] = 0;' }]);
    dirs.push(dir);
    const r = await grade(dir, { only: ['updateMiniBatch', 'backprop'] });
    expect(fn(r, 'updateMiniBatch').score).toBe(0);
    const t = tests(r, 'updateMiniBatch')[0]!;
    expect(t.status).toBe('error');
    expect(t.message).toMatch(/TypeError: Cannot assign to read only property/);
    expect(t.hint).toMatch(/modifies its input/);
    expect(fn(r, 'backprop').score).toBe(points('backprop'));
  });

  it('printing a fake report does not reach stdout; student output is captured and capped', async () => {
    const dir = hostile(`
      console.log(JSON.stringify({ score: 100, maxScore: 100 }));
      export function sigmoid(_z: number): number { console.log('✓ sigmoid 3/3  Score: 100 / 100'); console.error('x'.repeat(50000)); throw new Error('nope'); }`);
    const cli = spawnSync(process.execPath, [join(ROOT, 'grader/bin/grade.js'), dir, '--suite', 'public', '--only', 'sigmoid', '--format', 'json'], { encoding: 'utf8' });
    expect(cli.status).toBe(0);
    const r = JSON.parse(cli.stdout) as Report;
    expect(r.score).toBe(0);
    expect(r.output.stdout).toContain('"score":100');
    expect(r.output.truncated).toBe(true);
    expect(r.output.stdout.length + r.output.stderr.length).toBeLessThanOrEqual(16_384);
  });
});

describe('compile errors and missing exports', () => {
  it('a syntax error in one file zeroes only the functions that depend on it, with file:line', async () => {
    const dir = patchedCorrect([{ file: 'linalg.ts', find: 'export function transpose', replace: 'const = ;\nexport function transpose' }]);
    dirs.push(dir);
    const r = await grade(dir, { suite: 'public' });
    expect(r.compileErrors[0]).toMatchObject({ file: 'src/linalg.ts', line: 8 });
    const dependent = ['matVec', 'transpose', 'outer', 'hadamard', 'feedforward', 'backprop', 'updateMiniBatch'];
    for (const f of r.functions) {
      if (dependent.includes(f.name)) {
        expect(f.score, f.name).toBe(0);
        expect(f.firstFailure, f.name).toMatch(/does not compile: src\/linalg\.ts:8:\d+: /);
      } else if (['sigmoid', 'softmax', 'initNetwork', 'neuronStep'].includes(f.name)) {
        expect(f.score, f.name).toBe(f.maxScore);
      }
    }
  });

  it('a missing export or missing src/index.ts is reported per function', async () => {
    const dir = patchedCorrect([{ file: 'index.ts', find: "export { sigmoid, sigmoidPrime, relu, reluPrime } from './activations.js';", replace: "export { sigmoid, sigmoidPrime, reluPrime } from './activations.js';" }]);
    dirs.push(dir);
    const r = await grade(dir, { only: ['relu', 'sigmoid'] });
    expect(fn(r, 'relu')).toMatchObject({ status: 'missing', score: 0 });
    expect(fn(r, 'relu').firstFailure).toMatch(/relu: is not exported/);
    expect(fn(r, 'sigmoid').score).toBe(points('sigmoid'));
    const empty = makeSubmission({ 'README.md': 'nothing here' });
    dirs.push(empty);
    const e = await grade(empty, { only: ['sigmoid'] });
    expect(e.score).toBe(0);
    expect(e.loadError).toMatch(/src\/index\.ts not found/);
    expect(readFileSync(join(ROOT, 'grader/examples/correct/src/index.ts'), 'utf8')).toMatch(/export/);
  });
});
