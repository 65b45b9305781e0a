/**
 * The check-in burst of `npm run bench`: N signed-up trainees scan the one code on the screen
 * within a few seconds, through the host over HTTP (CONCURRENCY requests in flight), then all
 * scan again. Reported from one run:
 *  - check-ins recorded (must be N, one per person: no duplicates, none lost), the session's
 *    checkedInCount (must be N), and what the second wave got (must all be 已签到);
 *  - throughput and p50/p99 latency of the burst and of the second wave;
 *  - the raw SQLite Store on its own in the same run: plain inserts of check-in documents, and a
 *    check-in's three writes (check-in, sign-up mark, counter), as baselines for the ratio.
 *
 * `npx tsx scripts/bench-checkin.ts` runs this part alone.
 */
import type { OutputOf } from '../core/contract';
import type { Store } from '../core/ports';
import { checkinId, signupId } from '../core/rules/training';
import type { CheckinDoc, SignupDoc, TrainingSessionDoc } from '../core/store/docs';
import { findAll } from '../cloudfunctions/_shared/paging';
import { runClientTallied, startBenchHost, timedRawInserts, withTempStore } from './bench-host';
import { pct, perSecond, printAgainst, timed, type Figure, runSectionIfMain } from './bench-timing';
import { DEFAULT_TRAINING_QUESTIONNAIRE_ID } from '../core/rules/survey';

const STATION = 'st-haidian-zgc';
const MINUTE = 60_000;

export interface CheckinFigures {
  n: number;
  concurrency: number;
  /** Check-in documents of the session after the burst. */
  recorded: number;
  /** Distinct people among them. */
  people: number;
  checkedInCount: number;
  /** Answers of the burst: checked in now / already / refused (by error code). */
  burst: { fresh: number; already: number; refused: Record<string, number> };
  /** Answers of the second wave (everyone scans again): must all be already. */
  again: { fresh: number; already: number; refused: Record<string, number> };
  burstFigure: Figure;
  againFigure: Figure;
  /** GET /healthz at the same concurrency: the p99 floor the burst is held to (within 2×). */
  healthzFigure: Figure;
  burstWallSeconds: number;
  /** The host's CPU time per request (ms): the burst, the second wave, /healthz. */
  cpuPerRequestMs: { burst: number; again: number; healthz: number };
  /** Check-in documents inserted straight into SQLite, one autocommit statement each: the raw rate. */
  rawInsert: Figure;
  /** The same inserts through the Store (a lone caller waits for each group commit). */
  storeInsert: Figure;
  rawWrites: Figure;
}

function sessionDoc(now: number, capacity: number): TrainingSessionDoc {
  return {
    _id: 'bench-session',
    stationId: STATION,
    stationName: '基准站点',
    title: '基准培训：现场签到',
    description: '基准测试',
    lecturer: '基准讲师',
    startAt: now + 10 * MINUTE,
    endAt: now + 130 * MINUTE,
    venue: '报告厅',
    capacity,
    signupDeadline: now,
    allowWalkIns: false,
    audience: 'open',
    questionnaireId: DEFAULT_TRAINING_QUESTIONNAIRE_ID,
    status: 'published',
    confirmedCount: 0,
    waitlistCount: 0,
    checkedInCount: 0,
    walkInCount: 0,
    signupSeq: 0,
    createdBy: 'bench',
    createdAt: now,
    updatedAt: now,
  };
}

function signupDoc(session: TrainingSessionDoc, userId: string, i: number, now: number): SignupDoc {
  return {
    _id: signupId(session._id, userId),
    sessionId: session._id,
    stationId: session.stationId,
    userId,
    name: `学员${i}`,
    companyName: '基准企业',
    title: '工程师',
    mobile: `139${String(i).padStart(8, '0')}`,
    status: 'confirmed',
    source: 'self',
    seq: i + 1,
    createdAt: now,
  };
}

function checkinDoc(session: TrainingSessionDoc, userId: string, i: number, now: number): CheckinDoc {
  return {
    _id: checkinId(session._id, userId),
    sessionId: session._id,
    stationId: session.stationId,
    userId,
    signupId: signupId(session._id, userId),
    name: `学员${i}`,
    companyName: '基准企业',
    at: now,
    late: false,
    walkIn: false,
    by: 'scan',
    byUserId: userId,
  };
}

async function seedSignups(store: Store, session: TrainingSessionDoc, userIds: string[], now: number) {
  await store.insert('trainings', { ...session, confirmedCount: userIds.length, signupSeq: userIds.length });
  for (const [i, userId] of userIds.entries()) await store.insert('signups', signupDoc(session, userId, i, now));
}

