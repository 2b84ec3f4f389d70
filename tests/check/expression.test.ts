/**
 * The expression checker on hand-picked inputs: what students type is read as they mean it,
 * equivalent forms are equal, wrong ones different, malformed or unsafe ones format errors that name
 * the problem, and undefined-almost-everywhere answers "cannot decide" — never "wrong".
 */
import { describe, expect, it } from 'vitest';
import type { Part } from '../../exercises/types.js';
import { compareExpressions, evaluateConstant, readExpression } from '../../generator/check/expression/index.js';
import { parseAnswer } from '../../generator/check/parse.js';

const part = (variables = ['x'], domain: Part['domain'] = { x: [0.25, 3] }): Part => ({
  key: 'dydx', kind: 'expression', prompt: '', deps: [], compute: () => '', variables, domain,
});
const status = (given: string, expected: string, p = part()) => compareExpressions(given, expected, p).status;

describe('reading what students type', () => {
  it.each([
    ['2x e^x + x^2 exp(x)', 'e^x*(x^2+2*x)'],
    ['x(x+1)', 'x^2 + x'],
    ['xe^x', 'x*e^x'],
    ['ln(x)', 'log(x)'],
    ['log(x)/x', 'ln(x)/x'],
    ['3x²', '3*x^2'],
    ['−2·x × 3', '-6*x'],
    ['sqrt(x)', 'x^(1/2)'],
    ['√x', 'sqrt(x)'],
    ['e^-x', 'exp(-x)'],
    ['e**x', 'e^x'],
    ['dy/dx = 2x', '2*x'],
    ["y' = 2x", '2*x'],
    ['σ(x)(1−σ(x))', 'e^(-x)/(1+e^(-x))^2'],
    ['sigmoid(x)*(1 - sigmoid(x))', 'e^(-x)/(1+e^(-x))^2'],
    ['{x+1}^2', '(x+1)^2'],
    ['２x', '2*x'],
  ])('%s equals %s', (given, expected) => {
    expect(status(given, expected)).toBe('equal');
  });

  it('splits products of single-letter variables and binds powers to the last letter', () => {
    const p = part(['x', 'a', 'b'], { x: [-2, 2] });
    expect(status('3ax^2 + 2bx', '3*a*x^2 + 2*b*x', p)).toBe('equal');
    expect(status('a(1-a)', 'a - a^2', p)).toBe('equal');
  });
});

describe('deciding', () => {
  it('tells different expressions apart, with hints', () => {
    expect(status('x^2 e^x', 'e^x*(x^2+2*x)')).toBe('different');
    const factor = compareExpressions('4x', '2*x', part());
    expect(factor).toMatchObject({ status: 'different' });
    expect(factor.message).toMatch(/2 times/);
    expect(compareExpressions('x^2 + 1', 'x^2', part()).message).toMatch(/constant \(1\)/);
    expect(compareExpressions('e^2x', 'e^(2*x)', part()).message).toMatch(/e\^\(2x\)/);
    expect(compareExpressions('2x', 'x', part(), 'ja').message).toMatch(/倍/);
  });

  it('samples inside the domain: ln and sqrt of negative numbers are skipped, not wrong', () => {
    expect(status('ln(x)', 'log(x)', part(['x'], { x: [-3, 3] }))).toBe('equal');
    const r = compareExpressions('sqrt(-x - 100)', 'x', part());
    expect(r.status).toBe('undecided');
    expect(r.message).toMatch(/Cannot decide/);
    expect(status('1/(x - x)', '1')).toBe('undecided');
  });

  it('uses a relative tolerance with an absolute floor near 0', () => {
    expect(status('1e6*x + 1e-9', '1e6*x')).toBe('equal');
    expect(status('(x+1)^2 - x^2 - 2x - 1', '0')).toBe('equal');
    expect(status('x*1.001', 'x')).toBe('different');
  });

  it('returns a verdict fast for huge powers', () => {
    expect(status('x^(10^10)', 'x')).toBe('different');
    expect(['different', 'undecided']).toContain(status('(x+1)^(10^10) - (x+1)^(10^10)', 'x'));
  });
});

describe('format errors name the problem', () => {
  it.each([
    ['import("fs")', /Unknown function "import"/],
    ['constructor', /Unknown symbol "constructor"/],
    ['__proto__', /Unknown symbol "__proto__"/],
    ['foo(x)', /Unknown function "foo"/],
    ['ln x', /brackets: ln\(x\)/],
    ['x = 2', /"="/],
    ['f(x) = 2x', /"="|Unknown function "f"/],
    ['x +* )', /brackets do not match/],
    ['3x^', /Could not read/],
    ['2 cm', /Unknown symbol "cm"/],
    ['x!', /"!"/],
    ['"abc"', /"abc"/],
    ['a ? x : 1', /"\?:"/],
    ['x; 1', /";"/],
    ['x.constructor', /"\."/],
    ['log(x, 2, 3)', /arguments/],
    ['('.repeat(5000) + 'x' + ')'.repeat(5000), /too long|nested/],
    ['('.repeat(600) + 'x' + ')'.repeat(600), /nested brackets/],
    ['x+'.repeat(600_000), /too long/],
  ])('%s', (given, message) => {
    const r = compareExpressions(given, 'x', part());
    expect(r.status).toBe('format-error');
    expect(r.message).toMatch(message);
  });

  it('gives Japanese messages', () => {
    expect(compareExpressions('foo(x)', 'x', part(), 'ja').message).toMatch(/不明な関数/);
  });

  it('never reads a variable the part does not have', () => {
    const r = readExpression('a*x', ['x']);
    expect(r.ok).toBe(false);
  });
});

describe('constant number answers', () => {
  it('evaluates safe constant expressions', () => {
    expect(evaluateConstant('1/(1+e^-1.5)')).toBeCloseTo(0.8175744761936437, 12);
    expect(evaluateConstant('0.18*0.15')).toBeCloseTo(0.027, 12);
    expect(evaluateConstant('−0.18 × 0.15')).toBeCloseTo(-0.027, 12);
    expect(evaluateConstant('sqrt(2)/2')).toBeCloseTo(Math.SQRT1_2, 12);
    for (const bad of ['x', 'banana', 'import("fs")', '1/0', 'sqrt(-1)', 'constructor', '1'.repeat(300)]) expect(evaluateConstant(bad)).toBeNull();
  });

  it('is the fallback of number parsing', () => {
    expect(parseAnswer('number', '1/(1+e^-1.5)', 'en')).toMatchObject({ ok: true, value: 1 / (1 + Math.exp(-1.5)) });
    expect(parseAnswer('number', '-0.18*0.15', 'en')).toMatchObject({ ok: true });
    expect(parseAnswer('number', 'x + 1', 'en').ok).toBe(false);
    expect(parseAnswer('vector', '[1/(1+e^0), 2*3]', 'en')).toMatchObject({ ok: true, value: [0.5, 6] });
  });
});
