/**
 * Run the real `dlf` binary (as `npx dlf` would) and capture its output, for CLI tests.
 *
 * @example
 *   const r = runDlf(['list', '--json']);   // { code, stdout, stderr }
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const DLF_BIN = fileURLToPath(new URL('../../generator/bin/dlf.js', import.meta.url));

export function runDlf(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [DLF_BIN, ...args], {
    cwd: opts.cwd,
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
