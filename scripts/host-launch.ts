/**
 * How `npm start` runs the local host: one plain `node` process on one bundled JavaScript file,
 * with the memory settings below. scripts/start.ts launches it; scripts/bench-process.ts measures
 * it (and a bare Fastify started the same way, for comparison).
 *
 * Why a bundle: under tsx the host was two processes (tsx's CLI and the node it starts) behind
 * `npx` and a shell, and its TypeScript loader added about 35 MB. esbuild bundles the project's
 * own TypeScript (server/, core/, cloudfunctions/) into `dist/host/cli.cjs` in two or three
 * seconds; a start skips that when no source the last bundle was made of (listed beside it) has
 * changed since. Packages stay
 * ordinary `require`s of node_modules (better-sqlite3 is native; nothing is gained by copying
 * the rest).
 *
 * Why the memory settings (measured at idle after a first start with the demo, on Node 20):
 *  - MALLOC_MMAP_THRESHOLD_: each password hash (scrypt, 16 MB of work memory) runs on a libuv
 *    thread; glibc's sliding mmap threshold then keeps those blocks in per-thread arenas after
 *    they are freed, about 75 MB that never goes back. A fixed threshold returns them.
 *  - --optimize-for-size: V8 keeps the young generation small (the demo load had grown it to
 *    32 MB committed with 3 MB in use) and grows the heap more slowly; about 20 MB at idle, with
 *    no loss of throughput measurable on the host's actions.
 *  - LAZY_PACKAGES: the export and PDF libraries weigh about 30 MB once required and serve only
 *    an export, a report or an uploaded file's check. In the bundle each is a stand-in with the
 *    same export names that requires the real package at the first use of any of them. Only a
 *    package whose export is a plain object qualifies, which the build checks. (The same saving
 *    for every runtime would be a dynamic import where cloudfunctions/_shared uses them.)
 */
import { build, stop, type Plugin } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
export const HOST_BUNDLE = join(ROOT, 'dist', 'host', 'cli.cjs');

export const LAZY_PACKAGES = ['exceljs', 'pdf-lib', '@pdf-lib/fontkit'];

/** node's flags for the host (before the script). */
export const HOST_NODE_FLAGS = ['--optimize-for-size'];

/** The environment the host runs in: the caller's, plus the malloc setting unless already set. */
export function hostEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { MALLOC_MMAP_THRESHOLD_: '131072', ...env };
}

/**
 * The export names of package `name`, and whether it is an ES module compiled to CommonJS. Read by
 * a short-lived node, so that the launcher, which stays as the host's parent, never holds them.
 */
function exportsOf(name: string): { keys: string[]; esModule: boolean } {
  const probe = `const m = require(process.argv[1]);
    if (!m || typeof m !== 'object') throw new Error(process.argv[1] + ': exports a ' + typeof m + ', cannot be loaded lazily');
    process.stdout.write(JSON.stringify({ keys: Object.keys(m).filter((k) => k !== '__esModule'), esModule: m.__esModule === true }));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', probe, name], { cwd: ROOT, encoding: 'utf8' })) as {
    keys: string[];
    esModule: boolean;
  };
}

/** The stand-in module of `name`: one getter per export, each loading the package on first read. */
function standInSource(name: string): string {
  const { keys, esModule } = exportsOf(name);
  return [
    `let real;`,
    `const load = () => (real ??= require(${JSON.stringify(name)}));`,
    esModule ? `Object.defineProperty(exports, '__esModule', { value: true });` : '',
    `for (const key of ${JSON.stringify(keys)}) {`,
    `  Object.defineProperty(exports, key, { enumerable: true, get: () => load()[key] });`,
    `}`,
  ].join('\n');
}

function lazyPackages(names: string[]): Plugin {
  const filter = new RegExp(`^(${names.map((n) => n.replace(/[/.@-]/g, (c) => `\\${c}`)).join('|')})$`);
  return {
    name: 'lazy-packages',
    setup(b) {
      // An import from the project becomes the stand-in; the stand-in's own require stays external.
      b.onResolve({ filter }, (args) =>
        args.namespace === 'lazy' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy' },
      );
      b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ contents: standInSource(args.path), loader: 'js' }));
    },
  };
}

/** The sources a bundle was made of, written beside it. */
const inputsFile = (outfile: string) => `${outfile}.inputs.json`;

/** Whether `outfile` exists and is newer than every source it was made of. */
function upToDate(outfile: string): boolean {
  if (!existsSync(outfile) || !existsSync(inputsFile(outfile))) return false;
  const built = statSync(outfile).mtimeMs;
  const inputs = JSON.parse(readFileSync(inputsFile(outfile), 'utf8')) as string[];
  return inputs.every((path) => existsSync(path) && statSync(path).mtimeMs < built);
}

/**
 * Writes HOST_BUNDLE from server/cli.ts (unless it is newer than all its sources, or `force`) and
 * stops esbuild's service process; returns the path.
 */
export async function bundleHost(outfile = HOST_BUNDLE, force = false): Promise<string> {
  if (!force && upToDate(outfile)) return outfile;
  try {
    const { metafile } = await build({
      entryPoints: [join(ROOT, 'server', 'cli.ts')],
      absWorkingDir: ROOT,
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      // Stack traces in the log name dist/host/cli.cjs lines; NODE_OPTIONS=--enable-source-maps maps
      // them back to the TypeScript (about 6 MB more, so not by default).
      sourcemap: 'linked',
      logLevel: 'warning',
      plugins: [lazyPackages(LAZY_PACKAGES)],
      metafile: true,
    });
    const inputs = Object.keys(metafile.inputs).filter((path) => !path.includes(':'));
    writeFileSync(inputsFile(outfile), JSON.stringify(inputs.map((path) => join(ROOT, path))));
  } finally {
    // Otherwise esbuild's service stays alive as a child for as long as the caller does.
    await stop();
  }
  return outfile;
}

/** The command that runs `script` (the host bundle, or a baseline) the way npm start runs the host. */
export function hostCommand(script: string, args: string[]): { command: string; args: string[] } {
  return { command: process.execPath, args: [...HOST_NODE_FLAGS, script, ...args] };
}
