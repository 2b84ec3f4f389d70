/**
 * The assignment API as documentation data: for every graded function its topic (the starter's
 * `src/<topic>.ts` file), TypeScript signature and an explanation with the course's formulas in the
 * slides' notation (W^k, a^k, z^k, ∇, ⊙, α). Drives the starter's typed stubs and student README.
 * `apiDocs()` checks it covers exactly the scoring table, so a new graded function cannot be
 * forgotten in the starter.
 *
 * @example
 *   apiDocs().find((f) => f.name === 'sigmoid')!.topic;   // 'activations'
 */
import { FUNCTIONS } from '../suites/table.js';

export const TOPICS = {
  activations: 'Activation functions',
  neuron: 'A single neuron: preactivation, costs, one gradient step',
  softmax: 'Classification: one-hot, softmax and its cost',
  linalg: 'Linear algebra helpers',
  network: 'Networks: feedforward, backpropagation, mini-batch updates, initialisation',
  training: 'Training (stochastic gradient descent) and prediction',
} as const;
export type Topic = keyof typeof TOPICS;

export interface ApiFunction {
  name: string;
  topic: Topic;
  /** Parameter list as TypeScript, e.g. `w: Vector, x: Vector, b: number`. */
  params: string;
  returns: string;
  /** One sentence (also the stub's doc comment). */
  summary: string;
  /** Formulas, one display-math block each (LaTeX, slides' notation). */
  formulas: string[];
  notes?: string;
}

const f = (name: string, topic: Topic, params: string, returns: string, summary: string, formulas: string[], notes?: string): ApiFunction => ({
  name, topic, params, returns, summary, formulas, ...(notes ? { notes } : {}),
});

