/**
 * `npm run bench -- worksheet`: 1,000 students × 10 questions (the registered exercises in turn) made
 * into worksheets and keys in md + html (with the combined key and the manifests/answers templates,
 * written to a temporary directory), timed against two baselines in the same run: solving the same
 * 10,000 problems without rendering, and KaTeX alone rendering every formula of those sheets once
 * (no cache). Target: ≤ 10 s on 2 cores. Set DLF_BENCH_STUDENTS to change the class size, DLF_WORKERS
 * the number of rendering worker threads besides the main one (default 0, see pool.ts).
 * Also prints the bytes and files written: creating a file costs ~1 ms of kernel time on some
 * virtual disks, so the ~12,000 files and folders of a 1,000-student class can be most of the run.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import katex from 'katex';
import { exercises } from '../../exercises/index.js';
import { makeProblem, solveProblem, validateOptions } from '../../generator/engine/problem.js';
import { makeWorksheets } from '../../generator/worksheet/build.js';
import { countRoster } from '../../generator/worksheet/roster.js';
import { buildSheet } from '../../generator/worksheet/sheet.js';
import { sheetView } from '../../generator/render/view.js';
import { defaultWorkers } from '../../generator/worksheet/pool.js';
import type { WorksheetSpec } from '../../generator/worksheet/spec.js';
import { tempDir } from '../worksheet/helpers.js';
import { fmt, table } from './stats.js';

const STUDENTS = Number(process.env.DLF_BENCH_STUDENTS ?? 1000);
const QUESTIONS = 10;

function du(dir: string): { bytes: number; inodes: number } {
  let bytes = 0;
  let inodes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    inodes++;
    if (e.isDirectory()) {
      const r = du(join(dir, e.name));
      bytes += r.bytes;
      inodes += r.inodes;
    } else bytes += statSync(join(dir, e.name)).size;
  }
  return { bytes, inodes };
}

export default async function bench(): Promise<void> {
  const spec: WorksheetSpec = {
    questions: Array.from({ length: QUESTIONS }, (_, i) => {
      const ex = exercises[i % exercises.length]!;
      return { exercise: ex.id, options: validateOptions(ex.id, {}) };
    }),
  };
  const students = countRoster(STUDENTS);
  const total = STUDENTS * QUESTIONS;
  console.log(`${STUDENTS} students × ${QUESTIONS} questions (${spec.questions.map((q) => q.exercise).join(', ')})`);

  let t = performance.now();
  students.forEach((s) => spec.questions.forEach((q, i) => solveProblem(makeProblem(q.exercise, { seed: (i * 7919 + s.id.length * 31 + Number(s.id.slice(1))) >>> 0, options: q.options }))));
  const solveS = (performance.now() - t) / 1000;

  // Every formula of the first 100 students' sheets, rendered by KaTeX once each (no cache), scaled.
  const formulas: string[] = [];
  for (const s of students.slice(0, 100)) {
    for (const q of sheetView(buildSheet(spec, s, { seed: 1, title: 'Bench', lang: 'en' })).questions) {
      const text = [q.statement, ...q.parts.map((p) => p.prompt)].join(' ');
      for (const m of text.matchAll(/\$\$([\s\S]+?)\$\$|\$((?:\\.|[^$\\\n])+?)\$/g)) formulas.push(m[1] ?? m[2]!);
      for (const a of q.answers) formulas.push(a.value);
      for (const st of q.steps) formulas.push(...st.math);
    }
  }
  t = performance.now();
  for (const f of formulas) katex.renderToString(f, { throwOnError: false, output: 'html', strict: 'ignore' });
  const katexS = ((performance.now() - t) / 1000) * (STUDENTS / Math.min(100, STUDENTS));

  const out = tempDir('bench');
  const workers = defaultWorkers(STUDENTS);
  const load = loadavg()[0]!;
  t = performance.now();
  const summary = await makeWorksheets({ spec, students, seed: 1, title: 'Bench', lang: 'en', formats: ['md', 'html'], outDir: out, workers });
  const fullS = (performance.now() - t) / 1000;
  const { bytes, inodes } = du(out);
  rmSync(out, { recursive: true, force: true });

  table([
    ['run', 'seconds', 'questions/s', 'ratio'],
    ['solve only (baseline)', fmt(solveS, 2), fmt(total / solveS, 0), '1.00'],
    [`KaTeX alone, ${formulas.length / Math.min(100, STUDENTS)} formulas/sheet, no cache (baseline)`, fmt(katexS, 2), fmt(total / katexS, 0), fmt(katexS / solveS, 2)],
    [`dlf worksheet md+html+keys (${summary.files} files, ${workers} worker${workers === 1 ? '' : 's'} + main)`, fmt(fullS, 2), fmt(total / fullS, 0), fmt(fullS / solveS, 2)],
  ]);
  console.log(`written: ${fmt(bytes / 1e6, 0)} MB in ${inodes} files and directories (${fmt(bytes / 1e6 / STUDENTS, 2)} MB per student); load average ${fmt(load, 2)} before → ${fmt(loadavg()[0]!, 2)} after`);
  console.log(`target: ≤ 10 s for 1,000 × 10 → ${fullS <= 10 ? 'met' : 'NOT met'} (${fmt(fullS, 2)} s)`);
}
