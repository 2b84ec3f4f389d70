import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDlf } from './run.js';

const tmp = mkdtempSync(join(tmpdir(), 'dlf-cli-'));

describe('dlf list / generate / check (real binary)', () => {
  it('lists exercises as JSON', () => {
    const r = runDlf(['list', '--json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; parts: unknown[] }[];
    expect(list.map((e) => e.id)).toContain('one-hot');
    expect(list.every((e) => e.parts.length > 0)).toBe(true);
  });

  it('generates JSON with the key and checks the key back to full marks', () => {
    const g = runDlf(['generate', 'one-hot', '--seed', '5', '--key', '--format', 'json']);
    expect(g.code).toBe(0);
    const out = JSON.parse(g.stdout) as { seed: number; params: unknown; parts: { key: string }[]; answers: Record<string, unknown>; steps: unknown[] };
    expect(out.seed).toBe(5);
    expect(out.steps.length).toBeGreaterThan(0);
    const file = join(tmp, 'answers.json');
    writeFileSync(file, JSON.stringify(out.answers));
    const c = runDlf(['check', 'one-hot', '--seed', '5', '--answers', file, '--format', 'json']);
    expect(c.code).toBe(0);
    const report = JSON.parse(c.stdout) as { score: number; maxScore: number; parts: { verdict: string }[] };
    expect(report.score).toBe(report.maxScore);
  });

  it('gives one-line errors and a non-zero exit for bad input', () => {
    const cases: [string[], RegExp][] = [
      [['generate', 'nope'], /unknown exercise "nope"/],
      [['generate', 'one-hot', '--seed', 'abc'], /--seed should be an integer.*"abc"/],
      [['generate', 'one-hot', '--option', 'classes'], /--option should look like key=value/],
      [['generate', 'one-hot', '--option', 'colour=red'], /unknown option "colour"/],
      [['generate', 'one-hot', '--params', '{bad'], /--params is not valid JSON/],
      [['generate', 'one-hot', '--params', '{"classes":4,"label":9,"vector":[0,0,0,1]}'], /one-hot: label should be <= 3, got 9/],
      [['check', 'one-hot', '--answers', join(tmp, 'missing.yaml')], /cannot read answers file .*missing\.yaml: no such file/],
      [['frobnicate'], /Unknown argument|Unknown command|Did you mean/i],
    ];
    for (const [args, re] of cases) {
      const r = runDlf(args);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.stderr, args.join(' ')).toMatch(re);
      expect(r.stderr, args.join(' ')).not.toMatch(/\n\s+at /); // no stack trace
    }
  });

  it('reports a malformed answers file naming the file', () => {
    const file = join(tmp, 'bad.yaml');
    writeFileSync(file, 'y: [1, 2\nindex: : :');
    const r = runDlf(['check', 'one-hot', '--answers', file]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/bad\.yaml: not valid YAML\/JSON/);
  });
});
