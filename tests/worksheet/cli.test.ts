/** The real binary: `dlf worksheet` with no arguments in a fresh directory, --help, one-line errors, the worksheet check. */
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../generator/cli/main.js';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from './helpers.js';

const BIN = resolve('generator/bin/dlf.js');
const dlf = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });

describe('dlf worksheet (binary)', () => {
  it('with no arguments writes a default set into ./worksheets and summarises it', () => {
    const cwd = tempDir('cli');
    const r = dlf(['worksheet'], cwd);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Wrote 1 worksheet \(\d+ questions?, [\d.]+ points\) as md,html to worksheets\//);
    for (const f of ['worksheet.md', 'worksheet.html', 'key.md', 'key.html', 'answers.yaml', 'manifest.json']) {
      expect(existsSync(join(cwd, 'worksheets', 'students', 's001', f)), f).toBe(true);
    }
    for (const f of ['key.html', 'assets/sheet.css', 'assets/katex/katex.min.css', 'assets/katex/fonts/KaTeX_Main-Regular.woff2']) {
      expect(existsSync(join(cwd, 'worksheets', f)), f).toBe(true);
    }
  });

  it('prints help and one-line errors without a stack trace (in process)', async () => {
    const cwd = tempDir('cli-err');
    const run = async (args: string[]) => {
      let out = '';
      let err = '';
      const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
      const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
      try {
        const code = await main(args);
        return { code, out, err };
      } finally {
        o.mockRestore();
        e.mockRestore();
      }
    };
    writeFileSync(join(cwd, 'spec.yaml'), 'questions:\n  - exercise: nope\n');
    const bad = await run(['worksheet', '--spec', join(cwd, 'spec.yaml')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^dlf: \S*spec\.yaml: questions\[0\]\.exercise: unknown exercise "nope"[^\n]*\n$/);
    writeFileSync(join(cwd, 'file'), '');
    expect((await run(['worksheet', '--out', join(cwd, 'file', 'sub')])).err).toMatch(/^dlf: cannot create directory .*is a file, not a directory\n$/);
    expect((await run(['worksheet', '--format', 'md,docx'])).err).toBe('dlf: --format: unknown format "docx" (formats: md, html, tex, pdf)\n');
    expect((await run(['check', '--worksheet-dir', join(cwd, 'nowhere'), '--answers-dir', cwd])).err).toMatch(/^dlf: --worksheet-dir \S*nowhere: no such directory\n$/);
    expect((await run(['check'])).err).toMatch(/^dlf: name an exercise/);
    process.env.DLF_CHROMIUM = join(cwd, 'no-such-chromium');
    try {
      const nopdf = await run(['worksheet', '--format', 'md,pdf', '--out', join(cwd, 'pdf-out')]);
      expect(nopdf.err).toMatch(/^dlf: PDF output needs Chromium, which was not found: install it with `apt-get install chromium`/);
      expect(existsSync(join(cwd, 'pdf-out'))).toBe(false);
    } finally {
      delete process.env.DLF_CHROMIUM;
    }
    const made = tempDir('cli-check');
    expect((await run(['worksheet', '--out', made])).code).toBe(0);
    const check = await run(['check', '--worksheet', join(made, 'students/s001/manifest.json'), '--answers', join(made, 'students/s001/answers.yaml')]);
    expect(check.code).toBe(0);
    expect(check.out).toMatch(/Total: 0\/[\d.]+\n$/);
  });
});
