/**
 * A tiny vector-drawing model — lines, polylines, circles and text — with two back ends: standalone
 * SVG (for HTML and Markdown) and TikZ (for the `.tex` output). Drawn in plain code, no browser.
 * Coordinates are SVG-style: x to the right, y down, in px.
 *
 * @example
 *   const d: Drawing = { width: 200, height: 100, items: [{ type: 'line', x1: 0, y1: 50, x2: 200, y2: 50 }] };
 *   toSvg(d, 'A line');   // '<svg xmlns=… role="img" aria-label="A line">…</svg>'
 *   toTikz(d);            // '\\begin{tikzpicture}…'
 */
import { escapeHtml } from '../html-target.js';

export type Item =
  | { type: 'line'; x1: number; y1: number; x2: number; y2: number; stroke?: string; width?: number; dash?: boolean; arrow?: boolean }
  | { type: 'polyline'; points: [number, number][]; stroke?: string; width?: number }
  | { type: 'circle'; cx: number; cy: number; r: number; fill?: string; stroke?: string }
  /** `text` for SVG (Unicode), `tex` for TikZ (LaTeX, e.g. `$w_1 = 1$`). */
  | { type: 'text'; x: number; y: number; text: string; tex: string; anchor?: 'start' | 'middle' | 'end'; size?: number; fill?: string };

export interface Drawing {
  width: number;
  height: number;
  items: Item[];
}

const r2 = (x: number) => String(Math.round(x * 100) / 100);

export function toSvg(d: Drawing, label: string): string {
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${d.width}" height="${d.height}" viewBox="0 0 ${d.width} ${d.height}" role="img" aria-label="${escapeHtml(label)}" font-family="serif" font-size="13">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker></defs>',
  ];
  for (const it of d.items) {
    if (it.type === 'line') {
      out.push(`<line x1="${r2(it.x1)}" y1="${r2(it.y1)}" x2="${r2(it.x2)}" y2="${r2(it.y2)}" stroke="${it.stroke ?? '#333'}" stroke-width="${it.width ?? 1}"${it.dash ? ' stroke-dasharray="4 3"' : ''}${it.arrow ? ' marker-end="url(#arrow)"' : ''}/>`);
    } else if (it.type === 'polyline') {
      out.push(`<polyline fill="none" stroke="${it.stroke ?? '#333'}" stroke-width="${it.width ?? 1.5}" points="${it.points.map(([x, y]) => `${r2(x)},${r2(y)}`).join(' ')}"/>`);
    } else if (it.type === 'circle') {
      out.push(`<circle cx="${r2(it.cx)}" cy="${r2(it.cy)}" r="${r2(it.r)}" fill="${it.fill ?? '#fff'}" stroke="${it.stroke ?? '#333'}" stroke-width="1.2"/>`);
    } else {
      out.push(`<text x="${r2(it.x)}" y="${r2(it.y)}" text-anchor="${it.anchor ?? 'start'}"${it.size ? ` font-size="${it.size}"` : ''}${it.fill ? ` fill="${it.fill}"` : ''}>${escapeHtml(it.text)}</text>`);
    }
  }
  out.push('</svg>');
  return out.join('');
}

/** TikZ with 1 px = 0.03 cm (so a 400 px wide drawing is 12 cm). Colours as `#rrggbb` become RGB. */
export function toTikz(d: Drawing): string {
  const S = 0.03;
  const X = (x: number) => r2(x * S);
  const Y = (y: number) => r2((d.height - y) * S);
  const colour = (c?: string) => {
    const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c ?? '#333333');
    return m ? `{rgb,255:red,${parseInt(m[1]!, 16)};green,${parseInt(m[2]!, 16)};blue,${parseInt(m[3]!, 16)}}` : '{rgb,255:red,51;green,51;blue,51}';
  };
  const out = ['\\begin{tikzpicture}'];
  for (const it of d.items) {
    if (it.type === 'line') {
      out.push(`\\draw[${it.arrow ? '->,' : ''}${it.dash ? 'dashed,' : ''}line width=${r2((it.width ?? 1) * 0.5)}pt,color=${colour(it.stroke)}] (${X(it.x1)},${Y(it.y1)}) -- (${X(it.x2)},${Y(it.y2)});`);
    } else if (it.type === 'polyline') {
      out.push(`\\draw[line width=${r2((it.width ?? 1.5) * 0.5)}pt,color=${colour(it.stroke)}] ${it.points.map(([x, y]) => `(${X(x)},${Y(y)})`).join(' -- ')};`);
    } else if (it.type === 'circle') {
      out.push(`\\draw[fill=white] (${X(it.cx)},${Y(it.cy)}) circle (${r2(it.r * S)});`);
    } else {
      const anchor = it.anchor === 'middle' ? 'base' : it.anchor === 'end' ? 'base east' : 'base west';
      out.push(`\\node[anchor=${anchor},inner sep=0pt,font=\\footnotesize] at (${X(it.x)},${Y(it.y)}) {${it.tex}};`);
    }
  }
  out.push('\\end{tikzpicture}');
  return out.join('\n');
}
