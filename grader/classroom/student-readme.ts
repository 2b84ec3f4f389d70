/**
 * The starter's README.md for students: how to work and grade, then every function with its
 * signature, points and the course's formulas (slides' notation, GitHub-rendered LaTeX).
 *
 * @example
 *   writeFileSync('README.md', studentReadme({ hidden: true }));
 */
import { apiDocs, pointsOf, TOPICS, type Topic } from './api.js';

export function studentReadme(opts: { title?: string } = {}): string {
  const docs = apiDocs();
  const total = docs.reduce((s, d) => s + pointsOf(d.name), 0);
  const out: string[] = [
    `# ${opts.title ?? 'Deep Learning Foundation — neural network functions'}`,
    '',
    'Implement the functions of a small neural-network library in TypeScript, from first principles (no libraries).',
    `Every function is a stub in \`src/\` that throws "not implemented"; together they are worth ${total} points.`,
    '',
    '## Working on it',
    '',
    '```sh',
    'npm ci                     # once: installs the grader (needs Node.js 20 or newer)',
    'npm run grade              # grade everything in src/: a table of ✓/✗, points and hints',
    'npm run grade -- --only sigmoid,softmax',
    'npm run grade -- --watch   # regrade every time you save (or: npm run grade:watch)',
    '```',
    '',
    '- Write your code in `src/`; keep the function names and signatures. You may add files and helpers; `src/index.ts` must export every function.',
    '- Your code runs in a sandbox: no file, network or process access, and a time and memory limit per call. Do not modify the inputs (they are frozen) and use only the `random` argument for randomness.',
    '- `tests/public/` holds the public cases (inputs and expected outputs). Locally, `npm run grade` runs only these.',
    '- **Hidden cases**: when you push, GitHub Classroom grades your code on the public cases *and* on hidden, freshly randomised cases (including edge cases such as large |z|, 1×1 and non-square matrices, deep and wide networks). The points you get in Classroom come from that run; see the *Actions* tab for the report. Do not edit `.dlf/` or `.github/`.',
    '',
    '## Notation',
    '',
    'As in the slides: layer k has activations $\\mathbf{a^k}$ (column vector, $\\mathbf{a^0} = \\mathbf{x}$), preactivations $\\mathbf{z^k}$, weights $W^k$ and biases $\\mathbf{b^k}$; $\\sigma$ is the sigmoid, $\\odot$ the element-wise product, $\\alpha$ the learning rate, $m$ the number of outputs. In code, `net.weights[k]` is $W^{k+1}$ ($n_{k+1} \\times n_k$, row-major: `W[i][j]` is row i, column j) and `net.biases[k]` is $\\mathbf{b^{k+1}}$.',
    '',
  ];
  for (const topic of Object.keys(TOPICS) as Topic[]) {
    const fns = docs.filter((d) => d.topic === topic);
    if (fns.length === 0) continue;
    out.push(`## ${TOPICS[topic]} — \`src/${topic}.ts\``, '');
    for (const fn of fns) {
      out.push(`### ${fn.name}`, '', '```ts', `${fn.name}(${fn.params}): ${fn.returns}`, '```', '', `${fn.summary} **${pointsOf(fn.name)} points.**`, '');
      for (const formula of fn.formulas) out.push('$$', formula, '$$', '');
      if (fn.notes) out.push(fn.notes, '');
    }
  }
  out.push('## Grading', '', 'Each function has a number of points, shared equally among its cases (partial credit). A function that does not compile or throws scores 0 for itself only. The report names the first failing case, the first differing element and, for common mistakes, a hint.', '');
  return out.join('\n');
}
