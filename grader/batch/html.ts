/**
 * The class report: one self-contained HTML page (inline SVG and CSS, no scripts, no external
 * URLs) with the score histogram, the pass rate per function, the most common failure hint per
 * function and, when the MNIST case ran, the class's accuracy spread and summed confusion matrix
 * (drawn by the MNIST report renderer).
 *
 * @example
 *   writeFileSync('report.html', classReportHtml(results, { seed: 42, suite: 'all', functions }));
 */
import { confusionSvg, esc, MNIST_CSS } from '../mnist/render.js';
import type { StudentResult } from './store.js';

const num = (x: number, d = 1): string => (Number.isFinite(x) ? x.toFixed(d) : '–');

/** A histogram of `values` in [0, max] with `bins` bars, as SVG. */
export function histogramSvg(values: number[], max: number, bins = 10, label = 'score'): string {
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) counts[Math.min(bins - 1, Math.max(0, Math.floor((v / (max || 1)) * bins)))]!++;
  const W = 520, H = 220, left = 36, bottom = 30, top = 10;
  const peak = Math.max(1, ...counts);
  const bw = (W - left - 10) / bins;
  const bars = counts.map((c, i) => {
    const h = ((H - bottom - top) * c) / peak;
    const x = left + i * bw;
    const lo = (max * i) / bins;
    return `<rect x="${num(x + 1)}" y="${num(H - bottom - h)}" width="${num(bw - 2)}" height="${num(h)}" fill="#4a7bd0"><title>${num(lo, 0)}–${num(lo + max / bins, 0)}: ${c}</title></rect>` +
      (c > 0 ? `<text x="${num(x + bw / 2)}" y="${num(H - bottom - h - 3)}" text-anchor="middle" font-size="10">${c}</text>` : '') +
      `<text x="${num(x)}" y="${H - bottom + 14}" font-size="10" text-anchor="middle">${num(lo, 0)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="histogram of ${esc(label)}">` +
    `<line x1="${left}" y1="${H - bottom}" x2="${W - 10}" y2="${H - bottom}" stroke="#333"/>${bars.join('')}` +
    `<text x="${W - 10}" y="${H - bottom + 14}" font-size="10" text-anchor="end">${num(max, 0)}</text>` +
    `<text x="${(W + left) / 2}" y="${H - 2}" font-size="11" text-anchor="middle">${esc(label)}</text></svg>`;
}

/** Horizontal bars: one per function, the share of students with every case passed. */
export function passRateSvg(rows: { name: string; rate: number }[]): string {
  const W = 520, row = 18, left = 150;
  const H = rows.length * row + 10;
  const bars = rows.map((r, i) => {
    const y = 5 + i * row;
    const w = (W - left - 50) * r.rate;
    const colour = r.rate >= 0.8 ? '#3c9a5f' : r.rate >= 0.5 ? '#d9a521' : '#c8453b';
    return `<text x="${left - 6}" y="${y + 12}" font-size="11" text-anchor="end" font-family="monospace">${esc(r.name)}</text>` +
      `<rect x="${left}" y="${y + 2}" width="${num(w)}" height="${row - 5}" fill="${colour}"/>` +
      `<text x="${num(left + w + 4)}" y="${y + 12}" font-size="10">${num(r.rate * 100, 0)} %</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="pass rate per function">${bars.join('')}</svg>`;
}

/** The most frequent value of a list (ties: first seen), with its count. */
function mode(values: string[]): { value: string; count: number } | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: { value: string; count: number } | undefined;
  for (const [value, count] of counts) if (!best || count > best.count) best = { value, count };
  return best;
}

/** A failure message with its numbers and case ids removed, so the same mistake groups together. */
const shape = (m: string): string => m.replace(/\((seed|public case)[^)]*\)/g, '').replace(/-?\d+(\.\d+)?(e-?\d+)?/g, '#').trim();

export function classReportHtml(results: StudentResult[], info: { seed: number; suite: string; functions: string[] }): string {
  const n = results.length;
  const max = results[0]?.maxScore ?? 0;
  const totals = results.map((r) => r.total).sort((a, b) => a - b);
  const mean = totals.reduce((s, x) => s + x, 0) / (n || 1);
  const median = n ? totals[Math.floor((n - 1) / 2)]! : NaN;
  const perFn = info.functions.map((name) => {
    const outs = results.map((r) => r.functions[name]).filter((f) => f !== undefined);
    const failing = outs.filter((f) => f.status !== 'passed');
    // "not implemented" says nothing about a mistake: count it only when nothing else is known.
    const hints = failing.map((f) => f.hint).filter((h): h is string => !!h);
    const informative = hints.filter((h) => !/not implemented/.test(h));
    const hint = mode(informative.length > 0 ? informative : hints);
    const failure = mode(failing.map((f) => (f.firstFailure ? shape(f.firstFailure) : '')).filter(Boolean));
    return {
      name,
      rate: outs.length ? (outs.length - failing.length) / outs.length : 0,
      meanScore: outs.reduce((s, f) => s + f.score, 0) / (outs.length || 1),
      maxScore: outs[0]?.maxScore ?? 0,
      failing: failing.length,
      hint,
      failure,
    };
  });
  const rows = perFn.map((f) => `<tr><td><code>${esc(f.name)}</code></td><td>${num(f.rate * 100, 0)} %</td><td>${num(f.meanScore, 2)} / ${f.maxScore}</td><td>${f.failing}</td>` +
    `<td>${f.hint ? `${esc(f.hint.value)} <span class="n">(${f.hint.count}×)</span>` : f.failure ? `<i>no hint; most common failure:</i> ${esc(f.failure.value)} <span class="n">(${f.failure.count}×)</span>` : ''}</td></tr>`);
  const errors = results.filter((r) => r.status === 'error' || r.error);
  const mnist = results.filter((r) => typeof r.mnistAccuracy === 'number');
  let mnistHtml = '';
  if (mnist.length > 0) {
    const confusions = mnist.map((r) => r.mnistConfusion).filter((c): c is number[][] => Array.isArray(c));
    const sum = confusions.length ? confusions[0]!.map((row, i) => row.map((_, j) => confusions.reduce((s, c) => s + (c[i]?.[j] ?? 0), 0))) : undefined;
    mnistHtml = `<h2>MNIST training (sgd)</h2><p>${mnist.length} students; accuracy on the held-out digits:</p>${histogramSvg(mnist.map((r) => r.mnistAccuracy! * 100), 100, 20, 'accuracy (%)')}` +
      (sum ? `<h3>Confusion matrix, all students summed</h3>${confusionSvg(sum)}` : '');
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Class report</title>
<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:64em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}.n{color:#777}code{font-size:.95em}${MNIST_CSS}</style></head>
<body><h1>Class report</h1>
<p>${n} submissions · suite <code>${esc(info.suite)}</code> · seed <code>${info.seed}</code> · mean ${num(mean, 2)} / ${max} · median ${num(median, 2)}${errors.length ? ` · ${errors.length} with errors` : ''}</p>
<h2>Score histogram</h2>${histogramSvg(totals, max, 10, `total score (out of ${max})`)}
<h2>Pass rate per function</h2><p>Share of students passing every case of the function.</p>${passRateSvg(perFn)}
<h2>Most common failure per function</h2>
<table><tr><th>function</th><th>pass rate</th><th>mean points</th><th>failing</th><th>most common hint</th></tr>${rows.join('\n')}</table>
${mnistHtml}
${errors.length ? `<h2>Submissions with errors</h2><ul>${errors.map((r) => `<li><code>${esc(r.id)}</code>: ${esc(r.error ?? '')}</li>`).join('')}</ul>` : ''}
</body></html>
`;
}
