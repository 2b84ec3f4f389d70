/**
 * `npm run bench -- worksheet`: 1,000 students × 10 questions (the registered exercises in turn) made
 * into worksheets and keys in md + html (with the combined key and the manifests/answers templates,
 * written to a temporary directory), timed against two baselines in the same run: solving the same
 * 10,000 problems without rendering, and KaTeX alone rendering every formula of those sheets once
 * (no cache). Target: ≤ 10 s on 2 cores. Set DLF_BENCH_STUDENTS to change the class size.
 */
import { rmSync } from 'node:fs';
import katex from 'katex';
import { exercises } from '../../exercises/index.js';
import { makeProblem, solveProblem, validateOptions } from '../../generator/engine/problem.js';
import { makeWorksheets } from '../../generator/worksheet/build.js';
import { countRoster } from '../../generator/worksheet/roster.js';
import { buildSheet } from '../../generator/worksheet/sheet.js';
import { sheetView } from '../../generator/render/view.js';
import type { WorksheetSpec } from '../../generator/worksheet/spec.js';
import { tempDir } from '../worksheet/helpers.js';
import { fmt, table } from './stats.js';

const STUDENTS = Number(process.env.DLF_BENCH_STUDENTS ?? 1000);
const QUESTIONS = 10;

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
  t = performance.now();
  const summary = await makeWorksheets({ spec, students, seed: 1, title: 'Bench', lang: 'en', formats: ['md', 'html'], outDir: out });
  const fullS = (performance.now() - t) / 1000;
  rmSync(out, { recursive: true, force: true });

  table([
    ['run', 'seconds', 'questions/s', 'ratio'],
    ['solve only (baseline)', fmt(solveS, 2), fmt(total / solveS, 0), '1.00'],
    [`KaTeX alone, ${formulas.length / Math.min(100, STUDENTS)} formulas/sheet, no cache (baseline)`, fmt(katexS, 2), fmt(total / katexS, 0), fmt(katexS / solveS, 2)],
    [`dlf worksheet md+html+keys (${summary.files} files)`, fmt(fullS, 2), fmt(total / fullS, 0), fmt(fullS / solveS, 2)],
  ]);
  console.log(`target: ≤ 10 s for 1,000 × 10 → ${fullS <= 10 ? 'met' : 'NOT met'} (${fmt(fullS, 2)} s)`);
}
