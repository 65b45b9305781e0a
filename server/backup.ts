/**
 * Backups of a host's data dir without stopping it: the database through SQLite's online backup
 * API, the uploaded files copied beside it, one folder per backup, the last N kept; and the
 * restore that puts one back, refusing a file that is not a sound station database.
 *
 * Why it is shaped this way:
 *  - The database file is opened by a second connection and copied in one step: one read
 *    transaction, a consistent snapshot of what is committed, which under WAL blocks no writer
 *    of a host that is running. The host acknowledges a write only once it is committed
 *    (server/store/commit-groups.ts), so a backup holds every write acknowledged before it began.
 *    (The host's own connection is not used: its open commit group holds writes nobody has been
 *    told about yet.) The one step blocks the host's event loop while it reads the file: a few
 *    ms for the demo database, about a second per few hundred MB.
 *  - The database is copied first, then the files: the host writes an upload's bytes before any
 *    document names it, so every file the copied database refers to is already on disk.
 *  - A backup is written to `<stamp>.partial` and renamed when complete, so a folder named by a
 *    stamp is always a whole backup. Its database is switched to rollback journaling (one file,
 *    no -wal beside it) and checked with `PRAGMA integrity_check` before the rename.
 *  - The schedule is an interval measured from the newest backup in the folder, not a time of
 *    day: a station PC switched off at night still gets one backup per day it runs, and a
 *    restart does not reset the count. Time comes from the Clock (tests set it).
 */
import { constants as fsConstants } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import type { Clock, Logger } from '../core/ports';
import type { CollectionName } from '../core/store/schema';
import { DATABASE_FILE } from './host';

export const FILES_DIR = 'files';
export const BACKUPS_DIR = 'backups';
export const DEFAULT_BACKUP_KEEP = 7;
export const DEFAULT_BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** How often the schedule looks whether a backup is due. */
const CHECK_EVERY_MS = 60_000;
/** After a failed scheduled backup (disk full, folder gone), the next try waits this long. */
const RETRY_AFTER_MS = 60 * 60 * 1000;
/** A table every station database has; a SQLite file without it is someone else's database. */
const STATION_TABLE: CollectionName = 'users';
/** `2030-01-02T03-04-05.678Z`, then `-2`, `-3` when two backups share a millisecond. */
const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})\.(\d{3})Z(?:-(\d+))?$/;
const PARTIAL = '.partial';

/** A refusal or failure to show as is: the message is Chinese and says what to do. */
export class BackupError extends Error {
  override name = 'BackupError';
}

export interface BackupOptions {
  dataDir: string;
  /** Default `<dataDir>/backups`. */
  backupDir?: string;
  clock: Clock;
  /** Backups to keep after this one (older ones are removed); default 7. */
  keep?: number;
  /** The running host's connection (`store.rawDatabase()`): its file is copied; absent: the data dir's. */
  db?: Database.Database;
}

export interface BackupResult {
  /** The backup folder: `station.db` and `files/`. */
  dir: string;
  takenAt: number;
  databaseBytes: number;
  fileCount: number;
  fileBytes: number;
  /** Wall time the backup took (copy, check and file copy), in milliseconds. */
  ms: number;
  /** Older backup folders removed to keep the last `keep`. */
  pruned: string[];
}

export function defaultBackupDir(dataDir: string): string {
  return join(resolve(dataDir), BACKUPS_DIR);
}

/** The folder name of a backup taken at `ms`: sortable, and legal on every file system. */
export function backupStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/:/g, '-');
}

/** The time a backup folder name stands for; null for anything else. */
export function stampTime(name: string): number | null {
  const m = STAMP.exec(name);
  if (!m) return null;
  const ms = Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return Number.isNaN(ms) ? null : ms;
}

/** The completed backups in `backupDir`, oldest first (names sort by time). */
export async function listBackups(backupDir: string): Promise<string[]> {
  const entries = await readdir(backupDir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [];
    throw e;
  });
  return entries
    .filter((e) => e.isDirectory() && stampTime(e.name) !== null)
    .map((e) => e.name)
    .sort(compareStamps)
    .map((name) => join(backupDir, name));
}

function compareStamps(a: string, b: string): number {
  const [ta, tb] = [stampTime(a)!, stampTime(b)!];
  if (ta !== tb) return ta - tb;
  const suffix = (s: string) => Number(STAMP.exec(s)?.[6] ?? 1);
  return suffix(a) - suffix(b);
}

/**
 * Removes all but the newest `keep` backups, and any unfinished `.partial` folder older than the
 * newest backup (left by a crash: a backup in progress is always newer than a finished one).
 */
