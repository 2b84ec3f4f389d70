/**
 * `--watch`: regrade whenever a file under the submission's folder changes (debounced), until the
 * returned stop function is called or the process is interrupted.
 *
 * @example
 *   const stop = watchSubmission('my-submission', async () => print(await gradeSubmission('my-submission')));
 */
import { watch, type FSWatcher } from 'node:fs';

export function watchSubmission(dir: string, onChange: () => Promise<void>, debounceMs = 200): () => void {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await onChange();
    } finally {
      running = false;
      if (again) {
        again = false;
        void run();
      }
    }
  };
  const watcher: FSWatcher = watch(dir, { recursive: true }, (_event, file) => {
    if (file && /(^|[\\/])(node_modules|\.git)([\\/]|$)/.test(String(file))) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), debounceMs);
  });
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
