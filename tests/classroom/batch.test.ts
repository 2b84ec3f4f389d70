/**
 * `dlf grade-batch`: a class with correct, stub, buggy, broken, hostile and empty submissions gets
 * exactly one CSV row each and an offline HTML report; a batch killed with SIGKILL (the grader and
 * its sandboxes) resumes, grading only what is missing, with the same results as an uninterrupted run.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeBatch } from '../../grader/batch/batch.js';
import { csvCell } from '../../grader/batch/csv.js';
import { Progress } from '../../grader/batch/progress.js';
import { ROOT } from './helpers.js';
import { makeSpecials } from './variants.js';

const ONLY = ['sigmoid', 'sigmoidPrime', 'relu', 'reluPrime', 'neuronStep', 'matVec', 'backprop', 'initNetwork'];
const common = { only: ONLY, seed: 21, jobs: 2, callTimeoutMs: 1000, progress: null } as const;
const rows = (csv: string) => csv.trim().split('\n');

describe('grade-batch', () => {
  it('grades every kind of submission, one row each; resumes after SIGKILL with identical results', async () => {
    const work = mkdtempSync(join(tmpdir(), 'dlf-batch-'));
    const subs = join(work, 'subs');
    const ids = makeSpecials(subs);

    const ref = await gradeBatch({ ...common, dir: subs, out: join(work, 'ref.csv'), report: join(work, 'report.html') });
    expect(ref.graded).toBe(ids.length);
    const refCsv = readFileSync(ref.csvFile, 'utf8');
    expect(rows(refCsv)).toHaveLength(ids.length + 1);
    expect(rows(refCsv)[0]).toBe(['id', 'total', 'max_score', ...ONLY, 'status', 'error'].join(','));
    const byId = new Map(ref.results.map((r) => [r.id, r]));
    const max = byId.get('a-correct')!.maxScore;
    expect(byId.get('a-correct')!.total).toBe(max);
    expect(byId.get('b-stub')!.total).toBe(0);
    expect(byId.get('c0-no-1-over-m')!.functions.backprop!.score).toBeLessThan(byId.get('c0-no-1-over-m')!.functions.backprop!.maxScore);
    expect(byId.get('c0-no-1-over-m')!.functions.sigmoid!.status).toBe('passed');
    expect(byId.get('d-broken')!.error).toMatch(/compile errors: src\/linalg\.ts/);
    expect(byId.get('d-broken')!.functions.sigmoid!.status).toBe('passed');
    const hostile = byId.get('e-hostile')!;
    for (const f of ['sigmoid', 'sigmoidPrime', 'relu', 'reluPrime']) expect(hostile.functions[f]!.status, f).not.toBe('passed');
    expect(hostile.functions.sigmoid!.firstFailure).toMatch(/exited with code 0/);
    expect(hostile.functions.sigmoidPrime!.firstFailure).toMatch(/did not return within 1000 ms/);
    expect(hostile.functions.relu!.firstFailure).toMatch(/ERR_ACCESS_DENIED/);
    expect(byId.get('c1-sigmoid-overflow')!.functions.sigmoid!.hint).toMatch(/overflow/);
    expect(hostile.functions.matVec!.status).toBe('passed'); // the rest is still graded
    expect(byId.get('f-empty')!.total).toBe(0);

    const html = readFileSync(join(work, 'report.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('Pass rate per function');
    expect(html).toMatch(/1\/m/); // the most common backprop hint
    expect(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')).not.toMatch(/https?:|<script/);

    // Kill the CLI (and its sandboxes) once two results are stored, then resume.
    const out = join(work, 'grades.csv');
    const results = join(`${out}.d`, 'results');
    const cli = spawn(process.execPath, [join(ROOT, 'generator/bin/dlf.js'), 'grade-batch', subs, '--out', out, '--only', ONLY.join(','), '--seed', '21', '--jobs', '1', '--call-timeout', '1000'], { detached: true, stdio: 'ignore' });
    const exited = new Promise((r) => cli.on('exit', r));
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline && !(existsSync(results) && readdirSync(results).filter((f) => f.endsWith('.json')).length >= 2)) await new Promise((r) => setTimeout(r, 20));
    process.kill(-cli.pid!, 'SIGKILL');
    await exited;
    const before = readdirSync(results).filter((f) => f.endsWith('.json')).length;
    expect(before).toBeGreaterThanOrEqual(2);
    expect(before).toBeLessThan(ids.length);

    const resumed = await gradeBatch({ ...common, dir: subs, out });
    expect(resumed.skipped).toBe(before);
    expect(resumed.graded).toBe(ids.length - before);
    expect(readFileSync(out, 'utf8')).toBe(refCsv);
    const again = await gradeBatch({ ...common, dir: subs, out });
    expect(again.graded).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(refCsv);
    await expect(gradeBatch({ ...common, dir: subs, out, seed: 22 })).rejects.toThrow(/seed 21/);
  }, 150_000);

  it('CSV cells and progress lines', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK()')).toBe("'=HYPERLINK()");
    expect(csvCell(-3)).toBe('-3');
    const lines: string[] = [];
    const p = new Progress(3, { write: (s) => (lines.push(s), true), isTTY: false }, 0);
    p.tick('a');
    p.tick('b');
    p.tick('c');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^grade-batch: \[#+\] 3\/3 .*\/s {2}ETA 0:00 {2}c\n$/);
    const tty: string[] = [];
    new Progress(2, { write: (s) => (tty.push(s), true), isTTY: true, columns: 60 }).tick('x');
    expect(tty[0]).toMatch(/^\r\[#{12} {12}\] 1\/2/);
  });
});
