/**
 * `dlf autograder github`: build the sealed suite (reference + hidden-case generators, build.ts),
 * encrypt it with a fresh random AES-256-GCM key into `<starter>/.dlf/suite.enc`, refresh the
 * starter's runtime to match, and write the key (base64) to `--key-out` with mode 0600. The key is
 * never printed; it must not be written inside the starter (it would be committed).
 *
 * @example
 *   await buildGithubSuite({ starterDir: 'dl-assignment', keyOut: 'suite-key.txt' });
 *   // then: gh secret set DLF_SUITE_KEY < suite-key.txt
 */
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { DlfError } from '../../generator/engine/errors.js';
import { buildPublicRuntime, buildSealedSuite } from './build.js';
import { encodeKey, encryptSuite, newSuiteKey } from './crypto.js';
import { SUITE_ENC } from './runtime/load-suite.js';
import { writeRuntime } from './starter.js';

export interface GithubSuiteOptions {
  starterDir: string;
  keyOut: string;
  /** Replace an existing key file (the old key then no longer decrypts the new suite). */
  force?: boolean;
}

export async function buildGithubSuite(opts: GithubSuiteOptions): Promise<{ suiteFile: string; keyFile: string; bytes: number }> {
  const starter = resolve(opts.starterDir);
  const keyFile = resolve(opts.keyOut);
  if (!existsSync(join(starter, 'package.json')) || !existsSync(join(starter, '.dlf'))) {
    throw new DlfError(`${opts.starterDir} is not a starter repository (no package.json/.dlf); create it with \`dlf starter ${opts.starterDir}\``);
  }
  const inside = relative(starter, keyFile);
  if (!inside.startsWith('..') && !inside.startsWith(sep) && inside !== keyFile) {
    throw new DlfError(`--key-out ${opts.keyOut} is inside the starter repository, so it would be committed; write the key elsewhere`);
  }
  if (existsSync(keyFile) && !opts.force) throw new DlfError(`${opts.keyOut} already exists; pass --force to replace it (and update the secret)`);
  const runtime = await buildPublicRuntime();
  const sealed = await buildSealedSuite(runtime.proxied);
  const key = newSuiteKey();
  const blob = encryptSuite(sealed, key);
  writeFileSync(keyFile, `${encodeKey(key)}\n`, { mode: 0o600 });
  chmodSync(keyFile, 0o600);
  await writeRuntime(join(starter, '.dlf'), runtime);
  const suiteFile = join(starter, '.dlf', SUITE_ENC);
  writeFileSync(suiteFile, blob);
  return { suiteFile, keyFile, bytes: blob.length };
}
