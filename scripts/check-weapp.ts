/**
 * Checks the WeChat mini program build in dist/weapp (run `npm run build:weapp` first):
 *
 *  1. sizes   main package and every subpackage against WeChat's limits (2 MB per package,
 *             20 MB in total) and this project's budgets: the main package (tab pages, app,
 *             Taro, React and what they share) at most 450 KB, as the first download of every
 *             visit; each subpackage at most 1 MB.
 *  2. layout  every page and tab-bar icon listed in app.json exists, every usingComponents
 *             target exists, every <import>/<include>/<wxs src> in WXML resolves.
 *  3. wcc     all WXML (+ WXS) compiled by WeChat's own WXML compiler.
 *  4. wcsc    all WXSS compiled by WeChat's own WXSS compiler.
 *
 * The compilers are the Linux binaries of the npm package `miniprogram-compiler`, invoked the way
 * its own src/wcc.js and src/wcsc.js invoke them. Exit code 1 on any failure, with the
 * compiler's message.
 *
 * Usage: npx tsx scripts/check-weapp.ts [--dir dist/weapp]
 * `weappPackageSizes` is exported for the benchmark.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const KB = 1024;
export const MB = 1024 * KB;
/** WeChat: each package (main or sub) at most 2 MB. */
export const PACKAGE_LIMIT = 2 * MB;
/** WeChat: all packages together at most 20 MB. */
export const TOTAL_LIMIT = 20 * MB;
/**
 * This project's own budget for the main package. The tab pages draw with plain Views (src/components/
 * Plain*), not NutUI, to stay inside it: NutUI's components bring lodash and their icon library.
 */
export const MAIN_BUDGET = 450 * KB;
/** The house's budget for each subpackage (heavy libraries such as the charts live in one). */
export const SUBPACKAGE_BUDGET = 1 * MB;

/** Files DevTools keeps next to the code but never uploads as part of a package. */
const NOT_UPLOADED = new Set(['project.config.json', 'project.private.config.json']);

interface AppJson {
  pages?: string[];
  subPackages?: { root: string; pages?: string[] }[];
  subpackages?: { root: string; pages?: string[] }[];
  tabBar?: { list?: { pagePath: string; iconPath?: string; selectedIconPath?: string }[] };
}

