/**
 * `npm run backup -- [--data-dir .data] [--backup-dir <data-dir>/backups] [--keep 7]`
 *   Takes one backup now, whether or not the host is running (server/backup.ts), then keeps the
 *   newest `--keep`.
 * `npm run restore -- [--data-dir .data] [--backup-dir <data-dir>/backups] --from <backup folder | latest>`
 *   Puts a backup back, after checking it; refuses while the host has the database open.
 * Exit code 0 on success, 1 with a Chinese message on stderr otherwise.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import type { Clock } from '../core/ports';
import { systemClock } from '../cloudfunctions/_shared/node-ports';
import { BackupError, DEFAULT_BACKUP_KEEP, defaultBackupDir, listBackups, restoreBackup, takeBackup } from './backup';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  clock: Clock;
}

const consoleIo: CliIo = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  clock: systemClock,
};

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

const sharedOptions = {
  'data-dir': { type: 'string', default: process.env.DATA_DIR ?? '.data' },
  'backup-dir': { type: 'string' },
} as const;

/** Runs `fn`, turning a BackupError (or bad arguments) into its message and exit code 1. */
async function reporting(io: CliIo, what: string, fn: () => Promise<void>): Promise<number> {
  try {
    await fn();
    return 0;
  } catch (e) {
    io.err(`${what}：${e instanceof Error ? e.message : String(e)}`);
    if (!(e instanceof BackupError) && !(e instanceof TypeError) && e instanceof Error && e.stack) io.err(e.stack);
    return 1;
  }
}

export function backupMain(args: string[], io: CliIo = consoleIo): Promise<number> {
  return reporting(io, '备份失败', async () => {
    const { values } = parseArgs({
      args,
      options: { ...sharedOptions, keep: { type: 'string', default: String(DEFAULT_BACKUP_KEEP) } },
    });
    const keep = Number(values.keep);
    if (!Number.isInteger(keep) || keep < 1) throw new BackupError(`--keep 应为正整数：${values.keep}`);
    const dataDir = resolve(values['data-dir']);
    const backupDir = values['backup-dir'] ?? process.env.BACKUP_DIR;
    const result = await takeBackup({ dataDir, backupDir, clock: io.clock, keep });
    io.out(`已备份到 ${result.dir}`);
    io.out(
      `  数据库 ${megabytes(result.databaseBytes)}，上传文件 ${result.fileCount} 个（${megabytes(result.fileBytes)}），` +
        `用时 ${(result.ms / 1000).toFixed(2)} 秒`,
    );
    if (result.pruned.length) io.out(`  已删除较早的备份 ${result.pruned.length} 个（保留最近 ${keep} 个）`);
  });
}

export function restoreMain(args: string[], io: CliIo = consoleIo): Promise<number> {
  return reporting(io, '恢复失败', async () => {
    const { values } = parseArgs({ args, options: { ...sharedOptions, from: { type: 'string' } } });
    const dataDir = resolve(values['data-dir']);
    const backupDir = resolve(values['backup-dir'] ?? process.env.BACKUP_DIR ?? defaultBackupDir(dataDir));
    const backups = await listBackups(backupDir);
    let from = values.from;
    if (from === 'latest') from = backups[backups.length - 1];
    if (!from) {
      const listed = backups.length
        ? `${backupDir} 中的备份（最新的在最后）：\n${backups.map((b) => `  ${b}`).join('\n')}`
        : `${backupDir} 中还没有备份`;
      throw new BackupError(`请用 --from <备份目录> 指定要恢复的备份（或 --from latest 恢复最新的一份）。\n${listed}`);
    }
    const result = await restoreBackup({ dataDir, from, clock: io.clock });
    io.out(`已从 ${resolve(from)} 恢复到 ${dataDir}`);
    io.out(`  数据库 ${result.database}，上传文件 ${result.fileCount} 个`);
    if (result.databaseAside) io.out(`  原数据库已另存为 ${result.databaseAside}`);
    if (result.filesAside) io.out(`  原上传文件已另存为 ${result.filesAside}`);
    io.out(`现在可以启动本地服务：npm run host -- --data-dir ${values['data-dir']}`);
  });
}

if (require.main === module) {
  const [command, ...rest] = process.argv.slice(2);
  const run = command === 'backup' ? backupMain : command === 'restore' ? restoreMain : null;
  if (!run) {
    console.error('用法：tsx server/backup-cli.ts backup|restore [选项]（或 npm run backup / npm run restore）');
    process.exit(1);
  }
  void run(rest).then((code) => process.exit(code));
}
