/**
 * 消息: account.listNotices and account.markNoticesRead through the runtime. A person sees and
 * marks only their own notices, newest first, in pages; the unread count follows.
 */
import type { InboxNotice } from '../../core/contract';
import { MINUTE_MS } from '../../core/rules/time';
import type { NotificationDoc } from '../../core/store/docs';
import { inboxNotifier } from '../../cloudfunctions/_shared/inbox';
import { ok } from '../support/envelope';
import { createWorld, type Actor, type World } from '../support/world';

interface Page {
  items: InboxNotice[];
  total: number;
  page: number;
  pageSize: number;
  unread: number;
}

let world: World;
let me: Actor;
let other: Actor;

beforeEach(async () => {
  world = await createWorld();
  me = await world.actor('company');
  other = await world.actor('user');
});
afterEach(() => world.close());

/** `count` notices to `userId`, one a minute, titled 消息1… (the last is the newest). */
async function tell(userId: string, count: number, label = '消息'): Promise<void> {
  const notifier = inboxNotifier(world.store, world.clock);
  for (let i = 1; i <= count; i++) {
    await notifier.notify({
      userId,
      kind: 'test.notice',
      title: `${label}${i}`,
      body: `第${i}条`,
      link: `/packages/consult/pages/booking/index?bookingId=b${i}`,
      facts: { time: '不进收件箱' },
    });
    world.clock.advance(MINUTE_MS);
  }
}

const list = async (who: Actor, input: Record<string, unknown> = {}) =>
  ok<Page>(await world.run('account', { action: 'listNotices', ...input }, who));
const mark = async (who: Actor, input: Record<string, unknown>) =>
  ok<{ updated: number; unread: number }>(await world.run('account', { action: 'markNoticesRead', ...input }, who));

describe('listNotices', () => {
  it("shows only the caller's notices, newest first, with the unread count", async () => {
    await tell(me.userId, 3);
    await tell(other.userId, 2, '别人的');
    const page = await list(me);
    expect(page.items.map((n) => n.title)).toEqual(['消息3', '消息2', '消息1']);
    expect(page).toMatchObject({ total: 3, unread: 3, page: 1 });
    expect(page.items[0]).toEqual({
      id: expect.any(String),
      kind: 'test.notice',
      title: '消息3',
      body: '第3条',
      link: '/packages/consult/pages/booking/index?bookingId=b3',
      read: false,
      createdAt: expect.any(Number),
    });
    const stored = await world.store.get<NotificationDoc>('notifications', page.items[0]!.id);
    expect(stored).not.toHaveProperty('facts'); // facts feed subscribe messages, not the inbox
    expect((await list(other)).items.map((n) => n.title)).toEqual(['别人的2', '别人的1']);
  });

  it('pages through them without repeats or gaps', async () => {
    await tell(me.userId, 7);
    const titles: string[] = [];
    for (let p = 1; p <= 3; p++) titles.push(...(await list(me, { page: p, pageSize: 3 })).items.map((n) => n.title));
    expect(titles).toEqual(['消息7', '消息6', '消息5', '消息4', '消息3', '消息2', '消息1']);
  });

  it('lists the unread only when asked', async () => {
    await tell(me.userId, 3);
    const [newest] = (await list(me)).items;
    await mark(me, { ids: [newest!.id] });
    const unread = await list(me, { unreadOnly: true });
    expect(unread.items.map((n) => n.title)).toEqual(['消息2', '消息1']);
    expect(unread).toMatchObject({ total: 2, unread: 2 });
    expect((await list(me)).items.map((n) => n.read)).toEqual([true, false, false]);
  });

  it('is empty for someone who was never told anything', async () => {
    expect(await list(other)).toEqual({ items: [], total: 0, page: 1, pageSize: 20, unread: 0 });
  });
});

describe('markNoticesRead', () => {
  it("marks the given ones read; someone else's ids are ignored", async () => {
    await tell(me.userId, 2);
    await tell(other.userId, 1, '别人的');
    const [mine] = (await list(me)).items;
    const [theirs] = (await list(other)).items;
    expect(await mark(me, { ids: [mine!.id, theirs!.id] })).toEqual({ updated: 1, unread: 1 });
    expect((await list(other)).items[0]!.read).toBe(false);
    // Marking again changes nothing.
    expect(await mark(me, { ids: [mine!.id] })).toEqual({ updated: 0, unread: 1 });
    const stored = await world.store.get<NotificationDoc>('notifications', mine!.id);
    expect(stored?.readAt).toBe(world.clock.now());
  });

  it('marks all of mine read, and nobody else’s', async () => {
    await tell(me.userId, 4);
    await tell(other.userId, 2, '别人的');
    expect(await mark(me, { all: true })).toEqual({ updated: 4, unread: 0 });
    expect((await list(me)).unread).toBe(0);
    expect((await list(other)).unread).toBe(2);
  });

  it('needs either ids or all (not both, not neither): INVALID_INPUT, nothing changed', async () => {
    await tell(me.userId, 1);
    const [n] = (await list(me)).items;
    for (const input of [{}, { ids: [n!.id], all: true }, { ids: [] }]) {
      const env = await world.run('account', { action: 'markNoticesRead', ...input }, me);
      expect(env).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect((await list(me)).unread).toBe(1);
  });
});
