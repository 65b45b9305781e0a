/**
 * The load generator of the benches, in a process of its own (so the host's event loop never
 * shares a thread with the client that times it). Reads a JSON job on stdin — a base URL and
 * calls, each a path, a body, a token and how many times — runs each call that many times one
 * after another, and prints each call's latencies (ms) as JSON on stdout.
 */
interface Job {
  base: string;
  calls: Array<{ name: string; path: string; body: unknown; token?: string; n: number }>;
}

async function main() {
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const job = JSON.parse(input) as Job;
  const out: Record<string, number[]> = {};
  for (const call of job.calls) {
    const latencies: number[] = [];
    for (let i = 0; i < call.n; i++) {
      const t0 = process.hrtime.bigint();
      const res = await fetch(job.base + call.path, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(call.token ? { authorization: `Bearer ${call.token}` } : {}),
        },
        body: JSON.stringify(call.body),
      });
      const body = (await res.json()) as { ok: boolean; error?: unknown };
      if (!body.ok) throw new Error(`${call.name}: ${JSON.stringify(body.error)}`);
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    out[call.name] = latencies;
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
