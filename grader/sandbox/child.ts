/**
 * One sandboxed child process running a submission bundle (see runner.mjs). The child is started
 * with Node's permission model (it may read only the bundle folder and the runner: no other files,
 * no child processes, no workers), an empty environment, a V8 heap limit and, where the OS allows,
 * an RLIMIT_DATA limit on total memory. Calls have a time limit; a call that times out, crashes or
 * exits the child is reported for that call only, and the next call restarts the child.
 *
 * @example
 *   const box = new Sandbox({ bundleFile, memoryMb: 256 });
 *   const r = await box.call('sigmoid', [0], undefined, 1000);   // { kind: 'ok', value: 0.5 }
 *   box.close();
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RUNNER = join(dirname(fileURLToPath(import.meta.url)), 'runner.mjs');

export type CallOutcome =
  | { kind: 'ok'; value: unknown }
  | { kind: 'error'; message: string }
  | { kind: 'timeout'; message: string };

export interface SandboxOptions {
  bundleFile: string;
  /** V8 heap limit; the OS data limit (total memory) is twice this. */
  memoryMb?: number;
  /** Bytes of the student's stdout/stderr kept for the report. */
  outputCap?: number;
  /**
   * RLIMIT_CPU of each child, in seconds of CPU time (set with the memory limit, where there is a
   * POSIX shell): the backstop for a child whose parent died (SIGKILL, OOM killer) while the child
   * is stuck in a synchronous loop: it cannot see its IPC channel close, but the kernel kills it
   * when the limit is reached. gradeSubmission sizes it from the whole-submission time limit.
   * Default: none.
   */
  cpuTimeLimitS?: number;
  /** Time allowed for the child to start and load the bundle. */
  startTimeoutMs?: number;
  /**
   * Resolves once `bundleFile` is written (true) or bundling failed (false). The child is spawned
   * right away and told to load the bundle then, so Node's start-up overlaps the bundling.
   */
  bundleReady?: Promise<boolean>;
}

type Ready = { exports: string[] } | { loadError: string };

const SH = '/bin/sh';

let networkIsolation: boolean | undefined;
/**
 * Whether children can be started without a network: `unshare -rn` (a new user and network
 * namespace, so no root is needed where unprivileged user namespaces are enabled) leaves the child
 * only a loopback interface that is down. Probed once per process; where it is unavailable
 * (macOS, containers that forbid namespaces) the network stays open, and the report says so.
 */
export function canIsolateNetwork(): boolean {
  if (networkIsolation === undefined) {
    if (process.platform !== 'linux' || process.env.DLF_SANDBOX_NETWORK === 'open') networkIsolation = false;
    else {
      const probe = spawnSync('unshare', ['-rn', 'true'], { stdio: 'ignore', timeout: 5000 });
      networkIsolation = probe.status === 0;
    }
  }
  return networkIsolation;
}

export class Sandbox {
  private child?: ChildProcess;
  private ready?: Promise<Ready>;
  private readonly exits = new WeakMap<ChildProcess, string>();
  private stderrTail = '';
  private nextId = 1;
  /** Calls sent ahead (pipelined) to the current child: key → id, and their results as they arrive. */
  private prefetched = new Map<object, number>();
  private inbox = new Map<number, unknown>();
  private prefetchedOnThisChild = false;
  readonly output = { stdout: '', stderr: '', truncated: false };
  restarts = -1;
  readonly memoryMb: number;
  private sentAhead = new Set<number>();
  readonly osMemoryLimit = process.platform !== 'win32' && existsSync(SH);
  /** The child runs in its own network namespace with no usable interface (see canIsolateNetwork). */
  readonly networkBlocked = canIsolateNetwork();
  /** The CPU-time limit applied to each child (seconds), or undefined if none (no option or no shell). */
  readonly cpuTimeLimitS: number | undefined;

  constructor(private readonly opts: SandboxOptions) {
    this.memoryMb = opts.memoryMb ?? 256;
    const cpu = opts.cpuTimeLimitS;
    this.cpuTimeLimitS = this.osMemoryLimit && cpu !== undefined && Number.isFinite(cpu) && cpu > 0 ? Math.ceil(cpu) : undefined;
  }

