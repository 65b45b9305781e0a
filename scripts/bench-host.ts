/** A host on a temp data dir listening on loopback, and a JSON POST to it: what every bench drives. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Envelope } from '../core/errors';
import { createHost, type Host } from '../server/host';

export interface BenchHost {
  host: Host;
  /** POSTs `body` as JSON (with the bearer token when given) and returns the envelope. */
  post<T = { token?: string; user?: { id: string } }>(
    path: string,
    body: unknown,
    token?: string,
  ): Promise<Envelope<T>>;
  close(): Promise<void>;
}

export async function startBenchHost(demo: boolean): Promise<BenchHost> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-host-'));
  const host = await createHost({ dataDir: dir, demo, staticDir: null, log: { info() {}, error() {} } });
  const base = await host.app.listen({ port: 0, host: '127.0.0.1' });
  return {
    host,
    async post<T>(path: string, body: unknown, token?: string) {
      const res = await fetch(base + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
      return (await res.json()) as Envelope<T>;
    },
    async close() {
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
