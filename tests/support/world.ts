/**
 * Functions run directly through `runAction` on a fresh SQLite file (reference data loaded),
 * with callers created straight in the store: cheap enough to give every test case its own
 * users, so no case depends on what another one changed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FunctionName } from '../../core/contract';
import type { District, Role } from '../../core/enums';
import type { Envelope } from '../../core/errors';
import type { Files, Store } from '../../core/ports';
import type { CompanyDoc, InvitationDoc, UserDoc } from '../../core/store/docs';
import { loadCaller } from '../../cloudfunctions/_shared/caller';
import { inboxNotifier } from '../../cloudfunctions/_shared/inbox';
import { grantAndAct, newMembership } from '../../cloudfunctions/_shared/memberships';
import { nodeIds } from '../../cloudfunctions/_shared/node-ports';
import { qrPageCodes } from '../../cloudfunctions/_shared/qr-page-codes';
import { loadReferenceData } from '../../cloudfunctions/_shared/reference-data';
import { runAction, type Handlers, type Platform } from '../../cloudfunctions/_shared/runtime';
import { FUNCTION_HANDLERS } from '../../cloudfunctions/registry';
import { fileUrlSigner } from '../../server/file-urls';
import { localFiles } from '../../server/local-files';
import { openSqliteStore, type SqliteStore } from '../../server/store/sqlite-store';
import { DAY, testClock, type TestClock } from './clock';
import { newCreditCode, OTHER_STATION, OWN_STATION } from './fixtures';
import { capturingLogger, type CapturingLogger } from './logger';

/** A confirmed company at OWN_STATION (the company actors' own) and one at OTHER_STATION. */
export const OWN_COMPANY = 'co-own';
export const OTHER_COMPANY = 'co-other';
export const OWN_JOIN_CODE = 'OWNJOIN8';
/** Where the world's H5 pages are (the check-in QR code holds a URL of it). */
export const WORLD_ORIGIN = 'http://station.test';

/** Who calls: nobody, a signed-in person without any role, or a holder of one role. */
export type ActorKind = 'anonymous' | 'user' | Role;
export const ACTOR_KINDS: ActorKind[] = [
  'anonymous',
  'user',
  'company',
  'liaison',
  'chief',
  'expert',
  'admin',
  'district_admin',
  'reviewer',
  'studio_branch',
  'studio_section',
  'studio_bureau',
];
/** A district admin's district: OWN_STATION's (OTHER_STATION is in another district). */
export const OWN_DISTRICT: District = 'haidian';

export interface Actor {
  userId: string;
  /** The membership the actor acts for; absent for a plain user. */
  membershipId?: string;
}

let seq = 0;
const unique = (label: string) => `${label}-${++seq}`;

function companyDoc(id: string, stationId: string, status: CompanyDoc['status'], joinCode: string, now: number) {
  const doc: CompanyDoc = {
    _id: id,
    name: `测试企业${id}`,
    creditCode: newCreditCode(),
    district: 'haidian',
    stationId,
    contactName: '联系人',
    contactMobile: '13800000000',
    status,
    joinCode,
    createdBy: 'seed',
    createdAt: now,
    lastVisitAt: 0,
  };
  return doc;
}

/** A pending company at `stationId`, ready to be reviewed. Returns its id. */
export async function seedPendingCompany(store: Store, now: number, stationId: string): Promise<string> {
  const id = unique('co-pending');
  await store.insert('companies', companyDoc(id, stationId, 'pending', unique('JOIN').toUpperCase(), now));
  return id;
}

/** An active liaison code at `stationId`, valid for a week. Returns the code. */
export async function seedInvitation(store: Store, now: number, stationId: string): Promise<string> {
  const code = `INV${++seq}`.padEnd(8, 'X');
  const doc: InvitationDoc = {
    _id: code,
    stationId,
    role: 'liaison',
    status: 'active',
    expiresAt: now + 7 * DAY,
    createdBy: 'seed',
    createdByName: '种子数据',
    createdAt: now,
  };
  await store.insert('invitations', doc);
  return code;
}

