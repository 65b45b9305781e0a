/**
 * `npm run host -- [--port 3000] [--host 127.0.0.1] [--data-dir .data] [--no-demo] [--static dist/h5] [--admin <username>]
 *                  [--jobs-interval 60] [--login-failures-per-ip 30] [--registrations-per-ip 30]
 *                  [--backup-interval 24] [--backup-keep 7] [--backup-dir <data-dir>/backups]`
 * Starts the local host, prints its URL and the demo accounts, closes the database on SIGINT/SIGTERM.
 * --jobs-interval: seconds between runs of the timer jobs (reminders); 0 turns them off.
 * --login-failures-per-ip: failed logins one address may make, across usernames, per 15 minutes.
 * --registrations-per-ip: registrations one address may make per hour (server/rate-limit.ts).
 * The request log (one JSON line per request, server/request-log.ts) goes to stdout at LOG_LEVEL
 * (default info; error keeps only the failed requests and their errors, silent none).
 * --load-demo-only: used by the host itself on a new data dir (server/demo-process.ts).
 * --backup-interval: hours between online backups, counted from the newest one; 0 turns them off.
 *   --backup-keep: backups kept; --backup-dir: where they go (server/backup.ts).
 */
import { parseArgs } from 'node:util';
import { ROLE } from '../core/enums';
import { createHost } from './host';
import { logLevelFrom } from './request-log';
import { DEFAULT_AUTH_LIMITS } from './rate-limit';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo';
import { grantAdmin } from './admin';
import { systemClock } from '../cloudfunctions/_shared/node-ports';
import { isNewDataDir, loadDemoInChildProcess } from './demo-process';
import { DEFAULT_BACKUP_KEEP, defaultBackupDir, startBackupSchedule } from './backup';

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '3000' },
      host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
      'data-dir': { type: 'string', default: process.env.DATA_DIR ?? '.data' },
      'no-demo': { type: 'boolean', default: false },
      static: { type: 'string', default: 'dist/h5' },
      admin: { type: 'string' },
      'jobs-interval': { type: 'string', default: process.env.JOBS_INTERVAL ?? '60' },
      'login-failures-per-ip': {
        type: 'string',
        default: process.env.LOGIN_FAILURES_PER_IP ?? String(DEFAULT_AUTH_LIMITS.loginFailuresPerIp),
      },
      'registrations-per-ip': {
        type: 'string',
        default: process.env.REGISTRATIONS_PER_IP ?? String(DEFAULT_AUTH_LIMITS.registrationsPerIp),
      },
      'backup-interval': { type: 'string', default: process.env.BACKUP_INTERVAL ?? '24' },
      'backup-keep': { type: 'string', default: process.env.BACKUP_KEEP ?? String(DEFAULT_BACKUP_KEEP) },
      'backup-dir': { type: 'string' },
      'load-demo-only': { type: 'boolean', default: false },
    },
  });
  if (values['load-demo-only']) {
    // The child of server/demo-process.ts: load the demo into the data dir, close, exit.
    const loader = await createHost({ dataDir: values['data-dir']!, demo: true, jobsIntervalMs: 0 });
    await loader.close();
    process.exit(0);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port: ${values.port}`);
  const jobsSeconds = Number(values['jobs-interval']);
  if (!Number.isFinite(jobsSeconds) || jobsSeconds < 0) {
    throw new Error(`--jobs-interval: not a number of seconds: ${values['jobs-interval']}`);
  }
  const limit = (flag: 'login-failures-per-ip' | 'registrations-per-ip') => {
    const n = Number(values[flag]);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${flag}: not a positive whole number: ${values[flag]}`);
    return n;
  };
  const backupHours = Number(values['backup-interval']);
  if (!Number.isFinite(backupHours) || backupHours < 0) {
    throw new Error(`--backup-interval: not a number of hours: ${values['backup-interval']}`);
  }
  const backupKeep = Number(values['backup-keep']);
  if (!Number.isInteger(backupKeep) || backupKeep < 1) {
    throw new Error(`--backup-keep: not a positive whole number: ${values['backup-keep']}`);
  }
  const authLimits = {
    loginFailuresPerIp: limit('login-failures-per-ip'),
    registrationsPerIp: limit('registrations-per-ip'),
  };
  const demo = !values['no-demo'];
  // A new data dir's demo is loaded by a process that exits, so the host never holds that load.
  if (demo && isNewDataDir(values['data-dir']!)) await loadDemoInChildProcess(values['data-dir']!);
  const host = await createHost({
    dataDir: values['data-dir']!,
    demo,
    staticDir: values.static,
    jobsIntervalMs: Math.round(jobsSeconds * 1000),
    authLimits,
    // One JSON line per request on stdout (server/request-log.ts); LOG_LEVEL=silent turns it off.
    logger: { level: logLevelFrom(process.env.LOG_LEVEL) },
  });
  if (values.admin) {
    const granted = await grantAdmin(host.store, systemClock, values.admin);
    console.log(
      granted ? `已将 ${values.admin} 设为管理员` : `未找到账号 ${values.admin}：请先注册，再用 --admin 启动`,
    );
  }
  const backupDir = values['backup-dir'] ?? process.env.BACKUP_DIR ?? defaultBackupDir(values['data-dir']!);
  const backups =
    backupHours > 0
      ? startBackupSchedule({
          db: host.store.rawDatabase(),
          dataDir: values['data-dir']!,
          backupDir,
          clock: systemClock,
          log: host.ports.log,
          keep: backupKeep,
          intervalMs: Math.round(backupHours * 3_600_000),
        })
      : null;
  const address = await host.app.listen({ port, host: values.host });

  console.log(`\n知识产权公共服务工作站 · 本地服务已启动`);
  console.log(`  打开 ${address.replace('127.0.0.1', 'localhost')}/`);
  console.log(`  数据目录 ${values['data-dir']}`);
  if (backups) console.log(`  自动备份 每 ${backupHours} 小时一次，保留最近 ${backupKeep} 份，存于 ${backupDir}`);
  if (demo) {
    console.log(`\n演示账号（密码均为 ${DEMO_PASSWORD}）：`);
    for (const a of DEMO_ACCOUNTS)
      console.log(`  ${ROLE.labels[a.role].padEnd(6, '　')} ${a.username}  (${a.displayName})`);
  }
  console.log('\n按 Ctrl+C 停止。');

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`\n收到 ${signal}，正在关闭数据库…`);
    await backups?.stop(); // a backup in progress finishes on the open connection first
    await host.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((e) => {
  console.error('启动失败：', e instanceof Error ? e.message : e);
  process.exit(1);
});
