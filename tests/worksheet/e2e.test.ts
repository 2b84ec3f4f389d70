/**
 * End to end: a 30-student roster → worksheets → every answers template filled from the key → the
 * class checked: all full marks; blank templates → all zero; missing files → 0 with a note.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runWorksheet } from '../../generator/cli/commands/worksheet.js';
import { classCheckOutput, worksheetCheckOutput } from '../../generator/cli/commands/check.js';
import { readManifest } from '../../generator/worksheet/manifest.js';
import { checkClass, gradesCsv } from '../../generator/worksheet/class.js';
import { exercises } from '../../exercises/index.js';
import { fillFromKey, tempDir } from './helpers.js';

const roster = ['id,name', ...Array.from({ length: 30 }, (_, i) => `S${String(i + 1).padStart(2, '0')},"Student ${i + 1}, Okinawa"`)].join('\n');

describe('worksheet end to end (30 students, every registered exercise)', () => {
  const dir = tempDir('e2e');
  const out = join(dir, 'worksheets');
  writeFileSync(join(dir, 'roster.csv'), roster);
  const ready = runWorksheet({ students: join(dir, 'roster.csv'), out, seed: '2024', format: 'md', title: 'E2E' });

  it('writes a sheet, key, answers template and manifest per student', async () => {
    const s = await ready;
    expect(s.students).toBe(30);
    expect(s.questions).toBe(exercises.length);
    const m = readManifest(join(out, 'students', 'S07', 'manifest.json'));
    expect(m.student).toEqual({ id: 'S07', name: 'Student 7, Okinawa' });
    expect(m.questions.map((q) => q.exercise)).toEqual(exercises.map((e) => e.id));
    expect(readFileSync(join(out, 'students', 'S07', 'key.md'), 'utf8')).toContain('Student 7, Okinawa');
  });

  it('gives students different numbers', async () => {
    await ready;
    const params = ['S01', 'S02', 'S03'].map((id) => JSON.stringify(readManifest(join(out, 'students', id, 'manifest.json')).questions.map((q) => q.params)));
    expect(new Set(params).size).toBe(3);
  });

  it('blank templates: every student 0, no crash', async () => {
    await ready;
    const result = checkClass(out, join(out, 'students'));
    expect(result.rows).toHaveLength(30);
    for (const row of result.rows) {
      expect(row.score).toBe(0);
      expect(row.maxScore).toBeGreaterThan(0);
    }
  });

  it('answers filled from the key: every student full marks', async () => {
    await ready;
    const answersDir = join(dir, 'collected');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(answersDir);
    for (let i = 1; i <= 30; i++) {
      const id = `S${String(i).padStart(2, '0')}`;
      const sd = join(out, 'students', id);
      writeFileSync(join(answersDir, `${id}.yaml`), fillFromKey(readFileSync(join(sd, 'answers.yaml'), 'utf8'), readManifest(join(sd, 'manifest.json'))));
    }
    rmSync(join(answersDir, 'S30.yaml'));
    writeFileSync(join(answersDir, 'S29.yaml'), 'q1: [unclosed');
    const csvPath = join(dir, 'grades.csv');
    const { stdout } = classCheckOutput({ worksheetDir: out, answersDir, out: csvPath, format: 'text', lang: 'en' });
    expect(stdout).toMatch(/Checked 30 students.*1 without an answers file/);
    const rows = readFileSync(csvPath, 'utf8').trim().split('\n');
    expect(rows).toHaveLength(31);
    expect(rows[0]).toMatch(/^id,name,score,max,percent,q1,/);
    for (const line of rows.slice(1, 29)) expect(line).toMatch(/,100,/);
    expect(rows[29]).toMatch(/^S29,.*,0,\d+,0,.*not valid YAML/);
    expect(rows[30]).toMatch(/^S30,.*,0,\d+,0,.*no answers file/);
    const text = worksheetCheckOutput({ worksheet: join(out, 'students', 'S01', 'manifest.json'), answers: join(answersDir, 'S01.yaml'), format: 'json', lang: 'en' });
    const report = JSON.parse(text);
    expect(report.score).toBe(report.maxScore);
    expect(report.questions.every((q: { score: number; points: number }) => q.score === q.points)).toBe(true);
  });

  it('regenerating gives identical sheets', async () => {
    await ready;
    const again = join(dir, 'again');
    await runWorksheet({ students: join(dir, 'roster.csv'), out: again, seed: '2024', format: 'md', title: 'E2E' });
    for (const f of ['worksheet.md', 'key.md', 'answers.yaml', 'manifest.json']) {
      expect(readFileSync(join(again, 'students', 'S05', f), 'utf8')).toBe(readFileSync(join(out, 'students', 'S05', f), 'utf8'));
    }
    expect(gradesCsv(checkClass(again, join(again, 'students')))).toBe(gradesCsv(checkClass(out, join(out, 'students'))));
  });
});
