/**
 * Read an expression a student typed into a safe mathjs syntax tree: normalise the text, parse it
 * with mathjs, rewrite what students mean (`ln` → natural `log`, `x(x+1)` → `x·(x+1)`, `ax` → `a·x`
 * when a and x are both variables, `σ(u)` → `1/(1+e^(−u))`), and validate against a whitelist: only
 * numbers, the allowed variables, `e`, `pi`, + − · / ^ and the functions below. Anything else —
 * assignments, function definitions, `import(...)`, `constructor`, units, matrices, unknown
 * functions or symbols — is a format error naming it. Never throws.
 *
 * @example
 *   readExpression('2x e^x + ln(x)', ['x'])   // { ok: true, node: <mathjs Node>, nodes: 12 }
 *   readExpression('foo(x)', ['x'])           // { ok: false, error: { code: 'unknown-function', detail: 'foo' } }
 */
import { ConstantNode, FunctionNode, OperatorNode, ParenthesisNode, SymbolNode, parse, type MathNode } from 'mathjs';
import { normaliseExpression, type ReadError } from './normalise.js';
import { LIMITS } from './policy.js';

export type { ReadError };
export type ReadResult = { ok: true; node: MathNode; nodes: number } | { ok: false; error: ReadError };

/** Allowed functions and their argument counts. `ln` is read as `log` (natural); `sigma` as the sigmoid. */
export const FUNCTIONS: Record<string, number[]> = {
  exp: [1], log: [1, 2], sqrt: [1], sin: [1], cos: [1], tan: [1], abs: [1],
};
const ALIASES: Record<string, string> = { ln: 'log', sigmoid: 'sigma', σ: 'sigma' };
export const CONSTANTS = ['e', 'pi'];
const OPERATORS = new Set(['add', 'subtract', 'multiply', 'divide', 'pow', 'unaryMinus', 'unaryPlus']);

class Reject extends Error {
  constructor(readonly error: ReadError) {
    super(error.code);
  }
}

export function readExpression(raw: string, variables: readonly string[]): ReadResult {
  const norm = normaliseExpression(raw);
  if (!norm.ok) return norm;
  if (norm.text === '') return { ok: false, error: { code: 'syntax', detail: 'empty' } };
  let tree: MathNode;
  try {
    tree = parse(norm.text);
  } catch (err) {
    if (err instanceof RangeError) return { ok: false, error: { code: 'too-deep', detail: String(LIMITS.maxDepth) } };
    return { ok: false, error: { code: 'syntax', detail: shortParserMessage(err) } };
  }
  try {
    const counter = { nodes: 0 };
    const node = rewrite(tree, new Set(variables), counter, 0);
    return { ok: true, node, nodes: counter.nodes };
  } catch (err) {
    if (err instanceof Reject) return { ok: false, error: err.error };
    if (err instanceof RangeError) return { ok: false, error: { code: 'too-deep', detail: String(LIMITS.maxDepth) } };
    return { ok: false, error: { code: 'syntax', detail: 'unreadable' } };
  }
}

function shortParserMessage(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  return m.replace(/\s+/g, ' ').slice(0, 80);
}

const fail = (code: ReadError['code'], detail?: string): never => {
  throw new Reject({ code, detail });
};

function rewrite(n: MathNode, vars: Set<string>, counter: { nodes: number }, depth: number): MathNode {
  if (++counter.nodes > LIMITS.maxNodes) fail('too-long', `${LIMITS.maxNodes} terms`);
  if (depth > 4 * LIMITS.maxDepth + 50) fail('too-deep', String(LIMITS.maxDepth));
  const next = (c: MathNode) => rewrite(c, vars, counter, depth + 1);
  switch (n.type) {
    case 'ConstantNode': {
      const v = (n as ConstantNode).value as unknown;
      if (typeof v !== 'number' || !Number.isFinite(v)) fail('not-allowed', String(v));
      return n;
    }
    case 'SymbolNode':
      return symbol((n as SymbolNode).name, vars);
    case 'ParenthesisNode':
      return new ParenthesisNode(next((n as ParenthesisNode).content));
    case 'OperatorNode': {
      const op = n as OperatorNode;
      if (!OPERATORS.has(op.fn)) fail('not-allowed', op.op);
      if (op.fn === 'pow') {
        const juxtaposed = powWithCall(op, vars, next);
        if (juxtaposed) return juxtaposed;
      }
      const args = op.args.map(next);
      // xe^x is x·e^x, not (x·e)^x: the power binds to the last letter of a split name.
      const base = op.args[0]!;
      if (op.fn === 'pow' && base.type === 'SymbolNode' && !vars.has((base as SymbolNode).name) && splits((base as SymbolNode).name, vars)) {
        const letters = [...(base as SymbolNode).name];
        const last = new OperatorNode('^', 'pow', [new SymbolNode(letters.pop()!), args[1]!]);
        return [...letters.map((c) => new SymbolNode(c) as MathNode), last].reduce((acc, f) => new OperatorNode('*', 'multiply', [acc, f], true));
      }
      return new OperatorNode(op.op as never, op.fn as never, args, op.implicit);
    }
    case 'FunctionNode': {
      const f = n as FunctionNode;
      const fnNode = f.fn as MathNode;
      if (fnNode.type !== 'SymbolNode') fail('not-allowed', 'call');
      const raw = (fnNode as SymbolNode).name;
      const name = ALIASES[raw] ?? raw;
      const known = Object.prototype.hasOwnProperty.call(FUNCTIONS, name) || name === 'sigma';
      const product = !known && (vars.has(raw) || CONSTANTS.includes(raw) || splits(raw, vars));
      // Name the unknown function before looking inside it: import("fs") is about import.
      if (!known && !product) fail('unknown-function', raw);
      const args = f.args.map(next);
      // x(x+1), e(x-1), a(1-a): a variable or constant followed by brackets is a product.
      if (product) {
        if (args.length !== 1) fail('not-allowed', `${raw}(…, …)`);
        return new OperatorNode('*', 'multiply', [symbol(raw, vars), new ParenthesisNode(args[0]!)], true);
      }
      if (name === 'sigma') {
        if (args.length !== 1) fail('wrong-arity', `${raw}:1`);
        return sigmoid(args[0]!);
      }
      const arity = FUNCTIONS[name]!;
      if (!arity.includes(args.length)) fail('wrong-arity', `${raw}:${arity.join(' or ')}`);
      return new FunctionNode(name, args);
    }
    case 'AssignmentNode':
    case 'FunctionAssignmentNode':
      return fail('not-allowed', '=');
    case 'BlockNode':
      return fail('not-allowed', ';');
    case 'ConditionalNode':
      return fail('not-allowed', '?:');
    case 'RelationalNode':
      return fail('not-allowed', 'comparison');
    case 'AccessorNode':
    case 'IndexNode':
      return fail('not-allowed', '.');
    case 'ArrayNode':
    case 'ObjectNode':
    case 'RangeNode':
      return fail('not-allowed', n.type === 'RangeNode' ? ':' : '[ ]');
    default:
      return fail('not-allowed', n.type);
  }
}

