/**
 * The expression-checking policy in numbers, in one place (the README's "How answers are checked"
 * quotes them). Every limit exists so that no answer can make the checker slow or crash it.
 *
 * @example
 *   if (text.length > LIMITS.maxChars) return tooLong();
 */
export const LIMITS = {
  /** Longest answer we read, in characters (after trimming). A 1 MB string is refused at once. */
  maxChars: 2000,
  /** Deepest nesting of brackets. mathjs's recursive parser overflows the stack near 500. */
  maxDepth: 40,
  /** Largest syntax tree we evaluate. */
  maxNodes: 400,
} as const;

export const SAMPLING = {
  /** Candidate points drawn per (variables, domain); the checker stops once `target` are usable. */
  candidates: 32,
  /** Usable points (both sides finite and real) we aim for. */
  target: 10,
  /** Fewer usable points than this: "cannot decide", never "wrong". */
  min: 8,
  /** Range for a variable the part gives no domain for. */
  defaultRange: [-2.5, 2.5] as [number, number],
} as const;

/** |given − expected| ≤ rel·max(|given|, |expected|) + abs·max(1, max |expected| over the points). */
export const TOLERANCE = { rel: 1e-8, abs: 1e-10 } as const;

/** The symbolic second opinion (nerdamer-prime) only runs on small inputs, under its own timeout. */
export const SYMBOLIC = {
  maxChars: 120,
  maxNodes: 60,
  /** Largest number literal allowed in an input we hand to nerdamer (it expands powers exactly). */
  maxLiteral: 10,
  /** nerdamer's own cooperative timeout for simplify, in ms. */
  timeoutMs: 40,
} as const;
