import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, gradeSubmission, type Report } from '../../grader/index.js';
import { API, CORRECT, points, ROOT, STUB } from './helpers.js';
import { gradeOptions, type GradeArgs } from '../../generator/cli/commands/grade.js';

const CLI = join(ROOT, 'generator/bin/dlf.js');
const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('example submissions', () => {
  it('the correct example gets full marks on every suite and several seeds', async () => {
    for (const [suite, seed] of [['public', 1], ['hidden', 2], ['all', 42], ['hidden', 4_000_000_000], ['all', 777]] as const) {
      const r = await gradeSubmission(CORRECT, { suite, seed, only: API });
      const failures = r.tests.filter((t) => t.status !== 'passed').map((t) => t.message);
      expect(failures, `${suite} ${seed}`).toEqual([]);
      expect(r.score).toBe(87); // the issue-4 API: 87 of the table's 100 points (predict 3, sgd 10)
      expect(r.maxScore).toBe(87);
      expect(r.seed).toBe(seed);
    }
  });

  it('the stub gets 0 without crashing, every function reported "not implemented"', async () => {
    const r = await gradeSubmission(STUB, { suite: 'all', seed: 3, only: API });
    expect(r.score).toBe(0);
    expect(r.functions).toHaveLength(21);
    for (const f of r.functions) {
      expect(f.status).toBe('failed');
      expect(f.hint).toMatch(/not implemented/);
    }
    expect(r.tests.every((t) => t.status === 'error')).toBe(true);
    expect(r.sandbox.restarts).toBe(0);
  });

  it('--only grades just those functions; hidden inputs appear only with reveal', async () => {
    const r = await gradeSubmission(CORRECT, { suite: 'all', seed: 5, only: ['softmax', 'backprop'] });
    expect(r.functions.map((f) => f.name)).toEqual(['softmax', 'backprop']);
    expect(r.maxScore).toBe(points('softmax', 'backprop'));
    expect(r.maxScore).toBe(20);
    expect(r.tests.filter((t) => t.suite === 'hidden').every((t) => t.input === undefined)).toBe(true);
    expect(r.tests.filter((t) => t.suite === 'public').every((t) => Array.isArray(t.input))).toBe(true);
    const revealed = await gradeSubmission(CORRECT, { suite: 'hidden', seed: 5, only: ['softmax'], reveal: true });
    expect(revealed.tests.every((t) => Array.isArray(t.input))).toBe(true);
  });

  it('formats the report as text, json, junit and markdown', async () => {
    const r: Report = await gradeSubmission(STUB, { suite: 'public', seed: 9, only: ['sigmoid', 'relu'] });
    const text = formatReport(r, 'text');
    expect(text).toMatch(/✗ sigmoid\s+0 \/ 2\s+0\/10/);
    expect(text).toMatch(/hint: sigmoid is not implemented yet/);
    expect(text).toMatch(/Score: 0 \/ 4/);
    expect(JSON.parse(formatReport(r, 'json'))).toMatchObject({ schema: 'dlf-grade-report/1', score: 0, maxScore: 4, seed: 9 });
    const xml = formatReport(r, 'junit');
    expect(xml).toMatch(/^<\?xml/);
    expect(xml).toMatch(/<testsuite name="sigmoid" tests="10" failures="0" errors="10"/);
    expect((xml.match(/<testcase /g) ?? []).length).toBe(r.tests.length);
    expect(formatReport(r, 'markdown')).toMatch(/\| ❌ \| `sigmoid` \| 0 \/ 2 \| 0\/10 \|/);
  });
});

describe('dlf grade (CLI)', () => {
  // The CLI takes seconds to start (it loads every command), so few end-to-end runs here.
  it('prints only the report on stdout, replays a seed, and has --help', () => {
    const a = cli('grade', 'grader/examples/correct', '--seed', '42', '--format', 'json', '--only', 'softmax,matVec');
    expect(a.status).toBe(0);
    const r = JSON.parse(a.stdout) as Report;
    expect(r.score).toBe(points('softmax', 'matVec'));
    expect(r.seed).toBe(42);
    const help = cli('grade', '--help');
    for (const flag of ['--suite', '--seed', '--format', '--only', '--reveal', '--watch']) expect(help.stdout).toContain(flag);
  });

  it('npm run grade (the standalone entry) rejects bad input with a one-line error and a non-zero exit', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.grade).toBe('node grader/bin/grade.js');
    const r = spawnSync(process.execPath, [join(ROOT, 'grader/bin/grade.js'), 'grader/examples/correct', '--seed', 'abc'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^dlf: --seed should be an integer .* got "abc"/);
  });

  it('validates every option (in-process)', async () => {
    const base: GradeArgs = { dir: CORRECT, suite: 'all', format: 'text', reveal: false, watch: false, callTimeout: 5000, timeLimit: 60000, memory: 256 };
    expect(() => gradeOptions({ ...base, seed: '-1' })).toThrow(/--seed should be an integer .* got "-1"/);
    expect(() => gradeOptions({ ...base, seed: '4294967296' })).toThrow(/got "4294967296"/);
    expect(() => gradeOptions({ ...base, only: 'sigmoid,nope' })).toThrow(/unknown function "nope" in --only/);
    expect(() => gradeOptions({ ...base, callTimeout: -5 })).toThrow(/--call-timeout should be a positive number, got "-5"/);
    expect(() => gradeOptions({ ...base, memory: NaN })).toThrow(/--memory/);
    expect(gradeOptions({ ...base, seed: '42', only: 'sigmoid, relu' })).toMatchObject({ seed: 42, only: ['sigmoid', 'relu'] });
    await expect(gradeSubmission('no/such/dir')).rejects.toThrow(/submission folder not found: no\/such\/dir/);
  });
});
