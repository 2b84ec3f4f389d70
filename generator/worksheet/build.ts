/**
 * Make a whole worksheet set: for every student their worksheet and answer key (md/html/tex, and
 * PDF printed from the HTML), answers template and manifest.json; for the instructor the combined
 * answer key and `assignment.json` (spec, seed and roster: enough to rebuild the whole set). The
 * output layout is
 *
 *   <out>/assignment.json  key.{md,html,tex,pdf}  assets/{sheet.css,katex/…}
 *   <out>/students/<id>/worksheet.{md,html,tex,pdf}  key.{…}  answers.yaml  manifest.json  figures/*.svg
 *
 * The combined `key.md`/`key.tex` hold every student's key; `key.html` is an index linking each
 * student's `key.html` (see files.ts). With `workers` (or DLF_WORKERS) the class is rendered by this thread and worker
 * threads (pool.ts); the files are the same either way.
 *
 * @example
 *   const summary = await makeWorksheets({ spec: defaultSpec(), students: countRoster(1), seed: 1,
 *     title: 'Week 3', lang: 'en', formats: ['md', 'html'], outDir: 'worksheets' });
 */
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../exercises/types.js';
import type { WorksheetSpec } from './spec.js';
import type { Student } from './roster.js';
import { ensureDir, writeAtomic } from '../engine/write.js';
import type { Format } from '../render/view.js';
import { CombinedKeys, classKeyIndex, writeAssets } from '../render/files.js';
import type { StudentJob, StudentResult } from './student.js';
import { renderStudent } from './student.js';
import { defaultWorkers, renderInWorkers } from './pool.js';
import { loadTemplates } from '../render/templates.js';
import { findChromium, findPdfunite, NO_CHROMIUM, startPrinter } from '../render/pdf.js';
import { joinPdfs } from '../engine/write.js';
import { DlfError } from '../engine/errors.js';

/** The whole class's key as one HTML page, written only to print key.pdf when pdfunite is missing. */
const PRINT_KEY = '.key-print.html';

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
  /** Rendering worker threads besides this one (0 = none); default `DLF_WORKERS`, else none (see pool.ts). */
  workers?: number;
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
  const problems: string[] = [];
  const unite = formats.has('pdf') ? findPdfunite() : null;
  // Without pdfunite the class key PDF is printed from one page holding every student's key,
  // written only for that (a hidden file, removed after printing).
  const printKey = formats.has('pdf') && !unite;
  const combined = textFormats.filter((f) => f !== 'html');
  const keys = new CombinedKeys(o.outDir, tpl, printKey ? [...combined, 'html'] : combined, { lang: o.lang, title: o.title }, 'assets', printKey ? { html: PRINT_KEY } : {});
  const job: StudentJob = {
    spec: o.spec, seed: o.seed, title: o.title, lang: o.lang, textFormats, combinedFormats: printKey ? [...combined, 'html'] : combined, outDir: o.outDir, templatesDir: o.templatesDir,
  };
  const take = (i: number, r: StudentResult) => {
    keys.add(r.chunks);
    files += r.files;
    maxScore = r.maxScore;
    if (problems.length < 20) problems.push(...r.mathProblems);
    o.onProgress?.(i + 1, o.students.length, 'sheets');
  };
  try {
    const workers = o.workers ?? defaultWorkers(o.students.length);
    if (workers > 0 && o.students.length > 1) await renderInWorkers(job, o.students, workers, take, (student, i) => renderStudent(job, student, i, tpl));
    else o.students.forEach((student, i) => take(i, renderStudent(job, student, i, tpl)));
  } catch (err) {
    keys.abort();
    throw err;
  }
  files += keys.close() - (printKey ? 1 : 0);
  if (textFormats.includes('html')) {
    writeAtomic(join(o.outDir, 'key.html'), classKeyIndex(tpl, { lang: o.lang, title: o.title }, o.students, maxScore));
    files++;
  }
  const studentDirs = o.students.map((s) => join(o.outDir, 'students', s.id));
  const warnings = problems.slice(0, 20).map((m) => `KaTeX could not render a formula (shown as source): ${m}`);

  let pdfs = 0;
  if (formats.has('pdf')) {
    // The class key is the students' key PDFs joined by pdfunite when it is installed (printing
    // one huge page is slow: ~3 s per student); else it is printed from a page holding every key.
    const jobs = [...studentDirs.flatMap((d) => [join(d, 'worksheet'), join(d, 'key')]), ...(unite ? [] : [join(o.outDir, PRINT_KEY.replace(/\.html$/, ''))])];
    const printer = await startPrinter();
    try {
      for (const job of jobs) {
        await printer.print(`${job}.html`, `${job}.pdf`);
        pdfs++;
        o.onProgress?.(pdfs, jobs.length, 'pdf');
      }
    } finally {
      await printer.close();
      if (printKey) rmSync(join(o.outDir, PRINT_KEY), { force: true });
    }
    if (printKey) renameSync(join(o.outDir, PRINT_KEY.replace(/\.html$/, '.pdf')), join(o.outDir, 'key.pdf'));
    if (unite) {
      joinPdfs(unite, studentDirs.map((d) => join(d, 'key.pdf')), join(o.outDir, 'key.pdf'));
      pdfs++;
    }
    files += pdfs;
  }
  return {
    outDir: o.outDir, students: o.students.length, questions: o.spec.questions.length, maxScore,
    formats: o.formats, files, pdfs, seconds: (performance.now() - t0) / 1000, warnings,
  };
}
