/**
 * `npm run bench`: runs every `tests/bench/*.bench.ts` in turn (or only those whose name contains
 * one of the command-line words, e.g. `npm run bench -- grader`). Each bench file default-exports an
 * async function that measures our code side by side with a baseline in the same run and prints
 * its own table with ratios.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
  .sort();

if (files.length === 0) {
  console.error(`bench: no bench file matches ${JSON.stringify(filters)} in ${here}`);
  process.exit(2);
}
console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
for (const file of files) {
  console.log(`\n=== ${file.replace('.bench.ts', '')} ===`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<void> };
  await mod.default();
}