/** The argument of a call like x(…) or e(…) whose "function" is really a variable or constant. */
function productCall(n: MathNode, vars: Set<string>): MathNode | null {
  if (n.type !== 'FunctionNode') return null;
  const f = n as FunctionNode;
  const fn = f.fn as MathNode;
  if (fn.type !== 'SymbolNode' || f.args.length !== 1) return null;
  const name = (fn as SymbolNode).name;
  const known = Object.prototype.hasOwnProperty.call(FUNCTIONS, ALIASES[name] ?? name) || (ALIASES[name] ?? name) === 'sigma';
  return !known && (vars.has(name) || CONSTANTS.includes(name) || splits(name, vars)) ? f.args[0]! : null;
}

/**
 * mathjs binds a call tighter than ^, but students mean juxtaposition: e^x(x+2) is e^x·(x+2), not
 * e^(x(x+2)); x (x^2+4)^(-1/2) is x·(x^2+4)^(-1/2), not (x(x^2+4))^(-1/2).
 */
function powWithCall(op: OperatorNode, vars: Set<string>, next: (n: MathNode) => MathNode): MathNode | null {
  const [base, exp] = op.args as [MathNode, MathNode];
  const expArg = productCall(exp, vars);
  if (expArg) {
    const name = ((exp as FunctionNode).fn as unknown as SymbolNode).name;
    const power = new OperatorNode('^', 'pow', [next(base), symbol(name, vars)]);
    return new OperatorNode('*', 'multiply', [power, new ParenthesisNode(next(expArg))], true);
  }
  const baseArg = productCall(base, vars);
  if (baseArg) {
    const name = ((base as FunctionNode).fn as unknown as SymbolNode).name;
    const power = new OperatorNode('^', 'pow', [new ParenthesisNode(next(baseArg)), next(exp)]);
    return new OperatorNode('*', 'multiply', [symbol(name, vars), power], true);
  }
  return null;
}

/** A single-letter-only symbol made of allowed names, e.g. `ax` with a and x allowed. */
function splits(name: string, vars: Set<string>): boolean {
  return name.length > 1 && name.length <= 8 && [...name].every((c) => vars.has(c) || c === 'e');
}

function symbol(name: string, vars: Set<string>): MathNode {
  if (vars.has(name) || CONSTANTS.includes(name)) return new SymbolNode(name);
  if (splits(name, vars)) {
    const factors: MathNode[] = [...name].map((c) => new SymbolNode(c));
    return factors.reduce((acc, f) => new OperatorNode('*', 'multiply', [acc, f], true));
  }
  const fn = ALIASES[name] ?? name;
  if (Object.prototype.hasOwnProperty.call(FUNCTIONS, fn) || fn === 'sigma') return fail('needs-parens', name);
  return fail('unknown-symbol', name);
}

/** σ(u) = 1/(1 + e^(−u)). */
export function sigmoid(u: MathNode): MathNode {
  const expNeg = new OperatorNode('^', 'pow', [new SymbolNode('e'), new ParenthesisNode(new OperatorNode('-', 'unaryMinus', [new ParenthesisNode(u)]))]);
  return new ParenthesisNode(
    new OperatorNode('/', 'divide', [new ConstantNode(1), new ParenthesisNode(new OperatorNode('+', 'add', [new ConstantNode(1), expNeg]))]),
  );
}
