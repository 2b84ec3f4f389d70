/**
 * Fuzzing the expression checker: thousands of random strings (arbitrary unicode, and strings built
 * from the expression alphabet so they reach the parser, the whitelist and the evaluator) plus
 * structured nasties (x^(10^10), 5,000 nested brackets, a 1 MB string, import("fs"), constructor,
 * __proto__, unknown functions). No exception may escape, every result is one of the four statuses,
 * and every call returns within its cap. The cap is checked by counting the calls that exceed a
 * generous 250 ms (expected: none) — not by asserting tight timings that would be flaky. Loading
 * nerdamer-prime (lazily, on the first undecided answer; ~300 ms once per process) is done before
 * counting: it is a start-up cost, not a per-check one.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Part } from '../../exercises/types.js';
import { compareExpressions, evaluateConstant } from '../../generator/check/expression/index.js';

const CAP_MS = 250;
const STATUSES = ['equal', 'different', 'undecided', 'format-error'];
const part: Part = {
  key: 'dydx', kind: 'expression', prompt: '', deps: [], compute: () => '', variables: ['x', 'a'], domain: { x: [0.25, 3] },
};
const EXPECTED = ['3*x^2*e^x + x^3*e^x', 'e^(-x)/(1 + e^(-x))^2', '2/(2*x + 5)', '3*a*x^2'];

let calls = 0;
let overCap = 0;
let slowest = 0;

function run(given: string, expected = EXPECTED[calls % EXPECTED.length]!): void {
  calls++;
  const t0 = performance.now();
  const r = compareExpressions(given, expected, part);
  evaluateConstant(given);
  const ms = performance.now() - t0;
  slowest = Math.max(slowest, ms);
  if (ms > CAP_MS) overCap++;
  expect(STATUSES).toContain(r.status);
  if (r.status === 'format-error') expect(r.message?.length ?? 0).toBeGreaterThan(5);
}

const ALPHABET = [
  'x', 'a', 'e', 'pi', '1', '2', '10', '0.5', '+', '-', '*', '/', '^', '(', ')', ' ', 'ln(', 'log(', 'exp(', 'sqrt(', 'sin(',
  'σ(', ',', '.', '!', '=', ';', '[', ']', '{', '}', '"', "'", ':', '?', 'import(', 'constructor', '__proto__', 'foo(', '²', '−', '·',
];

describe('expression checker fuzz', () => {
  beforeAll(() => {
    compareExpressions('sqrt(-x - 1)', 'x', part); // undecided → loads nerdamer once
  });

  it('survives arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => run(s)), { numRuns: 2000, seed: 42 });
  });

  it('survives strings from the expression alphabet', () => {
    const token = fc.constantFrom(...ALPHABET);
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => run(tokens.join(''))),
      { numRuns: 4000, seed: 7 },
    );
  });

  it('survives structured nasties', () => {
    const nasties = [
      'x^(10^10)', '(x+1)^(10^10)', 'x^x^x^x^x^x^x^x^x^x', '10^10^10^10', 'e^(e^(e^(e^(e^x))))', '(x+1)^100 - (x-1)^100',
      '('.repeat(5000) + 'x' + ')'.repeat(5000), '('.repeat(5000), ')'.repeat(5000), 'x'.repeat(1_000_000), '1'.repeat(1_000_000),
      '-'.repeat(1900) + 'x', 'x^'.repeat(900) + 'x', 'sqrt('.repeat(39) + 'x' + ')'.repeat(39),
      'import("fs")', 'import("child_process").execSync("ls")', 'constructor', 'x.constructor', '__proto__', 'toString',
      'hasOwnProperty(x)', 'valueOf', 'evaluate("1")', 'parse("x")', 'createUnit("foo")', 'f(x) = x', 'x = 1', 'cos = 1',
      'unknownfn(x)', 'Infinity', 'NaN', '1/0', '0/0', 'undefined', 'null', 'true', '[1,2,3]', '{"a": 1}', 'x ? 1 : 2',
      '\u0000', '\uFFFF', '\uD800', '😀x', 'x\u200B', ''.padEnd(2000, ' ') + 'x',
    ];
    for (const n of nasties) for (const expected of EXPECTED) run(n, expected);
    // Nasty expected sides (e.g. a broken reference) are not a crash either.
    for (const n of nasties.slice(0, 20)) run('x', n);
  });

  it('kept every call within its cap', () => {
    expect(calls).toBeGreaterThan(6000);
    expect(overCap, `${overCap} of ${calls} calls took more than ${CAP_MS} ms (slowest ${slowest.toFixed(1)} ms)`).toBe(0);
  });
});
