/**
 * Round trips on CloudBase (issue 17): how many requests each of the most used actions sends to
 * the CloudBase database per call. In production every Store call is a network round trip from
 * the function's instance to the database, so this count — not the host's timings — is what a
 * user waits for on WeChat.
 *
 * Counted at the wire: the real entry (`cloudfunctions/<fn>/index.ts` main, createCloudMain),
 * the real CloudbaseStore and the real wx-server-sdk run unchanged; only the SDK's network is
 * replaced by a database that answers every request from documents it keeps
 * (tests/support/cloudbase-wire-db.ts, on a SQLite store seeded like the function tests' world).
 * Each action runs twice as the same user: cold (the first call on a new instance) and warm (the
 * next call on the same instance). Every request is put in one kind: caller resolution (the
 * requests before the action starts, on users / memberships), the idempotency record
 * (requests_log), transaction begin/commit, audit, inbox notices, and the action's own reads and
 * writes. "warm, caller not cached" adds the caller resolution a cold call makes to the warm
 * count: a warm call past the per-instance caller cache's few seconds
 * (cloudfunctions/_shared/cloudbase/main.ts).
 *
 * Standalone: `npx tsx scripts/bench-roundtrips.ts`. Not a test; tests/store/cloudbase-roundtrips.test.ts
 * asserts the same counts stay at or under the budget.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Envelope } from '../core/errors';
import type { Store } from '../core/ports';
import type { Role } from '../core/enums';
import type { UserDoc } from '../core/store/docs';
import { wechatUserId } from '../cloudfunctions/_shared/caller';
import { grantAndAct, newMembership } from '../cloudfunctions/_shared/memberships';
import { systemClock } from '../cloudfunctions/_shared/node-ports';
import { loadReferenceData } from '../cloudfunctions/_shared/reference-data';
import { openSqliteStore } from '../server/store/sqlite-store';
import { WireDatabase, type WireRequest } from '../tests/support/cloudbase-wire-db';
import { bookingInput } from '../tests/support/consult-seed';
import { seedRecord } from '../tests/support/archive-seed';
import { seedCheckinSession, seedCheckinSignup, tokenAt } from '../tests/support/checkin-seed';
import { newRequestId, OWN_STATION } from '../tests/support/fixtures';
import { seedRequest } from '../tests/support/request-seed';
import { newMobile, seedSession } from '../tests/support/training-seed';
import { visitInput } from '../tests/support/visit-seed';
import { seedCompany } from '../tests/support/world';
import { runSectionIfMain } from './bench-timing';

/** The most a call of each measured action may send (what the round-trip test holds them to). */
export const ROUND_TRIP_BUDGET = 6;

export const KINDS = ['caller', 'idempotency', 'reads', 'writes', 'audit', 'notify', 'transaction'] as const;
export type Kind = (typeof KINDS)[number];
export type Breakdown = Record<Kind, number> & {
  total: number;
  /** Round trips the user waits through one after another: requests sent together count once. */
  waits: number;
  /** Of those, the caller resolution's. */
  callerWaits: number;
  requests: string[];
};

export interface RoundTripRow {
  name: string;
  fn: string;
  action: string;
  cold: Breakdown;
  warm: Breakdown;
}

export interface RoundTripFigures {
  rows: RoundTripRow[];
}

type Main = (event: unknown, context?: unknown) => Promise<Envelope<unknown>>;
/**
 * Loads a function's entry. `fresh`: a new instance (nothing kept from earlier calls), whose
 * SDK must reach `wire`; otherwise the instance the last fresh load made.
 */
export type EntryLoader = (fn: string, fresh: boolean, wire: WireDatabase) => Main;

/** In Node: a fresh instance re-evaluates the functions' modules (the SDK, and the wire, stay). */
const nodeLoader: EntryLoader = (fn, fresh) => {
  if (fresh) {
    const functions = join(__dirname, '..', 'cloudfunctions');
    for (const key of Object.keys(require.cache)) if (key.startsWith(functions)) delete require.cache[key];
  }
  return (require(`../cloudfunctions/${fn}/index`) as { main: Main }).main;
};

/**
 * A request of the caller's resolution: its user and memberships, a district admin's stations (a
 * query, where an action reads a station by id), or a first call's user insert.
 */
function isCallerRead(r: WireRequest): boolean {
  if (r.params.transactionId) return false;
  const coll = String(r.params.collectionName);
  return coll === 'users' || coll === 'memberships' || (coll === 'stations' && r.params.queryType !== 'DOC');
}

