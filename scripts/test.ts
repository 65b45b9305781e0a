/**
 * `npm test`: every suite — node (core, stores, functions, host), ui (pages), browser
 * (Chromium against the H5 build served by the host). Builds the H5 app first when it is
 * missing, since the browser suite drives it. Ends with one plain line: "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const RESULTS = join(ROOT, '.jest-results.json');

function run(cmd: string, args: string[]): number {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  return r.status ?? 1;
}

const args = process.argv.slice(2);
const wantsBrowser = !args.some((a) => a.startsWith('--selectProjects')) || args.includes('browser');

// The browser suite drives Debian's Chromium (and the QR tests use zbarimg). A fresh machine of
// this kind lacks both; as root we install them, otherwise we say what to run.
if (wantsBrowser && !existsSync('/usr/bin/chromium')) {
  if (process.getuid?.() === 0) {
    console.log('Chromium is missing: installing chromium and zbar-tools from Debian…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    if (
      spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'zbar-tools'], { stdio: 'inherit', env }).status !== 0
    ) {
      process.exit(1);
    }
  } else {
    console.error('The browser suite needs Chromium: sudo apt-get install -y chromium zbar-tools');
    process.exit(1);
  }
}
if (wantsBrowser && !existsSync(join(ROOT, 'dist', 'h5', 'index.html'))) {
  console.log('dist/h5 is missing: building the H5 app for the browser suite…');
  if (run('npx', ['taro', 'build', '--type', 'h5']) !== 0) process.exit(1);
}

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
