/**
 * Pictures for a problem: the exercise's own `Statement.figures`, plus the pictures this module
 * draws from the params of the exercises where people would rather look than read — sigmoid curves
 * for `sigmoid-strip`, a network diagram for `neuron-forward`, `neuron-step` and `matrix-backprop`.
 * This is the one place that knows exercise ids; a picture is skipped when the params do not have
 * the expected shape, so a changed exercise never breaks a worksheet.
 *
 * @example
 *   problemFigures(problem, statement, 'en')   // [{ svg: '<svg…', tikz: '\\begin{tikzpicture}…', caption: '…' }]
 */
import type { Figure, Lang, Problem, Statement } from '../../../exercises/types.js';
import { translator } from '../../i18n/index.js';
import { renderMessages } from '../messages.js';
import { type Drawing, toSvg, toTikz } from './drawing.js';
import { networkDrawing } from './network.js';
import { type Curve, sigmoidDrawing } from './sigmoid.js';
import { plain } from '../../../exercises/shared/latex.js';

const t = translator(renderMessages);

export interface RenderedFigure extends Figure {
  /** TikZ code for the .tex output; absent for SVG-only figures supplied by an exercise. */
  tikz?: string;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isVec = (v: unknown): v is number[] => Array.isArray(v) && v.length > 0 && v.every(isNum);
const isMat = (v: unknown): v is number[][] => Array.isArray(v) && v.length > 0 && v.every(isVec);

function neuron(p: Record<string, unknown>): Drawing | null {
  if (!isVec(p.x) || !isVec(p.w) || !isNum(p.b) || p.x.length !== p.w.length) return null;
  return networkDrawing({ x: p.x, layers: [{ W: [p.w], b: [p.b] }] });
}

function twoLayer(p: Record<string, unknown>): Drawing | null {
  const { x, W1, b1, W2, b2 } = p;
  if (!isVec(x) || !isMat(W1) || !isVec(b1) || !isMat(W2) || !isVec(b2)) return null;
  if (W1[0]!.length !== x.length || W1.length !== b1.length || W2[0]!.length !== b1.length || W2.length !== b2.length) return null;
  return networkDrawing({ x, layers: [{ W: W1, b: b1 }, { W: W2, b: b2 }] });
}

/**
 * sigmoid-strip: the step the student is asked to build, `{target, s, width}` — a = 0.5 at x = s and
 * a = target at x = s + width — drawn without giving w and b away; or given (w, b) pairs, as
 * `curves: [{w, b}]`, `ws`/`bs` lists, or a single `w`, `b`.
 */
function sigmoidCurves(p: Record<string, unknown>): Drawing | null {
  if (isNum(p.target) && isNum(p.s) && isNum(p.width) && p.target > 0.5 && p.target < 1 && p.width > 0) {
    const w = Math.log(p.target / (1 - p.target)) / p.width;
    const x2 = p.s + p.width;
    return sigmoidDrawing([{ w, b: -w * p.s, label: ['a = σ(wx + b)', '$a = \\sigma(wx + b)$'] }], [
      { x: p.s, a: 0.5, label: [`a = 0.5 at x = ${plain(p.s)}`, `$a = 0.5$ at $x = ${plain(p.s)}$`] },
      { x: x2, a: p.target, label: [`a = ${plain(p.target)} at x = ${plain(x2)}`, `$a = ${plain(p.target)}$ at $x = ${plain(x2)}$`] },
    ]);
  }
  let curves: Curve[] = [];
  if (Array.isArray(p.curves)) curves = (p.curves as Record<string, unknown>[]).filter((c) => isNum(c?.w) && isNum(c?.b)) as unknown as Curve[];
  else if (Array.isArray(p.neurons)) curves = (p.neurons as Record<string, unknown>[]).filter((c) => isNum(c?.w) && isNum(c?.b)) as unknown as Curve[];
  else if (isVec(p.ws) && isVec(p.bs) && p.ws.length === p.bs.length) curves = p.ws.map((w, i) => ({ w, b: (p.bs as number[])[i]! }));
  else if (isVec(p.w) && isVec(p.b) && p.w.length === p.b.length) curves = p.w.map((w, i) => ({ w, b: (p.b as number[])[i]! }));
  else if (isNum(p.w) && isNum(p.b)) curves = [{ w: p.w, b: p.b }];
  return curves.length > 0 ? sigmoidDrawing(curves.slice(0, 6)) : null;
}

const PICTURES: Record<string, { draw: (p: Record<string, unknown>) => Drawing | null; caption: string }> = {
  'neuron-forward': { draw: neuron, caption: 'render.figure.network' },
  'neuron-step': { draw: neuron, caption: 'render.figure.network' },
  'matrix-backprop': { draw: twoLayer, caption: 'render.figure.network' },
  'sigmoid-strip': { draw: sigmoidCurves, caption: 'render.figure.sigmoid-strip' },
};

export function problemFigures(problem: Problem, statement: Statement, lang: Lang): RenderedFigure[] {
  const out: RenderedFigure[] = [...(statement.figures ?? [])];
  const picture = PICTURES[problem.exercise];
  const params = problem.params;
  if (picture && typeof params === 'object' && params !== null) {
    let drawing: Drawing | null = null;
    try {
      drawing = picture.draw(params as Record<string, unknown>);
    } catch {
      drawing = null;
    }
    if (drawing) {
      const caption = t(lang, picture.caption);
      out.push({ svg: toSvg(drawing, caption), tikz: toTikz(drawing), caption });
    }
  }
  return out;
}