function kindOf(r: WireRequest): Exclude<Kind, 'caller'> {
  const coll = r.params.collectionName;
  if (/Transaction$/.test(r.action)) return 'transaction';
  if (coll === 'requests_log') return 'idempotency';
  if (coll === 'audit_log') return 'audit';
  if (coll === 'notifications') return 'notify';
  return r.action === 'database.getDocument' || r.action === 'database.calculateDocument' ? 'reads' : 'writes';
}

/**
 * The requests of one call by kind. Caller resolution is the leading run of reads of users and
 * memberships (and a district admin's stations), plus a first call's user insert: nothing of the
 * action runs before the caller is known.
 */
export function breakdown(requests: WireRequest[]): Breakdown {
  const out = { caller: 0, idempotency: 0, reads: 0, writes: 0, audit: 0, notify: 0, transaction: 0 } as Breakdown;
  const callerWaves = new Set<number>();
  let leading = true;
  for (const r of requests) {
    if (leading && isCallerRead(r)) {
      out.caller++;
      callerWaves.add(r.wave);
      continue;
    }
    leading = false;
    out[kindOf(r)]++;
  }
  out.total = requests.length;
  out.waits = new Set(requests.map((r) => r.wave)).size;
  out.callerWaits = callerWaves.size;
  // Requests sent together are joined with "+", waits one after another with "→".
  const steps: string[][] = [];
  for (const [i, r] of requests.entries()) {
    const name = `${r.action.replace('database.', '')} ${String(r.params.collectionName ?? '')}`.trim();
    if (i > 0 && requests[i - 1]!.wave === r.wave) steps[steps.length - 1]!.push(name);
    else steps.push([name]);
  }
  out.requests = steps.map((step) => step.join(' + '));
  return out;
}

/** One measured action: who calls, and a fresh valid input for each call. */
interface Case {
  name: string;
  fn: string;
  action: string;
  user: string;
  input: () => Promise<Record<string, unknown>>;
}

interface Scene {
  store: Store;
  now: number;
  company: string;
  users: Record<'company' | 'liaison', string>;
}

async function member(store: Store, now: number, openid: string, role: Role, scope: Record<string, string>) {
  const userId = wechatUserId(openid);
  await store.insert<UserDoc>('users', { _id: userId, openid, displayName: `${role} 基准`, createdAt: now });
  await store.transaction((tx) => grantAndAct(tx, newMembership(userId, role, scope, 'seed', now)));
  return openid;
}

/** The actions measured, each with what its inputs need seeded straight into the store. */
function cases({ store, now, company, users }: Scene): Case[] {
  const companyUser = wechatUserId(users.company);
  return [
    {
      name: 'booking (预约咨询)',
      fn: 'consult',
      action: 'book',
      user: users.company,
      input: () => bookingInput(store, now, OWN_STATION),
    },
    {
      name: 'check-in (扫码签到)',
      fn: 'checkin',
      action: 'checkIn',
      user: users.company,
      input: async () => {
        const session = await seedCheckinSession(store, now, OWN_STATION);
        await seedCheckinSignup(store, session, now, { userId: companyUser });
        return { token: await tokenAt(store, session, now) };
      },
    },
    {
      name: 'training sign-up (培训报名)',
      fn: 'training',
      action: 'signUp',
      user: users.company,
      input: async () => ({
        clientRequestId: newRequestId('signup'),
        sessionId: await seedSession(store, now, OWN_STATION),
        name: '张三',
        title: '工程师',
        mobile: newMobile(),
      }),
    },
    {
      name: 'visit log (走访记录)',
      fn: 'visit',
      action: 'logVisit',
      user: users.liaison,
      input: async () => visitInput(company, now),
    },
    {
      name: 'service request (提交需求)',
      fn: 'request',
      action: 'createRequest',
      user: users.company,
      input: async () => ({
        clientRequestId: newRequestId('request'),
        stationId: OWN_STATION,
        category: 'application',
        description: '新产品需要申请发明专利，请安排专业人员指导',
        urgency: 'urgent',
      }),
    },
    {
      name: 'my bookings (预约列表)',
      fn: 'consult',
      action: 'listBookings',
      user: users.company,
      input: async () => ({}),
    },
    { name: 'records (咨询档案)', fn: 'archive', action: 'listRecords', user: users.company, input: async () => ({}) },
    {
      name: 'ledger (企业台账)',
      fn: 'enterprise',
      action: 'listLedger',
      user: users.liaison,
      input: async () => ({ stationId: OWN_STATION }),
    },
    {
      name: 'trainings (培训列表)',
      fn: 'training',
      action: 'listSessions',
      user: users.company,
      input: async () => ({ stationId: OWN_STATION }),
    },
    {
      name: 'requests (需求列表)',
      fn: 'request',
      action: 'listRequests',
      user: users.company,
      input: async () => ({}),
    },
  ];
}