/**
 * Baselines on a fresh store: check-in documents inserted straight into SQLite (the raw rate the
 * burst is held to), the same inserts through the Store, and a check-in's three writes through it.
 */
function rawFigures(n: number): Promise<Pick<CheckinFigures, 'rawInsert' | 'storeInsert' | 'rawWrites'>> {
  return withTempStore(async (store) => {
    const now = Date.now();
    const plain = { ...sessionDoc(now, n), _id: 'raw-plain' };
    const rawInsert = await timedRawInserts(
      store,
      'insert a check-in document (SQLite, autocommit)',
      'checkins',
      n,
      (i) => checkinDoc(plain, `raw-${i}`, i, now),
    );
    const viaStore = { ...sessionDoc(now, n), _id: 'store-plain' };
    const storeInsert = await timed('insert a check-in document through the Store, one caller', n, 1, (i) =>
      store.insert('checkins', checkinDoc(viaStore, `store-${i}`, i, now)),
    );
    const session = { ...sessionDoc(now, n), _id: 'raw-tx' };
    const users = Array.from({ length: n }, (_, i) => `tx-${i}`);
    await seedSignups(store, session, users, now);
    // What the check-in function writes per signed-up person (cloudfunctions/checkin/check-ins.ts).
    const rawWrites = await timed(
      'check-in writes through the Store (check-in + sign-up + counter)',
      n,
      1,
      async (i) => {
        await store.insert('checkins', checkinDoc(session, users[i]!, i, now));
        await store.update(
          'signups',
          { _id: signupId(session._id, users[i]!) },
          { set: { checkedInAt: now, late: false } },
        );
        await store.update('trainings', { _id: session._id }, { inc: { checkedInCount: 1 } });
      },
    );
    return { rawInsert, storeInsert, rawWrites };
  });
}

type Tally = CheckinFigures['burst'];

export async function checkinFigures(n: number, concurrency: number): Promise<CheckinFigures> {
  const { rawInsert, storeInsert, rawWrites } = await rawFigures(n);

  const bench = await startBenchHost(false);
  const { post } = bench;
  const store = bench.host.store;
  const now = Date.now();

  // The chief: a registered account granted the station, acting for it.
  const chief = await bench.register('benchchief', '基准站长');
  await bench.grant(chief.userId, 'chief', { stationId: STATION });

  // N trainees with accounts, each signed up (confirmed).
  const tokens: string[] = [];
  const userIds: string[] = [];
  await timed('register', n, 8, async (i) => {
    const trainee = await bench.register(`benchtrainee${i}`, `学员${i}`);
    tokens[i] = trainee.token;
    userIds[i] = trainee.userId;
  });
  const session = sessionDoc(now, n);
  await seedSignups(store, session, userIds, now);

  // The code on the screen, as the chief's screen gets it.
  const code = await post<OutputOf<'checkin', 'getCode'>>(
    '/api/fn/checkin',
    { action: 'getCode', sessionId: session._id },
    chief.token,
  );
  if (!code.ok) throw new Error(`getCode failed: ${code.error.message}`);
  const token = code.data.token;

  // The load generator in its own process: the burst, /healthz at the same concurrency (the
  // host's floor: HTTP and the event loop, nothing else), then everyone scans again.
  const checkIn = { path: '/api/fn/checkin', body: { action: 'checkIn', token }, tokens, n, concurrency };
  const run = await runClientTallied({
    base: bench.base,
    calls: [
      { name: 'burst', ...checkIn, tally: true, countTrue: 'already' },
      { name: 'healthz', path: '/healthz', method: 'GET', n, concurrency },
      { name: 'again', ...checkIn, tally: true, countTrue: 'already' },
    ],
  });
  const figure = (name: string, label: string): Figure => {
    const latenciesMs = run.latencies[name] ?? [];
    return { name: label, ops: latenciesMs.length, seconds: (run.tallies[name]?.wallMs ?? 0) / 1000, latenciesMs };
  };
  const tallyOf = (name: string): Tally => {
    const t = run.tallies[name];
    return { fresh: (t?.ok ?? 0) - (t?.flagged ?? 0), already: t?.flagged ?? 0, refused: t?.refused ?? {} };
  };
  const burst = tallyOf('burst');
  const again = tallyOf('again');
  const burstFigure = figure('burst', 'check in (burst)');
  const againFigure = figure('again', 'scan again (已签到)');
  const healthzFigure = figure('healthz', `GET /healthz, ${concurrency} in flight`);
  const burstWallSeconds = burstFigure.seconds;
  const cpuPer = (name: string, count: number) => (run.hostCpuMs[name] ?? Number.NaN) / count;
  const cpuPerRequestMs = { burst: cpuPer('burst', n), again: cpuPer('again', n), healthz: cpuPer('healthz', n) };

  const docs = await findAll<CheckinDoc>(store, 'checkins', { sessionId: session._id });
  const after = await store.get<TrainingSessionDoc>('trainings', session._id);
  await bench.close();
  return {
    n,
    concurrency,
    recorded: docs.length,
    people: new Set(docs.map((d) => d.userId)).size,
    checkedInCount: after?.checkedInCount ?? -1,
    burst,
    again,
    burstFigure,
    againFigure,
    healthzFigure,
    burstWallSeconds,
    cpuPerRequestMs,
    rawInsert,
    storeInsert,
    rawWrites,
  };
}

