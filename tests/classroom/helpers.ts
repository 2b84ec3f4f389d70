/**
 * Helpers for the classroom tests: export a starter into a temp folder (its node_modules linked to
 * this repository's, so no install is needed except in the one `npm ci` test), add the encrypted
 * suite, and run the starter's runtime like `npm run grade` with a chosen environment.
 *
 * @example
 *   const { dir, keyFile } = await tempStarter({ hidden: true });
 *   const r = runRuntime(dir, ['--format', 'json'], { DLF_SUITE_KEY: readFileSync(keyFile, 'utf8') });
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGithubSuite } from '../../grader/classroom/github-suite.js';
import { exportStarter } from '../../grader/classroom/starter.js';
import { CORRECT, ROOT } from './variants.js';

export { CORRECT, ROOT };

export async function tempStarter(opts: { hidden?: boolean; link?: boolean } = {}): Promise<{ dir: string; keyFile: string }> {
  const base = mkdtempSync(join(tmpdir(), 'dlf-cls-'));
  const dir = join(base, 'starter');
  await exportStarter({ outDir: dir });
  const keyFile = join(base, 'suite-key.txt');
  if (opts.hidden) await buildGithubSuite({ starterDir: dir, keyOut: keyFile });
  if (opts.link !== false) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, keyFile };
}

export function copyCorrect(dir: string): void {
  for (const f of readdirSync(join(CORRECT, 'src'))) cpSync(join(CORRECT, 'src', f), join(dir, 'src', f));
}

export function runRuntime(dir: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(dir, '.dlf', 'grade.mjs'), ...args], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env }, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under dir (relative paths), skipping node_modules. */
export function listTree(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.name === 'node_modules') return [];
    return e.isDirectory() ? listTree(dir, rel) : [rel];
  });
}
