/**
 * `dlf starter <out-dir>`: write a ready student repository — typed stubs in `src/`, the public
 * fixtures in `tests/public/`, the grading runtime in `.dlf/` (built by build.ts: no reference code,
 * no hidden cases), `package.json` + `package-lock.json` (`npm ci && npm run grade`), a student
 * README with the formulas and the GitHub Classroom workflow. Add the encrypted hidden suite with
 * `dlf autograder github` (github-suite.ts).
 *
 * @example
 *   const { files } = await exportStarter({ outDir: 'dl-assignment' });
 */
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DlfError } from '../../generator/engine/errors.js';
import { RUNNER } from '../sandbox/child.js';
import { PUBLIC_DIR } from '../suites/load.js';
import { buildPublicRuntime, type PublicRuntime } from './build.js';
import { starterPackage } from './lockfile.js';
import { studentReadme } from './student-readme.js';
import { stubFiles } from './stubs.js';
import { classroomWorkflow } from './workflow.js';

export interface StarterOptions {
  outDir: string;
  /** Write into a non-empty folder (files of the starter are overwritten, others are kept). */
  force?: boolean;
  title?: string;
}

const TSCONFIG = {
  compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, noUncheckedIndexedAccess: false },
  include: ['src'],
};

/** Write `.dlf/grade.mjs` and `.dlf/runner.mjs` (shared with the Gradescope bundle). */
export async function writeRuntime(dlfDir: string, runtime?: PublicRuntime): Promise<PublicRuntime> {
  const built = runtime ?? (await buildPublicRuntime());
  mkdirSync(dlfDir, { recursive: true });
  writeFileSync(join(dlfDir, 'grade.mjs'), built.code);
  cpSync(RUNNER, join(dlfDir, 'runner.mjs'));
  return built;
}

export async function exportStarter(opts: StarterOptions): Promise<{ dir: string; files: string[] }> {
  const dir = resolve(opts.outDir);
  if (existsSync(dir) && readdirSync(dir).length > 0 && !opts.force) {
    throw new DlfError(`${opts.outDir} is not empty; choose a new folder or pass --force to overwrite the starter's files`);
  }
  const { packageJson, lock } = starterPackage(basename(dir).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'dl-assignment');
  const files: Record<string, string> = {
    ...stubFiles(),
    'package.json': packageJson,
    'package-lock.json': lock,
    'README.md': studentReadme({ title: opts.title }),
    '.github/workflows/classroom.yml': classroomWorkflow(),
    '.gitignore': 'node_modules/\ndlf-junit.xml\n',
    'tsconfig.json': `${JSON.stringify(TSCONFIG, null, 2)}\n`,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  mkdirSync(join(dir, 'tests', 'public'), { recursive: true });
  const fixtures = readdirSync(PUBLIC_DIR).filter((f) => f.endsWith('.json'));
  for (const f of fixtures) cpSync(join(PUBLIC_DIR, f), join(dir, 'tests', 'public', f));
  await writeRuntime(join(dir, '.dlf'));
  return { dir, files: [...Object.keys(files), ...fixtures.map((f) => `tests/public/${f}`), '.dlf/grade.mjs', '.dlf/runner.mjs'].sort() };
}
