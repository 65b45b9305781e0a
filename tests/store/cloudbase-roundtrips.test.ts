/**
 * Round trips on CloudBase stay within budget: each of the most used actions, run through its real
 * CloudBase entry, CloudbaseStore and wx-server-sdk over a database behind the SDK's wire
 * (scripts/bench-roundtrips.ts, tests/support/cloudbase-wire-db.ts), sends no more database
 * requests per call than it does today. A count, not a timing: on CloudBase each request is a
 * network round trip the user waits for.
 *
 * The budget is ROUND_TRIP_BUDGET (6) per call. A booking needs more than that even warm (its
 * idempotency record, transaction and audit entry are separate requests on CloudBase), and a cold
 * instance adds the caller's two reads to every write: their present counts are held as ceilings
 * instead, so they can only go down. Requests sent together (Promise.all) cost the user one wait;
 * the waits in a row are held to ceilings too. `npx tsx scripts/bench-roundtrips.ts` prints the
 * breakdown.
 */
import type { WireDatabase } from '../support/cloudbase-wire-db';
import {
  ROUND_TRIP_BUDGET,
  roundTripFigures,
  uncachedWarm,
  type EntryLoader,
  type RoundTripFigures,
} from '../../scripts/bench-roundtrips';

type Main = ReturnType<EntryLoader>;

/** A fresh instance is the entry loaded in its own module registry, its SDK on the same wire. */
const instances = new Map<string, Main>();
const jestLoader: EntryLoader = (fn, fresh, wire: WireDatabase) => {
  const known = instances.get(fn);
  if (known && !fresh) return known;
  let main: Main | undefined;
  jest.isolateModules(() => {
    wire.install();
    main = (require(`../../cloudfunctions/${fn}/index`) as { main: Main }).main;
  });
  instances.set(fn, main!);
  return main!;
};

/** [function.action, cold, warm, warm without the caller cache]: the most each may send. */
const CEILINGS: Array<[string, number, number, number]> = [
  ['consult.book', 14, 12, 14],
  ['checkin.checkIn', 8, 5, 7],
  ['training.signUp', 8, 6, 8],
  ['visit.logVisit', 9, 6, 8],
  ['request.createRequest', 8, 6, 8],
  ['consult.listBookings', 4, 2, 4],
  ['archive.listRecords', 4, 2, 4],
  ['enterprise.listLedger', 4, 2, 4],
  ['training.listSessions', 4, 2, 4],
  ['request.listRequests', 4, 2, 4],
];

/**
 * [function.action, cold, warm]: the most round trips each may make the user wait through one
 * after another (requests sent together count once: the caller's user and memberships, a
 * booking's four checks, a list's page and total).
 */
const WAIT_CEILINGS: Array<[string, number, number]> = [
  ['consult.book', 9, 8],
  ['checkin.checkIn', 5, 4],
  ['training.signUp', 7, 6],
  ['visit.logVisit', 8, 6],
  ['request.createRequest', 5, 4],
  ['consult.listBookings', 2, 1],
  ['archive.listRecords', 2, 1],
  ['enterprise.listLedger', 2, 1],
  ['training.listSessions', 2, 1],
  ['request.listRequests', 2, 1],
];

let figures: RoundTripFigures;
beforeAll(async () => {
  figures = await roundTripFigures(jestLoader);
}, 120_000);

const row = (name: string) => {
  const found = figures.rows.find((r) => `${r.fn}.${r.action}` === name);
  if (!found) throw new Error(`no figures for ${name}`);
  return found;
};

describe('database requests per call at the CloudBase wire', () => {
  it('measures every action in the table', () => {
    expect(figures.rows.map((r) => `${r.fn}.${r.action}`).sort()).toEqual(CEILINGS.map(([name]) => name).sort());
  });

  it.each(CEILINGS)('%s: at most %i cold, %i warm, %i warm without the caller cache', (name, cold, warm, uncached) => {
    const r = row(name);
    expect({ cold: r.cold.total, warm: r.warm.total, uncached: uncachedWarm(r) }).toEqual({
      cold: Math.min(r.cold.total, cold),
      warm: Math.min(r.warm.total, warm),
      uncached: Math.min(uncachedWarm(r), uncached),
    });
  });

  it.each(WAIT_CEILINGS)('%s: waits at most %i round trips in a row cold, %i warm', (name, cold, warm) => {
    const r = row(name);
    expect({ cold: r.cold.waits, warm: r.warm.waits }).toEqual({
      cold: Math.min(r.cold.waits, cold),
      warm: Math.min(r.warm.waits, warm),
    });
  });

  it("resolves a cold instance's caller in one wait: the user and their memberships sent together", () => {
    for (const r of figures.rows) expect([r.action, r.cold.caller, r.cold.callerWaits]).toEqual([r.action, 2, 1]);
  });

  it('a list page is one find and one count, after the caller', () => {
    const lists = figures.rows.filter((r) => r.action.startsWith('list'));
    expect(lists.map((r) => [r.action, r.warm.reads, r.warm.writes, r.warm.total - r.warm.caller])).toEqual(
      lists.map((r) => [r.action, 2, 0, 2]),
    );
    // Sent together: the user waits for one round trip, not two.
    expect(lists.map((r) => [r.action, r.warm.waits])).toEqual(lists.map((r) => [r.action, 1]));
  });

  it('a warm scan of a confirmed trainee is within the budget of 6', () => {
    expect(row('checkin.checkIn').warm.total).toBeLessThanOrEqual(ROUND_TRIP_BUDGET);
  });
});
