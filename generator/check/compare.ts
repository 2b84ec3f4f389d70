/**
 * Compare a parsed answer with an expected value of the same kind: shape first (the message names
 * the expected and given shapes), then finiteness, then values cell by cell with the tolerance
 * policy of ./number.ts; partial credit by the share of right cells.
 *
 * @example
 *   compareValue(parsedVector, [0.1, 0.2], part, 'en')   // { status: 'equal', credit: 1, feedback: [] }
 */
import type { Lang, Part, Tolerance, Value } from '../../exercises/types.js';
import { translator } from '../i18n/index.js';
import { checkMessages } from '../i18n/check-messages.js';
import { DEFAULT_TOLERANCE, numberMatches, type WrittenNumber } from './number.js';
import type { Parsed } from './parse.js';
import { compareExpressions } from './expression/index.js';

const t = translator(checkMessages);

export type CompareStatus = 'equal' | 'different' | 'undecided' | 'format-error';

export interface Comparison {
  status: CompareStatus;
  /** Share of the part earned (cells right / all cells for vectors and matrices). */
  credit: number;
  feedback: string[];
}

type OkParsed = Extract<Parsed, { ok: true }>;

export function toleranceOf(part: Part): Tolerance {
  return { ...DEFAULT_TOLERANCE, ...part.tolerance };
}

export function shapeOf(v: Value): number[] {
  if (typeof v === 'number' || typeof v === 'string') return [];
  if (v.length > 0 && Array.isArray(v[0])) return [v.length, (v[0] as number[]).length];
  return [v.length];
}

export const sameShape = (a: Value, b: Value): boolean => shapeOf(a).join('x') === shapeOf(b).join('x');

const showShape = (s: number[]) => (s.length === 0 ? 'scalar' : s.join('×'));
const fmt = (x: number) => (Number.isInteger(x) ? String(x) : Number(x.toPrecision(4)).toString());

export function compareValue(given: OkParsed, expected: Value, part: Part, lang: Lang, showExpected = true): Comparison {
  if (given.kind === 'expression') {
    const r = compareExpressions(given.value, String(expected), part, lang);
    return { status: r.status, credit: r.status === 'equal' ? 1 : 0, feedback: r.message ? [r.message] : [] };
  }
  const tol = toleranceOf(part);
  if (given.kind === 'number' || given.kind === 'integer') {
    const e = expected as number;
    const ok = given.kind === 'integer' ? given.value === e : numberMatches(given.written, e, tol);
    return { status: ok ? 'equal' : 'different', credit: ok ? 1 : 0, feedback: [] };
  }
  const eShape = shapeOf(expected);
  const gShape = shapeOf(given.value);
  if (!sameShape(expected, given.value)) {
    return {
      status: 'different',
      credit: 0,
      feedback: [t(lang, 'check.shape', { expected: showShape(eShape), given: showShape(gShape) })],
    };
  }
  const cells: { index: string; w: WrittenNumber; e: number }[] = [];
  if (given.kind === 'vector') {
    given.written.forEach((w, i) => cells.push({ index: `[${i}]`, w, e: (expected as number[])[i]! }));
  } else if (given.kind === 'matrix') {
    given.written.forEach((row, i) =>
      row.forEach((w, j) => cells.push({ index: `[${i}][${j}]`, w, e: (expected as number[][])[i]![j]! })),
    );
  }
  const wrong = cells.filter((c) => !numberMatches(c.w, c.e, tol));
  if (wrong.length === 0) return { status: 'equal', credit: 1, feedback: [] };
  const first = wrong[0]!;
  const vars = { wrong: wrong.length, total: cells.length, index: first.index, given: fmt(first.w.value), expected: fmt(first.e) };
  return {
    status: 'different',
    credit: part.partialCredit === false ? 0 : (cells.length - wrong.length) / cells.length,
    feedback: [t(lang, showExpected ? 'check.cells' : 'check.cells.ecf', vars)],
  };
}
