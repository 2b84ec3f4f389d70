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

import { escapeHtml } from './escape.js';

export { escapeHtml };

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
 * as do lone digits forming a whole group, and unbraced sub/superscripts; a shape whose markers
 * do not come out exactly once each is rendered directly.
 * tests/render/math-cache.test.ts checks the output is byte-identical to direct rendering.
 */
const NUMBER = /(?<![A-Za-z#\d.\\_^])(-?)(\d+(?:\.\d+)?)(?![A-Za-z\d.])/g;
/**
 * A minus sign opening a matrix cell (after `\begin{…matrix}`, `&` or `\\`) is a unary minus that
 * KaTeX sets as its own `<span class="mord">−</span>` just before the number's span; the array's
 * struts are taller and deeper than a minus or a digit, so the sign changes nothing else. Such signs
 * are left out of the shape (a backprop matrix's signs would otherwise make almost every formula a
 * new shape) and put back as that span, at markers whose span holds only the marker. Each new shape
 * is checked against KaTeX with the formula's own signs, with every such sign positive and with
 * every one negative; row sizes are maxima over the cells, so agreeing at both extremes means the
 * signs do not matter anywhere in between.
 */
const CELL_START = /(?:\\begin\{[pbBvV]?matrix\}|(?<!\\)&|\\\\)\s*$/;
const MARKER = /8(\d{3})8/g;
const MORD = '<span class="mord">';
const SIGN = `−</span>${MORD}`;
/** A shape: KaTeX's HTML split at the markers (odd entries are marker numbers), and which markers can take a sign span. */
type Shape = { pieces: string[]; signable: boolean[] } | null;
const shapes = new Map<string, Shape>();

function renderShape(skeleton: string, display: boolean, count: number): Shape {
  const html = katexHtml(skeleton, display);
  const seen = new Array<number>(count).fill(0);
  const marked = html.replace(/>([^<]+)</g, (_m, text: string) => `>${text.replace(MARKER, (_x, k: string) => {
    seen[Number(k)] = (seen[Number(k)] ?? 0) + 1;
    return `\u0000${Number(k)}\u0000`;
  })}<`);
  if (seen.length !== count || seen.some((n) => n !== 1)) return null;
  const pieces = marked.split('\u0000');
  const signable = new Array<boolean>(count).fill(false);
  for (let i = 1; i < pieces.length; i += 2) signable[Number(pieces[i])] = pieces[i - 1]!.endsWith(MORD) && pieces[i + 1]!.startsWith('</span>');
  return { pieces, signable };
}

/** `numbers[k]` is the k-th number's digits; `negative[k]` whether a cell-opening minus goes before it. */
function fill(shape: NonNullable<Shape>, numbers: string[], negative: boolean[]): string | null {
  const { pieces, signable } = shape;
  let out = '';
  for (let i = 0; i < pieces.length; i++) {
    if (i % 2 === 0) out += pieces[i];
    else {
      const k = Number(pieces[i]);
      if (negative[k]) {
        if (!signable[k]) return null;
        out += SIGN;
      }
      out += numbers[k];
    }
  }
  return out;
}

export function renderMath(tex: string, display: boolean): string {
  const numbers: string[] = [];
  const negative: boolean[] = [];
  const cellAt: boolean[] = [];
  const skeleton = tex.replace(NUMBER, (m: string, minus: string, n: string, at: number) => {
    const start = at + minus.length;
    // A lone digit that is a whole group (`\mathbf{1}`) is rendered without a wrapper; keep it literal.
    if (n.length === 1 && tex[start - 1] === '{' && tex[start + 1] === '}') return m;
    // A number opening a matrix cell: its sign is not part of the shape.
    const cell = CELL_START.test(tex.slice(Math.max(0, at - 24), at));
    numbers.push(n);
    negative.push(cell && minus !== '');
    cellAt.push(cell);
    const marker = `8${String(numbers.length - 1).padStart(3, '0')}8`;
    return cell ? marker : `${minus}${marker}`;
  });
  try {
    if (numbers.length > 999) return katexHtml(tex, display);
    // Single- and multi-digit numbers can lay out differently (KaTeX unwraps one-atom groups), so
    // the shape records which is which; the first formula of each shape is also rendered directly
    // and the shape is used only if both agree byte for byte.
    const id = `${display ? 'D' : 'I'}${numbers.map((n, k) => (n.length === 1 ? 's' : 'm') + (cellAt[k] ? 'c' : '')).join('')}|${skeleton}`;
    let shape = shapes.get(id);
    if (shape === undefined) {
      const direct = katexHtml(tex, display);
      shape = renderShape(skeleton, display, numbers.length);
      if (shape && fill(shape, numbers, negative) !== direct) shape = null;
      if (shape && cellAt.includes(true)) {
        // The same formula with every cell-opening sign positive, then every one negative.
        for (const sign of [false, true]) {
          const signs = cellAt.map((c, k) => (c ? sign : negative[k]!));
          const variant = skeleton.replace(MARKER, (_x, k: string) => `${signs[Number(k)] ? '-' : ''}${numbers[Number(k)]}`);
          if (shape && fill(shape, numbers, signs) !== katexHtml(variant, display)) shape = null;
        }
      }
      if (shapes.size >= CACHE_LIMIT) shapes.clear();
      shapes.set(id, shape);
      return direct;
    }
    return (shape && fill(shape, numbers, negative)) ?? katexHtml(tex, display);
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
