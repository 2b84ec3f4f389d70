/**
 * Regenerate the public fixtures `grader/suites/public/<function>.json` (inputs + expected values,
 * no reference code) from the case generators with a fixed seed, plus the worked examples of the
 * slides. Run after changing a generator, then commit the JSON:
 *
 * @example
 *   npx tsx grader/scripts/make-public-fixtures.ts            # all functions
 *   npx tsx grader/scripts/make-public-fixtures.ts sgd        # only some
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveSeed, Rng } from '../../generator/engine/prng.js';
import * as ref from '../reference/index.js';
import { refCase } from '../suites/generators/util.js';
import { PUBLIC_DIR } from '../suites/load.js';
import { FUNCTIONS } from '../suites/table.js';
import type { Case, FixtureFile } from '../suites/types.js';

/** Worked examples from the course slides, first in their function's fixture. */
const slides: Case[] = [
  refCase('slides: σ(1.5) ≈ 0.82', 'sigmoid', ref.sigmoid, [1.5]),
  refCase('slides: σ(−7) ≈ 0.000911', 'sigmoid', ref.sigmoid, [-7]),
  refCase('slides: z = 1·4 − 1·0.5 − 2', 'preactivation', ref.preactivation, [[1, -1], [4, 0.5], -2]),
  refCase('slides: a = σ(1.5)', 'neuronOutput', ref.neuronOutput, [[1, -1], [4, 0.5], -2]),
  refCase('slides: ½(1 − 0.82)²', 'quadraticCost', ref.quadraticCost, [[0.82], [1]]),
  refCase('slides: one step, quadratic cost', 'neuronStep', ref.neuronStep, [[1, -1], -2, [4, 0.5], 1, 1, 'quadratic']),
  refCase('slides: one step, cross-entropy', 'neuronStep', ref.neuronStep, [[3], -1, [-2], 1, 1, 'cross-entropy']),
  refCase('slides: three classes', 'softmax', ref.softmax, [[1, 2, 3]]),
];

const only = process.argv.slice(2);
mkdirSync(PUBLIC_DIR, { recursive: true });
for (const spec of FUNCTIONS) {
  if (only.length > 0 && !only.includes(spec.name)) continue;
  const generated = spec.generate(new Rng(deriveSeed('dlf-public-fixtures', spec.name)));
  const cases = [...slides.filter((c) => c.function === spec.name), ...generated.filter((c) => !c.hiddenOnly)].map(({ function: _f, ...rest }) => rest);
  const file: FixtureFile = { function: spec.name, cases: cases as Case[] };
  // One case per line: small diffs when a generator changes, still readable.
  const body = file.cases.map((c) => `    ${JSON.stringify(c)}`).join(',\n');
  writeFileSync(join(PUBLIC_DIR, `${spec.name}.json`), `{\n  "function": ${JSON.stringify(file.function)},\n  "cases": [\n${body}\n  ]\n}\n`);
  console.log(`${spec.name}: ${cases.length} cases`);
}
