/**
 * A class rendered by worker threads (pool.ts) gives exactly the files of a class rendered in one
 * thread: every student's folder, the combined key.md in roster order, and the key.html index.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { makeWorksheets } from '../../generator/worksheet/build.js';
import { defaultSpec } from '../../generator/worksheet/spec.js';
import { countRoster } from '../../generator/worksheet/roster.js';
import { tempDir } from './helpers.js';

function tree(dir: string, root = dir, out: Record<string, string> = {}): Record<string, string> {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) tree(p, root, out);
    else out[relative(root, p)] = readFileSync(p, 'latin1');
  }
  return out;
}

describe('rendering in worker threads', () => {
  it('writes byte-identical files to rendering in one thread', async () => {
    const students = countRoster(7);
    const make = async (workers: number) => {
      const outDir = tempDir(`workers-${workers}`);
      const s = await makeWorksheets({ spec: defaultSpec(), students, seed: 11, title: 'Workers', lang: 'en', formats: ['md', 'html', 'tex'], outDir, workers });
      return { s, files: tree(outDir) };
    };
    const one = await make(0);
    const two = await make(2);
    expect(Object.keys(two.files)).toEqual(Object.keys(one.files));
    for (const k of Object.keys(one.files)) expect(two.files[k] === one.files[k], `${k} differs`).toBe(true);
    expect(two.s.files).toBe(one.s.files);
    const md = one.files['key.md']!;
    const at = students.map((st) => md.indexOf(`## ${st.id}`));
    expect(at.every((x, i) => x > 0 && (i === 0 || x > at[i - 1]!))).toBe(true);
    for (const st of students) expect(one.files['key.html']).toContain(`href="students/${st.id}/key.html"`);
    expect(Object.keys(one.files).filter((f) => f.startsWith('.'))).toEqual([]);
  }, 60_000);

  it('stops with the worker\'s one-line error and leaves no half-written combined key', async () => {
    const outDir = tempDir('workers-err');
    mkdirSync(join(outDir, 'students'));
    writeFileSync(join(outDir, 'students', 's002'), 'in the way');
    await expect(makeWorksheets({ spec: defaultSpec(), students: countRoster(3), seed: 1, title: 'T', lang: 'en', formats: ['md'], outDir, workers: 2 }))
      .rejects.toThrow(/^cannot create directory \S*s002: a file is in the way$/);
    expect(readdirSync(outDir).filter((f) => f.startsWith('.') || f.startsWith('key'))).toEqual([]);
  });
});