export async function pruneBackups(backupDir: string, keep: number): Promise<string[]> {
  if (!Number.isInteger(keep) || keep < 1) throw new Error(`keep: not a positive whole number: ${keep}`);
  const backups = await listBackups(backupDir);
  const removed = backups.slice(0, Math.max(0, backups.length - keep));
  const newest = backups.length ? stampTime(basename(backups[backups.length - 1]))! : null;
  if (newest !== null) {
    for (const e of await readdir(backupDir, { withFileTypes: true })) {
      if (!e.isDirectory() || !e.name.endsWith(PARTIAL)) continue;
      const t = stampTime(e.name.slice(0, -PARTIAL.length));
      if (t !== null && t < newest) removed.push(join(backupDir, e.name));
    }
  }
  for (const dir of removed) await rm(dir, { recursive: true, force: true });
  return removed;
}

/** Takes one backup of `dataDir` into `<backupDir>/<stamp>/`, then prunes to the last `keep`. */
export async function takeBackup(options: BackupOptions): Promise<BackupResult> {
  const started = performance.now();
  const dataDir = resolve(options.dataDir);
  const backupDir = resolve(options.backupDir ?? defaultBackupDir(dataDir));
  const filesDir = join(dataDir, FILES_DIR);
  if (isInside(backupDir, filesDir)) {
    throw new BackupError(`备份目录不能放在上传文件目录 ${filesDir} 里面：请换一个 --backup-dir`);
  }
  const keep = options.keep ?? DEFAULT_BACKUP_KEEP;
  const takenAt = options.clock.now();
  await mkdir(backupDir, { recursive: true });
  const name = await freeName(backupDir, backupStamp(takenAt));
  const partial = join(backupDir, name + PARTIAL);
  await mkdir(partial);
  try {
    const target = join(partial, DATABASE_FILE);
    if (options.db) {
      await backupLiveDatabase(options.db, target);
    } else {
      await backupDatabaseFile(join(dataDir, DATABASE_FILE), target);
    }
    settleAndCheck(target, 'backup');
    const copied = await copyTree(filesDir, join(partial, FILES_DIR));
    const dir = join(backupDir, name);
    await rename(partial, dir);
    const pruned = await pruneBackups(backupDir, keep);
    return {
      dir,
      takenAt,
      databaseBytes: (await stat(join(dir, DATABASE_FILE))).size,
      fileCount: copied.count,
      fileBytes: copied.bytes,
      ms: performance.now() - started,
      pruned,
    };
  } catch (e) {
    await rm(partial, { recursive: true, force: true });
    throw e;
  }
}

/**
 * The running host's database, through a second connection to its file: one consistent read of
 * what is committed. The host's own connection is not used, because its writes share commit
 * groups (server/store/commit-groups.ts): during a burst it almost always has a transaction open,
 * and its uncommitted writes — not yet acknowledged to anyone — must not be copied. Every write
 * acknowledged before the backup began is committed, so the copy holds it; WAL lets the host go
 * on writing while the copy is read.
 */
async function backupLiveDatabase(db: Database.Database, target: string): Promise<void> {
  await backupDatabaseFile(db.name, target);
}

/** A second connection to the file, copied in one step: one consistent read, no writer blocked. */
async function backupDatabaseFile(source: string, target: string): Promise<void> {
  let db: Database.Database;
  try {
    // Read-write but never written: closing the last connection then removes the -wal and -shm
    // it made, where a read-only one would leave them behind (owned by whoever ran the backup).
    db = new Database(source, { fileMustExist: true });
  } catch (e) {
    throw new BackupError(`无法打开数据库 ${source}：${sqliteReason(e)}。请检查 --data-dir 是否指向本地服务的数据目录`);
  }
  try {
    await db.backup(target, { progress: () => 0x7fffffff });
  } finally {
    db.close();
  }
}

/**
 * Switches a copied database to rollback journaling (one self-contained file) and checks it.
 * Throws BackupError naming the problem; `role` says whose file it is, for the message.
 */
function settleAndCheck(file: string, role: 'backup' | 'restore', shownAs = file): void {
  const what = role === 'backup' ? '刚写入的备份' : `「${shownAs}」`;
  const refuse = (problem: string) =>
    new BackupError(
      role === 'backup'
        ? `${what}${problem}：备份未完成，请检查磁盘后重试`
        : `${what}${problem}，未恢复。请换一个备份（npm run restore -- --from <备份目录>）`,
    );
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true });
  } catch (e) {
    throw refuse(`无法打开（${sqliteReason(e)}）`);
  }
  try {
    let problems: string[];
    try {
      db.pragma('journal_mode = DELETE');
      problems = (db.pragma('integrity_check') as Array<{ integrity_check: string }>)
        .map((r) => r.integrity_check)
        .filter((line) => line !== 'ok');
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'SQLITE_NOTADB') throw refuse('不是 SQLite 数据库');
      throw refuse(`已损坏（${sqliteReason(e)}）`);
    }
    if (problems.length) {
      throw refuse(`已损坏，未通过完整性检查（PRAGMA integrity_check：${problems.slice(0, 3).join('；')}）`);
    }
    const isStation = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(STATION_TABLE);
    if (!isStation) throw refuse(`不是工作站的数据库（没有 ${STATION_TABLE} 表）`);
  } finally {
    db.close();
  }
}