const refusedText = (t: Tally) =>
  Object.entries(t.refused)
    .map(([code, count]) => `${code} ${count}`)
    .join(', ') || '0';

export function printCheckin(c: CheckinFigures): void {
  console.log('\n## Check-in burst: every trainee scans the screen’s code, through the host HTTP API\n');
  console.log(
    `(${c.n} signed-up trainees, ${c.concurrency} requests in flight from the load generator in its own process; then everyone scans again; raw: one caller in process)\n`,
  );
  console.log('| trainees | recorded | distinct people | checkedInCount | checked in | 已签到 | refused | wall s |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
  console.log(
    `| ${c.n} | ${c.recorded} | ${c.people} | ${c.checkedInCount} | ${c.burst.fresh} | ${c.burst.already} | ${refusedText(
      c.burst,
    )} | ${c.burstWallSeconds.toFixed(2)} |`,
  );
  const right =
    c.recorded === c.n &&
    c.people === c.n &&
    c.checkedInCount === c.n &&
    c.burst.fresh === c.n &&
    c.again.already === c.n;
  console.log(
    right
      ? `\nAll ${c.n} checked in exactly once; the second wave was answered 已签到 ${c.again.already} times, nothing added.`
      : `\nWRONG: recorded ${c.recorded}, people ${c.people}, counter ${c.checkedInCount}, second wave: ${c.again.already} already, ${c.again.fresh} new, refused ${refusedText(c.again)} (all must be ${c.n}).`,
  );
  console.log('');
  printAgainst(c.rawInsert, [c.rawInsert, c.storeInsert, c.rawWrites, c.burstFigure, c.againFigure, c.healthzFigure]);
  const p99 = (f: Figure) => pct(f.latenciesMs, 99);
  const ratio = (a: number, b: number) => (a / b).toFixed(3);
  console.log(
    `\nBurst p99 ${p99(c.burstFigure).toFixed(1)} ms against /healthz p99 ${p99(c.healthzFigure).toFixed(1)} ms at ${c.concurrency} in flight: ${(p99(c.burstFigure) / p99(c.healthzFigure)).toFixed(2)}× (goal ≤ 2×).`,
  );
  console.log(
    `Burst rate ${ratio(perSecond(c.burstFigure), perSecond(c.rawInsert))}× the raw insert rate (goal ≥ 0.30×); /healthz itself, a request that does nothing, runs at ${ratio(perSecond(c.healthzFigure), perSecond(c.rawInsert))}× it, so the burst runs at ${ratio(perSecond(c.burstFigure), perSecond(c.healthzFigure))}× the host's HTTP floor.`,
  );
  const cpu = c.cpuPerRequestMs;
  console.log(
    `Host CPU per request (user + system, all threads, between the load generator's marks): check-in ${cpu.burst.toFixed(3)} ms, scan again ${cpu.again.toFixed(3)} ms, /healthz ${cpu.healthz.toFixed(3)} ms; a raw insert takes ${(1000 / perSecond(c.rawInsert)).toFixed(3)} ms, so 0.30× its rate on one core leaves ${(1000 / perSecond(c.rawInsert) / 0.3).toFixed(3)} ms per check-in.`,
  );
  console.log(
    '\nA host check-in is a whole action: session lookup, validation, policy, the token (code lookup, HMAC, window), the sign-up, then the three writes (check-in insert, sign-up mark, counter). Latency under a burst is mostly queueing: one Node process, one SQLite connection.',
  );
}

runSectionIfMain(
  module,
  () =>
    checkinFigures(Number(process.env.BENCH_CHECKIN_N ?? 500), Number(process.env.BENCH_CHECKIN_CONCURRENCY ?? 200)),
  printCheckin,
);
