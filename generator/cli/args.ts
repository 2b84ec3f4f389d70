/**
 * Shared CLI argument handling: `--option k=v`, `--params JSON|@file.json`, `--seed`, answers files.
 * Every error is a one-line DlfError naming the flag/file and the bad value.
 *
 * @example
 *   parseOptionPairs(['rule=product'])    // { rule: 'product' }
 *   readParams('@lecture.json')           // parsed JSON from the file
 */
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { DlfError, show } from '../engine/errors.js';

export function parseOptionPairs(pairs: unknown): Record<string, string> {
  const list = pairs === undefined ? [] : Array.isArray(pairs) ? pairs : [pairs];
  const out: Record<string, string> = {};
  for (const item of list) {
    for (const pair of String(item).split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq <= 0) throw new DlfError(`--option should look like key=value (e.g. rule=product), got ${show(pair)}`);
      out[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
    }
  }
  return out;
}

export function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code ?? (err as Error).message;
    throw new DlfError(`cannot read ${what} ${path}: ${why}`);
  }
}

/** Parse YAML or JSON (JSON is YAML); the error names the file and the line. */
export function parseDataFile(text: string, path: string): unknown {
  try {
    // logLevel 'error': unknown tags (e.g. !!js/function) are kept as plain data, without a warning on stderr.
    return YAML.parse(text, { maxAliasCount: 100, logLevel: 'error' });
  } catch (err) {
    const first = String((err as Error).message).split('\n')[0];
    throw new DlfError(`${path}: not valid YAML/JSON: ${first}`);
  }
}

export function readDataFile(path: string, what: string): unknown {
  return parseDataFile(readText(path, what), path);
}

/** `--params '{"x":[4,0.5]}'` or `--params @file.json`. */
export function readParams(raw: unknown): unknown {
  if (raw === undefined) return undefined;
  const s = String(raw);
  if (s.startsWith('@')) return readDataFile(s.slice(1), 'params file');
  try {
    return JSON.parse(s);
  } catch (err) {
    throw new DlfError(`--params is not valid JSON (${(err as Error).message}); use --params @file.json for a file`);
  }
}

export function parseSeed(raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  const n = typeof raw === 'number' ? raw : Number(String(raw));
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) {
    throw new DlfError(`--seed should be an integer from 0 to 4294967295, got ${show(raw)}`);
  }
  return n;
}

/** Answers file: a map partKey → answer. */
export function readAnswers(path: string): Record<string, unknown> {
  const data = readDataFile(path, 'answers file');
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new DlfError(`${path}: answers should be a map of part key to answer (e.g. "z: 1.5"), got ${show(data)}`);
  }
  return data as Record<string, unknown>;
}
