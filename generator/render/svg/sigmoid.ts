/**
 * Sigmoid curves a = σ(wx + b) for given (w, b) pairs, with axes, ticks and a legend.
 *
 * @example
 *   sigmoidDrawing([{ w: 1, b: 0 }, { w: 5, b: -10 }])   // a Drawing; toSvg(…) / toTikz(…)
 */
import type { Drawing, Item } from './drawing.js';
import { plain } from '../../../exercises/shared/latex.js';

export interface Curve {
  w: number;
  b: number;
  /** Legend text (SVG, TeX); default `w = …, b = …`. Empty strings: no legend entry. */
  label?: [string, string];
}

/** A marked point on the plot, e.g. where the step must reach a given activation. */
export interface Mark {
  x: number;
  a: number;
  label: [string, string];
}

const COLOURS = ['#1f5fa8', '#c0392b', '#2e8b57', '#8e44ad', '#d35400', '#555555'];
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** An x range that shows every curve's step: around each midpoint -b/w, at least [-6, 6] wide. */
function xRange(curves: Curve[]): [number, number] {
  const mids = curves.filter((c) => c.w !== 0).map((c) => -c.b / c.w).filter(Number.isFinite);
  const lo = Math.min(-5, ...mids.map((m) => m - 3));
  const hi = Math.max(5, ...mids.map((m) => m + 3));
  return [Math.floor(Math.max(lo, -40)), Math.ceil(Math.min(hi, 40))];
}

export function sigmoidDrawing(curves: Curve[], marks: Mark[] = [], width = 420, height = 220): Drawing {
  const [x0, x1] = xRange(curves);
  const L = 40, R = 150, T = 12, B = 30;
  const px = (x: number) => L + ((x - x0) / (x1 - x0)) * (width - L - R);
  const py = (a: number) => T + (1 - a) * (height - T - B);
  const items: Item[] = [];
  for (const a of [0, 0.5, 1]) {
    items.push({ type: 'line', x1: px(x0), y1: py(a), x2: px(x1), y2: py(a), stroke: '#bbbbbb', width: 0.6, dash: a !== 0 });
    items.push({ type: 'text', x: L - 6, y: py(a) + 4, text: String(a), tex: `$${a}$`, anchor: 'end', size: 11 });
  }
  const step = Math.max(1, Math.ceil((x1 - x0) / 12));
  for (let x = Math.ceil(x0 / step) * step; x <= x1; x += step) {
    items.push({ type: 'line', x1: px(x), y1: py(0), x2: px(x), y2: py(0) + 4 });
    items.push({ type: 'text', x: px(x), y: py(0) + 16, text: String(x), tex: `$${x}$`, anchor: 'middle', size: 11 });
  }
  items.push({ type: 'line', x1: px(x0), y1: py(0), x2: px(x1) + 8, y2: py(0), arrow: true });
  if (x0 <= 0 && x1 >= 0) items.push({ type: 'line', x1: px(0), y1: py(0), x2: px(0), y2: T - 6, stroke: '#777777', arrow: true });
  items.push({ type: 'text', x: px(x1) + 10, y: py(0) + 16, text: 'x', tex: '$x$', anchor: 'start' });
  curves.forEach((c, i) => {
    const colour = COLOURS[i % COLOURS.length]!;
    const points: [number, number][] = [];
    for (let k = 0; k <= 120; k++) {
      const x = x0 + ((x1 - x0) * k) / 120;
      points.push([px(x), py(sigmoid(c.w * x + c.b))]);
    }
    items.push({ type: 'polyline', points, stroke: colour, width: 2 });
    const [text, tex] = c.label ?? [`w = ${plain(c.w)}, b = ${plain(c.b)}`, `$w = ${plain(c.w)},\\ b = ${plain(c.b)}$`];
    if (!text) return;
    const ly = T + 14 + i * 18;
    items.push({ type: 'line', x1: width - R + 14, y1: ly - 4, x2: width - R + 34, y2: ly - 4, stroke: colour, width: 2 });
    items.push({ type: 'text', x: width - R + 40, y: ly, size: 12, text, tex });
  });
  marks.forEach((m, i) => {
    items.push({ type: 'line', x1: px(m.x), y1: py(0), x2: px(m.x), y2: py(m.a), stroke: '#888888', width: 0.8, dash: true });
    items.push({ type: 'circle', cx: px(m.x), cy: py(m.a), r: 3.5, fill: '#c0392b', stroke: '#c0392b' });
    items.push({ type: 'text', x: width - R + 14, y: T + 14 + (curves.length + i) * 18, size: 12, text: m.label[0], tex: m.label[1], fill: '#c0392b' });
  });
  return { width, height, items };
}