  private capture(stream: 'stdout' | 'stderr', chunk: Buffer): void {
    const cap = this.opts.outputCap ?? 16_384;
    const text = chunk.toString('utf8');
    if (stream === 'stderr') this.stderrTail = (this.stderrTail + text).slice(-4096);
    const room = cap - this.output.stdout.length - this.output.stderr.length;
    if (room <= 0) {
      this.output.truncated = true;
      return;
    }
    if (text.length > room) this.output.truncated = true;
    this.output[stream] += text.slice(0, room);
  }

  /** Start (or restart) the child and wait until it has loaded the bundle. */
  start(): Promise<Ready> {
    this.restarts++;
    const bundleDir = dirname(this.opts.bundleFile);
    const nodeArgs = [
      '--experimental-permission',
      `--allow-fs-read=${bundleDir}`,
      `--allow-fs-read=${RUNNER}`,
      `--max-old-space-size=${this.memoryMb}`,
      '--no-warnings',
      RUNNER,
      this.opts.bundleFile,
    ];
    // RLIMIT_CPU: SIGXCPU at the soft limit (reported as such), SIGKILL one second later at the
    // hard limit (if SIGXCPU is ignored). The soft limit goes first: a hard one below it is EINVAL.
    const cpu = this.cpuTimeLimitS === undefined ? '' : `ulimit -S -t ${this.cpuTimeLimitS} 2>/dev/null && ulimit -H -t ${this.cpuTimeLimitS + 1} 2>/dev/null; `;
    const [inner, innerArgs] = this.osMemoryLimit
      ? [SH, ['-c', `ulimit -d ${this.memoryMb * 2 * 1024} 2>/dev/null; ${cpu}unset PWD OLDPWD SHLVL _; exec "$0" "$@"`, process.execPath, ...nodeArgs]]
      : [process.execPath, nodeArgs];
    const [cmd, args] = this.networkBlocked ? ['unshare', ['-rn', inner, ...innerArgs]] : [inner, innerArgs];
    const child = spawn(cmd, args, { cwd: bundleDir, env: {}, stdio: ['ignore', 'pipe', 'pipe', 'ipc'], serialization: 'advanced' });
    this.child = child;
    this.stderrTail = '';
    this.prefetched.clear();
    this.inbox.clear();
    this.prefetchedOnThisChild = false;
    const sentAhead = new Set<number>();
    this.sentAhead = sentAhead;
    child.on('message', (m: unknown) => {
      const id = (m as { t?: unknown; id?: unknown } | null)?.id;
      if ((m as { t?: unknown } | null)?.t === 'result' && typeof id === 'number' && sentAhead.delete(id) && this.child === child) this.inbox.set(id, m);
    });
    child.stdout!.on('data', (c: Buffer) => this.capture('stdout', c));
    child.stderr!.on('data', (c: Buffer) => this.capture('stderr', c));
    // 'close' (not 'exit'): by then stderr is drained, so an out-of-memory report can be recognised.
    child.on('close', (code, signal) => {
      this.exits.set(child, this.describeExit(code, signal));
      if (this.child === child) this.child = undefined;
    });
    child.on('error', () => {});
    this.ready = new Promise<Ready>((resolvePromise) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolvePromise({ loadError: `the submission did not load within ${this.opts.startTimeoutMs ?? 10_000} ms` });
      }, this.opts.startTimeoutMs ?? 10_000);
      const onMessage = (m: unknown) => {
        const msg = m as { t?: string; exports?: unknown; loadError?: unknown };
        if (msg?.t !== 'ready') return;
        clearTimeout(timer);
        child.off('message', onMessage);
        if (typeof msg.loadError === 'string') resolvePromise({ loadError: msg.loadError });
        else if (Array.isArray(msg.exports)) resolvePromise({ exports: msg.exports.filter((e): e is string => typeof e === 'string') });
        else resolvePromise({ loadError: 'the sandbox sent a malformed ready message' });
      };
      child.on('message', onMessage);
      const hello = new Promise<void>((res) => {
        const onHello = (m: unknown) => {
          if ((m as { t?: string } | null)?.t !== 'hello') return;
          child.off('message', onHello);
          res();
        };
        child.on('message', onHello);
      });
      void Promise.all([this.opts.bundleReady ?? Promise.resolve(true), hello]).then(([ok]) => {
        if (!ok) {
          child.kill('SIGKILL');
          return;
        }
        try {
          child.send({ t: 'load' });
        } catch {
          // The child is already gone: its 'close' handler reports why.
        }
      });
      child.once('close', () => {
        clearTimeout(timer);
        setImmediate(() => resolvePromise({ loadError: `the process ${this.exits.get(child) ?? 'exited'} while loading` }));
      });
    });
    return this.ready;
  }

  private describeExit(code: number | null, signal: NodeJS.Signals | null): string {
    if (/heap out of memory|Allocation failed|allocation failed|out of memory/i.test(this.stderrTail)) return `ran out of memory (limit ${this.memoryMb} MB)`;
    if (signal === 'SIGXCPU' && this.cpuTimeLimitS !== undefined) return `used up its CPU-time limit (${this.cpuTimeLimitS} s)`;
    if (signal) return `was killed by ${signal}`;
    return `exited with code ${code}`;
  }

  /**
   * Pipelining: once per child, send the calls that will follow so the child never waits for the
   * parent between calls (`call` with the same key then just collects the result). Starts the
   * child if needed; does nothing if it does not load.
   */
  async prefetch(upcoming: () => { key: object; fn: string; args: unknown[]; repeat?: number; shallow?: boolean }[]): Promise<void> {
    if (!this.child || !this.ready) await this.start();
    const ready = await this.ready!;
    const child = this.child;
    if ('loadError' in ready || !child || this.prefetchedOnThisChild) return;
    this.prefetchedOnThisChild = true;
    for (const c of upcoming()) {
      const id = this.nextId++;
      try {
        child.send({ t: 'call', id, fn: c.fn, args: c.args, repeat: c.repeat, shallow: c.shallow ?? false });
      } catch {
        return;
      }
      this.sentAhead.add(id);
      this.prefetched.set(c.key, id);
    }
  }

  /** Call `fn(...args)` in the child (restarting it if needed); never throws. */
  async call(fn: string, args: unknown[], repeat: number | undefined, timeoutMs: number, shallowFreeze = false, key?: object): Promise<CallOutcome> {
    if (!this.child || !this.ready) await this.start();
    const ready = await this.ready!;
    if ('loadError' in ready) return { kind: 'error', message: `the submission failed to load: ${ready.loadError}` };
    const child = this.child;
    if (!child) return { kind: 'error', message: 'the process exited before the call' };
    const ahead = key === undefined ? undefined : this.prefetched.get(key);
    if (key !== undefined) this.prefetched.delete(key);
    const id = ahead ?? this.nextId++;
    return new Promise<CallOutcome>((resolvePromise) => {
      let done = false;
      const finish = (o: CallOutcome) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('close', onExit);
        this.inbox.delete(id);
        this.sentAhead.delete(id);
        resolvePromise(o);
      };
      const timer = setTimeout(() => {
        this.kill();
        finish({ kind: 'timeout', message: `did not return within ${timeoutMs} ms` });
      }, timeoutMs);
      const onMessage = (m: unknown) => {
        const msg = m as { t?: unknown; id?: unknown; ok?: unknown; value?: unknown; error?: unknown };
        if (msg === null || typeof msg !== 'object' || msg.t !== 'result' || msg.id !== id) return;
        // Results are only accepted once per id, the first one to arrive.
        if (msg.ok === true) finish({ kind: 'ok', value: msg.value });
        else finish({ kind: 'error', message: typeof msg.error === 'string' ? msg.error.slice(0, 500) : 'failed' });
      };
      const onExit = () => setImmediate(() => finish({ kind: 'error', message: `the process ${this.exits.get(child) ?? 'exited'} during the call` }));
      child.on('message', onMessage);
      child.on('close', onExit);
      if (ahead !== undefined) {
        if (this.inbox.has(id)) onMessage(this.inbox.get(id));
        else if (child.exitCode !== null || child.signalCode !== null) onExit();
        return;
      }
      try {
        child.send({ t: 'call', id, fn, args, repeat, shallow: shallowFreeze });
      } catch (err) {
        finish({ kind: 'error', message: `could not send the call: ${(err as Error).message}` });
      }
    });
  }

  /** What the child's module exports (starting it if needed). */
  async exports(): Promise<Ready> {
    if (!this.ready) await this.start();
    return this.ready!;
  }

  kill(): void {
    const c = this.child;
    this.child = undefined;
    this.ready = undefined;
    if (c && c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  }

  close(): void {
    this.kill();
  }
}
