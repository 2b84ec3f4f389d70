/**
 * Make a whole worksheet set: for every student their worksheet and answer key (md/html/tex, and
 * PDF printed from the HTML), answers template and manifest.json; for the instructor the combined
 * answer key and `assignment.json` (spec, seed and roster: enough to rebuild the whole set). The
 * output layout is
 *
 *   <out>/assignment.json  key.{md,html,tex,pdf}  assets/{sheet.css,katex/…}
 *   <out>/students/<id>/worksheet.{md,html,tex,pdf}  key.{…}  answers.yaml  manifest.json  figures/*.svg
 *
 * @example
 *   const summary = await makeWorksheets({ spec: defaultSpec(), students: countRoster(1), seed: 1,
 *     title: 'Week 3', lang: 'en', formats: ['md', 'html'], outDir: 'worksheets' });
 */
import { join } from 'node:path';
import type { Lang } from '../../exercises/types.js';
import type { WorksheetSpec } from './spec.js';
import type { Student } from './roster.js';
import { buildSheet } from './sheet.js';
import { toManifest } from './manifest.js';
import { answersTemplate } from './answers.js';
import { ensureDir, writeAtomic } from './write.js';
import { type Format, formatView, sheetView } from '../render/view.js';
import { CombinedKeys, studentFiles, type Views, writeAssets } from '../render/files.js';
import { loadTemplates } from '../render/templates.js';
import { mathProblems } from '../render/html-target.js';
import { findChromium, NO_CHROMIUM, startPrinter } from '../render/pdf.js';
import { DlfError } from '../engine/errors.js';

export type OutputFormat = Format | 'pdf';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['md', 'html', 'tex', 'pdf'];

export interface WorksheetOptions {
  spec: WorksheetSpec;
  students: Student[];
  seed: number;
  title: string;
  lang: Lang;
  formats: OutputFormat[];
  outDir: string;
  templatesDir?: string;
  /** Called after each student (and each PDF), e.g. for a progress bar. */
  onProgress?: (done: number, total: number, stage: 'sheets' | 'pdf') => void;
}

export interface WorksheetSummary {
  outDir: string;
  students: number;
  questions: number;
  maxScore: number;
  formats: OutputFormat[];
  files: number;
  pdfs: number;
  seconds: number;
  warnings: string[];
}

export async function makeWorksheets(o: WorksheetOptions): Promise<WorksheetSummary> {
  const t0 = performance.now();
  const formats = new Set(o.formats);
  if (formats.has('pdf') && !findChromium()) throw new DlfError(NO_CHROMIUM);
  const textFormats = (['md', 'html', 'tex'] as const).filter((f) => formats.has(f) || (f === 'html' && formats.has('pdf')));
  const tpl = loadTemplates(o.templatesDir);
  ensureDir(o.outDir);
  writeAtomic(join(o.outDir, 'assignment.json'), `${JSON.stringify({
    format: 'dlf-assignment/1', title: o.title, lang: o.lang, seed: o.seed, spec: o.spec, students: o.students,
  }, null, 2)}\n`);
  if (textFormats.includes('html')) writeAssets(o.outDir, tpl);
  let files = 1;
  let maxScore = 0;
  const studentDirs: string[] = [];
  const keys = new CombinedKeys(o.outDir, tpl, textFormats);
  try {
    o.students.forEach((student, i) => {
      const sheet = buildSheet(o.spec, student, { seed: o.seed, title: o.title, lang: o.lang });
      const view = sheetView(sheet);
      const views: Views = {};
      for (const f of textFormats) views[f] = formatView(view, f);
      const dir = join(o.outDir, 'students', student.id);
      studentDirs.push(dir);
      ensureDir(dir);
      const out = studentFiles(views, tpl);
      if (out.some((f) => f.file.startsWith('figures/'))) ensureDir(join(dir, 'figures'));
      out.push({ file: 'answers.yaml', content: answersTemplate(view) });
      const partKeys = Object.fromEntries(view.questions.map((q) => [q.key, q.parts.map((p) => p.key)]));
      const points = Object.fromEntries(view.questions.map((q) => [q.key, q.points]));
      const manifest = toManifest(sheet, partKeys, points);
      maxScore = manifest.maxScore;
      out.push({ file: 'manifest.json', content: `${JSON.stringify(manifest, null, 2)}\n` });
      for (const f of out) writeAtomic(join(dir, f.file), f.content);
      files += out.length;
      keys.add(views);
      o.onProgress?.(i + 1, o.students.length, 'sheets');
    });
  } catch (err) {
    keys.abort();
    throw err;
  }
  files += keys.close();
  const warnings = mathProblems().map((m) => `KaTeX could not render a formula (shown as source): ${m}`);

  let pdfs = 0;
  if (formats.has('pdf')) {
    const jobs = [...studentDirs.flatMap((d) => [join(d, 'worksheet'), join(d, 'key')]), join(o.outDir, 'key')];
    const printer = await startPrinter();
    try {
      for (const job of jobs) {
        await printer.print(`${job}.html`, `${job}.pdf`);
        pdfs++;
        o.onProgress?.(pdfs, jobs.length, 'pdf');
      }
    } finally {
      await printer.close();
    }
    files += pdfs;
  }
  return {
    outDir: o.outDir, students: o.students.length, questions: o.spec.questions.length, maxScore,
    formats: o.formats, files, pdfs, seconds: (performance.now() - t0) / 1000, warnings,
  };
}
