/**
 * The crash-safe result store of a batch: one JSON file per student in `<out>.d/`, each written to
 * a temporary file, fsync'ed and renamed into place, so after any kill (even SIGKILL) a result is
 * either complete or absent — never half-written, never duplicated. `meta.json` pins the batch's
 * seed and options so a resumed run grades the rest exactly like the first part.
 *
 * @example
 *   const store = new ResultStore('grades.csv.d');
 *   store.put({ id: 'alice', total: 97, … });
 *   store.all();   // every complete result, sorted by id
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface FunctionOutcome {
  score: number;
  maxScore: number;
  status: 'passed' | 'partial' | 'failed' | 'missing';
  firstFailure?: string;
  hint?: string;
}

export interface StudentResult {
  id: string;
  status: 'graded' | 'error';
  total: number;
  maxScore: number;
  functions: Record<string, FunctionOutcome>;
  /** Why the submission could not be graded at all (status error), or its load/compile problem. */
  error?: string;
  mnistAccuracy?: number;
  mnistConfusion?: number[][];
  durationMs: number;
}

export interface BatchMeta {
  seed: number;
  suite: string;
  only: string[];
}

/** Write `text` to `file` atomically (temp file in the same folder, fsync, rename, fsync the folder). */
export function writeAtomic(file: string, text: string): void {
  const tmp = join(dirname(file), `.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'w', 0o644);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  try {
    const dfd = openSync(dirname(file), 'r');
    fsyncSync(dfd);
    closeSync(dfd);
  } catch {
    // Directory fsync is not supported everywhere; the rename is still atomic.
  }
}

const fileName = (id: string): string => `${encodeURIComponent(id).replace(/^\./, '%2E')}.json`;

export class ResultStore {
  constructor(readonly dir: string) {
    mkdirSync(join(dir, 'results'), { recursive: true });
    // Leftovers of a run killed mid-write are incomplete by construction: drop them.
    for (const d of [dir, join(dir, 'results')]) for (const f of readdirSync(d)) if (f.endsWith('.tmp')) rmSync(join(d, f), { force: true });
  }

  meta(): BatchMeta | undefined {
    const f = join(this.dir, 'meta.json');
    return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as BatchMeta) : undefined;
  }

  setMeta(meta: BatchMeta): void {
    writeAtomic(join(this.dir, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  }

  put(result: StudentResult): void {
    writeAtomic(join(this.dir, 'results', fileName(result.id)), `${JSON.stringify(result)}\n`);
  }

  all(): StudentResult[] {
    const dir = join(this.dir, 'results');
    if (!existsSync(dir)) return [];
    const out: StudentResult[] = [];
    for (const f of readdirSync(dir)) {
      if (!f.endsWith('.json')) continue;
      try {
        out.push(JSON.parse(readFileSync(join(dir, f), 'utf8')) as StudentResult);
      } catch {
        // Cannot happen with atomic writes; a damaged file is regraded.
      }
    }
    return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  ids(): Set<string> {
    return new Set(this.all().map((r) => r.id));
  }
}
