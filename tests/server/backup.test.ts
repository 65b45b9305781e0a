/**
 * Backups without stopping the host (server/backup.ts, server/backup-cli.ts): a backup taken
 * during a write burst restores to a sound database with every acknowledged write; old backups
 * are pruned; a restore refuses what is not a sound station database, and refuses while the host
 * has the database open; uploads come back; the commands work end to end.
 * Every "now" is a fixed test clock: backup folder names and the schedule never read the machine's.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import Database from 'better-sqlite3';
import type { Clock } from '../../core/ports';
import { backupMain, restoreMain, type CliIo } from '../../server/backup-cli';
import {
  backupStamp,
  listBackups,
  restoreBackup,
  startBackupSchedule,
  takeBackup,
  type BackupResult,
} from '../../server/backup';
import { DATABASE_FILE } from '../../server/host';
import { openSqliteStore, type SqliteStore } from '../../server/store/sqlite-store';

const ROOT = join(__dirname, '..', '..');
const HOUR = 60 * 60 * 1000;
const T0 = Date.UTC(2031, 4, 6, 18, 0, 0);

function testClock(start = T0): Clock & { set(ms: number): void } {
  let now = start;
  return { now: () => now, set: (ms) => (now = ms) };
}

const silentLog = { info: () => undefined, error: () => undefined };

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'backup-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** A data dir with a closed station database holding `notes` audit rows, and uploaded files. */
async function dataDirWith(name: string, notes: string[], files: Record<string, string> = {}): Promise<string> {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'files'), { recursive: true });
  const store = openSqliteStore(join(dir, DATABASE_FILE));
  for (const note of notes) await store.insert('audit_log', { _id: note, note });
  await store.close();
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(dir, 'files', path, '..'), { recursive: true });
    writeFileSync(join(dir, 'files', path), body);
  }
  return dir;
}

function auditIds(dataDir: string): string[] {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare('SELECT id FROM "audit_log" ORDER BY id').pluck().all() as string[];
  } finally {
    db.close();
  }
}

