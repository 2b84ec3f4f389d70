/**
 * Handlebars templates of the rendered sheets, from `templates/` or, file by file, from an
 * override directory (`--templates DIR`: any of the files below found there wins). They are
 * compiled once with `noEscape` — the view's strings are already escaped for their format (see
 * view.ts) — and `strict`, so a misspelt field is an error naming the template, not a blank.
 *
 * @example
 *   const tpl = loadTemplates('my-templates');
 *   tpl.render('worksheet.md', view)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { DlfError } from '../engine/errors.js';

export const DEFAULT_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

export const TEMPLATE_NAMES = [
  'worksheet.md', 'key.md', 'worksheet.html', 'key.html', 'class-key.html', 'page.html', 'worksheet.tex', 'key.tex', 'document.tex',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export interface Templates {
  render: (name: TemplateName, data: object) => string;
  /** An asset file's text (e.g. sheet.css), from the override directory if present there. */
  asset: (file: string) => string;
  /** Where each template came from, for the summary. */
  dirs: string[];
}

function pickFile(file: string, override?: string): string {
  if (override) {
    const p = join(override, file);
    if (existsSync(p)) return p;
  }
  return join(DEFAULT_TEMPLATES, file);
}

export function loadTemplates(override?: string): Templates {
  if (override && !existsSync(override)) throw new DlfError(`--templates ${override}: no such directory`);
  const hb = Handlebars.create();
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('inc', (n: number) => n + 1);
  const compiled = new Map<TemplateName, Handlebars.TemplateDelegate>();
  const get = (name: TemplateName) => {
    let fn = compiled.get(name);
    if (!fn) {
      const path = pickFile(`${name}.hbs`, override);
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        throw new DlfError(`cannot read template ${path}`);
      }
      try {
        hb.parse(text);
      } catch (err) {
        throw new DlfError(`template ${path}: ${(err as Error).message.split('\n')[0]}`);
      }
      fn = hb.compile(text, { noEscape: true, strict: true });
      compiled.set(name, fn);
    }
    return { fn, path: pickFile(`${name}.hbs`, override) };
  };
  return {
    render(name, data) {
      const { fn, path } = get(name);
      try {
        return fn(data);
      } catch (err) {
        throw new DlfError(`template ${path}: ${(err as Error).message.split('\n')[0]}`);
      }
    },
    asset(file) {
      const path = pickFile(file, override);
      try {
        return readFileSync(path, 'utf8');
      } catch {
        throw new DlfError(`cannot read template asset ${path}`);
      }
    },
    dirs: override ? [override, DEFAULT_TEMPLATES] : [DEFAULT_TEMPLATES],
  };
}
