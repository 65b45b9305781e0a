/**
 * The process figures of `npm run bench` (issue 17: after the build, one host process of modest
 * size), each from a start on a fresh temp data dir:
 *  - the host started the way `npm start` starts it (scripts/host-launch.ts: plain node on the
 *    bundle, with its flags and environment), first on an empty data dir (the demo loads) and
 *    again on the same dir (what every later start does): time from spawn to the first 200 of
 *    /healthz, and resident memory (VmRSS) after IDLE_MS of idling;
 *  - a bare Fastify hello world started the same way, the floor those compare with;
 *  - the host under tsx, as `npm start` ran it before (`npx tsx server/cli.ts`), for the record;
 *  - `npm start` itself: how many processes it leaves and their memory together (only when the
 *    H5 build exists; otherwise npm start would spend a minute building it first).
 * Each launch runs in its own session, so "its processes" are that session's (read from /proc:
 * Linux only).
 *
 * Standalone: `npx tsx scripts/bench-process.ts` (BENCH_PROCESS_IDLE_MS). Not a test: it prints,
 * it does not assert.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { bundleHost, hostCommand, hostEnv, HOST_BUNDLE } from './host-launch';
import { freePort } from '../tests/support/free-port';
import { runSectionIfMain } from './bench-timing';

const ROOT = join(__dirname, '..');
const IDLE_MS = Number(process.env.BENCH_PROCESS_IDLE_MS ?? 5_000);
const START_TIMEOUT_MS = 180_000;
const BARE_FASTIFY = join(dirname(HOST_BUNDLE), 'bare-fastify.cjs');
const BARE_SOURCE = `// Written by scripts/bench-process.ts: the floor the host's process figures compare with.
const app = require('fastify')({ logger: false });
app.get('/healthz', async () => ({ ok: true }));
app.listen({ port: Number(process.argv[2]), host: '127.0.0.1' });
`;

export interface LaunchFigures {
  name: string;
  /** From spawn to the first 200 of /healthz. */
  coldStartMs: number;
  /** VmRSS of the process that answers (the launched one, or for npm start the host), MB. */
  rssMb: number;
  /** Processes in the launch's session, and their VmRSS together (MB). */
  processes: number;
  treeRssMb: number;
  /** The command lines of those processes, shortened. */
  tree: string[];
}

export interface ProcessFigures {
  idleMs: number;
  host: LaunchFigures;
  hostRestart: LaunchFigures;
  bare: LaunchFigures;
  tsxHost: LaunchFigures;
  /** null: no H5 build (npm start would build it first). */
  npmStart: LaunchFigures | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The pids of a session (a launch made with `detached` leads its own). */
function sessionPids(sid: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after "(command)": state ppid pgrp session …
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[3]) === sid) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function commandLine(pid: number): string {
  try {
    const line = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
    return line.replaceAll(ROOT + '/', '').slice(0, 100);
  } catch {
    return '?';
  }
}

/** The pid in the session listening on `port` (the host under npm start or tsx). */
function listenerPid(pids: number[], port: number): number | null {
  const hex = `:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  const inodes = new Set(
    readFileSync('/proc/net/tcp', 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.trim().split(/\s+/))
      .filter((f) => f[1]?.endsWith(hex) && f[3] === '0A')
      .map((f) => f[9]),
  );
  for (const pid of pids) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const link = /^socket:\[(\d+)\]$/.exec(readlinkSafe(`/proc/${pid}/fd/${fd}`));
        if (link && inodes.has(link[1])) return pid;
      }
    } catch {
      // gone or not ours to read
    }
  }
  return null;
}

function readlinkSafe(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return '';
  }
}

async function firstOk(port: number, child: ChildProcess, started: bigint): Promise<number> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode} before answering /healthz`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200) {
        return Number(process.hrtime.bigint() - started) / 1e6;
      }
    } catch {
      // not listening yet
    }
    await sleep(20);
  }
  throw new Error(`no 200 from /healthz within ${START_TIMEOUT_MS} ms`);
}

async function stop(child: ChildProcess): Promise<void> {
  const sid = child.pid!;
  process.kill(-sid, 'SIGTERM');
  for (let i = 0; i < 100 && sessionPids(sid).length > 0; i++) await sleep(100);
  if (sessionPids(sid).length > 0) process.kill(-sid, 'SIGKILL');
}

