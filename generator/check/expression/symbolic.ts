/**
 * The symbolic second opinion: nerdamer-prime's `simplify(given − expected)`. It never decides a
 * verdict (the numeric check does); it only adds a hint when the numeric check cannot decide.
 * nerdamer is loaded lazily (the CLI does not pay for it unless needed), runs only on small inputs
 * without large number literals (it expands powers exactly: (x+1)^100 would take seconds), under its
 * own cooperative timeout, and its global expression history is flushed after every call.
 *
 * @example
 *   symbolicallyEqual(readGiven.node, readExpected.node)   // true | false | null (not tried / gave up)
 */
import { createRequire } from 'node:module';
import type { ConstantNode, MathNode } from 'mathjs';
import { SYMBOLIC } from './policy.js';

interface Nerdamer {
  (expr: string): { toString(): string };
  set(setting: string, value: unknown): void;
  flush(): void;
  clearVars?(): void;
}

let nerdamer: Nerdamer | null | undefined;

function load(): Nerdamer | null {
  if (nerdamer === undefined) {
    try {
      nerdamer = createRequire(import.meta.url)('nerdamer-prime/all') as Nerdamer;
      nerdamer.set('TIMEOUT', SYMBOLIC.timeoutMs);
    } catch {
      nerdamer = null;
    }
  }
  return nerdamer;
}

/** Small enough, and no literal large enough to make exact expansion explode. */
export function symbolicEligible(node: MathNode): boolean {
  const text = node.toString({ implicit: 'show' });
  if (text.length > SYMBOLIC.maxChars) return false;
  let count = 0;
  let ok = true;
  node.traverse((n) => {
    count++;
    if (n.type === 'ConstantNode' && Math.abs(Number((n as ConstantNode).value)) > SYMBOLIC.maxLiteral) ok = false;
  });
  return ok && count <= SYMBOLIC.maxNodes;
}

/** Text nerdamer reads the same way: explicit `*`, natural `log`, e and pi as constants. */
export function nerdamerText(node: MathNode): string {
  return node.toString({ implicit: 'show', parenthesis: 'keep' });
}

/** true: nerdamer simplifies the difference to 0; false: to something else; null: not tried or failed. */
export function symbolicallyEqual(given: MathNode, expected: MathNode): boolean | null {
  if (!symbolicEligible(given) || !symbolicEligible(expected)) return null;
  const nd = load();
  if (!nd) return null;
  try {
    const out = nd(`simplify((${nerdamerText(given)})-(${nerdamerText(expected)}))`).toString();
    return out === '0';
  } catch {
    return null;
  } finally {
    try {
      nd.flush();
    } catch {
      /* nothing to flush */
    }
  }
}
