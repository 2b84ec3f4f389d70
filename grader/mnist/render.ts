/**
 * Pictures of an MNIST result as self-contained SVG/HTML (no scripts, no external URLs): a digit
 * drawn from its 784 pixels, the confusion matrix as a heat map, a grid of misclassified digits
 * with their true and predicted labels, and a report section combining them. Every function takes
 * plain data (`MnistDetails`, as stored in the grade report's test `details`), so the batch class
 * report can embed `mnistSection(...)` (plus `MNIST_CSS` once per page) without re-running anything.
 *
 * @example
 *   const html = mnistPage({ title: 'MNIST — alice', details, message: '' });
 *   const svg = digitSvg(digitPixels(mnistSplit().test, 0), 84);
 */
import { CLASSES, digitPixels, mnistSplit, SIDE } from './data.js';
import { escapeHtml } from '../../generator/render/escape.js';

export interface MnistDetails {
  accuracy: number;
  correct: number;
  n: number;
  passAccuracy: number;
  referenceAccuracy: number;
  /** confusion[true][predicted] = count. */
  confusion: number[][];
  /** Some misclassified test digits (index into the held-out set), up to a cap. */
  misclassified?: { index: number; label: number; predicted: number }[];
}

export const esc = escapeHtml;

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

/** Misclassified digits shown in a report (7 rows of 7). */
export const GRID_LIMIT = 49;

