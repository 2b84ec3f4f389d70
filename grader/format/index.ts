/**
 * Report formatters by name: text (terminal table), json, junit (XML), markdown.
 *
 * @example
 *   formatReport(report, 'junit');
 */
import type { Report } from '../report.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatText } from './text.js';

export const FORMATS = ['text', 'json', 'junit', 'markdown'] as const;
export type FormatName = (typeof FORMATS)[number];

const formatters: Record<FormatName, (r: Report) => string> = { text: formatText, json: formatJson, junit: formatJunit, markdown: formatMarkdown };

export function formatReport(r: Report, format: FormatName): string {
  return formatters[format](r);
}

export { formatJson, formatJunit, formatMarkdown, formatText };
