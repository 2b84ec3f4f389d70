/**
 * Test helpers: fill a student's answers template from their manifest (the reference answers), and
 * a temporary directory per test.
 *
 * @example
 *   writeFileSync(path, fillFromKey(templateText, readManifest(manifestPath)));
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { solveProblem } from '../../generator/engine/problem.js';
import type { Manifest } from '../../generator/worksheet/manifest.js';

export function fillFromKey(template: string, manifest: Manifest): string {
  const doc = YAML.parseDocument(template);
  for (const q of manifest.questions) {
    const { answers } = solveProblem({ exercise: q.exercise, seed: q.seed, options: q.options, params: q.params }, manifest.lang);
    for (const [part, value] of Object.entries(answers)) doc.setIn([q.key, part], value);
  }
  return doc.toString();
}

export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `dlf-${label}-`));
}
