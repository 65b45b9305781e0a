/**
 * A host killed mid-burst (a real `kill -9` of a child process) loses no write and doubles none.
 *
 * 1. The data dir is prepared in this process: a company's staff, people to sign up, a training,
 *    and a session token for each (the host's own auth, so the child accepts them).
 * 2. A child process runs the host (`node --import tsx server/cli.ts`, the same entry `npm start`
 *    uses) on that dir; a burst of service requests and training sign-ups is sent to it, and the
 *    child is killed with SIGKILL while writes are in flight.
 * 3. The host starts again on the same dir, its clock two minutes on (the retry "a minute or more
 *    after the crash"), and every write that got no answer is retried with its own client
 *    request id: none may be told "still processing", none may be doubled, none lost.
 *
 * The child reads the machine clock, so "now" here is the machine's (under faketime too, which
 * the child inherits); everything is dated from it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Envelope } from '../../core/errors';
import type { ServiceRequestDoc, SignupDoc, TrainingSessionDoc } from '../../core/store/docs';
import { createHost } from '../../server/host';
import { MINUTE, testClock } from '../support/clock';
import { newRequestId, OWN_STATION } from '../support/fixtures';
import { capturingLogger } from '../support/logger';
import { newMobile, seedSession } from '../support/training-seed';
import { grantRole, seedCompany } from '../support/world';

const ROOT = join(__dirname, '..', '..');
const REQUESTERS = 10;
const REQUESTS_EACH = 6;
const SIGNERS = 60;
const PASSWORD = 'crash-test-pass-1';

jest.setTimeout(180_000);

interface Write {
  token: string;
  userId: string;
  fn: 'request' | 'training';
  input: Record<string, unknown>;
}

type Outcome = { kind: 'answered'; body: Envelope<unknown> } | { kind: 'no answer' };

let dataDir: string;
let writes: Write[];
let sessionId: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'crash-retry-'));
  const host = await createHost({
    dataDir,
    demo: false,
    clock: testClock(Date.now()),
    log: capturingLogger(),
    jobsIntervalMs: 0,
  });
  const store = host.store;
  const now = Date.now();
  const account = async (name: string) => {
    const userId = await host.auth.createAccount({ username: name, password: PASSWORD, displayName: name });
    const session = await host.auth.login({ username: name, password: PASSWORD }, '127.0.0.1');
    return { userId, token: session.token };
  };
  const companyId = await seedCompany(store, now, OWN_STATION);
  sessionId = await seedSession(store, now, OWN_STATION, { capacity: SIGNERS / 2 });
  writes = [];
  for (let i = 0; i < REQUESTERS; i++) {
    const staff = await account(`staff${i}`);
    await grantRole(store, now, staff.userId, 'company', { companyId });
    for (let j = 0; j < REQUESTS_EACH; j++) {
      writes.push({
        ...staff,
        fn: 'request',
        input: {
          action: 'createRequest',
          clientRequestId: newRequestId('crash-req'),
          stationId: OWN_STATION,
          category: 'application',
          description: `第 ${j + 1} 项：新产品需要申请发明专利，请安排专业人员指导`,
          urgency: 'normal',
        },
      });
    }
  }
  for (let i = 0; i < SIGNERS; i++) {
    const person = await account(`signer${i}`);
    writes.push({
      ...person,
      fn: 'training',
      input: {
        action: 'signUp',
        clientRequestId: newRequestId('crash-signup'),
        sessionId,
        name: `学员${i}`,
        companyName: '北京测试科技有限公司',
        mobile: newMobile(),
      },
    });
  }
  await host.close();
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Starts the host in a child process on the data dir; resolves with its URL once it listens. */
function startChildHost(): Promise<{ child: ChildProcess; baseUrl: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/cli.ts', '--data-dir', dataDir, '--no-demo', '--port', '0', '--jobs-interval', '0'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /http:\/\/(?:localhost|127\.0\.0\.1):(\d+)/.exec(out);
      if (m) resolve({ child, baseUrl: `http://127.0.0.1:${m[1]}` });
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`host exited (${code}) before listening:\n${out}`)));
  });
}

async function send(baseUrl: string, w: Write): Promise<Outcome> {
  try {
    const res = await fetch(`${baseUrl}/api/fn/${w.fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${w.token}` },
      body: JSON.stringify(w.input),
    });
    return { kind: 'answered', body: (await res.json()) as Envelope<unknown> };
  } catch {
    return { kind: 'no answer' };
  }
}

/** Sends every write, `inFlight` at a time, and kills the host once `killAfter` were answered. */
async function burstAndKill(baseUrl: string, child: ChildProcess, inFlight: number, killAfter: number) {
  const outcomes = new Array<Outcome>(writes.length);
  let next = 0;
  let answered = 0;
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const worker = async () => {
    while (next < writes.length) {
      const i = next++;
      outcomes[i] = await send(baseUrl, writes[i]!);
      if (outcomes[i]!.kind === 'answered' && ++answered === killAfter) child.kill('SIGKILL');
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  await exited;
  return outcomes;
}

describe('a host killed with SIGKILL in the middle of a write burst', () => {
  it('answers every retry, and leaves each write exactly once: 0 stuck, 0 duplicated, 0 lost', async () => {
    const { child, baseUrl } = await startChildHost();
    const outcomes = await burstAndKill(baseUrl, child, 24, Math.floor(writes.length / 3));
    const unanswered = writes.filter((_, i) => outcomes[i]!.kind === 'no answer');
    expect(unanswered.length).toBeGreaterThan(0); // the kill landed mid-burst
    for (const o of outcomes) if (o.kind === 'answered') expect(o.body).toMatchObject({ ok: true });

    const clock = testClock(Date.now() + 2 * MINUTE);
    const host = await createHost({ dataDir, demo: false, clock, log: capturingLogger(), jobsIntervalMs: 0 });
    try {
      const url = await host.app.listen({ port: 0, host: '127.0.0.1' });
      const retries = await Promise.all(unanswered.map((w) => send(url, w)));
      const stuck = retries.filter((r) => !(r.kind === 'answered' && r.body.ok));
      expect(stuck).toEqual([]);

      const requests = await host.store.find<ServiceRequestDoc>('service_requests', {
        where: { stationId: OWN_STATION },
        limit: 1000,
      });
      expect(requests).toHaveLength(REQUESTERS * REQUESTS_EACH);
      const described = new Set(requests.map((r) => `${r.createdBy}|${r.description}`));
      expect(described.size).toBe(REQUESTERS * REQUESTS_EACH);

      const signups = await host.store.find<SignupDoc>('signups', { where: { sessionId }, limit: 1000 });
      expect(signups).toHaveLength(SIGNERS);
      expect(new Set(signups.map((s) => s.seq)).size).toBe(SIGNERS);
      const session = await host.store.get<TrainingSessionDoc>('trainings', sessionId);
      expect(session).toMatchObject({
        signupSeq: SIGNERS,
        confirmedCount: SIGNERS / 2,
        waitlistCount: SIGNERS / 2,
      });
      expect(await host.store.count('requests_log', { status: 'pending' })).toBe(0);
    } finally {
      await host.close();
    }
  });
});