/** Starts `command` in its own session, waits for /healthz, idles, measures, stops it. */
async function launch(
  name: string,
  command: string,
  args: (port: number) => string[],
  env: NodeJS.ProcessEnv,
): Promise<LaunchFigures> {
  const port = await freePort();
  const started = process.hrtime.bigint();
  const child = spawn(command, args(port), { cwd: ROOT, env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  try {
    const coldStartMs = await firstOk(port, child, started);
    await sleep(IDLE_MS);
    const pids = sessionPids(child.pid!);
    const answering = listenerPid(pids, port) ?? child.pid!;
    return {
      name,
      coldStartMs,
      rssMb: rssKb(answering) / 1024,
      processes: pids.length,
      treeRssMb: pids.reduce((sum, pid) => sum + rssKb(pid), 0) / 1024,
      tree: pids.map(commandLine),
    };
  } catch (e) {
    throw new Error(`${name}: ${e instanceof Error ? e.message : String(e)}\n${stderr}`);
  } finally {
    await stop(child);
  }
}

export async function processFigures(): Promise<ProcessFigures> {
  if (!existsSync('/proc/self/status')) throw new Error('bench-process reads /proc: Linux only');
  await bundleHost();
  mkdirSync(dirname(BARE_FASTIFY), { recursive: true });
  writeFileSync(BARE_FASTIFY, BARE_SOURCE);
  const dirs: string[] = [];
  const dataDir = () => {
    dirs.push(mkdtempSync(join(tmpdir(), 'bench-process-')));
    return dirs[dirs.length - 1]!;
  };
  const hostArgs = (dir: string, port: number) => ['--port', String(port), '--data-dir', dir];
  /** `script` run the way npm start runs the host. */
  const node = (script: string, args: (port: number) => string[]) => (port: number) =>
    hostCommand(script, args(port)).args;
  const { command } = hostCommand(HOST_BUNDLE, []);
  try {
    const first = dataDir();
    const host = await launch(
      'host (npm start launcher)',
      command,
      node(HOST_BUNDLE, (p) => hostArgs(first, p)),
      hostEnv(),
    );
    const hostRestart = await launch(
      'host, restarted on its data',
      command,
      node(HOST_BUNDLE, (p) => hostArgs(first, p)),
      hostEnv(),
    );
    const bare = await launch(
      'bare Fastify (same launcher)',
      command,
      node(BARE_FASTIFY, (p) => [String(p)]),
      hostEnv(),
    );
    const tsxDir = dataDir();
    const tsxHost = await launch(
      'host under npx tsx (before)',
      'npx',
      (p) => ['tsx', 'server/cli.ts', ...hostArgs(tsxDir, p)],
      process.env,
    );
    const npmDir = dataDir();
    const npmStart = existsSync(join(ROOT, 'dist', 'h5', 'index.html'))
      ? await launch('npm start', 'npm', (p) => ['start', '--', ...hostArgs(npmDir, p)], process.env)
      : null;
    return { idleMs: IDLE_MS, host, hostRestart, bare, tsxHost, npmStart };
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

export function printProcess(f: ProcessFigures): void {
  console.log('\n## Process (进程): the host as npm start runs it vs a bare Fastify started the same way\n');
  console.log(
    `(each on a fresh temp data dir, started in its own session; memory is VmRSS after ${(f.idleMs / 1000).toFixed(0)} s idle; the first host start loads the demo, in a child process that exits: server/demo-process.ts)\n`,
  );
  console.log('| launch | cold start to /healthz 200, ms | host RSS MB | processes | all processes RSS MB |');
  console.log('|---|---:|---:|---:|---:|');
  for (const l of [f.host, f.hostRestart, f.bare, f.tsxHost, ...(f.npmStart ? [f.npmStart] : [])]) {
    console.log(
      `| ${l.name} | ${l.coldStartMs.toFixed(0)} | ${l.rssMb.toFixed(1)} | ${l.processes} | ${l.treeRssMb.toFixed(1)} |`,
    );
  }
  const ratio = (l: LaunchFigures) => (l.rssMb / f.bare.rssMb).toFixed(2);
  console.log(
    `\nhost ÷ bare Fastify, RSS: ${ratio(f.host)} on the first start, ${ratio(f.hostRestart)} on a restart (goal: at most 1.5); cold start: ${(f.host.coldStartMs / f.bare.coldStartMs).toFixed(1)} and ${(f.hostRestart.coldStartMs / f.bare.coldStartMs).toFixed(1)}.`,
  );
  if (f.npmStart) console.log(`\nnpm start leaves: ${f.npmStart.tree.join(' → ')}`);
  else console.log('\nnpm start not measured: no H5 build (dist/h5), which it would build first.');
}

runSectionIfMain(module, processFigures, printProcess);
