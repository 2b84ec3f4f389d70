/**
 * HTML target: text escaped, math pre-rendered by KaTeX at build time (no script runs in the
 * browser; the page needs only `katex.min.css` and its fonts, shipped beside it). Rendered formulas
 * are cached, since a class's sheets repeat many of them. A formula KaTeX cannot parse is shown as
 * its LaTeX source in `<code class="math-fallback">` and reported through `mathProblems()`.
 *
 * @example
 *   renderMath('\\sigma(z)', false)           // '<span class="katex">…</span>'
 *   markdownBlocks('Find $a$.', htmlTarget)   // '<p>Find <span class="katex">…</span>.</p>'
 */
import katex from 'katex';
import type { Target } from './markdown.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const cache = new Map<string, string>();
const problems: string[] = [];
const CACHE_LIMIT = 50_000;

export function renderMath(tex: string, display: boolean): string {
  const id = (display ? 'D' : 'I') + tex;
  const hit = cache.get(id);
  if (hit !== undefined) return hit;
  let html: string;
  try {
    html = katex.renderToString(tex, { displayMode: display, throwOnError: true, output: 'html', strict: 'ignore', trust: false });
  } catch (err) {
    if (problems.length < 100) problems.push(`${(err as Error).message.split('\n')[0]} in ${JSON.stringify(tex)}`);
    html = `<code class="math-fallback">${escapeHtml(tex)}</code>`;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(id, html);
  return html;
}

/** Formulas KaTeX could not render since the last call (then cleared). */
export function mathProblems(): string[] {
  return problems.splice(0, problems.length);
}

export const htmlTarget: Target = {
  text: escapeHtml,
  math: (tex, display) => (display ? `<div class="math-display">${renderMath(tex, true)}</div>` : renderMath(tex, false)),
  code: (s) => `<code>${escapeHtml(s)}</code>`,
  bold: (s) => `<strong>${s}</strong>`,
  italic: (s) => `<em>${s}</em>`,
  paragraph: (s) => `<p>${s}</p>`,
  list: (items, ordered) => `<${ordered ? 'ol' : 'ul'}>${items.map((i) => `<li>${i}</li>`).join('')}</${ordered ? 'ol' : 'ul'}>`,
};
