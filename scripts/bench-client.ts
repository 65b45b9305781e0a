/**
 * The load generator of the benches, in a process of its own (so the host's event loop never
 * shares a thread with the client that times it). Reads a JSON job on stdin — a base URL and
 * calls — and runs each call `n` times, `concurrency` at once (default one after another), the
 * i-th request with `tokens[i]` when a token list is given. Prints JSON on stdout: each call's
 * latencies (ms), and its tally (answers ok, ok with `data[countTrue]` set, refusals by error
 * code, wall time). Without `tally`, a refused call stops the run (a bench must not time errors).
 */
// Types only from bench-host: erased at run time, so this process loads nothing of the host.
import type { ClientCall, ClientTally } from './bench-host';
import { MARK, RESULT } from './bench-client-protocol';
import { Agent, request, type OutgoingHttpHeaders } from 'node:http';

interface Job {
  base: string;
  calls: ClientCall[];
}

/**
 * One request over a kept-alive socket of `agent`; resolves with the parsed JSON answer. Plain
 * `node:http`, not `fetch`: fetch's streams cost the client ~1 ms of CPU a request, so at 200 in
 * flight the load generator, not the host, set the pace (measured: the client 97–100% busy
 * through a check-in burst while the host was idle for half of it).
 */
function send(
  agent: Agent,
  url: URL,
  method: 'GET' | 'POST',
  token: string | undefined,
  payload: string | undefined,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const headers: OutgoingHttpHeaders = {};
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(payload);
    }
    if (token) headers.authorization = `Bearer ${token}`;
    const req = request(
      { agent, host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch (e) {
            reject(e);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * Opens the call's `concurrency` kept-alive sockets before the clock starts (one untimed GET
 * /healthz on each), as a room of phones that have the page open already holds its connections.
 * Without it the first wave's latency was mostly 200 TCP handshakes in one millisecond: the last
 * of them waited longest on every call, /healthz included (its slowest were always requests
 * 185–199 of the first wave).
 */
async function openSockets(agent: Agent, healthz: URL, concurrency: number): Promise<void> {
  await Promise.all(Array.from({ length: concurrency }, () => send(agent, healthz, 'GET', undefined, undefined)));
}

async function runCall(base: string, call: ClientCall): Promise<{ latencies: number[]; tally: ClientTally }> {
  const latencies: number[] = new Array(call.n);
  const tally: ClientTally = { ok: 0, flagged: 0, refused: {}, wallMs: 0 };
  const method = call.method ?? 'POST';
  const url = new URL(base + call.path);
  // The body is the same for every request of a call: serialised once.
  const payload = method === 'GET' ? undefined : JSON.stringify(call.body);
  const concurrency = Math.max(1, call.concurrency ?? 1);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  await openSockets(agent, new URL(base + '/healthz'), concurrency);
  let next = 0;
  const one = async (i: number) => {
    const token = call.tokens ? call.tokens[i % call.tokens.length] : call.token;
    const t0 = process.hrtime.bigint();
    const body = (await send(agent, url, method, token, payload)) as {
      ok: boolean;
      data?: Record<string, unknown>;
      error?: { code: string };
    };
    latencies[i] = Number(process.hrtime.bigint() - t0) / 1e6;
    if (body.ok) {
      tally.ok++;
      if (call.countTrue && body.data?.[call.countTrue]) tally.flagged++;
    } else if (call.tally) {
      const code = body.error?.code ?? 'UNKNOWN';
      tally.refused[code] = (tally.refused[code] ?? 0) + 1;
    } else {
      throw new Error(`${call.name}: ${JSON.stringify(body.error)}`);
    }
  };
  const worker = async () => {
    while (next < call.n) await one(next++);
  };
  // The host reads these marks to measure its own CPU time across the call (runClientTallied).
  process.stdout.write(`${MARK} start ${call.name}\n`);
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, worker));
  tally.wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(`${MARK} end ${call.name}\n`);
  agent.destroy();
  return { latencies, tally };
}

async function main() {
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const job = JSON.parse(input) as Job;
  const latencies: Record<string, number[]> = {};
  const tallies: Record<string, ClientTally> = {};
  for (const call of job.calls) {
    const r = await runCall(job.base, call);
    latencies[call.name] = r.latencies;
    tallies[call.name] = r.tally;
  }
  process.stdout.write(`${RESULT} ${JSON.stringify({ latencies, tallies })}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
