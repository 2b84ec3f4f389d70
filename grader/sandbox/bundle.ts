/**
 * Bundle a submission's `src/index.ts` (and the files it imports) into one ES module with esbuild.
 * Imports are confined to the submission folder (after resolving symlinks) plus Node built-ins, so
 * the bundler itself cannot be used to pull in the grader, the reference or any other file. A file
 * that does not compile is replaced by a stub whose exports throw "does not compile: file:line: …",
 * so only the functions that depend on it score 0.
 *
 * @example
 *   const b = await bundleSubmission('/path/to/submission', tmpDir);
 *   b.file;            // tmpDir/bundle.mjs
 *   b.compileErrors;   // [{ file: 'src/matrix.ts', line: 3, column: 7, message: 'Expected ";" …' }]
 */
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import * as esbuild from 'esbuild';

export interface CompileError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface BundleResult {
  /** The bundle to run, or undefined if nothing could be built (then `fatal` says why). */
  file?: string;
  compileErrors: CompileError[];
  fatal?: string;
}

export const ENTRY = 'src/index.ts';
const ALLOWED_EXT = new Set(['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json']);

export function formatCompileError(e: CompileError): string {
  return e.file ? `${e.file}:${e.line}:${e.column}: ${e.message}` : e.message;
}

/** Names a (possibly broken) module exports, found textually: `export function f`, `export { a as b }`. */
export function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:declare\s+)?(?:async\s+)?(?:function\s*\*?|const|let|var|class)\s+([A-Za-z_$][\w$]*)/g)) names.add(m[1]!);
  for (const m of source.matchAll(/export\s+(?!type\b)\{([^}]*)\}/g)) {
    for (const part of m[1]!.split(',')) {
      const p = part.trim();
      if (!p || p.startsWith('type ')) continue;
      const alias = /\bas\s+([A-Za-z_$][\w$]*)$/.exec(p);
      names.add(alias ? alias[1]! : p.split(/\s/)[0]!);
    }
  }
  names.delete('default');
  return [...names];
}

