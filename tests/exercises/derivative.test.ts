/**
 * The derivative exercise, rule by rule over 200+ seeds each: the reference derivative agrees with
 * finite differences of f; it is marked correct through markProblem; every detectable mistake is
 * incorrect with its own feedback; random perturbations are incorrect; garbage is a format error;
 * equivalent forms students type are accepted; instructor params work and bad ones are one-line errors.
 */
import { describe, expect, it } from 'vitest';
import { derivative, RULES, type Rule } from '../../exercises/derivative/index.js';
import { analyse } from '../../exercises/derivative/analysis.js';
import { compileNode } from '../../generator/check/expression/compile.js';
import { readExpression } from '../../generator/check/expression/read.js';
import { makeProblem, solveProblem } from '../../generator/engine/problem.js';
import { markProblem } from '../../generator/check/mark.js';
import { DlfError } from '../../generator/engine/errors.js';
import { Rng } from '../../generator/engine/prng.js';

const SEEDS = 200;
const check = (problem: ReturnType<typeof makeProblem>, answer: unknown, lang: 'en' | 'ja' = 'en') =>
  markProblem(problem, { dydx: answer }, lang).parts[0]!;

/** Central differences of f at points inside the problem's domain. */
function agreesWithFiniteDifferences(f: string): boolean {
  const a = analyse(f);
  const fr = readExpression(f, a.variables);
  const dr = readExpression(a.answer, a.variables);
  if (!fr.ok || !dr.ok) return false;
  const fc = compileNode(fr.node, a.variables);
  const dc = compileNode(dr.node, a.variables);
  const rng = new Rng(99);
  for (let i = 0; i < 6; i++) {
    const p = new Float64Array(a.variables.map((v) => {
      const [lo, hi] = a.domain[v]!;
      return lo + (0.1 + 0.8 * rng.next()) * (hi - lo);
    }));
    const h = 1e-5 * Math.max(1, Math.abs(p[0]!));
    const up = p.slice();
    const down = p.slice();
    up[0] = p[0]! + h;
    down[0] = p[0]! - h;
    const fd = (fc(up) - fc(down)) / (2 * h);
    const exact = dc(p);
    if (!(Math.abs(fd - exact) <= 1e-5 * Math.max(1, Math.abs(exact)))) return false;
  }
  return true;
}

describe.each(RULES.map((r) => [r]))('rule %s', (rule: Rule) => {
  it(`over ${SEEDS} seeds: reference correct, mistakes detected, perturbations incorrect, garbage a format error`, () => {
    const shapes = new Set<string>();
    for (let seed = 0; seed < SEEDS; seed++) {
      const problem = makeProblem('derivative', { seed, options: { rule } });
      const params = problem.params as { rule: Rule; f: string };
      const ctx = `${rule} seed ${seed}: f = ${params.f}`;
      shapes.add(params.f);
      expect(params.rule, ctx).toBe(rule);
      expect(agreesWithFiniteDifferences(params.f), `${ctx} finite differences`).toBe(true);

      const { answers } = solveProblem(problem);
      const ref = answers.dydx as string;
      expect(check(problem, ref).verdict, `${ctx} reference ${ref}`).toBe('correct');

      const detectors = derivative.detectors!(problem.params as never, 'en');
      expect(detectors.length, ctx).toBeGreaterThan(0);
      for (const det of detectors) {
        const r = check(problem, det.wrong({}));
        expect(r.verdict, `${ctx} detector ${det.id}: ${String(det.wrong({}))}`).toBe('incorrect');
        expect(r.misconception, `${ctx} detector ${det.id}`).toBe(det.id);
        expect(r.feedback, ctx).toEqual([det.feedback]);
      }

      for (const wrong of [`(${ref}) + 0.5`, `(${ref})*1.01`, `(${ref}) + x/100`, `(${ref})^2 + 1`]) {
        expect(check(problem, wrong).verdict, `${ctx} perturbed ${wrong}`).toBe('incorrect');
      }
      for (const junk of ['x +* )', 'banana', 'import("fs")', '3x^', 'dy/dx']) {
        expect(check(problem, junk).verdict, `${ctx} garbage ${junk}`).toBe('format-error');
      }
    }
    expect(shapes.size, `${rule}: variety of problems`).toBeGreaterThan(rule === 'sigmoid' ? 8 : 40);
  });
});

describe('the misconceptions each rule is about are detectable on every seed', () => {
  const required: Record<string, string[]> = {
    product: ['product-of-derivatives'],
    quotient: ['quotient-reversed', 'quotient-not-squared'],
    chain: ['chain-missing-inner', 'sign'],
    'ln-chain': ['ln-one-over-u', 'sign'],
    sigmoid: ['quotient-reversed', 'quotient-not-squared'],
    polynomial: ['sign'],
  };
  it.each(Object.entries(required))('%s', (rule, ids) => {
    for (let seed = 0; seed < SEEDS; seed++) {
      const problem = makeProblem('derivative', { seed, options: { rule } });
      const got = derivative.detectors!(problem.params as never, 'en').map((d) => d.id);
      for (const id of ids) expect(got, `${rule} seed ${seed}`).toContain(id);
    }
  });
});

