/**
 * Orphaned sandboxes: if the grading process dies (SIGKILL, OOM killer), no sandbox child may keep
 * running. An idle child sees its IPC channel close and exits; a child stuck in a synchronous loop
 * never sees that, so it is ended by its CPU-time limit (RLIMIT_CPU, set by the launcher).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cpuTimeLimitFor, gradeSubmission } from '../../grader/grade.js';
import { makeSubmission, ROOT } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'dlf-orphan-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const LOOP = makeSubmission({
  'src/index.ts': 'export function sigmoid(z: number): number { if (z === 0) for (;;) {} return 1 / (1 + Math.exp(-z)); }\nexport function relu(z: number): number { return Math.max(0, z); }\n' +
    // A timer that would keep an orphaned child alive even when idle (without the disconnect handler).
    'setInterval(() => {}, 1000);\n',
});

/** A grading process of its own: starts a sandbox on LOOP, prints the child's pid, then `action`. */
function driver(name: string, action: string, cpuTimeLimitS: number): string {
  const file = join(work, `${name}.mts`);
  writeFileSync(file, `
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSubmission } from ${JSON.stringify(join(ROOT, 'grader/sandbox/bundle.js'))};
import { Sandbox } from ${JSON.stringify(join(ROOT, 'grader/sandbox/child.js'))};
const out = ${JSON.stringify(join(work, name))};
mkdirSync(out, { recursive: true });
const b = await bundleSubmission(${JSON.stringify(LOOP)}, out);
const box = new Sandbox({ bundleFile: b.file!, cpuTimeLimitS: ${cpuTimeLimitS} });
await box.exports();
console.log('child', (box as unknown as { child: { pid: number } }).child.pid);
${action}
setInterval(() => {}, 1000);
`);
  return file;
}

const cpuSeconds = (pid: number): number | undefined => {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return f[0] === 'Z' ? undefined : (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return undefined; // gone
  }
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Run the driver, wait for its child's pid and `ready(pid)`, SIGKILL the driver; → the child's pid. */
async function killParent(file: string, ready: (pid: number) => boolean): Promise<number> {
  const p = spawn(process.execPath, ['--import', 'tsx', file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let text = '';
  p.stdout.on('data', (c: Buffer) => (text += c.toString()));
  const t0 = Date.now();
  let pid: number | undefined;
  while (Date.now() - t0 < 20_000) {
    const m = /child (\d+)/.exec(text);
    if (m && (pid = Number(m[1])) && ready(pid)) break;
    await sleep(20);
  }
  p.kill('SIGKILL');
  expect(pid, 'the driver never reported its child').toBeDefined();
  return pid!;
}

/** Seconds until `pid` is gone (polled), or Infinity after `maxS`. */
async function goneWithin(pid: number, maxS: number): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < maxS * 1000) {
    if (cpuSeconds(pid) === undefined) return (Date.now() - t0) / 1000;
    await sleep(25);
  }
  try {
    process.kill(pid, 'SIGKILL'); // do not leave it behind if the test fails
  } catch {}
  return Infinity;
}

describe.skipIf(process.platform === 'win32' || !existsSync('/proc/self/stat'))('sandbox children never outlive the grader', () => {
  it('a child stuck in an infinite loop is killed by its CPU-time limit after the parent is SIGKILLed', async () => {
    // sigmoid(0) loops forever; the per-call limit (60 s) is far away, so only RLIMIT_CPU can end it.
    const file = driver('loop', `void box.call('sigmoid', [0], undefined, 60_000);`, 1);
    const pid = await killParent(file, (p) => (cpuSeconds(p) ?? 0) >= 0.2);
    // 1 s of CPU in all (SIGXCPU), of which ≥ 0.2 s were used already; allow for a busy machine.
    expect(await goneWithin(pid, 15)).toBeLessThan(15);
  }, 40_000);

  it('an idle child (its module keeps a timer running) exits as soon as its IPC channel closes', async () => {
    const file = driver('idle', '', 600);
    const pid = await killParent(file, () => true);
    expect(await goneWithin(pid, 5)).toBeLessThan(5);
  }, 30_000);

  it('gradeSubmission sizes the limit from the whole-submission time limit and a looping call is still a timeout', async () => {
    expect(cpuTimeLimitFor(120_000)).toBe(241);
    const r = await gradeSubmission(LOOP, { suite: 'public', seed: 1, only: ['sigmoid', 'relu'], callTimeoutMs: 300, totalTimeoutMs: 1000 });
    expect(r.sandbox.cpuTimeLimitS).toBe(3);
    expect(r.tests.filter((t) => t.status === 'timeout').map((t) => t.name)).toEqual(['public 3: z = 0']);
    expect(r.functions.find((f) => f.name === 'relu')!.score).toBe(r.functions.find((f) => f.name === 'relu')!.maxScore);
  }, 30_000);
});
