/** Timing helpers of `npm run bench`: run an operation n times with some concurrency, keep each latency. */
export interface Figure {
  name: string;
  ops: number;
  seconds: number;
  latenciesMs: number[];
}

export const perSecond = (f: Figure) => f.ops / f.seconds;

export const pct = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

export async function timed(
  name: string,
  n: number,
  concurrency: number,
  op: (i: number) => Promise<unknown>,
): Promise<Figure> {
  const latenciesMs: number[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++;
        const t0 = process.hrtime.bigint();
        await op(i);
        latenciesMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  return { name, ops: n, seconds: Number(process.hrtime.bigint() - started) / 1e9, latenciesMs };
}

/** A Markdown table of each figure's rate and latency, against `baseline`'s rate (a raw SQLite insert). */
export function printAgainst(baseline: Figure, figures: Figure[]): void {
  console.log('| operation | ops/s | p50 ms | p99 ms | ops/s ÷ raw insert |');
  console.log('|---|---:|---:|---:|---:|');
  for (const f of figures) {
    console.log(
      `| ${f.name} | ${perSecond(f).toFixed(0)} | ${pct(f.latenciesMs, 50).toFixed(2)} | ${pct(
        f.latenciesMs,
        99,
      ).toFixed(2)} | ${(perSecond(f) / perSecond(baseline)).toFixed(3)} |`,
    );
  }
}

/** A small deterministic generator, so every run seeds the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs one bench section by itself when its file is the entry point (`tsx scripts/bench-ledger.ts`). */
export function runSectionIfMain<F>(mod: NodeModule, figures: () => Promise<F>, print: (f: F) => void): void {
  if (require.main !== mod) return;
  figures()
    .then(print)
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
