/**
 * A user-facing error: the CLI prints its message on one line (`dlf: <message>`) and exits non-zero,
 * without a stack trace. Messages name the API/file/field and the bad value, e.g.
 * `neuron-step: alpha should be > 0, got -1`.
 *
 * @example
 *   throw new DlfError(`--seed should be a non-negative integer, got "abc"`);
 */
export class DlfError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'DlfError';
    this.exitCode = exitCode;
  }
}

/** Short, safe rendering of a value for error messages (never huge, never throws). */
export function show(value: unknown, max = 60): string {
  let s: string;
  try {
    s = typeof value === 'number' && !Number.isFinite(value) ? String(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    s = Object.prototype.toString.call(value);
  }
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
