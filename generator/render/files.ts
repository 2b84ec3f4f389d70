/**
 * Render a sheet's views into files (relative paths → contents), one function per output: a
 * student's worksheet and key in md/html/tex, the instructor's combined key, and the assets the
 * HTML pages need offline (KaTeX's CSS and fonts, sheet.css).
 *
 * The instructor's combined key is every student's key in one file for md and tex; for HTML it is
 * an index page (`classKeyIndex`) linking each student's own `key.html`, which is already rendered —
 * a single page holding a whole class's KaTeX markup was ~0.57 MB per student (570 MB for 1,000),
 * too big to open in a browser and the largest single cost of a class-sized run.
 *
 * @example
 *   const tpl = loadTemplates();
 *   studentFiles({ md: formatView(view, 'md') }, tpl)   // [{ file: 'worksheet.md', content }, …]
 *   const keys = new CombinedKeys('worksheets', tpl, ['md'], { lang: 'en', title: 'Week 3' });
 *   keys.add(keyChunks(views, tpl, false)); keys.close();
 *   classKeyIndex(tpl, { lang: 'en', title: 'Week 3' }, [{ id: 's001', name: '' }], 10)
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { Format, SheetView } from './view.js';
import type { TemplateName, Templates } from './templates.js';
import { translator } from '../i18n/index.js';
import { renderMessages } from './messages.js';
import { escapeHtml } from './html-target.js';
import { escapeTex } from './tex-target.js';
import { AtomicStream, copyTree, ensureDir, writeAtomic } from '../engine/write.js';

const t = translator(renderMessages);

export interface OutFile {
  file: string;
  content: string;
}

/** The same sheet formatted for each text format asked for. */
export type Views = Partial<Record<Format, SheetView>>;

function htmlPage(tpl: Templates, view: SheetView, body: string, assets: string, kind: string): string {
  return tpl.render('page.html', { lang: view.lang, title: view.title, assets, kind, body });
}

function texDocument(tpl: Templates, views: SheetView[], body: string, file: string, tikz = views.some((v) => v.questions.some((q) => q.figures.some((f) => f.tikz)))): string {
  const lang = views[0]!.lang;
  return tpl.render('document.tex', {
    lang, ja: lang === 'ja', tikz, title: views[0]!.title.replace(/[\r\n]+/g, ' '), body, file,
    compiler: lang === 'ja' ? 'lualatex' : 'pdflatex',
  });
}

function keyData(views: SheetView[], format: Format, all = views.length > 1) {
  const v = views[0]!;
  const heading = t(v.lang, all ? 'render.key.all' : 'render.key');
  const plain = format === 'html' ? escapeHtml : format === 'tex' ? escapeTex : (s: string) => s;
  return { lang: v.lang, title: v.title, heading: plain(heading), labels: v.labels, sheets: views, continued: false };
}

/** A student's files: worksheet and key in each text format, SVG figures for the Markdown. */
export function studentFiles(views: Views, tpl: Templates, assets = '../../assets'): OutFile[] {
  const out: OutFile[] = [];
  if (views.md) {
    out.push({ file: 'worksheet.md', content: tpl.render('worksheet.md', views.md) });
    out.push({ file: 'key.md', content: tpl.render('key.md', keyData([views.md], 'md')) });
    for (const q of views.md.questions) for (const f of q.figures) out.push({ file: f.file, content: `${f.svg}\n` });
  }
  if (views.html) {
    const v = views.html;
    out.push({ file: 'worksheet.html', content: htmlPage(tpl, v, tpl.render('worksheet.html', v), assets, 'worksheet') });
    out.push({ file: 'key.html', content: htmlPage(tpl, v, tpl.render('key.html', keyData([v], 'html')), assets, 'key') });
  }
  if (views.tex) {
    const v = views.tex;
    const figureUnavailable = escapeTex(t(v.lang, 'render.figure.unavailable'));
    out.push({ file: 'worksheet.tex', content: texDocument(tpl, [v], tpl.render('worksheet.tex', { ...v, figureUnavailable }), 'worksheet.tex') });
    out.push({ file: 'key.tex', content: texDocument(tpl, [v], tpl.render('key.tex', keyData([v], 'tex')), 'key.tex', false) });
  }
  return out;
}

