#!/usr/bin/env node
// `npm run grade -- <dir> [options]`: the `dlf grade` command on its own, without loading the other
// dlf commands (worksheets, KaTeX, …), so students' regrades start fast. Same flags, same output.
import { register } from 'tsx/esm/api';

register();
const { runGrade } = await import('../cli.ts');
process.exitCode = await runGrade(process.argv.slice(2));
