/**
 * A layered network diagram with its inputs, weights (on the edges) and biases (beside the neurons).
 * Layer l's weights W^l[j][k] connect neuron k of layer l-1 to neuron j of layer l, as in the slides.
 * A single neuron gets its weights on its edges; a deeper network names W^l, b^l between the layers
 * (all edges labelled would be unreadable) and writes each bias above its neuron.
 *
 * @example
 *   networkDrawing({ x: [4, 0.5], layers: [{ W: [[1, -1]], b: [-2] }] })   // one sigmoid neuron
 */
import type { Drawing, Item } from './drawing.js';
import { plain } from '../../../exercises/shared/latex.js';

export interface NetworkShape {
  /** Input values, or null to label the inputs x_1 … x_n only. */
  x: number[] | null;
  inputs?: number;
  layers: { W: number[][]; b: number[] }[];
}

const SUB = '₀₁₂₃₄₅₆₇₈₉';
const sub = (n: number) => String(n).split('').map((d) => SUB[Number(d)]).join('');
const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const sup = (n: number) => String(n).split('').map((d) => SUP[Number(d)]).join('');

export function networkDrawing(net: NetworkShape): Drawing {
  const nIn = net.x?.length ?? net.inputs ?? net.layers[0]?.W[0]?.length ?? 1;
  const sizes = [nIn, ...net.layers.map((l) => l.b.length)];
  const maxSize = Math.max(...sizes);
  const multi = net.layers.length > 1;
  const colGap = 190, rowGap = multi ? 62 : 70, R = 17, left = 95, top = 34;
  const width = left + colGap * (sizes.length - 1) + 110;
  const height = top + rowGap * (maxSize - 1) + (multi ? 58 : 40);
  const pos = (l: number, j: number): [number, number] => [left + l * colGap, top + ((maxSize - sizes[l]!) * rowGap) / 2 + j * rowGap];
  const items: Item[] = [];
  net.layers.forEach((layer, li) => {
    const l = li + 1;
    layer.W.forEach((row, j) => row.forEach((w, k) => {
      const [xa, ya] = pos(l - 1, k);
      const [xb, yb] = pos(l, j);
      items.push({ type: 'line', x1: xa + R, y1: ya, x2: xb - R - 2, y2: yb, arrow: true, stroke: '#555555' });
      if (multi) return;
      const t = row.length > 1 ? 0.3 + 0.12 * (k % 3) : 0.45;
      const mx = xa + R + (xb - xa - 2 * R) * t, my = ya + (yb - ya) * t - 6;
      items.push({ type: 'text', x: mx, y: my, text: `w${sub(k + 1)} = ${plain(w)}`, tex: `$w_{${k + 1}} = ${plain(w)}$`, anchor: 'middle', size: 11, fill: '#1f5fa8' });
    }));
    if (multi) {
      // A full matrix of weights on crossing edges is unreadable: name the matrix between the layers
      // (its values are in the statement) and keep the biases beside their neurons.
      const xm = (pos(l - 1, 0)[0] + pos(l, 0)[0]) / 2;
      items.push({ type: 'text', x: xm, y: height - 8, text: `W${sup(l)}, b${sup(l)}`, tex: `$W^{${l}},\\ \\mathbf{b}^{${l}}$`, anchor: 'middle', size: 12, fill: '#1f5fa8' });
    }
    layer.b.forEach((b, j) => {
      const [x, y] = pos(l, j);
      const name = multi ? `b${sup(l)}${sub(j + 1)}` : 'b';
      const texName = multi ? `b^{${l}}_{${j + 1}}` : 'b';
      items.push({ type: 'circle', cx: x, cy: y, r: R });
      items.push({ type: 'text', x, y: y + 5, text: 'σ', tex: '$\\sigma$', anchor: 'middle' });
      if (multi) items.push({ type: 'text', x, y: y - R - 5, text: `${name} = ${plain(b)}`, tex: `$${texName} = ${plain(b)}$`, anchor: 'middle', size: 11, fill: '#c0392b' });
      else items.push({ type: 'text', x: x + R + 6, y: y - R + 2, text: `${name} = ${plain(b)}`, tex: `$${texName} = ${plain(b)}$`, size: 11, fill: '#c0392b' });
    });
  });
  for (let k = 0; k < nIn; k++) {
    const [x, y] = pos(0, k);
    items.push({ type: 'circle', cx: x, cy: y, r: R, fill: '#f2f2f2' });
    const label = net.x ? `x${sub(k + 1)} = ${plain(net.x[k]!)}` : `x${sub(k + 1)}`;
    const tex = net.x ? `$x_{${k + 1}} = ${plain(net.x[k]!)}$` : `$x_{${k + 1}}$`;
    items.push({ type: 'text', x: x - R - 6, y: y + 4, text: label, tex, anchor: 'end', size: 12 });
  }
  const last = sizes.length - 1;
  for (let j = 0; j < sizes[last]!; j++) {
    const [x, y] = pos(last, j);
    items.push({ type: 'line', x1: x + R, y1: y, x2: x + R + 34, y2: y, arrow: true });
    const a = multi ? `a${sup(last)}${sub(j + 1)}` : 'a';
    items.push({ type: 'text', x: x + R + 38, y: y + 4, text: a, tex: multi ? `$a^{${last}}_{${j + 1}}$` : '$a$' });
  }
  return { width, height: Math.max(height, 90), items };
}
