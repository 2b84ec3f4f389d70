/**
 * Answers → parse: turn what a student wrote (from YAML/JSON: numbers, strings, nested arrays)
 * into a value of the part's kind, or a format error that says what was expected. Never throws.
 *
 * @example
 *   parseAnswer('vector', '[0.5, −1]', 'en')   // { ok: true, value: [0.5, -1], written: [...] }
 *   parseAnswer('number', 'abc', 'en')         // { ok: false, message: 'Expected a number such as …' }
 */
import type { Lang, PartKind } from '../../exercises/types.js';
import { translator } from '../i18n/index.js';
import { checkMessages } from '../i18n/check-messages.js';
import { show } from '../engine/errors.js';
import { normaliseNumberText, parseNumberText, writtenFromNumber, type WrittenNumber } from './number.js';
import { evaluateConstant } from './expression/constant.js';

const t = translator(checkMessages);

export type Parsed =
  | { ok: true; kind: 'number' | 'integer'; value: number; written: WrittenNumber }
  | { ok: true; kind: 'vector'; value: number[]; written: WrittenNumber[] }
  | { ok: true; kind: 'matrix'; value: number[][]; written: WrittenNumber[][] }
  | { ok: true; kind: 'expression'; value: string }
  | { ok: false; missing: boolean; message: string };

const MAX_CELLS = 10_000;

export function isMissing(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

export function parseAnswer(kind: PartKind, raw: unknown, lang: Lang): Parsed {
  if (isMissing(raw)) return { ok: false, missing: true, message: t(lang, 'check.missing') };
  switch (kind) {
    case 'number':
    case 'integer': {
      const w = parseScalar(raw);
      if (!w || (kind === 'integer' && !Number.isInteger(w.value))) {
        return formatError(lang, `check.format.${kind}`, raw);
      }
      return { ok: true, kind, value: w.value, written: w };
    }
    case 'vector':
      return parseVector(raw, lang);
    case 'matrix':
      return parseMatrix(raw, lang);
    case 'expression':
      if (typeof raw === 'number' && Number.isFinite(raw)) return { ok: true, kind, value: String(raw) };
      if (typeof raw !== 'string') return formatError(lang, 'check.format.number', raw);
      return { ok: true, kind, value: raw };
  }
}

function formatError(lang: Lang, id: string, raw: unknown): Parsed {
  return { ok: false, missing: false, message: t(lang, id, { given: show(raw) }) };
}

/**
 * A number from a JS number or a string (plain, scientific, fraction, unicode minus), or else a
 * constant expression such as `1/(1+e^-1.5)` or `0.18*0.15` (read safely, see expression/constant.ts;
 * judged by the relative tolerance only, like a fraction).
 */
export function parseScalar(raw: unknown): WrittenNumber | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? writtenFromNumber(raw) : null;
  if (typeof raw === 'string') return parseNumberText(raw) ?? constantFromText(raw);
  return null;
}

function constantFromText(raw: string): WrittenNumber | null {
  const value = evaluateConstant(raw);
  return value === null ? null : { value, decimals: 0, sig: 0 };
}

/** Students may write a vector/matrix as a YAML list or as a string "[1, 2]" / "1, 2". */
function listFromString(raw: unknown): unknown {
  if (typeof raw !== 'string' || raw.length > 100_000) return raw;
  const s = normaliseNumberText(raw);
  try {
    return JSON.parse(s.startsWith('[') ? s : `[${s}]`);
  } catch {
    // Not JSON: try to read numbers written as strings inside brackets, e.g. [1/2, -3e-2].
    const inner = s.replace(/^\[|\]$/g, '');
    if (inner.includes('[')) return raw;
    return inner.split(/[,;]/);
  }
}

function parseVector(raw: unknown, lang: Lang): Parsed {
  let list = listFromString(raw);
  if (typeof list === 'number') list = [list];
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_CELLS) {
    return formatError(lang, 'check.format.vector', raw);
  }
  // A column vector written as [[1], [2]] is still a vector.
  if (list.every((c) => Array.isArray(c) && c.length === 1)) list = list.map((c) => (c as unknown[])[0]);
  const cellsIn = list as unknown[];
  const written: WrittenNumber[] = [];
  for (let i = 0; i < cellsIn.length; i++) {
    const w = parseScalar(cellsIn[i]);
    if (!w) return { ok: false, missing: false, message: t(lang, 'check.format.cell', { index: `[${i}]`, given: show(cellsIn[i]) }) };
    written.push(w);
  }
  return { ok: true, kind: 'vector', value: written.map((w) => w.value), written };
}

function parseMatrix(raw: unknown, lang: Lang): Parsed {
  const rows = listFromString(raw);
  if (!Array.isArray(rows) || rows.length === 0 || rows.length > MAX_CELLS) {
    return formatError(lang, 'check.format.matrix', raw);
  }
  const written: WrittenNumber[][] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!Array.isArray(row) || row.length === 0 || row.length * rows.length > MAX_CELLS) {
      return formatError(lang, 'check.format.matrix', raw);
    }
    const out: WrittenNumber[] = [];
    for (let j = 0; j < row.length; j++) {
      const w = parseScalar(row[j]);
      if (!w) {
        return { ok: false, missing: false, message: t(lang, 'check.format.cell', { index: `[${i}][${j}]`, given: show(row[j]) }) };
      }
      out.push(w);
    }
    written.push(out);
  }
  const lengths = written.map((r) => r.length);
  if (new Set(lengths).size > 1) {
    return { ok: false, missing: false, message: t(lang, 'check.format.ragged', { lengths: lengths.join(', ') }) };
  }
  return { ok: true, kind: 'matrix', value: written.map((r) => r.map((w) => w.value)), written };
}
