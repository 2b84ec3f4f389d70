/**
 * A progress bar on stderr — only when stderr is a terminal, so logs and pipes stay clean.
 *
 * @example
 *   const bar = progressBar('checking');
 *   bar.update(3, 30);   // checking [###-------------------------]   3/30
 *   bar.done();
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const tty = Boolean(stream.isTTY);
  let last = 0;
  let shown = false;
  return {
    update(done: number, total: number, stage = label) {
      if (!tty || total < 2) return;
      const now = Date.now();
      if (done < total && now - last < 80) return;
      last = now;
      const width = 30;
      const fill = Math.round((done / total) * width);
      stream.write(`\r${stage} [${'#'.repeat(fill)}${'-'.repeat(width - fill)}] ${String(done).padStart(String(total).length)}/${total}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
