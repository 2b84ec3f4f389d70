#!/usr/bin/env node
// dlf command-line entry point. The sources are TypeScript; tsx transpiles them on the fly so that
// `npx dlf ...` works right after `npm ci`, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
