/**
 * Check a whole class: find each student's manifest under the worksheet directory and their answers
 * file under the answers directory, check the sheet, and make one CSV row per student. A missing or
 * unreadable answers file scores 0 with a note — it never stops the run.
 *
 * Students come from `<worksheet-dir>/assignment.json` (so stale folders of an earlier run are not
 * graded), or else from every `students/<id>/manifest.json` (or `<id>/manifest.json`) found there.
 * A student's answers are the first of `<id>.yaml`, `<id>.yml`, `<id>.json`, `<id>/answers.yaml`,
 * `<id>/answers.yml`, `<id>/answers.json` in the answers directory.
 *
 * @example
 *   const result = checkClass('worksheets', 'collected');
 *   writeAtomic('grades.csv', gradesCsv(result));
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DlfError } from '../engine/errors.js';
import { readDataFile } from '../cli/args.js';
import { readManifest, type Manifest } from './manifest.js';
import { readWorksheetAnswers } from './answers.js';
import { checkWorksheet } from './check.js';
import { csvCell } from '../render/escape.js';

export interface GradeRow {
  id: string;
  name: string;
  score: number;
  maxScore: number;
  questions: Record<string, number>;
  answersFile: string | null;
  note: string;
}

export interface ClassResult {
  questionKeys: string[];
  rows: GradeRow[];
}

const ANSWER_NAMES = (id: string) => [`${id}.yaml`, `${id}.yml`, `${id}.json`, join(id, 'answers.yaml'), join(id, 'answers.yml'), join(id, 'answers.json')];

export function findManifests(dir: string): { id: string; path: string }[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new DlfError(`--worksheet-dir ${dir}: no such directory`);
  const assignment = join(dir, 'assignment.json');
  if (existsSync(assignment)) {
    const data = readDataFile(assignment, 'assignment file') as { students?: { id: string }[] };
    if (Array.isArray(data?.students)) return data.students.map((s) => ({ id: String(s.id), path: join(dir, 'students', String(s.id), 'manifest.json') }));
  }
  const base = existsSync(join(dir, 'students')) ? join(dir, 'students') : dir;
  const found = readdirSync(base, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(base, e.name, 'manifest.json')))
    .map((e) => ({ id: e.name, path: join(base, e.name, 'manifest.json') }))
    .sort((a, b) => a.id.localeCompare(b.id));
  if (found.length === 0) throw new DlfError(`--worksheet-dir ${dir}: no students/<id>/manifest.json found (made by \`dlf worksheet\`)`);
  return found;
}

export function findAnswers(answersDir: string, id: string): string | null {
  for (const name of ANSWER_NAMES(id)) {
    const p = join(answersDir, name);
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  return null;
}

export function checkClass(worksheetDir: string, answersDir: string, onProgress?: (done: number, total: number) => void): ClassResult {
  if (!existsSync(answersDir) || !statSync(answersDir).isDirectory()) throw new DlfError(`--answers-dir ${answersDir}: no such directory`);
  const students = findManifests(worksheetDir);
  const keys: string[] = [];
  const rows = students.map(({ id, path }, i): GradeRow => {
    let manifest: Manifest;
    const row: GradeRow = { id, name: '', score: 0, maxScore: 0, questions: {}, answersFile: null, note: '' };
    try {
      manifest = readManifest(path);
    } catch (err) {
      row.note = `manifest: ${(err as Error).message}`;
      onProgress?.(i + 1, students.length);
      return row;
    }
    row.name = manifest.student.name;
    row.maxScore = manifest.maxScore;
    for (const q of manifest.questions) {
      if (!keys.includes(q.key)) keys.push(q.key);
      row.questions[q.key] = 0;
    }
    row.answersFile = findAnswers(answersDir, id);
    if (!row.answersFile) row.note = `no answers file (looked for ${ANSWER_NAMES(id).map((n) => join(answersDir, n)).slice(0, 2).join(', ')}, …)`;
    else {
      try {
        const report = checkWorksheet(manifest, readWorksheetAnswers(row.answersFile));
        row.score = report.score;
        for (const q of report.questions) row.questions[q.key] = q.score;
        if (report.warnings.length) row.note = report.warnings.join('; ');
      } catch (err) {
        row.note = err instanceof DlfError ? err.message : `internal error: ${(err as Error).message}`;
      }
    }
    onProgress?.(i + 1, students.length);
    return row;
  });
  return { questionKeys: keys, rows };
}

export function gradesCsv(r: ClassResult): string {
  const header = ['id', 'name', 'score', 'max', 'percent', ...r.questionKeys, 'note'];
  const lines = [header.join(',')];
  for (const row of r.rows) {
    const pct = row.maxScore > 0 ? Math.round((row.score / row.maxScore) * 1000) / 10 : 0;
    lines.push([row.id, row.name, row.score, row.maxScore, pct, ...r.questionKeys.map((k) => row.questions[k] ?? ''), row.note].map(csvCell).join(','));
  }
  return `${lines.join('\n')}\n`;
}

export function classSummary(r: ClassResult, out: string | undefined): string {
  const n = r.rows.length;
  const mean = n ? r.rows.reduce((s, x) => s + x.score, 0) / n : 0;
  const max = r.rows[0]?.maxScore ?? 0;
  const missing = r.rows.filter((x) => !x.answersFile).length;
  const notes = r.rows.filter((x) => x.answersFile && x.note).length;
  return `Checked ${n} student${n === 1 ? '' : 's'}: mean ${Math.round(mean * 100) / 100}/${max}${missing ? `, ${missing} without an answers file (0 points)` : ''}${notes ? `, ${notes} with notes` : ''}${out ? ` → ${out}` : ''}\n`;
}
