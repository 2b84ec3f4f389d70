/**
 * Locate the submission inside an upload (Gradescope): students may upload the repository (with
 * `src/index.ts`), the `src` folder itself, or loose files (`index.ts`, `network.ts`, …). Loose or
 * nested files are copied into a temporary folder as `src/` so the grader sees the usual layout.
 *
 * @example
 *   const s = findSubmission('/autograder/submission');
 *   await gradeSubmission(s.dir);
 *   s.cleanup();
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';

export interface FoundSubmission {
  dir: string;
  /** Set when the files were not in the expected layout (shown to the student). */
  notice?: string;
  cleanup: () => void;
}

function findIndex(dir: string, depth: number): string | undefined {
  if (existsSync(join(dir, 'index.ts'))) return dir;
  if (depth === 0) return undefined;
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const sub = join(dir, name);
    if (!statSync(sub).isDirectory()) continue;
    const hit = findIndex(sub, depth - 1);
    if (hit) return hit;
  }
  return undefined;
}

export function findSubmission(upload: string): FoundSubmission {
  if (!existsSync(upload)) throw new Error(`the submission folder ${upload} does not exist`);
  if (existsSync(join(upload, 'src', 'index.ts'))) return { dir: upload, cleanup: () => {} };
  const at = findIndex(upload, 3);
  if (!at) throw new Error('no index.ts found in the submission: upload src/index.ts and the files it imports (or your whole repository)');
  if (basename(at) === 'src') return { dir: dirname(at), notice: `Graded ${relative(upload, at)}/ as src/.`, cleanup: () => {} };
  const tmp = mkdtempSync(join(tmpdir(), 'dlf-upload-'));
  cpSync(at, join(tmp, 'src'), { recursive: true });
  return { dir: tmp, notice: `Your files (${relative(upload, at) || 'top level'}) were graded as src/.`, cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}
