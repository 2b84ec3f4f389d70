/**
 * The sandbox child: runs one student bundle and answers the parent's calls over IPC. It only ever
 * receives inputs and sends back raw outputs; expected values, comparison and scoring stay in the
 * parent. Plain .mjs (no tsx) so the child starts fast. Started by sandbox/child.ts as
 *
 * @example
 *   node --experimental-permission --allow-fs-read=<bundle dir> --allow-fs-read=<this file> runner.mjs <bundle.mjs>
 *   // parent → { t: 'call', id, fn, args, repeat }   child → { t: 'result', id, ok, value | error }
 */
import { pathToFileURL } from 'node:url';

// Capture everything we rely on before student code can monkeypatch globals.
const send = process.send.bind(process);
const onProcess = process.on.bind(process);
const exit = process.reallyExit.bind(process);

// The parent is gone (killed, crashed): stop at once rather than run on as an orphan. This fires
// only between calls; a call stuck in a synchronous loop never sees it, which is what the CPU-time
// limit set by the launcher (sandbox/child.ts, `ulimit -t`) is for.
onProcess('disconnect', () => exit(1));
const isArray = Array.isArray;
const freeze = Object.freeze;
const keys = Object.keys;
const ErrorCtor = Error;
const immediate = setImmediate;
const PromiseCtor = Promise;
const StringCtor = String;

let fault;  // an uncaught error / unhandled rejection not yet reported
const describeThrown = (e) => {
  try {
    if (e instanceof ErrorCtor) {
      const code = typeof e.code === 'string' ? ` [${e.code}]` : '';
      const text = StringCtor(e.message).split('\n')[0];
      return `${e.name}${code}: ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`;
    }
    if (e === null || (typeof e !== 'object' && typeof e !== 'function')) return `a non-Error value: ${StringCtor(e).slice(0, 200)}`;
    return 'a non-Error object';
  } catch {
    return 'something that cannot even be described';
  }
};
onProcess('uncaughtException', (e) => { fault ??= `uncaught exception: ${describeThrown(e)}`; });
onProcess('unhandledRejection', (e) => { fault ??= `unhandled promise rejection: ${describeThrown(e)}`; });

/** sfc32 seeded uniform [0, 1), the same generator as generator/engine/prng.ts. */
function seededRandom(seed) {
  let a = 0x9e3779b9, b = 0x243f6a88, c = 0xb7e15162, d = seed >>> 0;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

/**
 * Fresh deep copy of JSON-like args, with `{ $random: seed }` turned into a function, all frozen.
 * With `shallow`, arrays of numbers stay unfrozen (V8 stores frozen number arrays boxed: reading
 * large training data is then ~2× slower); containers are still frozen.
 */
function prepare(v, shallow) {
  if (isArray(v)) {
    const out = [];
    let numbers = true;
    for (let i = 0; i < v.length; i++) {
      out[i] = prepare(v[i], shallow);
      if (typeof out[i] !== 'number') numbers = false;
    }
    return shallow && numbers && out.length > 0 ? out : freeze(out);
  }
  if (v !== null && typeof v === 'object') {
    if (typeof v.$random === 'number') return seededRandom(v.$random);
    const out = {};
    for (const k of keys(v)) out[k] = prepare(v[k], shallow);
    return freeze(out);
  }
  return v;
}

// The parent starts this process while it is still bundling; it says 'load' once the bundle exists.
const loadMessage = await new PromiseCtor((res) => {
  process.once('message', res);
  send({ t: 'hello' }); // only now can a message not be lost
});
let mod;
if (loadMessage?.t === 'load') {
  try {
    mod = await import(pathToFileURL(process.argv[2]).href);
  } catch (e) {
    send({ t: 'ready', loadError: describeThrown(e) });
    process.exitCode = 1;
  }
}
if (!mod) process.disconnect?.();

if (mod) {
  const exports = keys(mod).filter((k) => typeof mod[k] === 'function');
  // Calls may arrive ahead of time (pipelined): run them strictly one after another.
  const queue = [];
  let busy = false;
  onProcess('message', (msg) => {
    if (!msg || msg.t !== 'call') return;
    queue.push(msg);
    if (!busy) void drain();
  });
  async function drain() {
    busy = true;
    while (queue.length > 0) await runCall(queue.shift());
    busy = false;
  }
  async function runCall(msg) {
    const { id, fn, args, repeat, shallow } = msg;
    let reply;
    try {
      const outputs = [];
      for (let r = 0; r < (repeat ?? 1); r++) {
        const value = mod[fn](...prepare(args, shallow === true));
        if (value instanceof PromiseCtor) {
          throw new ErrorCtor('returned a Promise; the API functions are synchronous');
        }
        outputs.push(value);
      }
      reply = { t: 'result', id, ok: true, value: repeat ? outputs : outputs[0] };
    } catch (e) {
      reply = { t: 'result', id, ok: false, error: `threw ${describeThrown(e)}` };
    }
    // Let microtasks run so unhandled rejections of this call surface before we answer.
    await new PromiseCtor((res) => immediate(res));
    if (fault !== undefined) {
      reply = { t: 'result', id, ok: false, error: fault };
      fault = undefined;
    }
    try {
      send(reply);
    } catch (e) {
      send({ t: 'result', id, ok: false, error: `returned a value the grader cannot copy (${describeThrown(e)})` });
    }
  }
  send({ t: 'ready', exports });
}
