/**
 * `npm start [-- host options]`: builds the H5 app when it is missing (or with --rebuild),
 * then starts the local host with demo data. Host options: see server/cli.ts.
 * Where the output is not a terminal, the build prints two lines instead of its progress
 * (scripts/quiet-build.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { quietBuild } from './quiet-build';

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
  const host = spawnSync('npx', ['tsx', 'server/cli.ts', ...hostArgs], { cwd: ROOT, stdio: 'inherit' });
  process.exit(host.status ?? 0);
}

void main();
