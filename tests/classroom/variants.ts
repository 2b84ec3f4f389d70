/**
 * Generated class submissions for the batch test and bench: copies of the correct example with
 * source patches (common mistakes), the stub, a broken file, a hostile submission. Deterministic:
 * student i always gets the same variant.
 *
 * @example
 *   const dir = makeClass(300, '/tmp/class');   // /tmp/class/student-000 … student-299
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CORRECT = join(ROOT, 'grader/examples/correct');

export interface Variant {
  name: string;
  patches: { file: string; find: string; replace: string }[];
}

/** Common mistakes, each a patch of the correct example. */
export const BUGS: Variant[] = [
  { name: 'no-1-over-m', patches: [{ file: 'network.ts', find: 'const m = aL.length;', replace: 'const m = 1;' }] },
  { name: 'sigmoid-overflow', patches: [{ file: 'activations.ts', find: 'if (z >= 0) return 1 / (1 + Math.exp(-z));', replace: 'if (z >= 0) return Math.exp(z) / (1 + Math.exp(z));' }] },
  { name: 'relu-identity', patches: [{ file: 'activations.ts', find: 'return Math.max(0, z);', replace: 'return z;' }] },
  { name: 'no-sigma-prime', patches: [{ file: 'neuron.ts', find: '(a - y) * a * (1 - a)', replace: '(a - y)' }] },
];

const HOSTILE = `import { readFileSync } from 'node:fs';
export function sigmoid(z: number): number { if (Math.abs(z) > 100) process.exit(0); return 1 / (1 + Math.exp(-z)); }
export function sigmoidPrime(z: number): number { if (z === 0) for (;;) {} return 0.25; }
export function relu(z: number): number { return readFileSync('/etc/passwd', 'utf8').length + z; }
export function reluPrime(z: number): number { throw 'a string, not an Error: ' + JSON.stringify(process.env); }
`;

export function writeVariant(dir: string, v: Variant): void {
  cpSync(CORRECT, dir, { recursive: true });
  for (const p of v.patches) {
    const path = join(dir, 'src', p.file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(p.find)) throw new Error(`variant ${v.name}: "${p.find}" not found in ${p.file}`);
    writeFileSync(path, text.replace(p.find, p.replace));
  }
}

/** A few special submissions: correct, stub, each bug, a syntax error, a hostile one, an empty folder. */
export function makeSpecials(root: string): string[] {
  mkdirSync(root, { recursive: true });
  writeVariant(join(root, 'a-correct'), { name: 'correct', patches: [] });
  cpSync(join(ROOT, 'grader/examples/stub'), join(root, 'b-stub'), { recursive: true });
  BUGS.forEach((b, i) => writeVariant(join(root, `c${i}-${b.name}`), b));
  writeVariant(join(root, 'd-broken'), { name: 'broken', patches: [{ file: 'linalg.ts', find: 'export function', replace: 'export functoin' }] });
  writeVariant(join(root, 'e-hostile'), { name: 'hostile', patches: [] });
  writeFileSync(join(root, 'e-hostile', 'src', 'activations.ts'), HOSTILE);
  mkdirSync(join(root, 'f-empty'));
  return ['a-correct', 'b-stub', ...BUGS.map((b, i) => `c${i}-${b.name}`), 'd-broken', 'e-hostile', 'f-empty'];
}

/** n students: mostly correct, a share of each bug and some stubs. */
export function makeClass(n: number, root: string): string[] {
  mkdirSync(root, { recursive: true });
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `student-${String(i).padStart(3, '0')}`;
    const k = i % 10;
    if (k === 9) cpSync(join(ROOT, 'grader/examples/stub'), join(root, id), { recursive: true });
    else writeVariant(join(root, id), k < 5 ? { name: 'correct', patches: [] } : BUGS[k - 5]!);
    ids.push(id);
  }
  return ids;
}
