/**
 * The first start with the demo loads it in a short-lived child process, then serves from a
 * process that never held the load.
 *
 * Why: loading the demo runs a few hundred actions and hashes a dozen passwords. V8 and malloc keep
 * much of the memory that took after it is freed: measured at idle on Node 20, a host that loaded
 * the demo itself sat at 98 MB, one started on the loaded data at 83 MB (a bare Fastify: 57 MB).
 * A server runs for months on what its first start left behind, so the load goes where its memory
 * is returned: to a process that exits.
 *
 * The child is this same program (the bundle under `npm start`, server/cli.ts under tsx), run with
 * the same node flags and `--load-demo-only`; it prints nothing on success, and its errors (an
 * interrupted earlier load, server/demo.ts) reach the terminal as they are.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from './host';

export const LOAD_DEMO_ONLY_FLAG = '--load-demo-only';

/** Whether `dataDir` has no database yet (a start there with the demo would load all of it). */
export function isNewDataDir(dataDir: string): boolean {
  return !existsSync(join(dataDir, DATABASE_FILE));
}

/** Runs this program again with `--load-demo-only` on `dataDir` and waits for it to finish. */
export function loadDemoInChildProcess(dataDir: string): Promise<void> {
  const script = process.argv[1];
  if (!script) return Promise.reject(new Error('demo: cannot tell which script to run again'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, script, '--data-dir', dataDir, LOAD_DEMO_ONLY_FLAG], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: process.env,
    });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`演示数据加载失败（子进程退出：${signal ?? code}）`)),
    );
  });
}