describe('equivalent forms students type are accepted', () => {
  const cases: [string, string[]][] = [
    ['x^2*e^x', ['2x e^x + x^2 e^x', 'e^x(x^2 + 2x)', 'x e^x (x+2)', '2*x*exp(x) + x^2*exp(x)']],
    ['x^3*ln(x)', ['3x^2 ln(x) + x^2', 'x^2(3 log(x) + 1)']],
    ['(2*x + 1)/(x^2 + 1)', ['(2(x^2+1) - (2x+1)(2x))/(x^2+1)^2', '(2 - 2x - 2x^2)/(x^2+1)^2', '2(1 - x - x²)/(x²+1)²']],
    ['1/(1 + e^(-x))', ['e^-x/(1+e^-x)^2', 'σ(x)(1−σ(x))', '(1/(1+e^(-x)))(1 - 1/(1+e^(-x)))', '1/(e^x + 2 + e^(-x))']],
    ['(3*x^2 + 1)^5', ['5(3x^2+1)^4 · 6x', '30x(3x^2+1)^4']],
    ['ln(x^2 + 3*x + 3)', ['(2x+3)/(x^2+3x+3)', '1/(x^2+3x+3) * (2x+3)']],
    ['a*x^3 + b*x^2 + c*x + d', ['3ax^2 + 2bx + c', 'c + 2*b*x + 3*a*x²', 'x(3ax + 2b) + c']],
    ['e^(2*x - 1)', ['2e^(2x-1)', '2 exp(2x - 1)', '2e^(2x)/e']],
    ['sqrt(x^2 + 4)', ['x/sqrt(x^2+4)', 'x (x^2+4)^(-1/2)', '2x/(2√(x^2+4))']],
  ];
  it.each(cases)('y = %s', (f, forms) => {
    const problem = makeProblem('derivative', { params: { f } });
    for (const form of forms) expect(check(problem, form).verdict, form).toBe('correct');
  });
});

describe('instructor params', () => {
  it('infers the rule from f', () => {
    const infer = (f: string) => (makeProblem('derivative', { params: { f } }).params as { rule: string }).rule;
    expect(infer('x^2*e^x')).toBe('product');
    expect(infer('(x+1)/(x^2+1)')).toBe('quotient');
    expect(infer('(2x+1)^3')).toBe('chain');
    expect(infer('ln(3x+1)')).toBe('ln-chain');
    expect(infer('1/(1+e^(-x))')).toBe('sigmoid');
    expect(infer('a*x^3 + b*x^2 + c*x + d')).toBe('polynomial');
    expect(infer('3e^x + x')).toBe('exp');
    expect(infer('2ln(x) - x')).toBe('ln');
  });

  it('rejects bad f with one-line errors naming the field and value', () => {
    const bad: [unknown, RegExp][] = [
      [{ f: 'foo(x)' }, /derivative: f should be an expression in x.*"foo\(x\)"/],
      [{ f: '5' }, /derivative: f should be an expression in x, got "5"/],
      [{ f: 'ln(-x^2 - 1)' }, /derivative: f should be defined/],
      [{ f: 'x', rule: 'magic' }, /derivative: rule should be one of/],
      [{ f: 'x^2', extra: 1 }, /unknown param "extra"/],
      [{ f: 42 }, /derivative: f should be a non-empty string/],
    ];
    for (const [params, re] of bad) {
      expect(() => makeProblem('derivative', { params }), JSON.stringify(params)).toThrow(DlfError);
      expect(() => makeProblem('derivative', { params }), JSON.stringify(params)).toThrow(re);
    }
  });

  it('samples ln(u) where u > 0', () => {
    const a = analyse('ln(x - 4)');
    expect(a.domain.x![0]).toBeGreaterThanOrEqual(4);
    const problem = makeProblem('derivative', { params: { f: 'ln(x - 4)' } });
    expect(check(problem, '1/(x-4)').verdict).toBe('correct');
    expect(check(problem, '1/(x+4)').verdict).toBe('incorrect');
  });
});

describe('texts', () => {
  it('has statement, prompt and steps in the slides style in en and ja', () => {
    const problem = makeProblem('derivative', { seed: 7, options: { rule: 'product' } });
    for (const lang of ['en', 'ja'] as const) {
      const sol = solveProblem(problem, lang);
      expect(derivative.statement(problem.params as never, lang).text).toMatch(/\$y = /);
      expect(sol.steps[0]!.title).toMatch(lang === 'en' ? /product.*Call \$f = / : /積の微分/);
      expect(sol.steps.some((s) => s.part === 'dydx')).toBe(true);
    }
    const sig = solveProblem(makeProblem('derivative', { params: { f: '1/(1+e^(-x))' } }), 'en');
    expect(sig.steps.at(-1)!.math.join(' ')).toMatch(/y \\, \(1 - y\)/);
    const wrong = check(makeProblem('derivative', { params: { f: 'x^2*e^x' } }), '2x e^x', 'ja');
    expect(wrong.feedback[0]).toMatch(/積の微分/);
  });
});
