/**
 * `dlf starter`: the exported repository installs with `npm ci` alone, grades the stubs at 0 without
 * crashing and the example correct submission at full public marks, and contains no reference code
 * or hidden-case source (checked line by line against esbuild's printing of every sealed module).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { buildPublicRuntime, isSealed, REPO_ROOT } from '../../grader/classroom/build.js';
import { FUNCTIONS } from '../../grader/suites/table.js';
import { copyCorrect, listTree, runRuntime, tempStarter } from './helpers.js';

const printed = async (f: string): Promise<string[]> =>
  (await esbuild.transform(readFileSync(join(REPO_ROOT, f), 'utf8'), { loader: f.endsWith('.mjs') ? 'js' : 'ts', format: 'esm' })).code.split('\n').map((l) => l.trim());

/** Distinctive printed lines of the sealed modules (reference, generators, variants, MNIST…) that no public module has. */
async function sealedLines(): Promise<Set<string>> {
  const files = ['grader/reference', 'grader/suites/generators', 'grader/mnist', 'grader/compare', 'grader/suites']
    .flatMap((d) => readdirSync(join(REPO_ROOT, d)).filter((f) => f.endsWith('.ts')).map((f) => `${d}/${f}`))
    .filter(isSealed);
  const lines = new Set<string>();
  for (const f of files) for (const l of await printed(f)) if (l.length >= 28 && !/^(import|export \{|export \*|\/\/|\*)/.test(l)) lines.add(l);
  for (const f of [...(await buildPublicRuntime()).inputs, 'grader/sandbox/runner.mjs']) for (const l of await printed(f)) lines.delete(l);
  return lines;
}

describe('dlf starter', () => {
  it('exports stubs, fixtures, runtime, README and workflow; npm ci && npm run grade → 0, correct → full public marks', async () => {
    const { dir } = await tempStarter({ link: false });
    const files = listTree(dir);
    for (const f of ['package.json', 'package-lock.json', 'README.md', '.github/workflows/classroom.yml', '.dlf/grade.mjs', '.dlf/runner.mjs', 'src/index.ts', 'src/network.ts', 'tests/public/backprop.json']) {
      expect(files).toContain(f);
    }
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    const index = readFileSync(join(dir, 'src/index.ts'), 'utf8');
    for (const { name } of FUNCTIONS) {
      expect(readme).toContain(`### ${name}`);
      expect(index).toMatch(new RegExp(`\\b${name}\\b`));
    }
    expect(readme).toContain('{W^{k+1}}^T');

    const install = spawnSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(install.status, install.stderr).toBe(0);
    const grade = (args: string[]) => spawnSync('npm', ['run', '--silent', 'grade', '--', ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    const stub = grade(['--format', 'json']);
    expect(stub.status, stub.stderr).toBe(0);
    expect(stub.stderr).toMatch(/public cases only/);
    const r0 = JSON.parse(stub.stdout);
    expect(r0.suite).toBe('public');
    expect(r0.score).toBe(0);
    expect(r0.maxScore).toBe(FUNCTIONS.reduce((s, f) => s + f.points, 0));
    expect(r0.tests.every((t: { status: string }) => t.status === 'error')).toBe(true);

    copyCorrect(dir);
    const full = JSON.parse(grade(['--format', 'json']).stdout);
    expect(full.score).toBe(full.maxScore);
    expect(full.tests.length).toBeGreaterThan(100);
  }, 180_000);

  it('contains no reference implementation or hidden-case source', async () => {
    const { dir } = await tempStarter({ hidden: true });
    const lines = await sealedLines();
    expect(lines.size).toBeGreaterThan(100);
    // The detector works: an unminified bundle of the reference is caught.
    const leak = await esbuild.build({ entryPoints: [join(REPO_ROOT, 'grader/reference/index.ts')], bundle: true, format: 'esm', write: false, platform: 'node' });
    expect([...lines].filter((l) => leak.outputFiles[0]!.text.includes(l)).length).toBeGreaterThan(20);
    for (const f of listTree(dir)) {
      const text = readFileSync(join(dir, f), 'latin1');
      const hits = [...lines].filter((l) => text.includes(l));
      expect(hits, `${f} contains sealed code`).toEqual([]);
    }
    expect(listTree(dir).some((f) => /reference|generators/.test(f))).toBe(false);
    expect(runRuntime(dir, ['--only', 'sigmoid']).code).toBe(0);
  });
});
