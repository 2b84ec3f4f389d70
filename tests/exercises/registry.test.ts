/**
 * Every registered exercise, over many seeds and every option value: problems are deterministic and
 * round-trip through parseParams; the reference answers score full marks; a perturbed answer is
 * incorrect; garbage is a format error; each misconception detector's wrong answer is never marked
 * correct; every text exists in every language.
 */
import { describe, expect, it } from 'vitest';
import { allTables, exercises } from '../../exercises/index.js';
import type { Exercise, Options, Value } from '../../exercises/types.js';
import { LANGS } from '../../exercises/types.js';
import { makeProblem, solveProblem } from '../../generator/engine/problem.js';
import { markProblem } from '../../generator/check/mark.js';

const SEEDS = 200;

/** Option combinations to cover: the defaults, plus each listed value of each option. */
function optionSets(ex: Exercise): Options[] {
  const sets: Options[] = [{}];
  for (const o of ex.options) for (const v of o.values ?? []) sets.push({ [o.name]: v });
  return sets;
}

function perturb(v: Value): Value {
  if (typeof v === 'string') return `(${v}) + x^2 + 3`;
  if (typeof v === 'number') {
    // v = -1.973 is a fixed point of v·1.37 + 0.73 (and the slides' own b'), so fall back then.
    const p = v * 1.37 + 0.73;
    return Math.abs(p - v) > 0.02 * Math.abs(v) + 1e-6 ? p : v * 2 + 1;
  }
  return (v as (number | number[])[]).map((c) => perturb(c as Value)) as Value;
}

describe.each(exercises.map((e) => [e.id, e] as const))('exercise %s', (_id, ex) => {
  const sets = optionSets(ex);
  const perSet = Math.max(20, Math.ceil(SEEDS / sets.length));

  it('is deterministic and round-trips through parseParams', () => {
    for (const options of sets) {
      for (let seed = 0; seed < perSet; seed += 7) {
        const a = makeProblem(ex.id, { seed, options });
        expect(makeProblem(ex.id, { seed, options })).toEqual(a);
        expect(ex.parseParams(JSON.parse(JSON.stringify(a.params)))).toEqual(a.params);
      }
    }
  });

  it(`marks the reference answers correct over ${SEEDS}+ seeds, perturbations incorrect, garbage as format errors`, () => {
    for (const options of sets) {
      for (let seed = 0; seed < perSet; seed++) {
        const problem = makeProblem(ex.id, { seed, options });
        const { parts, answers } = solveProblem(problem);
        const full = markProblem(problem, answers);
        const ctx = `${ex.id} ${JSON.stringify(options)} seed ${seed}`;
        expect(full.score, ctx).toBe(full.maxScore);
        expect(full.parts.every((p) => p.verdict === 'correct'), ctx).toBe(true);
        for (const part of parts) {
          const wrong = markProblem(problem, { ...answers, [part.key]: perturb(answers[part.key]!) });
          const r = wrong.parts.find((p) => p.key === part.key)!;
          expect(r.verdict, `${ctx} part ${part.key} perturbed`).not.toBe('correct');
          const garbage = markProblem(problem, { ...answers, [part.key]: part.kind === 'expression' ? 'x +* )' : 'banana' });
          expect(garbage.parts.find((p) => p.key === part.key)!.verdict, `${ctx} part ${part.key} garbage`).toBe('format-error');
        }
      }
    }
  });

  it('never marks a detected misconception correct', () => {
    for (const options of sets) {
      for (let seed = 0; seed < perSet; seed++) {
        const problem = makeProblem(ex.id, { seed, options });
        const { parts, answers } = solveProblem(problem);
        for (const det of ex.detectors?.(problem.params, 'en') ?? []) {
          const part = parts.find((p) => p.key === det.part);
          expect(part, `${ex.id}: detector ${det.id} names unknown part ${det.part}`).toBeDefined();
          const deps = Object.fromEntries(part!.deps.map((d) => [d, answers[d]!]));
          const wrongValue = det.wrong(deps);
          if (wrongValue === null) continue;
          const r = markProblem(problem, { ...answers, [det.part]: wrongValue }).parts.find((p) => p.key === det.part)!;
          expect(r.verdict, `${ex.id} seed ${seed} detector ${det.id}`).toBe('incorrect');
          expect(r.misconception, `${ex.id} seed ${seed} detector ${det.id}`).toBeDefined();
        }
      }
    }
  });

  it('renders statement, parts and steps in every language', () => {
    const problem = makeProblem(ex.id, { seed: 11 });
    for (const lang of LANGS) {
      const st = ex.statement(problem.params, lang);
      expect(st.text.length).toBeGreaterThan(10);
      const sol = solveProblem(problem, lang);
      expect(sol.steps.length).toBeGreaterThan(0);
      for (const p of sol.parts) expect(p.prompt.length).toBeGreaterThan(3);
    }
    expect(ex.title('ja')).not.toBe(ex.title('en'));
  });
});

describe('message tables', () => {
  it('define every message in every language, each id once', () => {
    const seen = new Map<string, string>();
    for (const [table, msgs] of Object.entries(allTables())) {
      for (const [id, texts] of Object.entries(msgs)) {
        expect(seen.has(id), `message ${id} defined in ${seen.get(id)} and ${table}`).toBe(false);
        seen.set(id, table);
        for (const lang of LANGS) expect(texts[lang]?.trim().length, `${table}: ${id} has no ${lang} text`).toBeGreaterThan(0);
      }
    }
  });
});
