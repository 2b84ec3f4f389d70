/**
 * Text normalisation of a typed expression, before any parsing: typography students paste
 * (unicode minus, ·, ×, ÷, √, π, σ, superscripts, full-width characters), `**` for powers, `{}`/`[]`
 * as brackets, a leading `dy/dx =` or `y' =`; and the cheap guards that must run before mathjs's
 * recursive parser sees the text: length and bracket depth.
 *
 * @example
 *   normaliseExpression('3x² · e^x')     // { ok: true, text: '3x^(2) * e^x' }
 *   normaliseExpression('('.repeat(5000)) // { ok: false, error: { code: 'too-deep', ... } }
 */
import { LIMITS } from './policy.js';

export type ReadErrorCode =
  | 'too-long'
  | 'too-deep'
  | 'unbalanced'
  | 'syntax'
  | 'unknown-function'
  | 'unknown-symbol'
  | 'needs-parens'
  | 'not-allowed'
  | 'wrong-arity'
  | 'too-big';

export interface ReadError {
  code: ReadErrorCode;
  /** The offending name, operator or parser message, for the feedback text. */
  detail?: string;
}

export type Normalised = { ok: true; text: string } | { ok: false; error: ReadError };

const SUPERSCRIPT: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
  '⁻': '-', '⁺': '+', 'ˣ': 'x', '⁽': '(', '⁾': ')',
};
const SUPER_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺ˣ⁽⁾]+/g;
const ANSWER_PREFIX = /^\s*(?:d\s*y\s*\/\s*d\s*x|dy\/dx|y\s*'|y\s*′|f\s*['′]\s*(?:\(\s*x\s*\))?|y)\s*=(?!=)/i;

export function normaliseExpression(raw: string): Normalised {
  // Refuse oversized input before any regex touches it (a 1 MB string costs nothing here).
  if (raw.length > LIMITS.maxChars * 2) return { ok: false, error: { code: 'too-long', detail: String(raw.length) } };
  let s = raw
    // Superscripts first: NFKC would turn x² into x2 (= x·2).
    .replace(SUPER_RUN, (run) => `^(${[...run].map((c) => SUPERSCRIPT[c] ?? c).join('')})`)
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013\u2014\uFE63\uFF0D]/g, '-')
    .replace(/[·•∙⋅×✕]/g, '*')
    .replace(/÷/g, '/')
    .replace(/π/g, 'pi')
    .replace(/σ/g, 'sigma')
    .replace(/√\s*([A-Za-z0-9.]+)/g, 'sqrt($1)')
    .replace(/√/g, 'sqrt')
    .replace(/\*\*/g, '^')
    .replace(/[{[]/g, '(')
    .replace(/[}\]]/g, ')')
    .replace(/[\s\u00A0\u2009\u202F]+/g, ' ')
    .trim();
  s = s.replace(ANSWER_PREFIX, '').trim();
  if (s.length > LIMITS.maxChars) return { ok: false, error: { code: 'too-long', detail: String(s.length) } };
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 40 /* ( */) {
      depth++;
      if (depth > LIMITS.maxDepth) return { ok: false, error: { code: 'too-deep', detail: String(LIMITS.maxDepth) } };
    } else if (c === 41 /* ) */) {
      depth--;
      if (depth < 0) return { ok: false, error: { code: 'unbalanced' } };
    }
  }
  if (depth !== 0) return { ok: false, error: { code: 'unbalanced' } };
  return { ok: true, text: s };
}
