/**
 * Gradescope: the zip's layout (setup.sh and run_autograder at the root, executable), and the real
 * run_autograder against a temporary /autograder-like root (DLF_AUTOGRADER_ROOT), with results.json
 * checked against the documented field names and types
 * (https://gradescope-autograders.readthedocs.io/en/latest/specs/).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGradescopeZip } from '../../grader/classroom/gradescope-zip.js';
import { readZip } from '../../grader/classroom/zip.js';
import { CORRECT, ROOT } from './helpers.js';

const VIS = ['hidden', 'after_due_date', 'after_published', 'visible'];

/** The documented results.json shape: field names and types, top level and per test. */
function validateResults(r: Record<string, unknown>): void {
  const allowedTop = ['score', 'execution_time', 'output', 'output_format', 'test_output_format', 'test_name_format', 'visibility', 'stdout_visibility', 'extra_data', 'tests', 'leaderboard'];
  for (const k of Object.keys(r)) expect(allowedTop, `unknown top-level field ${k}`).toContain(k);
  expect(typeof r.score).toBe('number');
  expect(typeof r.execution_time).toBe('number');
  expect(typeof r.output).toBe('string');
  expect(Array.isArray(r.tests)).toBe(true);
  const allowedTest = ['score', 'max_score', 'status', 'name', 'name_format', 'number', 'output', 'output_format', 'tags', 'visibility', 'extra_data'];
  for (const t of r.tests as Record<string, unknown>[]) {
    for (const k of Object.keys(t)) expect(allowedTest, `unknown test field ${k}`).toContain(k);
    expect(typeof t.name).toBe('string');
    expect(typeof t.score).toBe('number');
    expect(typeof t.max_score).toBe('number');
    expect(['passed', 'failed']).toContain(t.status);
    expect(typeof t.output).toBe('string');
    expect(VIS).toContain(t.visibility);
    if (t.number !== undefined) expect(typeof t.number).toBe('string');
  }
}

describe('dlf autograder gradescope', () => {
  it('zip layout, then run_autograder grades a submission into results.json', async () => {
    const work = mkdtempSync(join(tmpdir(), 'dlf-gs-'));
    const { file } = await buildGradescopeZip({ out: join(work, 'autograder.zip'), hiddenVisibility: 'after_published' });
    const entries = readZip(readFileSync(file));
    const byName = new Map(entries.map((e) => [e.name, e]));
    expect(byName.get('setup.sh')?.mode).toBe(0o755);
    expect(byName.get('run_autograder')?.mode).toBe(0o755);
    expect(byName.get('setup.sh')!.data.toString()).toMatch(/^#!\/usr\/bin\/env bash[\s\S]*setup_20\.x[\s\S]*npm ci/);
    for (const f of ['package.json', 'package-lock.json', '.dlf/grade.mjs', '.dlf/runner.mjs', '.dlf/suite.mjs', 'tests/public/backprop.json']) expect(byName.has(f), f).toBe(true);
    expect(entries.some((e) => e.name.startsWith('grader/') || e.name.includes('reference'))).toBe(false);
    if (spawnSync('unzip', ['-v']).status === 0) {
      const t = spawnSync('unzip', ['-tq', file], { encoding: 'utf8' });
      expect(t.status, t.stdout).toBe(0);
      expect(spawnSync('zipinfo', [file, 'run_autograder'], { encoding: 'utf8' }).stdout).toMatch(/^-rwxr-xr-x/);
    }

    // An /autograder-like root: source = the zip's contents (dependencies linked instead of setup.sh).
    const root = join(work, 'autograder');
    for (const e of entries) {
      mkdirSync(dirname(join(root, 'source', e.name)), { recursive: true });
      writeFileSync(join(root, 'source', e.name), e.data, { mode: e.mode });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'source', 'node_modules'), 'dir');
    const grade = (submission: (dir: string) => void) => {
      const sub = join(root, 'submission');
      spawnSync('rm', ['-rf', sub, join(root, 'results')]);
      mkdirSync(sub, { recursive: true });
      submission(sub);
      const r = spawnSync(join(root, 'source', 'run_autograder'), ['--only', 'sigmoid,softmax,backprop,initNetwork'], {
        cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', DLF_AUTOGRADER_ROOT: root }, timeout: 120_000,
      });
      expect(r.status, r.stderr).toBe(0);
      const results = JSON.parse(readFileSync(join(root, 'results', 'results.json'), 'utf8'));
      validateResults(results);
      return results;
    };
    // The whole repository uploaded: full marks, public visible, hidden after_published.
    const full = grade((sub) => cpSync(join(CORRECT, 'src'), join(sub, 'src'), { recursive: true }));
    expect(full.score).toBe(30); // sigmoid 2 + softmax 5 + backprop 15 + initNetwork 8
    expect(full.tests).toHaveLength(8);
    expect(full.tests.every((t: { status: string }) => t.status === 'passed')).toBe(true);
    expect(full.tests.filter((t: { visibility: string }) => t.visibility === 'after_published')).toHaveLength(4);
    expect(full.tests.reduce((s: number, t: { score: number }) => s + t.score, 0)).toBeCloseTo(30, 6);
    expect(full.output).toMatch(/Hidden cases \(\d+(\.\d+)? points\) are shown when grades are published/);
    // Loose files uploaded, a broken activations file: graded as src/, only its functions lose points.
    const loose = grade((sub) => {
      cpSync(join(CORRECT, 'src'), sub, { recursive: true });
      const act = join(sub, 'activations.ts');
      writeFileSync(act, readFileSync(act, 'utf8').replace('const e = Math.exp(z);', 'const e = Math.exp(-z);')); // wrong for z < 0
    });
    expect(loose.output).toMatch(/were graded as src\//);
    expect(loose.score).toBeLessThan(30);
    expect(loose.tests.find((t: { name: string }) => t.name.startsWith('initNetwork')).status).toBe('passed');
    expect(loose.tests.find((t: { name: string }) => t.name.startsWith('softmax')).status).toBe('passed');
    expect(loose.tests.find((t: { name: string; visibility: string }) => t.name.startsWith('sigmoid') && t.visibility === 'visible').status).toBe('failed');
    // Nothing to grade: still a valid results.json, with a clear message.
    spawnSync('rm', ['-rf', join(root, 'submission'), join(root, 'results')]);
    mkdirSync(join(root, 'submission'));
    const empty = spawnSync(join(root, 'source', 'run_autograder'), [], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', DLF_AUTOGRADER_ROOT: root } });
    expect(empty.status).toBe(1);
    const err = JSON.parse(readFileSync(join(root, 'results', 'results.json'), 'utf8'));
    validateResults(err);
    expect(err.output).toMatch(/could not grade this submission: no index.ts found/);
  }, 120_000);
});
