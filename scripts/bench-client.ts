/**
 * The load generator of the benches, in a process of its own (so the host's event loop never
 * shares a thread with the client that times it). Reads a JSON job on stdin — a base URL and
 * calls — and runs each call `n` times, `concurrency` at once (default one after another), the
 * i-th request with `tokens[i]` when a token list is given. Prints JSON on stdout: each call's
 * latencies (ms), and its tally (answers ok, ok with `data[countTrue]` set, refusals by error
 * code, wall time). Without `tally`, a refused call stops the run (a bench must not time errors).
 */
// Types only: erased at run time, so this process loads nothing of the host.
import type { ClientCall, ClientTally } from './bench-host';

interface Job {
  base: string;
  calls: ClientCall[];
}

async function runCall(base: string, call: ClientCall): Promise<{ latencies: number[]; tally: ClientTally }> {
  const latencies: number[] = new Array(call.n);
  const tally: ClientTally = { ok: 0, flagged: 0, refused: {}, wallMs: 0 };
  const get = call.method === 'GET';
  let next = 0;
  const one = async (i: number) => {
    const token = call.tokens ? call.tokens[i % call.tokens.length] : call.token;
    const t0 = process.hrtime.bigint();
    const res = await fetch(base + call.path, {
      method: get ? 'GET' : 'POST',
      headers: {
        ...(get ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(get ? {} : { body: JSON.stringify(call.body) }),
    });
    const body = (await res.json()) as { ok: boolean; data?: Record<string, unknown>; error?: { code: string } };
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
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: Math.max(1, call.concurrency ?? 1) }, worker));
  tally.wallMs = Number(process.hrtime.bigint() - started) / 1e6;
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
  process.stdout.write(JSON.stringify({ latencies, tallies }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
