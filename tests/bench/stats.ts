/**
 * Small helpers shared by the bench files: time a function many times and summarise.
 *
 * @example
 *   const s = timeMany(() => f(), 1000);   // { median, p99, mean } in microseconds
 */
export interface Stats {
  median: number;
  p99: number;
  mean: number;
}

export function summarise(samplesUs: number[]): Stats {
  const s = samplesUs.slice().sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { median: at(0.5), p99: at(0.99), mean: s.reduce((a, b) => a + b, 0) / (s.length || 1) };
}

export function timeMany(fn: () => unknown, n: number): Stats {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  return summarise(samples);
}

export function fmt(x: number, digits = 1): string {
  return Number.isFinite(x) ? x.toFixed(digits) : String(x);
}

/** Print rows as an aligned table. */
export function table(rows: (string | number)[][]): void {
  const cells = rows.map((r) => r.map(String));
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  for (const r of cells) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
}