function integrity(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

describe('an online backup during a write burst', () => {
  let store: SqliteStore | null = null;
  afterEach(async () => {
    await store?.close();
    store = null;
  });

  it('restores to a database that passes integrity_check and holds every write acknowledged before it began', async () => {
    const dataDir = join(tmp, 'live');
    mkdirSync(dataDir);
    store = openSqliteStore(join(dataDir, DATABASE_FILE));
    const live = store;
    // Enough data that writes land while the backup runs (it awaits file checks and copies).
    await live.transaction(async (tx) => {
      for (let i = 0; i < 1500; i++) await tx.insert('audit_log', { _id: `seed-${i}`, pad: 'x'.repeat(800) });
    });
    const acked: string[] = [];
    let stop = false;
    const single = async (w: number) => {
      for (let i = 0; !stop; i++) {
        acked.push(await live.insert('audit_log', { _id: `w${w}-${i}`, pad: 'y'.repeat(300) }));
        await nextTurn();
      }
    };
    // A transaction held open across turns: the copy must wait for it, not copy half of it.
    const transactional = async () => {
      for (let i = 0; !stop; i++) {
        const ids = [`tx-${i}-a`, `tx-${i}-b`];
        await live.transaction(async (tx) => {
          await tx.insert('audit_log', { _id: ids[0], pad: 'z'.repeat(300) });
          await nextTurn();
          await tx.insert('audit_log', { _id: ids[1], pad: 'z'.repeat(300) });
        });
        acked.push(...ids);
        await nextTurn();
      }
    };
    const writers = [single(1), single(2), single(3), transactional()];
    while (acked.length < 300) await nextTurn();

    const ackedBefore = [...acked];
    let result: BackupResult;
    let ackedDuring: number;
    try {
      result = await takeBackup({ dataDir, clock: testClock(), db: live.rawDatabase() });
      ackedDuring = acked.length - ackedBefore.length;
    } finally {
      stop = true;
      await Promise.all(writers);
    }
    const restored = join(tmp, 'restored');
    await restoreBackup({ dataDir: restored, from: result.dir, clock: testClock() });

    expect(ackedDuring).toBeGreaterThan(0); // the burst really ran while the copy did
    expect(integrity(join(restored, DATABASE_FILE))).toBe('ok');
    const present = new Set(auditIds(restored));
    expect(ackedBefore.filter((id) => !present.has(id))).toEqual([]);
    expect(ackedBefore.filter((id) => id.startsWith('tx-')).length).toBeGreaterThan(0);
    expect(present.size).toBeGreaterThanOrEqual(1500 + ackedBefore.length);
  }, 30_000);
});

describe('pruning', () => {
  it('keeps the newest N backups and removes unfinished ones older than the newest', async () => {
    const dataDir = await dataDirWith('d', ['a']);
    const backupDir = join(tmp, 'backups');
    mkdirSync(join(backupDir, `${backupStamp(T0 - HOUR)}.partial`), { recursive: true });
    const clock = testClock();
    const taken: BackupResult[] = [];
    for (let day = 0; day < 5; day++) {
      clock.set(T0 + day * 24 * HOUR);
      taken.push(await takeBackup({ dataDir, backupDir, clock, keep: 3 }));
    }

    expect(await listBackups(backupDir)).toEqual(taken.slice(2).map((r) => r.dir));
    expect(readdirSync(backupDir).sort()).toEqual(taken.slice(2).map((r) => basename(r.dir)));
  });

  it('names two backups taken in the same millisecond apart, and lists them in order', async () => {
    const dataDir = await dataDirWith('d', ['a']);
    const first = await takeBackup({ dataDir, clock: testClock(), keep: 5 });
    const second = await takeBackup({ dataDir, clock: testClock(), keep: 5 });

    expect(basename(first.dir)).toBe('2031-05-06T18-00-00.000Z');
    expect(basename(second.dir)).toBe('2031-05-06T18-00-00.000Z-2');
    expect(await listBackups(join(dataDir, 'backups'))).toEqual([first.dir, second.dir]);
  });
});

describe('restore', () => {
  /** A data dir with one backup of [a, b] and uploads, then changed after the backup. */
  async function backedUpThenChanged() {
    const dataDir = await dataDirWith('d', ['a', 'b'], { 'uploads/u1/photo.png': 'png-1', 'exports/x.xlsx': 'xlsx' });
    const backup = await takeBackup({ dataDir, clock: testClock() });
    const store = openSqliteStore(join(dataDir, DATABASE_FILE));
    await store.insert('audit_log', { _id: 'after-backup' });
    await store.close();
    writeFileSync(join(dataDir, 'files', 'uploads', 'u1', 'photo.png'), 'png-2');
    writeFileSync(join(dataDir, 'files', 'uploads', 'u1', 'later.pdf'), 'pdf');
    return { dataDir, backup };
  }

  /** A copy of `backup` whose database is replaced by `bytes`. */
  function tamperedCopy(backup: BackupResult, bytes: (original: Buffer) => Buffer): string {
    const dir = join(tmp, 'tampered');
    mkdirSync(join(dir, 'files'), { recursive: true });
    writeFileSync(join(dir, DATABASE_FILE), bytes(readFileSync(join(backup.dir, DATABASE_FILE))));
    return dir;
  }

  it('brings back the database and the uploaded files, and keeps the replaced ones aside', async () => {
    const { dataDir, backup } = await backedUpThenChanged();
    const clock = testClock(T0 + 5 * HOUR);

    const result = await restoreBackup({ dataDir, from: backup.dir, clock });

    const stamp = backupStamp(T0 + 5 * HOUR);
    expect(auditIds(dataDir)).toEqual(['a', 'b']);
    expect(readFileSync(join(dataDir, 'files', 'uploads', 'u1', 'photo.png'), 'utf8')).toBe('png-1');
    expect(readFileSync(join(dataDir, 'files', 'exports', 'x.xlsx'), 'utf8')).toBe('xlsx');
    expect(existsSync(join(dataDir, 'files', 'uploads', 'u1', 'later.pdf'))).toBe(false);
    expect(result).toEqual({
      database: join(dataDir, DATABASE_FILE),
      databaseAside: join(dataDir, `${DATABASE_FILE}.before-restore-${stamp}`),
      filesAside: join(dataDir, `files.before-restore-${stamp}`),
      fileCount: 2,
    });
    expect(readFileSync(join(result.filesAside!, 'uploads', 'u1', 'later.pdf'), 'utf8')).toBe('pdf');
    const aside = new Database(result.databaseAside!, { readonly: true });
    expect(aside.prepare('SELECT count(*) FROM "audit_log"').pluck().get()).toBe(3);
    aside.close();
  });

  it.each([
    ['truncated', (b: Buffer) => b.subarray(0, Math.floor(b.length / 2)), /已损坏/],
    ['overwritten with garbage past its first page', (b: Buffer) => fillFrom(b, 4096), /已损坏/],
    ['not a database', () => Buffer.from('这不是数据库'.repeat(200)), /不是 SQLite 数据库/],
  ])('refuses a backup whose database is %s, and changes nothing', async (_what, bytes, message) => {
    const { dataDir, backup } = await backedUpThenChanged();
    const bad = tamperedCopy(backup, bytes);
    const before = readdirSync(dataDir).sort();

    const restoring = restoreBackup({ dataDir, from: bad, clock: testClock() });

    await expect(restoring).rejects.toThrow(message);
    await expect(restoring).rejects.toThrow(/未恢复/);
    expect(readdirSync(dataDir).sort()).toEqual(before);
    expect(auditIds(dataDir)).toEqual(['a', 'after-backup', 'b']);
  });

  it('refuses a SQLite database that is not a station database', async () => {
    const dataDir = await dataDirWith('d', ['a']);
    const other = join(tmp, 'other.db');
    new Database(other).exec('CREATE TABLE t (x)').close();

    await expect(restoreBackup({ dataDir, from: other, clock: testClock() })).rejects.toThrow(/不是工作站的数据库/);
    expect(auditIds(dataDir)).toEqual(['a']);
  });

  it('refuses while the host has the database open', async () => {
    const { dataDir, backup } = await backedUpThenChanged();
    const host = openSqliteStore(join(dataDir, DATABASE_FILE));
    try {
      await expect(restoreBackup({ dataDir, from: backup.dir, clock: testClock() })).rejects.toThrow(
        /正被其他程序使用.*请先停止本地服务/,
      );
      expect(await host.count('audit_log')).toBe(3);
    } finally {
      await host.close();
    }
  });
});

function fillFrom(b: Buffer, offset: number): Buffer {
  const out = Buffer.from(b);
  out.fill(0xa5, offset);
  return out;
}

describe('the schedule', () => {
  it('takes a backup when none is as recent as the interval, counted from the newest in the folder', async () => {
    const dataDir = await dataDirWith('d', ['a']);
    const store = openSqliteStore(join(dataDir, DATABASE_FILE));
    const clock = testClock();
    let tick: (() => void) | null = null;
    const timers = {
      setInterval: ((fn: () => void) => ((tick = fn), { unref() {} })) as unknown as typeof setInterval,
      clearInterval: (() => (tick = null)) as typeof clearInterval,
    };
    const schedule = startBackupSchedule({
      db: store.rawDatabase(),
      dataDir,
      clock,
      log: silentLog,
      keep: 2,
      intervalMs: 24 * HOUR,
      timers,
    });
    const taken: Array<string | null> = [];
    const at = async (ms: number) => {
      clock.set(ms);
      taken.push((await schedule.runIfDue())?.dir ?? null);
    };

    await at(T0); // none yet
    await at(T0 + 23 * HOUR);
    await at(T0 + 24 * HOUR);
    await at(T0 + 30 * HOUR);
    await at(T0 + 49 * HOUR);
    expect(tick).not.toBeNull();
    await schedule.stop();
    await store.close();

    expect(taken).toEqual([
      join(dataDir, 'backups', backupStamp(T0)),
      null,
      join(dataDir, 'backups', backupStamp(T0 + 24 * HOUR)),
      null,
      join(dataDir, 'backups', backupStamp(T0 + 49 * HOUR)),
    ]);
    expect(tick).toBeNull();
    expect(await listBackups(join(dataDir, 'backups'))).toEqual(taken.slice(2).filter(Boolean));
  });
});

describe('npm run backup / npm run restore', () => {
  function io(clock: Clock) {
    const out: string[] = [];
    const err: string[] = [];
    const cliIo: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), clock };
    return { out, err, cliIo };
  }

  it('backs up a data dir, lists backups when --from is missing, and restores the latest into a new data dir', async () => {
    const dataDir = await dataDirWith('d', ['a', 'b'], { 'uploads/u1/a.pdf': 'pdf' });
    const target = join(tmp, 'new');
    const backupDir = join(dataDir, 'backups');
    const [b, r1, r2] = [io(testClock()), io(testClock()), io(testClock(T0 + HOUR))];

    const codes = [
      await backupMain(['--data-dir', dataDir, '--keep', '2'], b.cliIo),
      await restoreMain(['--data-dir', target, '--backup-dir', backupDir], r1.cliIo),
      await restoreMain(['--data-dir', target, '--backup-dir', backupDir, '--from', 'latest'], r2.cliIo),
    ];

    expect(codes).toEqual([0, 1, 0]);
    const dir = join(backupDir, backupStamp(T0));
    expect(b.out[0]).toBe(`已备份到 ${dir}`);
    expect(b.out[1]).toMatch(/数据库 [\d.]+ MB，上传文件 1 个/);
    expect(r1.err.join('\n')).toContain('请用 --from <备份目录> 指定要恢复的备份');
    expect(r1.err.join('\n')).toContain(dir);
    expect(r2.out[0]).toBe(`已从 ${dir} 恢复到 ${target}`);
    expect(auditIds(target)).toEqual(['a', 'b']);
    expect(readFileSync(join(target, 'files', 'uploads', 'u1', 'a.pdf'), 'utf8')).toBe('pdf');
  });

  it('runs as a command: backup exits 0, restore of a corrupt backup exits 1 with the reason in Chinese', async () => {
    const dataDir = await dataDirWith('d', ['a']);
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const run = (args: string[]) => spawnSync(tsx, ['server/backup-cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

    const backup = run(['backup', '--data-dir', dataDir]);
    const [dir] = await listBackups(join(dataDir, 'backups'));
    writeFileSync(join(dir, DATABASE_FILE), 'garbage');
    const restore = run(['restore', '--data-dir', dataDir, '--from', dir]);

    expect(backup.status).toBe(0);
    expect(backup.stdout).toContain(`已备份到 ${dir}`);
    expect(restore.status).toBe(1);
    expect(restore.stderr).toContain('恢复失败：');
    expect(restore.stderr).toContain('不是 SQLite 数据库，未恢复');
    expect(auditIds(dataDir)).toEqual(['a']);
  }, 60_000);
});
