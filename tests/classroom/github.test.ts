/**
 * Hidden tests in GitHub Classroom: the encrypted suite round trip with and without the key, the
 * reporter's result format, wrong keys and tampered files, hints from sealed modules, and a hostile
 * submission that looks for the key and the suite.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGithubSuite } from '../../grader/classroom/github-suite.js';
import { decryptSuite, encryptSuite, newSuiteKey, parseKey, SuiteDecryptError } from '../../grader/classroom/crypto.js';
import { copyCorrect, ROOT, runRuntime, tempStarter } from './helpers.js';

const decode = (outputFile: string) => JSON.parse(Buffer.from(readFileSync(outputFile, 'utf8').trim().replace(/^result=/, ''), 'base64').toString('utf8'));

describe('encrypted hidden suite', () => {
  it('crypto: round trip, wrong key and tampering are told apart', () => {
    const key = newSuiteKey();
    const blob = encryptSuite('export const answer = 42;', key);
    expect(decryptSuite(blob, key)).toBe('export const answer = 42;');
    expect(blob.includes(Buffer.from('answer'))).toBe(false);
    expect(() => decryptSuite(blob, newSuiteKey())).toThrow(/wrong key/);
    const bad = Buffer.from(blob);
    bad[bad.length - 3] ^= 1;
    expect(() => decryptSuite(bad, key)).toThrow(/modified or is corrupted/);
    expect(() => parseKey('not a key')).toThrow(SuiteDecryptError);
  });

  it('CLI writes the key with mode 0600, never prints it, and refuses a key inside the repo', async () => {
    const { dir } = await tempStarter({ link: false });
    const keyOut = join(mkdtempSync(join(tmpdir(), 'dlf-key-')), 'k.txt');
    const run = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'generator/bin/dlf.js'), ...args], { encoding: 'utf8' });
    const r = run(['autograder', 'github', '--starter', dir, '--key-out', keyOut]);
    expect(r.status, r.stderr).toBe(0);
    const key = readFileSync(keyOut, 'utf8').trim();
    expect(parseKey(key)).toHaveLength(32);
    expect(statSync(keyOut).mode & 0o777).toBe(0o600);
    expect(r.stdout + r.stderr).not.toContain(key);
    expect(r.stdout).toContain('gh secret set DLF_SUITE_KEY');
    await expect(buildGithubSuite({ starterDir: dir, keyOut: join(dir, 'key.txt') })).rejects.toThrow(/inside the starter repository/);
    await expect(buildGithubSuite({ starterDir: dir, keyOut: keyOut })).rejects.toThrow(/already exists/);
  }, 60_000);

  it('with the key: public + hidden cases, reporter result, summary and JUnit; without: public only / error in CI', async () => {
    const { dir, keyFile } = await tempStarter({ hidden: true });
    copyCorrect(dir);
    const key = readFileSync(keyFile, 'utf8');
    const out = join(dir, '..', 'gh-output');
    const summary = join(dir, '..', 'gh-summary');
    const only = ['--only', 'sigmoid,softmax,backprop,initNetwork', '--seed', '11'];
    const ci = runRuntime(dir, ['--github', ...only], { DLF_SUITE_KEY: key, GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: summary });
    expect(ci.code, ci.stderr).toBe(0);
    const result = decode(out);
    expect(result).toMatchObject({ version: 1, status: 'pass', max_score: 30 }); // sigmoid 2 + softmax 5 + backprop 15 + initNetwork 8
    expect(result.tests.map((t: { name: string }) => t.name.split(' ')[0])).toEqual(['sigmoid', 'softmax', 'backprop', 'initNetwork']);
    for (const t of result.tests) {
      expect(t).toMatchObject({ status: 'pass', score: t.max_score });
      expect(typeof t.message).toBe('string');
      expect(t.filename).toMatch(/^src\/\w+\.ts$/);
    }
    expect(readFileSync(summary, 'utf8')).toContain('## Grade: 30 / 30');
    expect(readFileSync(join(dir, 'dlf-junit.xml'), 'utf8')).toContain('<testsuites');
    const local = JSON.parse(runRuntime(dir, ['--format', 'json', ...only], { DLF_SUITE_KEY: key }).stdout);
    expect(local.suite).toBe('all');
    expect(local.tests.some((t: { suite: string }) => t.suite === 'hidden')).toBe(true);

    const noKey = runRuntime(dir, ['--format', 'json', ...only]);
    expect(noKey.code).toBe(0);
    expect(noKey.stderr).toMatch(/DLF_SUITE_KEY is not set here\): grading the public cases only/);
    expect(JSON.parse(noKey.stdout).suite).toBe('public');
    expect(runRuntime(dir, ['--suite', 'hidden']).stderr).toMatch(/needs the hidden suite/);
    const ciNoKey = runRuntime(dir, ['--github', ...only], { GITHUB_OUTPUT: out + '2' });
    expect(ciNoKey.code).toBe(1);
    expect(decode(out + '2')).toMatchObject({ version: 1, status: 'error', tests: [{ status: 'error', score: 0 }] });
  }, 60_000);

  it('wrong key and tampered suite give clear errors', async () => {
    const { dir } = await tempStarter({ hidden: true });
    const wrong = runRuntime(dir, [], { DLF_SUITE_KEY: newSuiteKey().toString('base64') });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/wrong key: DLF_SUITE_KEY does not belong to this hidden suite/);
    const enc = join(dir, '.dlf', 'suite.enc');
    const blob = readFileSync(enc);
    blob[blob.length - 10] ^= 0x40;
    writeFileSync(enc, blob);
    const { keyFile } = { keyFile: join(dir, '..', 'suite-key.txt') };
    const out = join(dir, '..', 'out');
    const tampered = runRuntime(dir, ['--github', '--only', 'sigmoid'], { DLF_SUITE_KEY: readFileSync(keyFile, 'utf8'), GITHUB_OUTPUT: out });
    expect(tampered.code).toBe(1);
    expect(decode(out).tests[0].message).toMatch(/modified or is corrupted/);
  }, 60_000);

  it('hints that need the reference work through the decrypted suite', async () => {
    const { dir, keyFile } = await tempStarter({ hidden: true });
    copyCorrect(dir);
    const net = join(dir, 'src', 'network.ts');
    const src = readFileSync(net, 'utf8');
    expect(src).toContain('const m = aL.length;');
    writeFileSync(net, src.replace('const m = aL.length;', 'const m = 1;'));
    const r = JSON.parse(runRuntime(dir, ['--format', 'json', '--only', 'backprop', '--seed', '5'], { DLF_SUITE_KEY: readFileSync(keyFile, 'utf8') }).stdout);
    const f = r.functions.find((x: { name: string }) => x.name === 'backprop');
    expect(f.score).toBeLessThan(f.maxScore);
    expect(f.hint).toMatch(/1\/m/);
  }, 60_000);

  it('a hostile submission sees neither the key nor the suite', async () => {
    const { dir, keyFile } = await tempStarter({ hidden: true });
    const key = readFileSync(keyFile, 'utf8').trim();
    writeFileSync(join(dir, 'src', 'activations.ts'), `import { readFileSync } from 'node:fs';
const tryRead = (p: string) => { try { return readFileSync(p, 'utf8').slice(0, 60); } catch (e) { return 'denied:' + (e as { code?: string }).code; } };
export function sigmoid(z: number): number {
  const seen = JSON.stringify(process.env) + '|' + Object.keys(globalThis).filter((k) => k.startsWith('__dlf')).join();
  throw new Error('ENV=' + seen + ' SUITE=' + tryRead(${JSON.stringify(join(dir, '.dlf', 'suite.enc'))}) + ' KEY=' + tryRead(${JSON.stringify(keyFile)}));
}
export const sigmoidPrime = sigmoid, relu = sigmoid, reluPrime = sigmoid;
`);
    const out = join(dir, '..', 'out');
    const r = runRuntime(dir, ['--github', '--only', 'sigmoid', '--format', 'json'], { DLF_SUITE_KEY: key, GITHUB_OUTPUT: out });
    expect(r.code, r.stderr).toBe(0);
    const message: string = decode(out).tests[0].message;
    expect(message).toContain('ENV={}|');
    expect(message).toMatch(/SUITE=denied:ERR_ACCESS_DENIED KEY=denied:ERR_ACCESS_DENIED/);
    expect(r.stdout + r.stderr + message).not.toContain(key);
  }, 60_000);
});
