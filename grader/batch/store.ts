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
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic as writeDurably } from '../../generator/engine/write.js';

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

/** Durable atomic write (temp file, fsync, rename, fsync the folder): see generator/engine/write.ts. */
export function writeAtomic(file: string, text: string): void {
  writeDurably(file, text, { durable: true });
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
