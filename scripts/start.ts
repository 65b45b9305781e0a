/**
 * `npm start [-- host options]`: builds the H5 app when it is missing (or with --rebuild),
 * bundles the host (scripts/host-launch.ts, about a second), then runs it as ONE plain `node`
 * process with the host's memory settings. Host options: see server/cli.ts.
 * Where the output is not a terminal, the build prints two lines instead of its progress
 * (scripts/quiet-build.ts).
 *
 * Node cannot replace a process with another (no exec), so this script stays as the host's parent
 * and only waits: it passes SIGINT/SIGTERM on (the host closes the database and exits 0) and
 * exits with the host's code. Above it are npm and the runner of package.json's `start` script.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { quietBuild } from './quiet-build';
import { bundleHost, hostCommand, hostEnv } from './host-launch';

const ROOT = join(__dirname, '..');
const args = process.argv.slice(2);
const rebuild = args.includes('--rebuild');
const hostArgs = args.filter((a) => a !== '--rebuild');

async function main(): Promise<void> {
  if (rebuild || !existsSync(join(ROOT, 'dist', 'h5', 'index.html'))) {
    const status = await quietBuild({
      command: 'npx',
      args: ['taro', 'build', '--type', 'h5'],
      cwd: ROOT,
      what: 'H5 页面',
      // Measured: 55–80 s on two cores with nothing else running; longer on a busy machine.
      estimate: '首次约 1 分钟，机器繁忙时更久',
      tty: process.stdout.isTTY === true,
      print: (line) => console.log(line),
    });
    if (status !== 0) process.exit(status);
  }
  const { command, args: nodeArgs } = hostCommand(await bundleHost(), hostArgs);
  const host = spawn(command, nodeArgs, { cwd: ROOT, stdio: 'inherit', env: hostEnv() });
  // Ctrl+C reaches the host from the terminal as well; it shuts down once however often told.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => host.kill(signal));
  host.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((e) => {
  console.error('启动失败：', e instanceof Error ? e.message : e);
  process.exit(1);
});