/** Grants an existing user one role over `scope` and makes it the one they act for. Returns the membership id. */
export async function grantRole(
  store: Store,
  now: number,
  userId: string,
  role: Role,
  scope: { stationId?: string; companyId?: string; district?: District },
): Promise<string> {
  const m = newMembership(userId, role, scope, 'seed', now);
  await store.transaction((tx) => grantAndAct(tx, m));
  return m._id;
}

/** A fresh user holding one role over `scope` (none for admin), acting for it. */
export async function seedMember(
  store: Store,
  now: number,
  role: Role,
  scope: { stationId?: string; companyId?: string; district?: District },
  displayName = `${role} 测试`,
): Promise<Actor> {
  const userId = unique(`u-${role}`);
  await store.insert<UserDoc>('users', { _id: userId, displayName, createdAt: now });
  return { userId, membershipId: await grantRole(store, now, userId, role, scope) };
}

/** A company at `stationId` (confirmed unless told otherwise). Returns its id. */
export async function seedCompany(
  store: Store,
  now: number,
  stationId: string,
  status: CompanyDoc['status'] = 'confirmed',
): Promise<string> {
  const id = unique('co');
  await store.insert('companies', companyDoc(id, stationId, status, unique('JOIN').toUpperCase(), now));
  return id;
}

/** A fresh user with `kind`'s role (company staff of OWN_COMPANY, station roles at OWN_STATION). */
export async function seedActor(store: Store, now: number, kind: Exclude<ActorKind, 'anonymous'>): Promise<Actor> {
  if (kind === 'user') {
    const userId = unique(`u-${kind}`);
    await store.insert<UserDoc>('users', { _id: userId, displayName: `${kind} 测试`, createdAt: now });
    return { userId };
  }
  const scope =
    kind === 'company'
      ? { companyId: OWN_COMPANY }
      : kind === 'admin' || kind === 'reviewer' || kind === 'studio_section' || kind === 'studio_bureau'
        ? {}
        : kind === 'district_admin' || kind === 'studio_branch'
          ? { district: OWN_DISTRICT }
          : { stationId: OWN_STATION };
  return seedMember(store, now, kind, scope, `${kind} 测试`);
}

export interface World {
  store: SqliteStore;
  /** The Files every call of this world uses (a temp dir): put a file, then register it. */
  files: Files;
  clock: TestClock;
  logs: CapturingLogger;
  actor(kind: Exclude<ActorKind, 'anonymous'>): Promise<Actor>;
  /** Runs one event through the runtime as `actor` (null: no session). */
  run(
    fn: FunctionName,
    event: Record<string, unknown>,
    actor: Actor | null,
    handlers?: Handlers<FunctionName>,
  ): Promise<Envelope<unknown>>;
  close(): Promise<void>;
}

export async function createWorld(): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'world-'));
  const store = openSqliteStore(join(dir, 'world.db'));
  const clock = testClock();
  const logs = capturingLogger();
  await loadReferenceData(store, clock);
  await store.insert('companies', companyDoc(OWN_COMPANY, OWN_STATION, 'confirmed', OWN_JOIN_CODE, clock.now()));
  await store.insert('companies', companyDoc(OTHER_COMPANY, OTHER_STATION, 'confirmed', 'OTHERJN8', clock.now()));

  const files = localFiles(join(dir, 'files'), fileUrlSigner(store, clock));
  const platformFor = (actor: Actor | null): Platform => ({
    store,
    // Real files in the world's temp dir: exports and uploads are written and read back.
    files,
    clock,
    ids: nodeIds,
    notifier: inboxNotifier(store, clock),
    log: logs,
    codes: qrPageCodes(WORLD_ORIGIN),
    resolveCaller: async () => (actor ? loadCaller(store, actor.userId) : null),
  });

  return {
    store,
    files,
    clock,
    logs,
    actor: (kind) => seedActor(store, clock.now(), kind),
    run: (fn, event, actor, handlers) =>
      runAction(fn, (handlers ?? FUNCTION_HANDLERS[fn]) as Handlers<typeof fn>, event, platformFor(actor)),
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