/** One student's part of the instructor's combined key, per format (`continued` after the first student). */
export type KeyChunks = Partial<Record<Format, string>>;

export function keyChunks(views: Views, tpl: Templates, continued: boolean, formats: readonly Format[] = ['md', 'html', 'tex']): KeyChunks {
  const out: KeyChunks = {};
  for (const f of formats) {
    const v = views[f];
    if (v) out[f] = tpl.render(`key.${f}` as TemplateName, { ...keyData([v], f, true), continued });
  }
  return out;
}

/**
 * The instructor's `key.html`: the class's students in roster order, each linking their own key
 * page (worked solutions, KaTeX pre-rendered) and worksheet under `students/<id>/`.
 */
export function classKeyIndex(tpl: Templates, page: { lang: SheetView['lang']; title: string }, students: { id: string; name: string }[], maxScore: number): string {
  const lang = page.lang;
  const title = escapeHtml(page.title);
  const body = tpl.render('class-key.html', {
    lang,
    title,
    heading: escapeHtml(t(lang, 'render.key.all')),
    note: escapeHtml(t(lang, 'render.key.index')),
    labels: Object.fromEntries(['name', 'id', 'key', 'worksheet', 'total'].map((l) => [l, escapeHtml(t(lang, `render.${l}`))])),
    maxScore,
    students: students.map((s) => ({ id: escapeHtml(s.id), name: escapeHtml(s.name), key: `students/${encodeURIComponent(s.id)}/key.html`, worksheet: `students/${encodeURIComponent(s.id)}/worksheet.html` })),
  });
  return htmlPage(tpl, { lang, title } as SheetView, body, 'assets', 'key-index');
}

/**
 * The instructor's key for the whole class, one file per text format, written student by student
 * (so a class of any size never sits in memory as one string): `add` each student's chunks in
 * order (see keyChunks), then `close`.
 */
export class CombinedKeys {
  private streams = new Map<Format, { stream: AtomicStream; suffix: string }>();
  /** `names` overrides a format's file name in `outDir` (default `key.<format>`). */
  constructor(outDir: string, tpl: Templates, formats: Format[], page: { lang: SheetView['lang']; title: string }, assets = 'assets', names: Partial<Record<Format, string>> = {}) {
    const BODY = '\u0000BODY\u0000';
    for (const f of formats) {
      const title = f === 'html' ? escapeHtml(page.title) : f === 'tex' ? escapeTex(page.title) : page.title;
      const v = { lang: page.lang, title, questions: [] } as unknown as SheetView;
      const shell = f === 'html' ? htmlPage(tpl, v, BODY, assets, 'key') : f === 'tex' ? texDocument(tpl, [v], BODY, 'key.tex', false) : BODY;
      const [prefix, suffix] = shell.split(BODY) as [string, string];
      const stream = new AtomicStream(join(outDir, names[f] ?? `key.${f}`));
      stream.write(prefix);
      this.streams.set(f, { stream, suffix });
    }
  }

  add(chunks: KeyChunks): void {
    for (const [f, s] of this.streams) if (chunks[f] !== undefined) s.stream.write(chunks[f]!);
  }

  /** Finish every file; returns how many were written. */
  close(): number {
    for (const s of this.streams.values()) {
      s.stream.write(s.suffix);
      s.stream.close();
    }
    return this.streams.size;
  }

  abort(): void {
    for (const s of this.streams.values()) s.stream.abort();
  }
}

/** KaTeX's CSS and fonts and sheet.css into `<outDir>/assets/`, for the HTML pages to work offline. */
export function writeAssets(outDir: string, tpl: Templates): string {
  const require = createRequire(import.meta.url);
  const katexDist = dirname(require.resolve('katex/dist/katex.min.css'));
  const dir = join(outDir, 'assets');
  ensureDir(join(dir, 'katex'));
  writeAtomic(join(dir, 'katex', 'katex.min.css'), readFileSync(join(katexDist, 'katex.min.css')));
  copyTree(join(katexDist, 'fonts'), join(dir, 'katex', 'fonts'));
  writeAtomic(join(dir, 'sheet.css'), tpl.asset('sheet.css'));
  return dir;
}
