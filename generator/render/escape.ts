/**
 * Escaping text for the formats we write by hand: HTML/XML text and attributes, and CSV cells.
 *
 * @example
 *   escapeHtml('a < b & "c"')   // 'a &lt; b &amp; &quot;c&quot;'
 *   csvCell('Higa, Yui')        // '"Higa, Yui"'
 *   csvCell('=HYPERLINK()')     // "'=HYPERLINK()"  (never a spreadsheet formula)
 */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/**
 * One CSV cell (RFC 4180 quoting). A text cell that starts with = + - @ or a tab would be run as a
 * formula by spreadsheets (CSV injection from a student's name or id), so it is prefixed with '.
 * Numbers are written as they are.
 */
export function csvCell(v: string | number): string {
  const s = String(v);
  const safe = typeof v === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
