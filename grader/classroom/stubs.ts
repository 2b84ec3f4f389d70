/**
 * The starter's `src/`: typed stubs of every API function (each throws "not implemented"), one file
 * per topic, the shared types in `types.ts`, and `index.ts` re-exporting everything — the same
 * layout as `grader/examples/correct`, so a finished solution drops in file by file.
 *
 * @example
 *   stubFiles()['src/activations.ts'];   // "export function sigmoid(z: number): number { … }"
 */
import { apiDocs, TOPICS, type ApiFunction, type Topic } from './api.js';

const TYPES = `/** Data types of the assignment API (do not change them). */
export type Vector = number[];
export type Matrix = number[][]; // row-major: M[i][j] is row i, column j
export interface Network {
  weights: Matrix[]; // weights[k]: n_{k+1} × n_k (W^{k+1} in the slides)
  biases: Vector[]; // biases[k]: n_{k+1} entries (b^{k+1})
}
export interface Gradients {
  nablaW: Matrix[]; // same shapes as weights
  nablaB: Vector[]; // same shapes as biases
}
`;

const TYPE_NAMES = ['Vector', 'Matrix', 'Network', 'Gradients'];

function stub(fn: ApiFunction): string {
  const doc = [`/**`, ` * ${fn.summary}`, ...(fn.notes ? [` * ${fn.notes}`] : []), ` * See README.md#${fn.name.toLowerCase()} for the formulas.`, ' */'];
  return [...doc, `export function ${fn.name}(${fn.params}): ${fn.returns} {`, `  throw new Error('${fn.name}: not implemented');`, '}', ''].join('\n');
}

function topicFile(topic: Topic, fns: ApiFunction[]): string {
  const used = TYPE_NAMES.filter((t) => fns.some((f) => new RegExp(`\\b${t}\\b`).test(`${f.params} ${f.returns}`)));
  const lines = [`/** ${TOPICS[topic]}. Replace each \`throw\` with your implementation; run \`npm run grade\`. */`];
  if (used.length > 0) lines.push(`import type { ${used.join(', ')} } from './types.js';`);
  lines.push('', ...fns.map(stub));
  return `${lines.join('\n').trimEnd()}\n`;
}

export function stubFiles(): Record<string, string> {
  const docs = apiDocs();
  const topics = (Object.keys(TOPICS) as Topic[]).filter((t) => docs.some((d) => d.topic === t));
  const files: Record<string, string> = { 'src/types.ts': TYPES };
  const index = ['/** The assignment API: the grader imports every function from here. You may add files and helpers. */', "export type { Vector, Matrix, Network, Gradients } from './types.js';"];
  for (const t of topics) {
    const fns = docs.filter((d) => d.topic === t);
    files[`src/${t}.ts`] = topicFile(t, fns);
    index.push(`export { ${fns.map((f) => f.name).join(', ')} } from './${t}.js';`);
  }
  files['src/index.ts'] = `${index.join('\n')}\n`;
  return files;
}
