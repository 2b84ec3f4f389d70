/**
 * Class rosters: a CSV file with a header row naming an id column (`id`, `student_id`, `student id`,
 * `student`, `学籍番号`) and a name column (`name`, `student name`, `氏名`, `名前`); other columns are
 * ignored. Quoted fields, CRLF and a UTF-8 BOM are fine. Ids become file names, so they may only use
 * letters, digits, `.`, `_` and `-`.
 *
 * @example
 *   parseRoster('id,name\ns001,"Higa, Yui"\n', 'roster.csv')   // [{ id: 's001', name: 'Higa, Yui' }]
 *   countRoster(3)                                           // s001, s002, s003
 */
import { DlfError, show } from '../engine/errors.js';

export interface Student {
  id: string;
  name: string;
}

const ID_HEADERS = ['id', 'student_id', 'student id', 'studentid', 'student', '学籍番号'];
const NAME_HEADERS = ['name', 'student name', 'student_name', 'full name', '氏名', '名前'];
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Split CSV text into rows of fields (RFC 4180: quotes, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (quoted) throw new DlfError('unterminated quoted field');
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

export function parseRoster(text: string, where: string): Student[] {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (err) {
    throw new DlfError(`${where}: ${(err as Error).message}`);
  }
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const idCol = header.findIndex((h) => ID_HEADERS.includes(h));
  const nameCol = header.findIndex((h) => NAME_HEADERS.includes(h));
  if (idCol < 0 || nameCol < 0) {
    throw new DlfError(`${where}: line 1 should be a header with an id and a name column (e.g. "id,name"), got ${show(rows[0]?.join(',') ?? '')}`);
  }
  const students: Student[] = [];
  const seen = new Map<string, number>();
  rows.slice(1).forEach((r, i) => {
    const line = i + 2;
    if (r.every((f) => f.trim() === '')) return;
    const id = (r[idCol] ?? '').trim();
    const name = (r[nameCol] ?? '').trim();
    if (!ID_PATTERN.test(id)) {
      throw new DlfError(`${where}: line ${line}: id should be 1-64 letters, digits, ".", "_" or "-" (it names files), got ${show(id)}`);
    }
    if (seen.has(id)) throw new DlfError(`${where}: line ${line}: id ${show(id)} already used on line ${seen.get(id)}`);
    seen.set(id, line);
    students.push({ id, name: name || id });
  });
  if (students.length === 0) throw new DlfError(`${where}: no students (a header line and one line per student: id,name)`);
  return students;
}

/** `--count N`: anonymous students s001 … sNNN. */
export function countRoster(n: number): Student[] {
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new DlfError(`--count should be an integer from 1 to 100000, got ${show(n)}`);
  const width = Math.max(3, String(n).length);
  return Array.from({ length: n }, (_, i) => {
    const id = `s${String(i + 1).padStart(width, '0')}`;
    return { id, name: '' };
  });
}