/** A 28×28 digit as SVG, dark ink on white; equal neighbouring pixels of a row become one rect. */
export function digitSvg(pixels: ArrayLike<number>, size = 84, label = 'digit'): string {
  const rects: string[] = [];
  for (let r = 0; r < SIDE; r++) {
    let c = 0;
    while (c < SIDE) {
      const level = Math.round(Math.min(1, Math.max(0, pixels[r * SIDE + c] ?? 0)) * 16);
      let end = c + 1;
      while (end < SIDE && Math.round(Math.min(1, Math.max(0, pixels[r * SIDE + end] ?? 0)) * 16) === level) end++;
      if (level > 0) {
        const grey = Math.round(255 * (1 - level / 16));
        rects.push(`<rect x="${c}" y="${r}" width="${end - c}" height="1" fill="rgb(${grey},${grey},${grey})"/>`);
      }
      c = end;
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${SIDE} ${SIDE}" shape-rendering="crispEdges" role="img" aria-label="${esc(label)}"><rect width="${SIDE}" height="${SIDE}" fill="#fff"/>${rects.join('')}</svg>`;
}

/** The confusion matrix as an SVG heat map: rows = true digit, columns = predicted, plus per-class accuracy. */
export function confusionSvg(confusion: number[][], cell = 34): string {
  const left = 58;
  const top = 52;
  const extra = 64;
  const w = left + CLASSES * cell + extra;
  const h = top + CLASSES * cell + 10;
  const parts: string[] = [];
  parts.push(`<text x="${left + (CLASSES * cell) / 2}" y="16" text-anchor="middle" font-weight="bold">predicted digit</text>`);
  parts.push(`<text transform="translate(16 ${top + (CLASSES * cell) / 2}) rotate(-90)" text-anchor="middle" font-weight="bold">true digit</text>`);
  parts.push(`<text x="${left + CLASSES * cell + extra / 2}" y="${top - 10}" text-anchor="middle" font-size="11">correct</text>`);
  for (let j = 0; j < CLASSES; j++) {
    parts.push(`<text x="${left + j * cell + cell / 2}" y="${top - 10}" text-anchor="middle">${j}</text>`);
  }
  for (let i = 0; i < CLASSES; i++) {
    const row = confusion[i] ?? [];
    const total = row.reduce((a, b) => a + b, 0);
    const y = top + i * cell;
    parts.push(`<text x="${left - 10}" y="${y + cell / 2 + 5}" text-anchor="end">${i}</text>`);
    for (let j = 0; j < CLASSES; j++) {
      const count = row[j] ?? 0;
      const share = total > 0 ? count / total : 0;
      const x = left + j * cell;
      // Diagonal: green by the share of this class recognised; off-diagonal: red by the share confused.
      const strength = i === j ? share : Math.min(1, share * 4);
      const fill = count === 0 ? '#fafafa' : i === j ? `rgba(22,140,60,${(0.15 + 0.85 * strength).toFixed(3)})` : `rgba(200,30,30,${(0.12 + 0.88 * strength).toFixed(3)})`;
      const dark = (i === j ? 0.15 + 0.85 * strength : 0.12 + 0.88 * strength) > 0.55;
      parts.push(`<rect x="${x}" y="${y}" width="${cell}" height="${cell}" fill="${fill}" stroke="#ddd"><title>true ${i}, predicted ${j}: ${count}</title></rect>`);
      if (count > 0) parts.push(`<text x="${x + cell / 2}" y="${y + cell / 2 + 4}" text-anchor="middle" font-size="12" fill="${dark ? '#fff' : '#222'}">${count}</text>`);
    }
    const acc = total > 0 ? (row[i] ?? 0) / total : 0;
    parts.push(`<text x="${left + CLASSES * cell + extra / 2}" y="${y + cell / 2 + 4}" text-anchor="middle" font-size="12">${total > 0 ? `${Math.round(acc * 100)}%` : '–'}</text>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="system-ui, sans-serif" font-size="13" role="img" aria-label="confusion matrix">${parts.join('')}</svg>`;
}

/** Up to `limit` misclassified digits, taken in turn from each true class so every kind of error shows. */
export function pickMisclassified<T extends { label: number }>(items: T[], limit: number): T[] {
  const byClass = Array.from({ length: CLASSES }, (_, c) => items.filter((m) => m.label === c));
  const out: T[] = [];
  for (let round = 0; out.length < limit && byClass.some((l) => l.length > round); round++) {
    for (const list of byClass) if (list[round] && out.length < limit) out.push(list[round]!);
  }
  return out;
}

/** A grid of misclassified held-out digits drawn from their pixels, captioned "true 4 → 9". */
export function misclassifiedGrid(details: MnistDetails, limit = GRID_LIMIT): string {
  const test = mnistSplit().test;
  const items = pickMisclassified(details.misclassified ?? [], limit);
  if (items.length === 0) return '<p class="dlf-mnist-none">No misclassified digits.</p>';
  const cards = items.map(
    (m) =>
      `<figure class="dlf-mnist-digit">${digitSvg(digitPixels(test, m.index), 70, `test digit ${m.index}: a ${m.label} read as ${m.predicted}`)}<figcaption>true <b>${m.label}</b> → <b class="dlf-mnist-bad">${m.predicted}</b></figcaption></figure>`,
  );
  return `<div class="dlf-mnist-grid">${cards.join('')}</div>`;
}

export const MNIST_CSS = `
.dlf-mnist { font-family: system-ui, sans-serif; color: #222; max-width: 1100px; }
.dlf-mnist h2 { margin: 0 0 .3em; }
.dlf-mnist .dlf-mnist-score { font-size: 1.15em; margin: .4em 0 1em; }
.dlf-mnist .dlf-mnist-badge { display: inline-block; padding: .1em .6em; border-radius: .8em; color: #fff; font-weight: bold; margin-right: .5em; }
.dlf-mnist .dlf-mnist-pass { background: #168c3c; }
.dlf-mnist .dlf-mnist-fail { background: #c81e1e; }
.dlf-mnist .dlf-mnist-row { display: flex; flex-wrap: wrap; gap: 28px; align-items: flex-start; }
.dlf-mnist .dlf-mnist-grid { display: grid; grid-template-columns: repeat(7, 78px); gap: 6px; }
.dlf-mnist figure { margin: 0; text-align: center; font-size: 12px; }
.dlf-mnist figure svg { border: 1px solid #ccc; display: block; margin: 0 auto 2px; }
.dlf-mnist .dlf-mnist-bad { color: #c81e1e; }
.dlf-mnist .dlf-mnist-message { white-space: pre-wrap; background: #fff4f4; border-left: 4px solid #c81e1e; padding: .6em .8em; }
.dlf-mnist h3 { font-size: 1em; margin: .2em 0 .5em; }
`;

export interface MnistSectionInput {
  title: string;
  /** Present when the network could be evaluated. */
  details?: MnistDetails;
  /** A failure or error message (empty when the test passed). */
  message?: string;
  hint?: string;
}

/** One report section (an HTML fragment, styled by MNIST_CSS). */
export function mnistSection(input: MnistSectionInput): string {
  const d = input.details;
  const out: string[] = [`<section class="dlf-mnist">`, `<h2>${esc(input.title)}</h2>`];
  if (d) {
    const passed = d.accuracy >= d.passAccuracy;
    out.push(
      `<p class="dlf-mnist-score"><span class="dlf-mnist-badge ${passed ? 'dlf-mnist-pass' : 'dlf-mnist-fail'}">${passed ? 'pass' : 'fail'}</span>` +
        `<b>${pct(d.accuracy)}</b> of ${d.n} held-out digits recognised (${d.correct} / ${d.n}); pass from ${pct(d.passAccuracy)}, reference ${pct(d.referenceAccuracy)}</p>`,
    );
  }
  if (input.message) out.push(`<p class="dlf-mnist-message">${esc(input.message)}${input.hint ? `\nhint: ${esc(input.hint)}` : ''}</p>`);
  if (d) {
    const wrong = d.n - d.correct;
    const shown = Math.min(GRID_LIMIT, d.misclassified?.length ?? 0);
    out.push(
      `<div class="dlf-mnist-row"><div><h3>Confusion matrix</h3>${confusionSvg(d.confusion)}</div>`,
      `<div><h3>Misclassified digits (${shown} of ${wrong})</h3>${misclassifiedGrid(d)}</div></div>`,
    );
  }
  out.push('</section>');
  return out.join('\n');
}

/** A complete standalone HTML page around one section. */
export function mnistPage(input: MnistSectionInput): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(input.title)}</title>
<style>body { margin: 24px; background: #fff; }${MNIST_CSS}</style></head>
<body>
${mnistSection(input)}
</body></html>
`;
}
