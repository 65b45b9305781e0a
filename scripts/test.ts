/**
 * `npm test`: every suite — node (core, stores, functions, host), ui (pages), weapp (every page
 * of the WeChat build, in Node), browser (Chromium against the H5 build served by the host).
 * Builds the WeChat and H5 apps first when missing or older than their sources, since the weapp
 * and browser suites run them. Checks the Debian packages the selected suites use
 * (Chromium, zbarimg, a Chinese font) one by one, and installs those missing when run as root.
 * Ends with one plain line: "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const RESULTS = join(ROOT, '.jest-results.json');

function run(cmd: string, args: string[]): number {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  return r.status ?? 1;
}

const args = process.argv.slice(2);
/** The projects `--selectProjects` names (`--selectProjects a b` or `--selectProjects=a`), or null for all. */
function selectedProjects(): string[] | null {
  let names: string[] | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--selectProjects=')) (names ??= []).push(a.slice('--selectProjects='.length));
    else if (a === '--selectProjects') {
      names ??= [];
      while (i + 1 < args.length && !args[i + 1]!.startsWith('-')) names.push(args[++i]!);
    }
  }
  return names;
}
const selected = selectedProjects();
/** Whether this run includes a jest project. */
const wants = (project: string): boolean => selected === null || selected.includes(project);
const wantsBrowser = wants('browser');

/** Whether `command` is an executable file in a directory of PATH. */
function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => dir !== '' && existsSync(join(dir, command)));
}

/** Whether fontconfig knows a font with Chinese glyphs (Noto CJK, WenQuanYi…). */
function hasChineseFont(): boolean {
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (r.status === 0) return r.stdout.trim() !== '';
  // No fontconfig tools: look for the files the usual Debian packages install.
  return [
    '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  ].some((f) => existsSync(f));
}

/**
 * The Debian packages the suites use, each checked on its own: a machine may have any of them
 * without the others (one with Chromium but no zbarimg failed the QR tests). `needed` is false
 * when the selected projects do not use it; `essential` tools stop the run when missing, the
 * others only make some tests fail (with their own message) or screenshots unreadable.
 */
const SYSTEM_TOOLS = [
  {
    what: 'Chromium, which the browser suite drives',
    pkg: 'chromium',
    needed: wantsBrowser,
    essential: true,
    present: () => existsSync('/usr/bin/chromium'),
  },
  {
    what: 'zbarimg, which the check-in QR tests decode codes with',
    pkg: 'zbar-tools',
    needed: wants('node') || wantsBrowser,
    essential: false,
    present: () => onPath('zbarimg'),
  },
  {
    what: 'the Chinese TrueType font the evaluation reports embed (their PDF tests read it back)',
    pkg: 'fonts-droid-fallback',
    needed: wants('node') || wantsBrowser,
    essential: false,
    present: () => existsSync('/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf'),
  },
  {
    what: "a Chinese font, without which the browser suite's screenshots show boxes",
    pkg: 'fonts-noto-cjk',
    needed: wantsBrowser,
    essential: false,
    present: hasChineseFont,
  },
];

const missing = SYSTEM_TOOLS.filter((t) => t.needed && !t.present());
if (missing.length > 0) {
  for (const t of missing) console.log(`Missing: ${t.what} (Debian package ${t.pkg}).`);
  let still = missing;
  if (process.getuid?.() === 0) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    // One install per package, so one that fails does not keep the others out.
    for (const t of missing) {
      console.log(`Installing ${t.pkg}…`);
      spawnSync('apt-get', ['install', '-y', '-qq', t.pkg], { stdio: 'inherit', env });
    }
    still = missing.filter((t) => !t.present());
    for (const t of still) console.error(`Still missing after apt-get: ${t.pkg}.`);
  } else {
    console.error(`Install as root: sudo apt-get install -y ${missing.map((t) => t.pkg).join(' ')}`);
  }
  if (still.some((t) => t.essential)) process.exit(1);
}
/** The newest modification time of the files a build is made from. */
function newestSource(): number {
  let newest = 0;
  const walk = (path: string) => {
    const st = statSync(path);
    if (st.isDirectory()) for (const entry of readdirSync(path)) walk(join(path, entry));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const source of ['src', 'core', 'config', 'package.json', 'babel.config.js']) walk(join(ROOT, source));
  return newest;
}

/** Builds an app when its marker file is missing or older than the sources. */
function buildIfStale(type: 'weapp' | 'h5', marker: string, forWhat: string) {
  const file = join(ROOT, 'dist', type, marker);
  const stale = !existsSync(file) || statSync(file).mtimeMs < newestSource();
  if (!stale) return;
  console.log(`dist/${type} is missing or older than its sources: building it for ${forWhat}…`);
  if (run('npx', ['taro', 'build', '--type', type]) !== 0) process.exit(1);
}
if (wants('weapp')) buildIfStale('weapp', 'app.js', 'the weapp suite');
if (wantsBrowser) buildIfStale('h5', 'index.html', 'the browser suite');

rmSync(RESULTS, { force: true });
const status = run('npx', ['jest', '--ci', '--json', `--outputFile=${RESULTS}`, ...args]);
if (existsSync(RESULTS)) {
  const r = JSON.parse(readFileSync(RESULTS, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numFailedTestSuites: number;
  };
  console.log(`\njest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
  if (r.numFailedTestSuites > 0 && r.numFailedTests === 0)
    console.log(`(${r.numFailedTestSuites} suites failed to run)`);
}
process.exit(status);