function readAppJson(dir: string): AppJson {
  const file = path.join(dir, 'app.json');
  if (!fs.existsSync(file)) {
    throw new Error(`${file} not found: run \`npm run build:weapp\` first`);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as AppJson;
}

function subpackagesOf(app: AppJson): { root: string; pages: string[] }[] {
  return (app.subPackages ?? app.subpackages ?? []).map((s) => ({
    root: s.root.replace(/^\.?\/+/, '').replace(/\/+$/, ''),
    pages: s.pages ?? [],
  }));
}

/** All files under dir, as POSIX paths relative to dir. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  walk('');
  return out.sort();
}

/**
 * Bytes of the main package (everything in dir outside the subpackage roots, minus DevTools'
 * project files) and of each subpackage root, roots read from dir/app.json.
 */
export function weappPackageSizes(dir: string): {
  main: number;
  subpackages: Record<string, number>;
} {
  const roots = subpackagesOf(readAppJson(dir)).map((s) => s.root);
  const subpackages: Record<string, number> = Object.fromEntries(roots.map((r) => [r, 0]));
  let main = 0;
  for (const file of listFiles(dir)) {
    if (NOT_UPLOADED.has(file) || file.endsWith('.map')) continue;
    const size = fs.statSync(path.join(dir, file)).size;
    const root = roots.find((r) => file.startsWith(`${r}/`));
    if (root === undefined) main += size;
    else subpackages[root] = (subpackages[root] ?? 0) + size;
  }
  return { main, subpackages };
}

function fmt(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(2)} MB` : `${(bytes / KB).toFixed(1)} KB`;
}

function checkSizes(dir: string): string[] {
  const { main, subpackages } = weappPackageSizes(dir);
  const rows: [string, number, number][] = [
    ['main', main, MAIN_BUDGET],
    ...Object.entries(subpackages).map(([root, size]): [string, number, number] => [root, size, SUBPACKAGE_BUDGET]),
  ];
  const total = rows.reduce((sum, [, size]) => sum + size, 0);
  const errors: string[] = [];
  const w = Math.max(20, ...rows.map(([name]) => name.length));
  console.log(
    `${'package'.padEnd(w)}  ${'size'.padStart(10)}  ${'WeChat'.padStart(8)}  ${'used'.padStart(6)}  ${'budget'.padStart(8)}`,
  );
  for (const [name, size, limit] of rows) {
    const pct = ((size / PACKAGE_LIMIT) * 100).toFixed(1);
    const ok = size <= limit;
    console.log(
      `${name.padEnd(w)}  ${fmt(size).padStart(10)}  ${fmt(PACKAGE_LIMIT).padStart(8)}  ${`${pct}%`.padStart(6)}  ${fmt(limit).padStart(8)}${ok ? '' : '  FAIL'}`,
    );
    if (!ok) {
      errors.push(
        name === 'main'
          ? `main package is ${fmt(size)}, above its budget of ${fmt(MAIN_BUDGET)}`
          : `subpackage ${name} is ${fmt(size)}, above its budget of ${fmt(SUBPACKAGE_BUDGET)}`,
      );
    }
  }
  console.log(
    `${'total'.padEnd(w)}  ${fmt(total).padStart(10)}  ${fmt(TOTAL_LIMIT).padStart(8)}  ${`${((total / TOTAL_LIMIT) * 100).toFixed(1)}%`.padStart(6)}  ${fmt(TOTAL_LIMIT).padStart(8)}`,
  );
  if (total >= TOTAL_LIMIT) errors.push(`all packages together are ${fmt(total)}, limit is ${fmt(TOTAL_LIMIT)}`);
  return errors;
}

/** Resolve a path referenced from `fromFile` (both relative to dir): '/x' is from the root. */
function resolveRef(fromFile: string, ref: string): string {
  return ref.startsWith('/')
    ? path.posix.normalize(ref.slice(1))
    : path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), ref));
}

function checkLayout(dir: string, files: Set<string>): string[] {
  const errors: string[] = [];
  const app = readAppJson(dir);
  const pages = [...(app.pages ?? []), ...subpackagesOf(app).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))];
  for (const page of pages) {
    for (const ext of ['.js', '.json', '.wxml']) {
      if (!files.has(page + ext)) errors.push(`page ${page}: ${page}${ext} missing`);
    }
  }
  for (const item of app.tabBar?.list ?? []) {
    if (!(app.pages ?? []).includes(item.pagePath)) {
      errors.push(`tabBar page ${item.pagePath} is not a main-package page`);
    }
    for (const icon of [item.iconPath, item.selectedIconPath]) {
      if (icon !== undefined && !files.has(path.posix.normalize(icon))) {
        errors.push(`tabBar icon ${icon} missing`);
      }
    }
  }
  for (const file of files) {
    if (file.endsWith('.json') && files.has(file.replace(/\.json$/, '.wxml'))) {
      const json = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as {
        usingComponents?: Record<string, string>;
      };
      for (const [tag, target] of Object.entries(json.usingComponents ?? {})) {
        if (target.startsWith('plugin://')) continue;
        const base = resolveRef(file, target);
        if (!files.has(`${base}.js`) || !files.has(`${base}.wxml`) || !files.has(`${base}.json`)) {
          errors.push(`${file}: usingComponents.${tag} -> ${target} does not resolve to a component`);
        }
      }
    }
    if (file.endsWith('.wxml')) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const m of text.matchAll(/<(import|include|wxs)\b[^>]*?\bsrc\s*=\s*["']([^"'{}]+)["']/g)) {
        const [, tag, src] = m as unknown as [string, string, string];
        if (!files.has(resolveRef(file, src))) errors.push(`${file}: <${tag} src="${src}"> not found`);
      }
    }
  }
  return errors;
}

function compilerPath(name: 'wcc' | 'wcsc'): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`WeChat's ${name} is only checked on linux-x64 here (this is ${process.platform}-${process.arch})`);
  }
  const bin = path.join(path.dirname(require.resolve('miniprogram-compiler/package.json')), 'bin', 'linux', name);
  try {
    fs.accessSync(bin, fs.constants.X_OK);
  } catch {
    fs.chmodSync(bin, 0o755); // npm does not keep the run bit of this package's binaries
  }
  return bin;
}

