/**
 * PDF printing with Debian's Chromium in headless mode: ONE browser for the whole batch, driven over
 * the DevTools protocol on a pipe (`--remote-debugging-pipe`, fds 3 and 4, NUL-separated JSON), with
 * a fresh temporary profile directory and no network features. Each page is loaded from a file://
 * URL, its fonts awaited, and printed with its own CSS page size (A4).
 *
 * @example
 *   const printer = await startPrinter();          // DlfError naming `apt-get install chromium` if absent
 *   await printer.print('/abs/worksheet.html', '/abs/worksheet.pdf');
 *   await printer.close();
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Readable, Writable } from 'node:stream';
import { DlfError } from '../engine/errors.js';
import { writeAtomic } from '../engine/write.js';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The browser to use: $DLF_CHROMIUM, /usr/bin/chromium, or the first candidate on PATH; null if none. */
export function findChromium(): string | null {
  const env = process.env.DLF_CHROMIUM;
  if (env) return existsSync(env) ? env : null;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of CANDIDATES) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** `pdfunite` (poppler-utils), to join the students' key PDFs into the class key; null if absent. */
export function findPdfunite(): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) if (dir && existsSync(join(dir, 'pdfunite'))) return join(dir, 'pdfunite');
  return null;
}

export const NO_CHROMIUM = 'PDF output needs Chromium, which was not found: install it with `apt-get install chromium` (or set DLF_CHROMIUM=/path/to/chromium), or leave pdf out of --format';

export interface Printer {
  /** Print one page; big pages get more time (60 s + 10 s per MB of HTML, by default). */
  print(htmlPath: string, pdfPath: string): Promise<void>;
  close(): Promise<void>;
}

export async function startPrinter(timeoutMs = 60_000): Promise<Printer> {
  const exe = findChromium();
  if (!exe) throw new DlfError(NO_CHROMIUM);
  const profile = mkdtempSync(join(tmpdir(), 'dlf-chromium-'));
  const child: ChildProcess = spawn(exe, [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-extensions', '--disable-dev-shm-usage', '--mute-audio',
    `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));

  let nextId = 1;
  const pending = new Map<number, { ok: (v: any) => void; fail: (e: Error) => void }>();
  const waiters: { method: string; sessionId?: string; ok: (v: any) => void }[] = [];
  let buffer = Buffer.alloc(0);
  let dead: Error | null = null;
  const die = (err: Error) => {
    dead ??= err;
    for (const p of pending.values()) p.fail(dead);
    pending.clear();
  };
  fromBrowser.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    let end: number;
    while ((end = buffer.indexOf(0)) >= 0) {
      const msg = JSON.parse(buffer.subarray(0, end).toString('utf8'));
      buffer = buffer.subarray(end + 1);
      if (msg.id !== undefined) {
        const p = pending.get(msg.id);
        pending.delete(msg.id);
        if (msg.error) p?.fail(new Error(`${msg.error.message} (${msg.error.code})`));
        else p?.ok(msg.result);
      } else {
        const i = waiters.findIndex((w) => w.method === msg.method && (!w.sessionId || w.sessionId === msg.sessionId));
        if (i >= 0) waiters.splice(i, 1)[0]!.ok(msg.params);
      }
    }
  });
  child.on('error', (err) => die(new DlfError(`cannot start ${exe}: ${err.message}`)));
  child.on('exit', (code) => die(new DlfError(`Chromium (${exe}) exited with code ${code}: ${stderr.trim().split('\n').pop() ?? ''}`)));
  toBrowser.on('error', (err) => die(new DlfError(`Chromium pipe closed: ${err.message}`)));

  const withTimeout = <T>(p: Promise<T>, what: string, ms = timeoutMs): Promise<T> => {
    let timer: NodeJS.Timeout;
    const t = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new DlfError(`Chromium did not answer within ${Math.round(ms / 1000)} s (${what})`)), ms)));
    return Promise.race([p, t]).finally(() => clearTimeout(timer));
  };
  const send = (method: string, params: object = {}, sessionId?: string, ms = timeoutMs): Promise<any> => {
    if (dead) return Promise.reject(dead);
    const id = nextId++;
    const p = new Promise((ok, fail) => pending.set(id, { ok, fail }));
    toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    return withTimeout(p, method, ms);
  };
  const event = (method: string, sessionId?: string): Promise<any> => new Promise((ok) => waiters.push({ method, sessionId, ok }));

  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  await send('Page.enable', {}, sessionId);

  return {
    async print(htmlPath, pdfPath) {
      const ms = timeoutMs + 10_000 * Math.ceil(statSync(htmlPath).size / 1e6);
      const loaded = event('Page.loadEventFired', sessionId);
      const nav = await send('Page.navigate', { url: pathToFileURL(resolve(htmlPath)).href }, sessionId, ms);
      if (nav.errorText) throw new DlfError(`Chromium cannot open ${htmlPath}: ${nav.errorText}`);
      await withTimeout(loaded, `loading ${htmlPath}`, ms);
      await send('Runtime.evaluate', { expression: 'document.fonts.ready.then(() => true)', awaitPromise: true }, sessionId, ms);
      const { data } = await send('Page.printToPDF', { printBackground: true, preferCSSPageSize: true }, sessionId, ms);
      writeAtomic(pdfPath, Buffer.from(data, 'base64'));
    },
    async close() {
      try {
        if (!dead) await send('Browser.close');
      } catch {
        /* already gone */
      }
      if (child.exitCode === null) {
        await new Promise<void>((ok) => {
          const timer = setTimeout(() => (child.kill('SIGKILL'), ok()), 3000);
          child.once('exit', () => (clearTimeout(timer), ok()));
        });
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
