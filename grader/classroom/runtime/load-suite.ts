/**
 * Find, decrypt and install the hidden suite in the grader's own process. Looks in the runtime's
 * folder (`.dlf/`) for `suite.mjs` (plain: the instructor-only Gradescope zip) or `suite.enc`
 * (encrypted: a student repository, key in `DLF_SUITE_KEY`). The decrypted module is imported from a
 * data: URL — it never touches the disk, so the sandbox (which may read only the submission bundle)
 * cannot see it; the key is removed from `process.env` as soon as it is read.
 *
 * @example
 *   const s = await loadHiddenSuite({ dlfDir: '.dlf', baseDir: '.', keyText: process.env.DLF_SUITE_KEY });
 *   s.status;   // 'loaded' | 'no-key' | 'absent'
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decryptSuite, parseKey } from '../crypto.js';
import { installSealedSuite, type SealedSuite } from './sealed.js';

export const SUITE_ENC = 'suite.enc';
export const SUITE_PLAIN = 'suite.mjs';

export interface SuiteStatus {
  status: 'loaded' | 'no-key' | 'absent';
  /** What to tell the user (on stderr) when the hidden suite is not used. */
  notice?: string;
}

export async function importSuiteSource(source: string, baseDir: string): Promise<void> {
  // The sealed bundle reads this instead of import.meta.url (e.g. to find the `mnist` package).
  (globalThis as Record<string, unknown>).__dlfSealedBaseUrl = pathToFileURL(join(baseDir, 'package.json')).href;
  const mod = (await import(`data:text/javascript;base64,${Buffer.from(source, 'utf8').toString('base64')}`)) as SealedSuite;
  installSealedSuite(mod);
}

export async function loadHiddenSuite(opts: { dlfDir: string; baseDir: string; keyText?: string }): Promise<SuiteStatus> {
  const plain = join(opts.dlfDir, SUITE_PLAIN);
  const enc = join(opts.dlfDir, SUITE_ENC);
  if (existsSync(plain)) {
    await importSuiteSource(readFileSync(plain, 'utf8'), opts.baseDir);
    return { status: 'loaded' };
  }
  if (!existsSync(enc)) {
    return { status: 'absent', notice: 'this repository has no hidden suite: grading the public cases only.' };
  }
  if (opts.keyText === undefined || opts.keyText.trim() === '') {
    return {
      status: 'no-key',
      notice: 'hidden tests are encrypted and run only in GitHub Classroom (DLF_SUITE_KEY is not set here): grading the public cases only. Your final grade also includes the hidden cases.',
    };
  }
  const source = decryptSuite(readFileSync(enc), parseKey(opts.keyText));
  await importSuiteSource(source, opts.baseDir);
  return { status: 'loaded' };
}
