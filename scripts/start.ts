/**
 * `npm start [-- host options]`: builds the H5 app when it is missing (or with --rebuild),
 * then starts the local host with demo data. Host options: see server/cli.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const args = process.argv.slice(2);
const rebuild = args.includes('--rebuild');
const hostArgs = args.filter((a) => a !== '--rebuild');

if (rebuild || !existsSync(join(ROOT, 'dist', 'h5', 'index.html'))) {
  console.log('正在构建 H5 页面（首次约 30 秒）…');
  const built = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const host = spawnSync('npx', ['tsx', 'server/cli.ts', ...hostArgs], { cwd: ROOT, stdio: 'inherit' });
process.exit(host.status ?? 0);
