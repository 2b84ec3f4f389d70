/**
 * HTML target: text escaped, math pre-rendered by KaTeX at build time (no script runs in the
 * browser; the page needs only `katex.min.css` and its fonts, shipped beside it). Rendered formulas
 * are cached by shape (see renderMath). A formula KaTeX cannot parse is shown as
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

const problems: string[] = [];
const CACHE_LIMIT = 20_000;

function katexHtml(tex: string, display: boolean): string {
  return katex.renderToString(tex, { displayMode: display, throwOnError: true, output: 'html', strict: 'ignore', trust: false });
}

/**
 * Numbers in a formula do not change its layout in KaTeX's HTML output (digits all have the same
 * height and depth, KaTeX sets no widths), so a formula is rendered once per *shape*: its numbers
 * are replaced by digit-only markers, the shape is rendered, and the real numbers are put back into
 * the text nodes. A class's sheets share a few hundred shapes, so KaTeX runs a few hundred times
 * instead of once per formula. Numbers touching letters (units such as `2pt`, `3x`) stay literal,
 * and a shape whose markers do not come out exactly once each is rendered directly.
 * tests/render/math-cache.test.ts checks the output is byte-identical to direct rendering.
 */
const NUMBER = /(?<![A-Za-z#\d.\\])\d+(?:\.\d+)?(?![A-Za-z\d.])/g;
const MARKER = /8(\d{3})8/g;
type Shape = string[] | null;
const shapes = new Map<string, Shape>();

function renderShape(skeleton: string, display: boolean, count: number): Shape {
  const html = katexHtml(skeleton, display);
  const seen = new Array<number>(count).fill(0);
  const marked = html.replace(/>([^<]+)</g, (_m, text: string) => `>${text.replace(MARKER, (_x, k: string) => {
    seen[Number(k)] = (seen[Number(k)] ?? 0) + 1;
    return `\u0000${Number(k)}\u0000`;
  })}<`);
  if (seen.length !== count || seen.some((n) => n !== 1)) return null;
  return marked.split('\u0000');
}

export function renderMath(tex: string, display: boolean): string {
  const numbers: string[] = [];
  const skeleton = tex.replace(NUMBER, (n) => {
    numbers.push(n);
    return `8${String(numbers.length - 1).padStart(3, '0')}8`;
  });
  try {
    if (numbers.length > 999) return katexHtml(tex, display);
    const id = (display ? 'D' : 'I') + skeleton;
    let shape = shapes.get(id);
    if (shape === undefined) {
      shape = renderShape(skeleton, display, numbers.length);
      if (shapes.size >= CACHE_LIMIT) shapes.clear();
      shapes.set(id, shape);
    }
    if (shape === null) return katexHtml(tex, display);
    let out = '';
    for (let i = 0; i < shape.length; i++) out += i % 2 === 0 ? shape[i] : numbers[Number(shape[i])];
    return out;
  } catch (err) {
    if (problems.length < 100) problems.push(`${(err as Error).message.split('\n')[0]} in ${JSON.stringify(tex)}`);
    return `<code class="math-fallback">${escapeHtml(tex)}</code>`;
  }
}

/** Direct KaTeX rendering without the shape cache (for tests and benchmarks). */
export function renderMathDirect(tex: string, display: boolean): string {
  return katexHtml(tex, display);
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
