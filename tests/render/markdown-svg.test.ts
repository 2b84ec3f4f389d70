/** The Markdown dialect (to HTML and LaTeX), LaTeX escaping, and the SVG/TikZ drawings. */
import { describe, expect, it } from 'vitest';
import { markdownBlocks, markdownInline } from '../../generator/render/markdown.js';
import { htmlTarget } from '../../generator/render/html-target.js';
import { escapeTex, texTarget } from '../../generator/render/tex-target.js';
import { toSvg, toTikz } from '../../generator/render/svg/drawing.js';
import { sigmoidDrawing } from '../../generator/render/svg/sigmoid.js';
import { networkDrawing } from '../../generator/render/svg/network.js';
import { problemFigures } from '../../generator/render/svg/figures.js';

describe('markdown', () => {
  it('keeps * and _ inside math and code, formats the rest', () => {
    const tex = markdownInline('**Find** *a* for $w_1 * x_1$ and `a_b*` & 50%', texTarget);
    expect(tex).toBe('\\textbf{Find} \\emph{a} for $w_1 * x_1$ and \\texttt{a\\_b*} \\& 50\\%');
  });
  it('makes paragraphs and lists, display math as blocks', () => {
    const html = markdownBlocks('One <b>\n\n- x\n- $y$\n\n$$a = 1$$', htmlTarget);
    expect(html).toMatch(/^<p>One &lt;b&gt;<\/p>\n<ul><li>x<\/li><li><span class="katex">.*<\/li><\/ul>\n<p><div class="math-display"><span class="katex-display">/s);
  });
  it('escapes LaTeX specials and Unicode math symbols', () => {
    expect(escapeTex('σ(z) ≥ 0 ~ {x} #1 \\')).toBe('\\ensuremath{\\sigma}(z) \\ensuremath{\\ge} 0 \\textasciitilde{} \\{x\\} \\#1 \\textbackslash{}');
  });
});

describe('drawings', () => {
  it('sigmoid curves: one polyline per (w, b), legend with the values', () => {
    const d = sigmoidDrawing([{ w: 1, b: 0 }, { w: 10, b: -20 }]);
    const svg = toSvg(d, 'curves');
    expect(svg.match(/<polyline/g)).toHaveLength(2);
    expect(svg).toContain('w = 10, b = -20');
    expect(toTikz(d)).toContain('$w = 10,\\ b = -20$');
  });
  it('network: neurons, weights on edges, biases', () => {
    const svg = toSvg(networkDrawing({ x: [4, 0.5], layers: [{ W: [[1, -1]], b: [-2] }] }), 'neuron');
    expect(svg.match(/<circle/g)).toHaveLength(3);
    for (const s of ['x₁ = 4', 'x₂ = 0.5', 'w₁ = 1', 'w₂ = -1', 'b = -2']) expect(svg).toContain(s);
    const two = toSvg(networkDrawing({ x: [1, 2], layers: [{ W: [[1, 2], [3, 4], [5, 6]], b: [0, 0, 0] }, { W: [[1, 1, 1], [2, 2, 2]], b: [1, 2] }] }), 'net');
    expect(two.match(/<circle/g)).toHaveLength(7);
    expect(two).toContain('W², b²');
    expect(two).toContain('b²₂ = 2');
  });
  it('figures: drawn from params of known shape, skipped otherwise', () => {
    const st = { text: '' };
    expect(problemFigures({ exercise: 'neuron-step', seed: 1, options: {}, params: { x: [1, 2], w: [3, 4], b: 5 } }, st, 'en')).toHaveLength(1);
    expect(problemFigures({ exercise: 'neuron-step', seed: 1, options: {}, params: { x: [1, 2], w: [3], b: 5 } }, st, 'en')).toHaveLength(0);
    expect(problemFigures({ exercise: 'sigmoid-strip', seed: 1, options: {}, params: { w: 2, b: -1 } }, st, 'ja')[0]!.caption).toContain('シグモイド');
    const strip = problemFigures({ exercise: 'sigmoid-strip', seed: 1, options: {}, params: { target: 0.95, s: 2, width: 0.5, x: [1.5, 2] } }, st, 'en')[0]!;
    expect(strip.svg).toContain('a = 0.95 at x = 2.5');
    expect(strip.svg).not.toMatch(/w = \d/);   // the figure must not give the answers w and b away
    expect(problemFigures({ exercise: 'one-hot', seed: 1, options: {}, params: {} }, { text: '', figures: [{ svg: '<svg/>', caption: 'c' }] }, 'en')).toHaveLength(1);
  });
});
