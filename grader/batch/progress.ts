/**
 * Progress on stderr: a bar with rate and ETA redrawn in place on a TTY; otherwise a plain line at
 * most every few seconds (and at the end), so CI logs stay readable.
 *
 * @example
 *   const p = new Progress(300, process.stderr);
 *   p.tick('alice');   // [#####               ]  12/300  3.9/s  ETA 1:14  alice
 *   p.done();
 */
export interface ProgressStream {
  write(s: string): boolean;
  isTTY?: boolean;
  columns?: number;
}

const clock = (s: number): string => (Number.isFinite(s) ? `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}` : '?');

export class Progress {
  private done_ = 0;
  private readonly t0 = performance.now();
  private lastLine = 0;

  constructor(private readonly total: number, private readonly out: ProgressStream, private readonly plainEveryMs = 5000) {}

  line(last = ''): string {
    const secs = (performance.now() - this.t0) / 1000;
    const rate = this.done_ / Math.max(secs, 1e-3);
    const eta = rate > 0 ? (this.total - this.done_) / rate : Infinity;
    const width = 24;
    const filled = this.total > 0 ? Math.round((width * this.done_) / this.total) : width;
    return `[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${String(this.done_).padStart(String(this.total).length)}/${this.total}  ${rate.toFixed(1)}/s  ETA ${clock(eta)}  ${last}`;
  }

  tick(last = ''): void {
    this.done_++;
    if (this.out.isTTY) {
      const cols = this.out.columns ?? 80;
      this.out.write(`\r${this.line(last).slice(0, cols - 1).padEnd(cols - 1)}`);
    } else if (performance.now() - this.lastLine >= this.plainEveryMs || this.done_ === this.total) {
      this.lastLine = performance.now();
      this.out.write(`grade-batch: ${this.line(last)}\n`);
    }
  }

  done(): void {
    if (this.out.isTTY) this.out.write('\n');
  }
}
