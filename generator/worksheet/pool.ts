/**
 * Rendering a class on several cores: worker threads (render-worker.js) — and this thread — each
 * load the templates once and render whole students — build the sheet, KaTeX, write the student's folder — while this
 * thread hands out students in roster order and passes each result back in roster order (the
 * combined key is written in that order, so the output is the same as rendering in one thread).
 * A worker's error (a DlfError such as "cannot write …") stops the run with the same message.
 *
 * @example
 *   await renderInWorkers(job, students, 1, (i, r) => keys.add(r.chunks), (s, i) => renderStudent(job, s, i, tpl));
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

/**
 * How many workers besides this thread: `DLF_WORKERS` if set, else none. Opt-in, because on the
 * shared 2-core machine this was measured on (load average 2–4, file creation ~1 ms of kernel time)
 * 1 worker + main took 17.8–18.5 s for 1,000 students against 13.8–15.5 s for main alone: each
 * worker spends ~2 s loading the sources and warming its own KaTeX cache, and file creation does
 * not get faster in parallel there. On idle cores it may pay off for big classes.
 */
export function defaultWorkers(_students: number): number {
  const env = process.env.DLF_WORKERS;
  if (env !== undefined && env.trim() !== '' && Number.isInteger(Number(env)) && Number(env) >= 0) return Math.min(Number(env), availableParallelism() * 2);
  return 0;
}

/**
 * Render `students` with `workers` worker threads plus this thread, which takes a student from the
 * same queue whenever it is free (yielding between students so the workers' replies get through).
 */
export async function renderInWorkers(job: StudentJob, students: Student[], workers: number, onResult: (index: number, r: StudentResult) => void, renderHere?: (student: Student, index: number) => StudentResult): Promise<void> {
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
      const deliver = (index: number, r: StudentResult) => {
        ready.set(index, r);
        while (ready.has(emitted)) {
          const x = ready.get(emitted)!;
          ready.delete(emitted);
          onResult(emitted, x);
          emitted++;
        }
        if (emitted === students.length) resolve();
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
          send(w);
          try {
            deliver(m.index, m.result);
          } catch (err) {
            fail(err as Error);
          }
        });
        w.on('error', (err) => fail(err));
        w.on('exit', (code) => {
          if (emitted < students.length) fail(new Error(`a rendering worker stopped (exit code ${code}) before the class was done`));
        });
        // Two students in hand per worker, so none waits for the next message.
        send(w);
        send(w);
      }
      if (renderHere) {
        void (async () => {
          while (next < students.length && !failed) {
            const i = next++;
            try {
              deliver(i, renderHere(students[i]!, i));
            } catch (err) {
              return fail(err as Error);
            }
            await new Promise((r) => setImmediate(r));
          }
        })();
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
