/**
 * One rendering worker (see pool.ts): loads the templates once, then renders and writes each
 * student it is sent, replying with the student's result (or the error's message).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadTemplates } from '../render/templates.js';
import { DlfError } from '../engine/errors.js';
import { renderStudent, type StudentJob } from './student.js';
import type { WorkerReply, WorkerRequest } from './pool.js';

const job = workerData as StudentJob;
const port = parentPort!;
const tpl = loadTemplates(job.templatesDir);

port.on('message', ({ index, student }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { index, result: renderStudent(job, student, index, tpl) };
  } catch (err) {
    reply = { index, error: (err as Error).message, dlf: err instanceof DlfError };
  }
  port.postMessage(reply);
});
