/**
 * Rendering a class on several cores: worker threads (render-worker.js) each load the templates
 * once and render whole students — build the sheet, KaTeX, write the student's folder — while this
 * thread hands out students in roster order and passes each result back in roster order (the
 * combined key is written in that order, so the output is the same as rendering in one thread).
 * A worker's error (a DlfError such as "cannot write …") stops the run with the same message.
 *
 * @example
 *   await renderInWorkers(job, students, 2, (i, r) => keys.add(r.chunks));
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Student } from './roster.js';
import type { StudentJob, StudentResult } from './student.js';
import { DlfError } from '../engine/errors.js';

export type WorkerRequest = { index: number; student: Student };
export type WorkerReply =
  | { index: number; result: StudentResult }
  | { index: number; error: string; dlf: boolean };

/** Classes smaller than this are rendered in this thread (starting a worker costs ~0.3 s). */
export const WORKER_THRESHOLD = 48;

/** How many workers for a class: `DLF_WORKERS` if set (0 = none), else one per core (at most 4) for a big class. */
export function defaultWorkers(students: number): number {
  const env = process.env.DLF_WORKERS;
  if (env !== undefined && env.trim() !== '' && Number.isInteger(Number(env)) && Number(env) >= 0) return Number(env);
  if (students < WORKER_THRESHOLD) return 0;
  const cores = availableParallelism();
  return cores < 2 ? 0 : Math.min(cores, 4);
}

export async function renderInWorkers(job: StudentJob, students: Student[], workers: number, onResult: (index: number, r: StudentResult) => void): Promise<void> {
  const n = Math.max(1, Math.min(workers, students.length));
  const pool: Worker[] = [];
  const ready = new Map<number, StudentResult>();
  let next = 0;
  let emitted = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (err: Error) => {
        if (!failed) {
          failed = true;
          reject(err);
        }
      };
      const send = (w: Worker) => {
        if (next < students.length) {
          w.postMessage({ index: next, student: students[next]! } satisfies WorkerRequest);
          next++;
        }
      };
      for (let k = 0; k < n; k++) {
        const w = new Worker(new URL('./render-worker.js', import.meta.url), { workerData: job, execArgv: [], stdout: false, stderr: false });
        pool.push(w);
        w.on('message', (m: WorkerReply) => {
          if (failed) return;
          if ('error' in m) return fail(m.dlf ? new DlfError(m.error) : new Error(`rendering student ${students[m.index]?.id}: ${m.error}`));
          ready.set(m.index, m.result);
          send(w);
          try {
            while (ready.has(emitted)) {
              const r = ready.get(emitted)!;
              ready.delete(emitted);
              onResult(emitted, r);
              emitted++;
            }
          } catch (err) {
            return fail(err as Error);
          }
          if (emitted === students.length) resolve();
        });
        w.on('error', (err) => fail(err));
        w.on('exit', (code) => {
          if (emitted < students.length) fail(new Error(`a rendering worker stopped (exit code ${code}) before the class was done`));
        });
        // Two students in hand per worker, so none waits for the next message.
        send(w);
        send(w);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