function run(bin: string, args: string[], cwd: string): { ok: boolean; message: string } {
  const res = spawnSync(bin, args, { cwd, maxBuffer: 256 * MB });
  if (res.error) return { ok: false, message: String(res.error) };
  const message = `${res.stderr.toString().trim()}`;
  return { ok: res.status === 0, message: message || `exit status ${String(res.status)}` };
}

/** wcc: all WXML (custom components declared as in miniprogram-compiler/src/wcc.js) + WXS. */
function checkWxml(dir: string, files: string[]): string[] {
  const wxml = files.filter((f) => f.endsWith('.wxml'));
  const wxs = files.filter((f) => f.endsWith('.wxs'));
  const componentArgs: (string | number)[] = [];
  let count = 0;
  for (const f of wxml) {
    const jsonFile = path.join(dir, f.replace(/\.wxml$/, '.json'));
    if (!fs.existsSync(jsonFile)) continue;
    const json = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as {
      usingComponents?: Record<string, string>;
    };
    if (json.usingComponents) {
      const tags = Object.keys(json.usingComponents);
      componentArgs.push(f, tags.length, ...tags);
      count++;
    }
  }
  componentArgs.unshift(count);
  const { ok, message } = run(
    compilerPath('wcc'),
    ['-d', '-cc', componentArgs.join(' '), ...wxml, ...wxs, '-gn', '$gwx'],
    dir,
  );
  console.log(`wcc   ${wxml.length} WXML + ${wxs.length} WXS files: ${ok ? 'ok' : 'FAILED'}`);
  return ok ? [] : [`wcc: ${message}`];
}

/** wcsc: all WXSS, page/component sheets (those with a .json) first, as in src/wcsc.js. */
function checkWxss(dir: string, files: string[]): string[] {
  const wxss = files.filter((f) => f.endsWith('.wxss'));
  const pageSheets = wxss.filter((f) => fs.existsSync(path.join(dir, f.replace(/\.wxss$/, '.json'))));
  const others = wxss.filter((f) => !pageSheets.includes(f));
  const { ok, message } = run(
    compilerPath('wcsc'),
    ['-db', '-pc', String(pageSheets.length), ...pageSheets, ...others],
    dir,
  );
  console.log(`wcsc  ${wxss.length} WXSS files: ${ok ? 'ok' : 'FAILED'}`);
  return ok ? [] : [`wcsc: ${message}`];
}

export function checkWeapp(dir: string): string[] {
  const files = listFiles(dir);
  return [...checkSizes(dir), ...checkLayout(dir, new Set(files)), ...checkWxml(dir, files), ...checkWxss(dir, files)];
}

function main(): void {
  const i = process.argv.indexOf('--dir');
  const dir = path.resolve(i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : 'dist/weapp');
  let errors: string[];
  try {
    errors = checkWeapp(dir);
  } catch (err) {
    errors = [err instanceof Error ? err.message : String(err)];
  }
  if (errors.length > 0) {
    console.error(`\ncheck-weapp: ${errors.length} problem(s) in ${dir}`);
    for (const e of errors) console.error(`  - ${e}`);
    process.exit(1);
  }
  console.log(`check-weapp: ${dir} ok`);
}

if (require.main === module) main();