function sqliteReason(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'SQLITE_NOTADB') return '不是 SQLite 数据库';
  if (code === 'SQLITE_CORRUPT') return '文件已损坏';
  if (code === 'SQLITE_CANTOPEN') return '文件不存在或无权读取';
  return e instanceof Error ? e.message : String(e);
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (rel.split(sep)[0] !== '..' && !isAbsolute(rel));
}

/** `stamp`, or `stamp-2`, `stamp-3`… when a backup (or one in progress) already has the name. */
async function freeName(backupDir: string, stamp: string): Promise<string> {
  const taken = new Set(await readdir(backupDir));
  for (let n = 1; ; n++) {
    const name = n === 1 ? stamp : `${stamp}-${n}`;
    if (!taken.has(name) && !taken.has(name + PARTIAL)) return name;
  }
}

/**
 * Copies a folder of uploads (regular files and folders only). Copy-on-write clones where the file
 * system offers them, plain copies otherwise: never hard links, which a later write would share.
 * A file removed while the copy runs is skipped.
 */
async function copyTree(from: string, to: string): Promise<{ count: number; bytes: number }> {
  await mkdir(to, { recursive: true });
  const entries = await readdir(from, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [];
    throw e;
  });
  let count = 0;
  let bytes = 0;
  for (const e of entries) {
    const [src, dst] = [join(from, e.name), join(to, e.name)];
    if (e.isDirectory()) {
      const sub = await copyTree(src, dst);
      count += sub.count;
      bytes += sub.bytes;
    } else if (e.isFile()) {
      try {
        await copyFile(src, dst, fsConstants.COPYFILE_FICLONE);
        bytes += (await stat(dst)).size;
        count++;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
    }
  }
  return { count, bytes };
}

// --- restore ---

export interface RestoreOptions {
  dataDir: string;
  /** A backup folder (`station.db` and `files/`) or a database file alone (files stay as they are). */
  from: string;
  clock: Clock;
}

export interface RestoreResult {
  database: string;
  /** Where the replaced database was put (null: there was none). */
  databaseAside: string | null;
  /** Where the replaced files folder was put (null: none, or the backup had no files folder). */
  filesAside: string | null;
  fileCount: number;
}

/**
 * Puts a backup in place in `dataDir`. Checks first — the host is not using the database, the
 * backup is a SQLite file that passes `PRAGMA integrity_check` and is a station database — and
 * changes nothing when a check fails. What it replaces is renamed `<name>.before-restore-<stamp>`.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const dataDir = resolve(options.dataDir);
  const from = resolve(options.from);
  const fromStat = await stat(from).catch(() => null);
  if (!fromStat) throw new BackupError(`找不到备份：${from}`);
  const sourceDb = fromStat.isDirectory() ? join(from, DATABASE_FILE) : from;
  const sourceFiles = fromStat.isDirectory() ? join(from, FILES_DIR) : null;
  if (!(await stat(sourceDb).catch(() => null))?.isFile()) {
    throw new BackupError(`备份目录 ${from} 中没有数据库文件 ${DATABASE_FILE}，未恢复`);
  }
  const hasFiles = sourceFiles !== null && ((await stat(sourceFiles).catch(() => null))?.isDirectory() ?? false);

  await mkdir(dataDir, { recursive: true });
  const database = join(dataDir, DATABASE_FILE);
  refuseWhileInUse(database);

  const stamp = backupStamp(options.clock.now());
  const incoming = `${database}.restoring-${stamp}`;
  const incomingFiles = join(dataDir, `${FILES_DIR}.restoring-${stamp}`);
  let fileCount = 0;
  try {
    await copyFile(sourceDb, incoming);
    settleAndCheck(incoming, 'restore', sourceDb);
    if (hasFiles) fileCount = (await copyTree(sourceFiles!, incomingFiles)).count;
  } catch (e) {
    for (const f of [incoming, `${incoming}-wal`, `${incoming}-shm`, `${incoming}-journal`])
      await rm(f, { force: true });
    await rm(incomingFiles, { recursive: true, force: true });
    throw e;
  }

  // Everything checked and copied: now only renames.
  const aside = `${database}.before-restore-${stamp}`;
  let databaseAside: string | null = null;
  for (const suffix of ['', '-wal', '-shm']) {
    if (await moveIfPresent(database + suffix, aside + suffix)) databaseAside ??= aside;
  }
  await rename(incoming, database);
  let filesAside: string | null = null;
  if (hasFiles) {
    const filesDir = join(dataDir, FILES_DIR);
    const filesAsidePath = join(dataDir, `${FILES_DIR}.before-restore-${stamp}`);
    if (await moveIfPresent(filesDir, filesAsidePath)) filesAside = filesAsidePath;
    await rename(incomingFiles, filesDir);
  }
  return { database, databaseAside, filesAside, fileCount };
}

async function moveIfPresent(from: string, to: string): Promise<boolean> {
  try {
    await rename(from, to);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}

/**
 * Refuses while another connection has the database open (the host holds one from start to
 * stop). Leaving WAL needs every other connection gone, so SQLITE_BUSY means "in use"; when it
 * succeeds the WAL is folded into the file, and the file set aside is whole on its own.
 * A database that cannot be opened at all (the reason to restore) is replaced without the test.
 */
