/**
 * What every bench drives: a host on a temp data dir listening on loopback, a JSON POST to it,
 * accounts registered through it; and a bare SQLite Store on a temp file for the baselines.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import type { Role } from '../core/enums';
import type { Envelope } from '../core/errors';
import { grantAndAct, newMembership } from '../cloudfunctions/_shared/memberships';
import { createHost, type Host } from '../server/host';
import { openSqliteStore, type SqliteStore } from '../server/store/sqlite-store';
import type { Doc } from '../core/ports';
import type { CollectionName } from '../core/store/schema';
import { timed, type Figure } from './bench-timing';
import { MARK, RESULT } from './bench-client-protocol';
import { rawInserter } from './bench-raw-insert';

export interface BenchHost {
  host: Host;
  /** http://127.0.0.1:<port> (for a load generator in another process). */
  base: string;
  /** POSTs `body` as JSON (with the bearer token when given) and returns the envelope. */
  post<T = { token?: string; user?: { id: string } }>(
    path: string,
    body: unknown,
    token?: string,
  ): Promise<Envelope<T>>;
  /** Registers an account over HTTP (password `bench-pass-1`); throws when refused. */
  register(username: string, displayName: string): Promise<{ token: string; userId: string }>;
  /** Grants the user a role (written to the store) and makes it the one they act for. */
  grant(userId: string, role: Role, scope: { stationId?: string; companyId?: string }): Promise<void>;
  close(): Promise<void>;
}

export async function startBenchHost(demo: boolean): Promise<BenchHost> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-host-'));
  const host = await createHost({
    dataDir: dir,
    demo,
    staticDir: null,
    log: {
      info() {},
      error: (msg: string, f?: unknown) => (process.env.BENCH_DEBUG ? console.error(msg, f) : undefined),
    },
    // No timer jobs: a bench seeds a backlog no running host would have (100k records at once),
    // and the minute's rollup pass catching up on it beside the measured views timed the job,
    // not the views (a station's month view at 821 ms in one full run, 8.8 ms without it).
    jobsIntervalMs: 0,
    // The bench registers hundreds of accounts from one address: no per-address throttle.
    authLimits: { loginFailuresPerIp: Number.MAX_SAFE_INTEGER, registrationsPerIp: Number.MAX_SAFE_INTEGER },
  });
  const base = await host.app.listen({ port: 0, host: '127.0.0.1' });
  const post = async <T>(path: string, body: unknown, token?: string) => {
    const res = await fetch(base + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return (await res.json()) as Envelope<T>;
  };
  return {
    host,
    base,
    post,
    async register(username, displayName) {
      const session = await post<{ token: string; user: { id: string } }>('/api/auth/register', {
        username,
        password: 'bench-pass-1',
        displayName,
      });
      if (!session.ok) throw new Error(`bench register failed: ${session.error.code}`);
      return { token: session.data.token, userId: session.data.user.id };
    },
    async grant(userId, role, scope) {
      const doc = newMembership(userId, role, scope, 'seed', Date.now());
      await host.store.transaction((tx) => grantAndAct(tx, doc));
    },
    async close() {
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A call of the load generator (scripts/bench-client.ts). */
export interface ClientCall {
  name: string;
  path: string;
  body?: unknown;
  token?: string;
  /** The i-th request's bearer token (instead of `token`). */
  tokens?: string[];
  n: number;
  method?: 'GET' | 'POST';
  /** Requests in flight at once (default 1). */
  concurrency?: number;
  tally?: boolean;
  countTrue?: string;
}

/** What the load generator counted of one call's answers. */
export interface ClientTally {
  ok: number;
  flagged: number;
  refused: Record<string, number>;
  wallMs: number;
}

/** The latencies (ms) of each call, run by the load generator in its own process (runClientTallied). */
export async function runClient(job: { base: string; calls: ClientCall[] }): Promise<Record<string, number[]>> {
  return (await runClientTallied(job)).latencies;
}

export interface ClientRun {
  latencies: Record<string, number[]>;
  tallies: Record<string, ClientTally>;
  /**
   * This process's CPU time (ms, user + system, every thread) from a call's start mark to its end
   * mark, as this process read them: the host's own cost of the call when the host runs here.
   * Approximate at the edges: a mark is read when the busy loop gets to it.
   */
  hostCpuMs: Record<string, number>;
}

/**
 * Runs the load generator in its own process (so the host's event loop never shares a thread with
 * the client that times it): each call `n` times, `concurrency` at once; latencies and tallies.
 */
export function runClientTallied(job: { base: string; calls: ClientCall[] }): Promise<ClientRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'bench-client.ts')], {
      cwd: join(__dirname, '..'),
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const cpuMs = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const startedAt = new Map<string, number>();
    const hostCpuMs: Record<string, number> = {};
    let result: Omit<ClientRun, 'hostCpuMs'> | null = null;
    createInterface({ input: child.stdout }).on('line', (line) => {
      const [kind, what, ...name] = line.split(' ');
      if (kind === MARK && what === 'start') startedAt.set(name.join(' '), cpuMs());
      else if (kind === MARK && what === 'end') {
        const key = name.join(' ');
        hostCpuMs[key] = cpuMs() - (startedAt.get(key) ?? Number.NaN);
      } else if (kind === RESULT) result = JSON.parse(line.slice(RESULT.length + 1)) as Omit<ClientRun, 'hostCpuMs'>;
    });
    child.on('error', reject);
    // 'close', not 'exit': stdout may still hold the result when the process has exited.
    child.on('close', (code) =>
      code === 0 && result ? resolve({ ...result, hostCpuMs }) : reject(new Error(`bench client exited ${code}`)),
    );
    child.stdin.end(JSON.stringify(job));
  });
}

/**
 * The raw baseline: `n` documents inserted straight into SQLite on the store's own connection
 * (its schema and indexes), one autocommit statement each, one caller. Not through
 * `store.insert`: since the Store commits in groups, a lone caller's insert waits an event-loop
 * turn for its commit, which halves its rate (13–14k/s direct against 4–6k/s through the Store
 * for 500 check-ins), and a baseline slowed by the design under test flatters every ratio to it.
 */
export function timedRawInserts(
  store: SqliteStore,
  name: string,
  collection: CollectionName,
  n: number,
  docOf: (i: number) => Doc,
): Promise<Figure> {
  const insert = rawInserter(store, collection);
  return timed(name, n, 1, async (i) => insert(docOf(i)));
}

/** A bare SQLite Store on a temp file for `work`, removed afterwards: the baselines' database. */
export async function withTempStore<T>(work: (store: SqliteStore) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-store-'));
  const store = openSqliteStore(join(dir, 'bench.db'));
  try {
    return await work(store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
