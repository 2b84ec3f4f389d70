/**
 * The Exercise model. One exercise = one folder `exercises/<id>/` whose `index.ts` exports an
 * `Exercise`. A problem is a pure function of (exercise id, seed, options) — or of explicit params —
 * and is carried around as one JSON-serialisable `Problem` object: generate → solve → render, and
 * answers → parse → check → report.
 *
 * Parts form a computation graph: each part names the parts it is computed from (`deps`) and a
 * `compute` function of their values. `solve` evaluates the graph; the checker re-evaluates a part
 * on the student's own earlier answers to give error-carried-forward credit, so no exercise wires
 * that by hand.
 *
 * @example
 *   const ex = registry.get('neuron-forward');
 *   const params = ex.generate(new Rng(7), {});
 *   const parts = ex.parts(params, 'en');          // [{ key: 'z', kind: 'number', deps: [], ... }, ...]
 */
import type { Rng } from '../generator/engine/prng.js';

export type Lang = 'en' | 'ja';
export const LANGS: readonly Lang[] = ['en', 'ja'];

export type PartKind = 'expression' | 'number' | 'vector' | 'matrix' | 'integer';

/** A reference or parsed answer: a number, vector, matrix (row-major) or expression string. */
export type Value = number | number[] | number[][] | string;
export type Values = Record<string, Value>;

/** Relative tolerance with an absolute floor near 0. See generator/check/number.ts for the policy. */
export interface Tolerance {
  rel: number;
  abs: number;
}

export interface Part {
  key: string;
  kind: PartKind;
  /** What the student is asked, Markdown with $LaTeX$, in the requested language. */
  prompt: string;
  /** Parts this one is computed from (graph edges); [] for parts computed from params alone. */
  deps: string[];
  /** The part's value given the values of its deps (reference or the student's own). */
  compute: (deps: Readonly<Values>) => Value;
  /** Expression parts: the variables an answer may use (e.g. ['x', 'a', 'b']). */
  variables?: string[];
  /** Expression parts: constraints that keep sample points inside the domain, e.g. `x > 0`. */
  domain?: Record<string, [number, number]>;
  /** Number/vector/matrix parts: override the default tolerance. */
  tolerance?: Partial<Tolerance>;
  /** Vector/matrix parts: partial credit by the share of right cells (default true). */
  partialCredit?: boolean;
  /** Points for this part (default 1). */
  points?: number;
}

/** A misconception detector: recognises one typical wrong answer to one part. */
export interface Detector {
  id: string;
  part: string;
  /** The wrong value this misconception produces, from the same dep values as `compute`. */
  wrong: (deps: Readonly<Values>) => Value | null;
  /** Targeted feedback, in the requested language. */
  feedback: string;
  /**
   * Fire on any answer with the (wrong) shape of `wrong`'s value, whatever its cells: for mistakes
   * that show up as a shape, e.g. W² not transposed gives a vector of the output layer's length.
   */
  shapeOnly?: boolean;
}

/** One worked step in the slides' style: formula → substitution → result, as LaTeX lines. */
export interface Step {
  title: string;
  math: string[];
  /** Part key this step answers, if any. */
  part?: string;
}

export interface Figure {
  /** Standalone SVG markup, drawn without a browser. */
  svg: string;
  caption: string;
}

export interface Statement {
  /** Markdown with $inline$ and $$display$$ LaTeX. */
  text: string;
  figures?: Figure[];
}

export interface OptionSpec {
  name: string;
  description: string;
  /** Allowed values; absent for free-form options (then `parse` validates). */
  values?: readonly string[];
  default?: string;
}

export type Options = Record<string, string>;

export interface Exercise<P = any> {
  id: string;
  title: (lang: Lang) => string;
  /** One line for `dlf list`. */
  summary: string;
  options: OptionSpec[];
  /** A sensible random problem: integer-ish numbers, no degenerate or saturated cases. */
  generate: (rng: Rng, options: Options) => P;
  /** Validate explicit params (JSON from an instructor); throw DlfError naming the field and value. */
  parseParams: (raw: unknown) => P;
  statement: (params: P, lang: Lang) => Statement;
  parts: (params: P, lang: Lang) => Part[];
  /** Worked solution given the reference values of every part. */
  steps: (params: P, values: Readonly<Values>, lang: Lang) => Step[];
  detectors?: (params: P, lang: Lang) => Detector[];
}

/** The JSON object that flows generate → solve → render → check. */
export interface Problem<P = unknown> {
  exercise: string;
  /** null when the params were given explicitly. */
  seed: number | null;
  options: Options;
  params: P;
}
