/**
 * Where Linux allows it (unshare -rn), the student's code runs without a network: a submission
 * that tries to send data to a server on this machine reaches nothing, and still gets graded.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gradeSubmission } from '../../grader/index.js';
import { canIsolateNetwork } from '../../grader/sandbox/child.js';
import { patchedCorrect, points } from './helpers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const isolated = canIsolateNetwork();

describe('sandbox: network', () => {
  it.skipIf(!isolated)(`a submission cannot reach a server on this machine${isolated ? '' : ' — SKIPPED: unshare -rn is not available here'}`, async () => {
    let hits = 0;
    const server = createServer((_req, res) => {
      hits++;
      res.end('ok');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    try {
      const dir = patchedCorrect([]);
      dirs.push(dir);
      renameSync(join(dir, 'src/index.ts'), join(dir, 'src/all.ts'));
      writeFileSync(join(dir, 'src/index.ts'), `export * from './all.js';
        const leak = (what: string) => { fetch('http://127.0.0.1:${port}/' + what).catch(() => {}); };
        leak('on-load');
        export function relu(z: number): number { leak('call-' + z); return Math.max(0, z); }
      `);
      const r = await gradeSubmission(dir, { suite: 'public', seed: 1, only: ['relu'] });
      await new Promise((res) => setTimeout(res, 300)); // let any request that got out arrive
      expect(r.sandbox.networkBlocked).toBe(true);
      expect(r.functions.find((f) => f.name === 'relu')!.score).toBe(points('relu'));
      expect(hits).toBe(0);
    } finally {
      server.close();
    }
  });

  it('reports whether the network was blocked', async () => {
    const dir = patchedCorrect([]);
    dirs.push(dir);
    const r = await gradeSubmission(dir, { suite: 'public', seed: 1, only: ['sigmoid'] });
    expect(r.sandbox.networkBlocked).toBe(isolated);
  });
});
