/** `--watch`: a change anywhere in the submission (but node_modules/.git) triggers one regrade. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { watchSubmission } from '../../grader/watch.js';

const dir = mkdtempSync(join(tmpdir(), 'dlf-watch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const until = async (cond: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
};

describe('watchSubmission', () => {
  it('regrades once per burst of changes in src/, and not for node_modules', async () => {
    mkdirSync(join(dir, 'src'), { recursive: true });
    mkdirSync(join(dir, 'node_modules'), { recursive: true });
    writeFileSync(join(dir, 'src/index.ts'), 'export {};\n');
    let runs = 0;
    const stop = watchSubmission(dir, async () => {
      runs++;
    }, 250);
    try {
      await new Promise((r) => setTimeout(r, 200));
      writeFileSync(join(dir, 'node_modules/x.js'), '1');
      await new Promise((r) => setTimeout(r, 400));
      expect(runs).toBe(0);
      for (let i = 0; i < 3; i++) writeFileSync(join(dir, 'src/index.ts'), `export const v = ${i};\n`);
      await until(() => runs > 0);
      await new Promise((r) => setTimeout(r, 700));
      expect(runs).toBe(1);
    } finally {
      stop();
    }
  });
});
