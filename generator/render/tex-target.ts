/**
 * LaTeX target: text escaped for LaTeX (special characters, and the few Unicode symbols pdflatex
 * does not know outside math, such as σ or ∂), math kept as it is, `$$…$$` as `\[…\]`.
 *
 * @example
 *   escapeTex('50% of x_1 & y')                 // '50\\% of x\\_1 \\& y'
 *   markdownInline('**Find** $a$', texTarget)  // '\\textbf{Find} $a$'
 */
import type { Target } from './markdown.js';

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', $: '\\$', '&': '\\&', '#': '\\#', '%': '\\%',
  _: '\\_', '^': '\\textasciicircum{}', '~': '\\textasciitilde{}', '<': '\\textless{}', '>': '\\textgreater{}',
};
const SYMBOLS: Record<string, string> = {
  α: '\\alpha', β: '\\beta', γ: '\\gamma', δ: '\\delta', ε: '\\varepsilon', η: '\\eta', θ: '\\theta',
  λ: '\\lambda', μ: '\\mu', π: '\\pi', σ: '\\sigma', τ: '\\tau', φ: '\\phi', ω: '\\omega', Δ: '\\Delta',
  Σ: '\\Sigma', '∂': '\\partial', '∇': '\\nabla', '⊙': '\\odot', '×': '\\times', '·': '\\cdot', '≤': '\\le',
  '≥': '\\ge', '≠': '\\ne', '≈': '\\approx', '→': '\\to', '←': '\\leftarrow', '∞': '\\infty', '−': '-',
  '±': '\\pm', '∈': '\\in', '²': '^2', '³': '^3', '¹': '^1', '⁻': '^{-}', '₀': '_0', '₁': '_1', '₂': '_2', '₃': '_3',
};
const PATTERN = new RegExp(`[\\\\{}$&#%_^~<>]|[${Object.keys(SYMBOLS).join('')}]`, 'gu');

export function escapeTex(s: string): string {
  return s.replace(PATTERN, (c) => SPECIAL[c] ?? `\\ensuremath{${SYMBOLS[c]}}`);
}

export const texTarget: Target = {
  text: escapeTex,
  math: (tex, display) => (display ? `\\[ ${tex} \\]` : `$${tex}$`),
  code: (s) => `\\texttt{${escapeTex(s)}}`,
  bold: (s) => `\\textbf{${s}}`,
  italic: (s) => `\\emph{${s}}`,
  paragraph: (s) => `${s}\n`,
  list: (items, ordered) => {
    const env = ordered ? 'enumerate' : 'itemize';
    return `\\begin{${env}}\n${items.map((i) => `  \\item ${i}`).join('\n')}\n\\end{${env}}\n`;
  },
};

