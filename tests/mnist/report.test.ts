/**
 * The MNIST pictures (grader/mnist/render.ts) and `dlf mnist-report` through the real binary:
 * digits drawn from their pixels, the confusion matrix, the misclassified grid, escaping, no
 * external URLs or scripts, and a clear page when training failed.
 *
 * @example
 *   npx vitest run tests/mnist/report.test.ts
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digitPixels, mnistSplit, PIXELS } from '../../grader/mnist/data.js';
import { confusionSvg, digitSvg, GRID_LIMIT, mnistPage, mnistSection, pickMisclassified, type MnistDetails } from '../../grader/mnist/render.js';
import { runDlf } from '../cli/run.js';
import { makeSubmission } from '../grader/helpers.js';

const test = mnistSplit().test;
const confusion = Array.from({ length: 10 }, (_, i) => Array.from({ length: 10 }, (_, j) => (i === j ? 90 : j === (i + 1) % 10 ? 10 : 0)));
const misclassified = Array.from({ length: 100 }, (_, k) => ({ index: k * 10, label: test.labels[k * 10]!, predicted: (test.labels[k * 10]! + 1) % 10 }));
const details: MnistDetails = { accuracy: 0.9, correct: 900, n: 1000, passAccuracy: 0.866, referenceAccuracy: 0.906, confusion, misclassified };
const noExternal = (html: string) => html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '');

describe('MNIST pictures', () => {
  it('draws a digit from its pixels: ink where the pixels are, runs merged, blank digit = background only', () => {
    const svg = digitSvg(digitPixels(test, 0), 84, 'a <0>');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="84" height="84" viewBox="0 0 28 28"/);
    expect(svg).toContain('aria-label="a &lt;0&gt;"');
    const rects = svg.match(/<rect /g)!.length;
    expect(rects).toBeGreaterThan(20);
    expect(rects).toBeLessThan(PIXELS / 2);
    expect(svg).toContain('fill="rgb(0,0,0)"');
    expect(digitSvg(new Float64Array(PIXELS)).match(/<rect /g)).toHaveLength(1);
    const bar = new Float64Array(PIXELS);
    for (let c = 0; c < 28; c++) bar[5 * 28 + c] = 2; // out of range: clamped to full ink, one merged run
    expect(digitSvg(bar)).toContain('<rect x="0" y="5" width="28" height="1" fill="rgb(0,0,0)"/>');
  });

  it('draws the confusion matrix: 100 cells with their counts and per-class accuracy', () => {
    const svg = confusionSvg(confusion);
    expect(svg.match(/<title>true \d, predicted \d: \d+<\/title>/g)).toHaveLength(100);
    expect(svg).toContain('<title>true 3, predicted 4: 10</title>');
    expect(svg.match(/>90%</g)).toHaveLength(10);
    expect(svg).toContain('predicted digit');
    expect(svg).toContain('true digit');
  });

  it('picks misclassified digits in turn from each class', () => {
    const picked = pickMisclassified(misclassified, 20);
    expect(picked).toHaveLength(20);
    expect(picked.slice(0, 10).map((m) => m.label)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('renders a self-contained, escaped page: no scripts, no external URLs, the grid capped', () => {
    const html = mnistPage({ title: 'MNIST — <script>alert(1)</script>', details, message: 'sgd: "bad" & <worse>', hint: 'shuffle' });
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('sgd: &quot;bad&quot; &amp; &lt;worse&gt;\nhint: shuffle');
    expect(noExternal(html)).not.toMatch(/https?:|url\(|@import|<img|<link/i);
    expect(html.match(/<figure class="dlf-mnist-digit">/g)).toHaveLength(GRID_LIMIT);
    expect(html).toContain(`Misclassified digits (${GRID_LIMIT} of 100)`);
    expect(html).toContain('<b>90.0 %</b> of 1000 held-out digits recognised');
    expect(html).toContain('dlf-mnist-pass');
  });

  it('a section without details (training failed) shows only the message', () => {
    const html = mnistSection({ title: 'MNIST', message: 'sgd: did not return within 60000 ms' });
    expect(html).toContain('did not return within 60000 ms');
    expect(html).not.toContain('<svg');
  });
});

describe('dlf mnist-report', () => {
  it('trains in the sandbox and writes the report; an untrained network shows as a fail with pictures', () => {
    const dir = makeSubmission({ 'src/index.ts': 'export function sgd(net: unknown) { return net; }\n' });
    const out = join(mkdtempSync(join(tmpdir(), 'dlf-mnist-')), 'r.html');
    const r = runDlf(['mnist-report', dir, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote .*r\.html: accuracy \d+\.\d % \(fail, pass from 86\.6 %\)\n$/);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('dlf-mnist-fail');
    expect(html).toContain('unchanged');
    expect(html.match(/<figure class="dlf-mnist-digit">/g)).toHaveLength(GRID_LIMIT);
  });

  it('reports a broken submission in the page, and rejects a bad --timeout', () => {
    const dir = makeSubmission({ 'src/index.ts': 'export function sgd() { throw new Error("boom"); }\n' });
    const out = join(mkdtempSync(join(tmpdir(), 'dlf-mnist-')), 'r.html');
    const r = runDlf(['mnist-report', dir, '--out', out]);
    expect(r.stdout).toMatch(/error: sgd: threw Error: boom/);
    expect(readFileSync(out, 'utf8')).toContain('threw Error: boom');
    const bad = runDlf(['mnist-report', dir, '--timeout', '-1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^dlf: --timeout should be a positive number of seconds, got -1/);
  });
});