/** Whole-line re-exports (`export * from './x.js'`, `export { a } from './y.js'`) survive in a stub. */
const REEXPORT = /^\s*export\s+(\*|\{[^}]*\})\s+from\s+(['"])[^'"]+\2\s*;?\s*$/;

function stubSource(source: string, errors: CompileError[]): string {
  const why = `does not compile: ${errors.map(formatCompileError).join('; ')}`;
  const lines = [`function __dlfBroken() { throw new Error(${JSON.stringify(why)}); }`];
  const kept = source.split('\n').filter((l) => REEXPORT.test(l) && !/\btype\b/.test(l));
  const keptNames = new Set(exportedNames(kept.join('\n')));
  lines.push(...kept);
  for (const name of exportedNames(source)) if (!keptNames.has(name)) lines.push(`export const ${name} = __dlfBroken;`);
  return lines.join('\n');
}

/**
 * A module standing in for a forbidden import: CommonJS whose prototype answers every name with a
 * function throwing `why`, so only the functions that use the forbidden import fail.
 */
function deniedModule(why: string): string {
  return `const fail = () => { throw new Error(${JSON.stringify(why)}); };
module.exports = Object.create(new Proxy({}, { get: (_, k) => (typeof k !== 'string' || k === '__esModule' || k === 'then' ? undefined : fail) }));`;
}

/** 1-based line of the first import/export mentioning `spec` in the importer, for the report. */
function importLine(importer: string, spec: string): { line: number; column: number } {
  try {
    const lines = readFileSync(importer, 'utf8').split('\n');
    const i = lines.findIndex((l) => l.includes(`'${spec}'`) || l.includes(`"${spec}"`));
    if (i >= 0) return { line: i + 1, column: lines[i]!.indexOf(spec) };
  } catch {
    // fall through
  }
  return { line: 1, column: 0 };
}

export async function bundleSubmission(submissionDir: string, outDir: string): Promise<BundleResult> {
  const root = realpathSync(submissionDir);
  const entry = join(root, ENTRY);
  if (!existsSync(entry)) return { compileErrors: [], fatal: `${ENTRY} not found in the submission` };
  const inside = (p: string) => p === root || p.startsWith(root + sep);
  const stubs = new Map<string, CompileError[]>();
  const allErrors: CompileError[] = [];

  const confine: esbuild.Plugin = {
    name: 'dlf-confine',
    setup(build) {
      // A forbidden import is recorded as a compile error of the importer (file:line) and replaced by
      // a module whose every export throws, so only the functions using it fail.
      const deny = (args: esbuild.OnResolveArgs, reason: string): esbuild.OnResolveResult => {
        const text = `cannot import "${args.path}": ${reason}`;
        const at = importLine(args.importer, args.path);
        const file = relative(root, args.importer);
        const ce: CompileError = { file, line: at.line, column: at.column + 1, message: text };
        if (!allErrors.some((e) => formatCompileError(e) === formatCompileError(ce))) allErrors.push(ce);
        return { path: `${args.importer}:${args.path}`, namespace: 'dlf-denied', pluginData: { why: `does not compile: ${formatCompileError(ce)}` } };
      };
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData?.dlfInner || args.kind === 'entry-point') return undefined;
        if (args.path.startsWith('node:') || isBuiltin(args.path)) return { path: args.path, external: true };
        if (!args.path.startsWith('.') && !isAbsolute(args.path)) return deny(args, 'a submission may only import its own files (./…) and Node built-ins');
        const r = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { dlfInner: true } });
        if (r.errors.length > 0) return deny(args, r.errors[0]!.text);
        let real: string;
        try {
          real = realpathSync(r.path);
        } catch {
          return deny(args, 'file not found');
        }
        if (!inside(real)) return deny(args, 'it is outside the submission folder');
        if (!ALLOWED_EXT.has(extname(real))) return deny(args, 'only .ts/.js/.json files can be imported');
        return { path: real };
      });
      build.onLoad({ filter: /.*/, namespace: 'dlf-denied' }, (args) => ({ contents: deniedModule(String(args.pluginData?.why)), loader: 'js' }));
      build.onLoad({ filter: /.*/ }, (args) => {
        const errs = stubs.get(args.path);
        if (!errs) return undefined;
        return { contents: stubSource(readFileSync(args.path, 'utf8'), errs), loader: 'js' };
      });
    },
  };

  const outfile = join(outDir, 'bundle.mjs');
  for (let attempt = 0; attempt < 6; attempt++) {
    try {
      const result = await esbuild.build({
        entryPoints: [realpathSync(entry)],
        absWorkingDir: root,
        bundle: true,
        format: 'esm',
        platform: 'node',
        target: 'node20',
        write: false,
        outfile,
        logLevel: 'silent',
        plugins: [confine],
      });
      writeFileSync(outfile, result.outputFiles[0]!.text);
      return { file: outfile, compileErrors: allErrors };
    } catch (err) {
      const failure = err as esbuild.BuildFailure;
      if (!Array.isArray(failure.errors)) return { compileErrors: allErrors, fatal: `bundling failed: ${(err as Error).message}` };
      let progressed = false;
      for (const e of failure.errors) {
        const loc = e.location;
        const ce: CompileError = { file: loc ? relative(root, resolve(root, loc.file)) : '', line: loc?.line ?? 0, column: (loc?.column ?? 0) + 1, message: e.text };
        allErrors.push(ce);
        if (!loc) continue;
        const abs = resolve(root, loc.file);
        if (!inside(abs)) continue;
        const list = stubs.get(abs) ?? [];
        if (list.length === 0) progressed = true;
        list.push(ce);
        stubs.set(abs, list);
      }
      if (!progressed) return { compileErrors: allErrors, fatal: `does not compile: ${allErrors.map(formatCompileError).join('; ')}` };
    }
  }
  return { compileErrors: allErrors, fatal: `does not compile: ${allErrors.map(formatCompileError).join('; ')}` };
}
