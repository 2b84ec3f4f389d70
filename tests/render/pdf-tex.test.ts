/**
 * Printing and typesetting with the real tools, when installed: a worksheet PDF printed by headless
 * Chromium (page count and text read back with pdfinfo/pdftotext), and the .tex compiled by
 * pdflatex. Each test is skipped, with the reason in its name, when its tool is missing.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeWorksheets } from '../../generator/worksheet/build.js';
import { defaultSpec, parseSpec } from '../../generator/worksheet/spec.js';
import { findChromium } from '../../generator/render/pdf.js';
import { tempDir } from '../worksheet/helpers.js';

const has = (cmd: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const chromium = findChromium() !== null && has('pdftotext') && has('pdfinfo');
const pdflatex = has('pdflatex');

describe('PDF via headless Chromium', () => {
  it.skipIf(!chromium)(`prints worksheet, key and combined key${chromium ? '' : ' — SKIPPED: chromium or poppler-utils not installed (apt-get install chromium poppler-utils)'}`, async () => {
    const out = tempDir('pdf');
    const spec = parseSpec({ questions: [{ exercise: 'one-hot', params: { classes: 4, label: 1, vector: [0, 0, 1, 0] } }, { exercise: 'one-hot' }] }, 'test');
    const s = await makeWorksheets({ spec, students: [{ id: 'P01', name: 'Higa Yui' }], seed: 3, title: 'PDF test sheet', lang: 'en', formats: ['pdf'], outDir: out });
    expect(s.pdfs).toBe(3);
    const pdf = join(out, 'students', 'P01', 'worksheet.pdf');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(1);
    expect(info).toMatch(/Page size:.*\(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const s of ['PDF test sheet', 'Higa Yui', 'P01', 'Question 1', 'Question 2', 'One-hot encoding', 'q2.index']) expect(text).toContain(s);
    const key = execFileSync('pdftotext', [join(out, 'students', 'P01', 'key.pdf'), '-'], { encoding: 'utf8' });
    expect(key).toContain('Worked solution');
  });
});

describe('LaTeX', () => {
  it.skipIf(!pdflatex)(`compiles every registered exercise's worksheet and key with pdflatex${pdflatex ? '' : ' — SKIPPED: pdflatex not installed (apt-get install texlive-latex-recommended texlive-pictures)'}`, async () => {
    const out = tempDir('tex');
    await makeWorksheets({ spec: defaultSpec(), students: [{ id: 'T01', name: 'Kinjo Ren & co.' }], seed: 9, title: 'TeX: 100% {safe} #1 $x_1$', lang: 'en', formats: ['tex'], outDir: out });
    const dir = join(out, 'students', 'T01');
    for (const f of ['worksheet', 'key']) {
      try {
        execFileSync('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', `${f}.tex`], { cwd: dir, stdio: 'pipe', timeout: 60_000 });
      } catch (err) {
        const log = String((err as { stdout?: Buffer }).stdout ?? '');
        writeFileSync(join(dir, `${f}.failed.log`), log);
        throw new Error(`pdflatex ${f}.tex failed: ${log.split('\n').filter((l) => l.startsWith('!')).slice(0, 3).join(' | ')}`);
      }
      expect(existsSync(join(dir, `${f}.pdf`))).toBe(true);
    }
  });
});