function refuseWhileInUse(database: string): void {
  let db: Database.Database;
  try {
    db = new Database(database, { fileMustExist: true, timeout: 0 });
  } catch {
    return;
  }
  try {
    db.pragma('journal_mode = DELETE');
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_BUSY') {
      throw new BackupError(
        `数据库 ${database} 正被其他程序使用（本地服务是否仍在运行？）：请先停止本地服务（Ctrl+C），再恢复`,
      );
    }
  } finally {
    db.close();
  }
}

// --- schedule ---

export interface BackupScheduleOptions {
  /** The running host's connection: `host.store.rawDatabase()`. */
  db: Database.Database;
  dataDir: string;
  backupDir?: string;
  clock: Clock;
  log: Logger;
  keep?: number;
  /** Time between backups, from the newest one in the folder; default 24 hours. */
  intervalMs?: number;
  /** How often to look whether one is due; default every minute. */
  checkEveryMs?: number;
  /** The timer; tests pass one they drive (or none and call `runIfDue`). */
  timers?: { setInterval: typeof setInterval; clearInterval: typeof clearInterval };
}

export interface BackupSchedule {
  /** Takes a backup now (or joins the one in progress). */
  runNow(): Promise<BackupResult>;
  /** Takes a backup if the newest one is `intervalMs` old (or there is none); what the timer calls. */
  runIfDue(): Promise<BackupResult | null>;
  /** Stops the timer and waits for a backup in progress (call before closing the database). */
  stop(): Promise<void>;
}

export function startBackupSchedule(options: BackupScheduleOptions): BackupSchedule {
  const { clock, log } = options;
  const dataDir = resolve(options.dataDir);
  const backupDir = resolve(options.backupDir ?? defaultBackupDir(dataDir));
  const intervalMs = options.intervalMs ?? DEFAULT_BACKUP_INTERVAL_MS;
  if (!(intervalMs > 0)) throw new Error(`intervalMs: not a positive duration: ${intervalMs}`);
  const timers = options.timers ?? { setInterval, clearInterval };
  let current: Promise<BackupResult> | null = null;
  let stopped = false;
  let retryAt = -Infinity;

  const run = (): Promise<BackupResult> => {
    if (current) return current;
    current = takeBackup({ db: options.db, dataDir, backupDir, clock, keep: options.keep })
      .then((result) => {
        log.info('backup taken', {
          dir: result.dir,
          ms: Math.round(result.ms),
          databaseBytes: result.databaseBytes,
          fileCount: result.fileCount,
          fileBytes: result.fileBytes,
          pruned: result.pruned.length,
        });
        return result;
      })
      .finally(() => {
        current = null;
      });
    return current;
  };

  /** Newest backup's time, ignoring stamps from the future (a clock that was once wrong). */
  const newestBackup = async (now: number): Promise<number | null> => {
    const times = (await listBackups(backupDir)).map((dir) => stampTime(basename(dir))!).filter((t) => t <= now);
    return times.length ? Math.max(...times) : null;
  };

  const runIfDue = async (): Promise<BackupResult | null> => {
    if (stopped || current) return null;
    const now = clock.now();
    if (now < retryAt) return null;
    try {
      const newest = await newestBackup(now);
      if (newest !== null && now - newest < intervalMs) return null;
      return await run();
    } catch (e) {
      retryAt = now + Math.min(intervalMs, RETRY_AFTER_MS);
      log.error('backup failed', { error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      return null;
    }
  };

  const timer = timers.setInterval(() => void runIfDue(), options.checkEveryMs ?? CHECK_EVERY_MS);
  timer.unref?.(); // never the reason the process stays alive

  return {
    runNow: run,
    runIfDue,
    async stop() {
      stopped = true;
      timers.clearInterval(timer);
      await current?.catch(() => undefined);
    },
  };
}
