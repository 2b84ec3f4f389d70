/**
 * Everything for one student, in one call: build the sheet, format it, write the student's folder
 * (worksheet and key in each text format, figures, answers.yaml, manifest.json), and return their
 * part of the combined key.
 *
 * @example
 *   const r = renderStudent(job, { id: 's001', name: '' }, 0, loadTemplates());
 *   r.chunks.md   // this student's section of worksheets/key.md
 */
import { join } from 'node:path';
import type { Lang } from '../../exercises/types.js';
import type { WorksheetSpec } from './spec.js';
import type { Student } from './roster.js';
import { buildSheet } from './sheet.js';
import { toManifest } from './manifest.js';
import { answersTemplate } from './answers.js';
import { ensureDir, writeAtomic } from '../engine/write.js';
import { type Format, formatView, sheetView } from '../render/view.js';
import { keyChunks, type KeyChunks, studentFiles, type Views } from '../render/files.js';
import type { Templates } from '../render/templates.js';
import { mathProblems } from '../render/html-target.js';

/** What every student's rendering needs (plain data). */
export interface StudentJob {
  spec: WorksheetSpec;
  seed: number;
  title: string;
  lang: Lang;
  textFormats: Format[];
  /** Formats of the combined key made from every student's chunk (md, tex; HTML is an index page). */
  combinedFormats: Format[];
  outDir: string;
  templatesDir?: string;
}

export interface StudentResult {
  files: number;
  maxScore: number;
  chunks: KeyChunks;
  /** Formulas KaTeX could not render (shown as source). */
  mathProblems: string[];
}

export function renderStudent(job: StudentJob, student: Student, index: number, tpl: Templates): StudentResult {
  const sheet = buildSheet(job.spec, student, { seed: job.seed, title: job.title, lang: job.lang });
  const view = sheetView(sheet);
  const views: Views = {};
  for (const f of job.textFormats) views[f] = formatView(view, f);
  const dir = join(job.outDir, 'students', student.id);
  ensureDir(dir);
  const out = studentFiles(views, tpl);
  if (out.some((f) => f.file.startsWith('figures/'))) ensureDir(join(dir, 'figures'));
  out.push({ file: 'answers.yaml', content: answersTemplate(view) });
  const partKeys = Object.fromEntries(view.questions.map((q) => [q.key, q.parts.map((p) => p.key)]));
  const points = Object.fromEntries(view.questions.map((q) => [q.key, q.points]));
  const manifest = toManifest(sheet, partKeys, points);
  out.push({ file: 'manifest.json', content: `${JSON.stringify(manifest, null, 2)}\n` });
  for (const f of out) writeAtomic(join(dir, f.file), f.content);
  return { files: out.length, maxScore: manifest.maxScore, chunks: keyChunks(views, tpl, index > 0, job.combinedFormats), mathProblems: mathProblems() };
}