/** Calls `main` as the WeChat user `openid`, the way CloudBase sets who calls (per invocation). */
async function callAs(main: Main, openid: string, event: Record<string, unknown>): Promise<Envelope<unknown>> {
  process.env.WX_CONTEXT_KEYS = 'WX_OPENID,WX_APPID';
  process.env.WX_OPENID = openid;
  process.env.WX_APPID = 'wx-bench-roundtrips';
  return main(event, { function_name: 'bench', request_id: 'bench-roundtrips' });
}

/**
 * Runs every case cold then warm and returns the counts. `load` gives the entries (jest passes
 * one that makes a fresh instance in its own module registry).
 */
export async function roundTripFigures(load: EntryLoader = nodeLoader): Promise<RoundTripFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-roundtrips-'));
  const store = openSqliteStore(join(dir, 'roundtrips.db'));
  const wire = new WireDatabase(store);
  wire.install();
  const saved = { ...process.env };
  try {
    const now = systemClock.now();
    await loadReferenceData(store, systemClock);
    const company = await seedCompany(store, now, OWN_STATION);
    const users = {
      company: await member(store, now, 'bench-company', 'company', { companyId: company }),
      liaison: await member(store, now, 'bench-liaison', 'liaison', { stationId: OWN_STATION }),
    };
    // Something on every list page.
    await seedRecord(store, now, OWN_STATION, company);
    await seedRequest(store, now, OWN_STATION, company);
    const rows: RoundTripRow[] = [];
    for (const c of cases({ store, now, company, users })) {
      const measure = async (fresh: boolean): Promise<Breakdown> => {
        const input = await c.input();
        const main = load(c.fn, fresh, wire);
        wire.take();
        const reply = await callAs(main, c.user, { action: c.action, ...input });
        if (!reply.ok) throw new Error(`${c.fn}.${c.action}: ${JSON.stringify(reply.error)}`);
        return breakdown(wire.take());
      };
      const cold = await measure(true);
      const warm = await measure(false);
      rows.push({ name: c.name, fn: c.fn, action: c.action, cold, warm });
    }
    return { rows };
  } finally {
    process.env = saved;
    wire.uninstall();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Warm without the per-instance caller cache: its requests plus the caller resolution a cold call makes. */
export const uncachedWarm = (r: RoundTripRow): number => r.warm.total - r.warm.caller + r.cold.caller;
/** The same in waits. */
export const uncachedWarmWaits = (r: RoundTripRow): number => r.warm.waits - r.warm.callerWaits + r.cold.callerWaits;
const kinds = (b: Breakdown) =>
  KINDS.filter((k) => b[k] > 0)
    .map((k) => `${k} ${b[k]}`)
    .join(', ');

export function printRoundTrips(f: RoundTripFigures): void {
  console.log('\n## Round trips on CloudBase: database requests per call, counted at the wire\n');
  console.log(
    `(the real entry, CloudbaseStore and wx-server-sdk over a database that answers every request; cold: the first call on a new instance; warm: the same user's next call on that instance, within the caller cache's few seconds; budget ${ROUND_TRIP_BUDGET})\n`,
  );
  console.log(
    '| action | function.action | cold | warm | warm, caller not cached | waits cold / warm / not cached | cold by kind | warm by kind |',
  );
  console.log('|---|---|---:|---:|---:|---:|---|---|');
  for (const r of f.rows) {
    const waits = `${r.cold.waits} / ${r.warm.waits} / ${uncachedWarmWaits(r)}`;
    console.log(
      `| ${r.name} | ${r.fn}.${r.action} | ${r.cold.total} | ${r.warm.total} | ${uncachedWarm(r)} | ${waits} | ${kinds(r.cold)} | ${kinds(r.warm)} |`,
    );
  }
  console.log(
    '\nwaits: the round trips a user waits through one after another; requests sent together (joined by + below) are one wait.',
  );
  console.log('\nWarm requests, in order:\n');
  for (const r of f.rows) console.log(`- ${r.fn}.${r.action}: ${r.warm.requests.join(' → ')}`);
}

runSectionIfMain(module, roundTripFigures, printRoundTrips);