const DOCS: ApiFunction[] = [
  f('sigmoid', 'activations', 'z: number', 'number', 'The logistic activation σ(z).', ['a = \\sigma(z) = \\frac{1}{1 + e^{-z}}'],
    'Must stay finite for large |z| (e.g. z = ±1000): for z < 0 use the equivalent form e^z / (1 + e^z).'),
  f('sigmoidPrime', 'activations', 'z: number', 'number', 'The derivative of the sigmoid.', ['\\frac{\\partial a}{\\partial z} = \\sigma(z) (1 - \\sigma(z)) = a (1 - a)']),
  f('relu', 'activations', 'z: number', 'number', 'The rectified linear unit.', ['\\mathrm{relu}(z) = \\max(0, z)']),
  f('reluPrime', 'activations', 'z: number', 'number', 'The derivative of relu (taken as 0 at z = 0).', ['\\mathrm{relu}\'(z) = 1 \\text{ if } z > 0 \\text{, else } 0']),
  f('preactivation', 'neuron', 'w: Vector, x: Vector, b: number', 'number', 'The preactivation of one neuron.', ['z = (w_1 * x_1) + (w_2 * x_2) + \\dots + b = \\sum_i w_i x_i + b']),
  f('neuronOutput', 'neuron', 'w: Vector, x: Vector, b: number', 'number', 'The output (activation) of one sigmoid neuron.', ['a = \\sigma(z), \\quad z = \\sum_i w_i x_i + b']),
  f('quadraticCost', 'neuron', 'a: Vector, y: Vector', 'number', 'The quadratic cost, averaged over the m outputs.', ['C = \\frac{1}{m} \\sum_{j=1}^{m} \\frac{1}{2} (y_j - a_j)^2, \\quad m = a.length']),
  f('crossEntropyCost', 'neuron', 'a: number, y: number', 'number', 'The cross-entropy cost of one sigmoid output.', ['C = -( y \\ln a + (1 - y) \\ln(1 - a) )']),
  f('neuronStep', 'neuron', "w: Vector, b: number, x: Vector, y: number, alpha: number, cost: 'quadratic' | 'cross-entropy'", '{ w: Vector; b: number }',
    'One gradient-descent step of a single sigmoid neuron on one example; returns the new weights and bias.',
    [
      '\\frac{\\partial C}{\\partial z} = (a - y) * a * (1 - a) \\quad \\text{(quadratic, } C = \\tfrac{1}{2}(y - a)^2\\text{)}',
      '\\frac{\\partial C}{\\partial z} = a - y \\quad \\text{(cross-entropy: } \\sigma\' \\text{ cancels)}',
      "w_i' = w_i - \\alpha * \\frac{\\partial C}{\\partial z} * x_i, \\qquad b' = b - \\alpha * \\frac{\\partial C}{\\partial z}",
    ],
    'Do not modify w: return a new array.'),
  f('oneHot', 'softmax', 'label: number, classes: number', 'Vector', 'The one-hot vector of a class label.', ['\\mathbf{y}_j = 1 \\text{ if } j = label \\text{, else } 0, \\quad j = 0 \\dots classes - 1']),
  f('softmax', 'softmax', 'z: Vector', 'Vector', 'The softmax of a vector of preactivations.', ['a_j = \\frac{e^{z_j}}{\\sum_k e^{z_k}}'],
    'Must not overflow for large |z|: subtract max(z) from every z_j first (the result is unchanged).'),
  f('logLikelihoodCost', 'softmax', 'a: Vector, label: number', 'number', 'The log-likelihood cost of a softmax output for the true class.', ['C = -\\ln a_{label}']),
  f('softmaxCostGradient', 'softmax', 'z: Vector, label: number', 'Vector', 'The gradient of the log-likelihood cost of softmax(z) with respect to z.', ['\\nabla_{\\mathbf{z}} C = \\mathrm{softmax}(\\mathbf{z}) - \\mathrm{oneHot}(label)']),
  f('matVec', 'linalg', 'W: Matrix, v: Vector', 'Vector', 'Matrix times vector (one entry per row of W).', ['(W \\mathbf{v})_i = \\sum_j W_{ij} v_j']),
  f('transpose', 'linalg', 'M: Matrix', 'Matrix', 'The transpose of an r × c matrix (c × r).', ['(M^T)_{ji} = M_{ij}']),
  f('outer', 'linalg', 'u: Vector, v: Vector', 'Matrix', 'The outer product u vᵀ (u.length rows, v.length columns).', ['(\\mathbf{u} \\mathbf{v}^T)_{ij} = u_i v_j']),
  f('hadamard', 'linalg', 'u: Vector, v: Vector', 'Vector', 'The element-wise (Hadamard) product.', ['(\\mathbf{u} \\odot \\mathbf{v})_i = u_i v_i']),
  f('feedforward', 'network', 'net: Network, x: Vector', '{ zs: Vector[]; activations: Vector[] }',
    'The forward pass of a sigmoid network: every preactivation z^k and activation a^k (activations[0] is the input x).',
    ['\\mathbf{a^0} = \\mathbf{x}, \\qquad \\mathbf{z^k} = W^k \\mathbf{a^{k-1}} + \\mathbf{b^k}, \\qquad \\mathbf{a^k} = \\sigma( \\mathbf{z^k} )'],
    '`net.weights[k]` is W^{k+1} (n_{k+1} × n_k) and `net.biases[k]` is b^{k+1}; `zs` has one entry per layer, `activations` one more.'),
  f('backprop', 'network', 'net: Network, x: Vector, y: Vector', 'Gradients',
    'The gradients of the quadratic cost (averaged over the m outputs) for one example, layer by layer.',
    [
      '\\nabla_{\\mathbf{a^K}} C = \\frac{1}{m} * (\\mathbf{a^K} - \\mathbf{y})',
      '\\nabla_{\\mathbf{z^k}} C = \\nabla_{\\mathbf{a^k}} C \\odot \\mathbf{a^k} \\odot (\\mathbf{1} - \\mathbf{a^k})',
      '\\nabla_{\\mathbf{a^k}} C = {W^{k+1}}^T * \\nabla_{\\mathbf{z^{k+1}}} C',
      '\\frac{\\partial C}{\\partial W^k} = \\nabla_{\\mathbf{z^k}} C * \\mathbf{a^{k-1}}^T, \\qquad \\nabla_{\\mathbf{b^k}} C = \\nabla_{\\mathbf{z^k}} C',
    ],
    '`nablaW[k]` has the shape of `net.weights[k]`, `nablaB[k]` that of `net.biases[k]`.'),
  f('updateMiniBatch', 'network', 'net: Network, batch: { x: Vector; y: Vector }[], alpha: number', 'Network',
    'One gradient-descent step on a mini-batch, with the mean of the examples\' gradients; returns a NEW network.',
    ["W^{k'} = W^k - \\alpha * \\frac{1}{n} \\sum_{examples} \\frac{\\partial C}{\\partial W^k}, \\qquad \\mathbf{b}^{k'} = \\mathbf{b}^k - \\alpha * \\frac{1}{n} \\sum_{examples} \\nabla_{\\mathbf{b^k}} C"],
    'n is the batch size. The input network must not be modified (it is frozen while grading).'),
  f('initNetwork', 'network', 'sizes: number[], random: () => number', 'Network',
    'A new network with layer sizes `sizes`: weights ~ N(0, 1/n_in), biases ~ N(0, 1).',
    ['W^k_{ij} \\sim \\mathcal{N}\\left(0, \\frac{1}{n_{k-1}}\\right), \\qquad b^k_i \\sim \\mathcal{N}(0, 1)', 'z = \\sqrt{-2 \\ln u} \\cos(2 \\pi v) \\sim \\mathcal{N}(0, 1) \\quad (u, v \\text{ uniform in } (0, 1])'],
    'Draw every random number from `random` (uniform in [0, 1)), never Math.random, so the same stream gives the same network.'),
  f('sgd', 'training', 'net: Network, trainingData: { x: Vector; y: Vector }[], epochs: number, batchSize: number, alpha: number, random: () => number', 'Network',
    'Stochastic gradient descent: for each epoch, shuffle the data (with `random`), split it into mini-batches of batchSize and apply updateMiniBatch to each; returns the trained network.',
    ["W^{k'} = W^k - \\alpha * \\frac{\\partial C}{\\partial W^k} \\quad \\text{(averaged over each mini-batch)}"],
    'Graded on small exact cases and by training a 784-30-10 network on real MNIST digits (accuracy on held-out digits).'),
  f('predict', 'training', 'net: Network, x: Vector', 'number', 'The predicted class: the index of the largest output activation.', ['\\hat{y} = \\arg\\max_j a^K_j']),
];

/** The docs, in scoring-table order; throws if they do not match the scoring table. */
export function apiDocs(): ApiFunction[] {
  const names = FUNCTIONS.map((s) => s.name);
  const missing = names.filter((n) => !DOCS.some((d) => d.name === n));
  const extra = DOCS.filter((d) => !names.includes(d.name)).map((d) => d.name);
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(`classroom: API docs out of date (missing: ${missing.join(', ') || '-'}; not graded: ${extra.join(', ') || '-'})`);
  }
  return names.map((n) => DOCS.find((d) => d.name === n)!);
}

export function pointsOf(name: string): number {
  return FUNCTIONS.find((s) => s.name === name)?.points ?? 0;
}
