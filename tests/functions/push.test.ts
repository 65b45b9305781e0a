/**
 * Targeted push (content.previewPush / sendPush / listPushes, jobs.resumePushes) through the
 * runtime on a world's store: the audience picks the right companies' staff, the count shown
 * before sending is the notices written, a second push of the same article notifies nobody
 * again, a chief reaches only the station's companies, and a 5,000-company audience is delivered
 * in batches by the send and the timer — every person exactly once.
 */
import type { PushReach, PushRecord } from '../../core/contract';
import type { CompanyDoc } from '../../core/store/docs';
import { PUSH_BATCH } from '../../cloudfunctions/_shared/pushes';
import { seedArticle } from '../support/complaint-seed';
import { DAY } from '../support/clock';
import { failed, ok } from '../support/envelope';
import { newCreditCode, newRequestId, OTHER_STATION, OWN_STATION } from '../support/fixtures';
import { runAsSystem } from '../support/jobs';
import { seedSession } from '../support/training-seed';
import { createWorld, seedMember, type Actor, type World } from '../support/world';

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(() => world.close());

const call = (action: string, input: Record<string, unknown>, actor: Actor | null) =>
  world.run('content', { action, ...input }, actor);

let seq = 0;
/** A confirmed company with `staff` active staff members; returns their user ids. */
async function company(
  stationId: string,
  fields: Partial<CompanyDoc>,
  staff = 1,
): Promise<{ companyId: string; userIds: string[] }> {
  const companyId = `co-push-${++seq}`;
  const now = world.clock.now();
  await world.store.insert<CompanyDoc>('companies', {
    _id: companyId,
    name: `推送测试企业${seq}`,
    creditCode: newCreditCode(),
    district: 'haidian',
    stationId,
    contactName: '联系人',
    contactMobile: '13800000000',
    status: 'confirmed',
    joinCode: `PUSH${seq}`.padEnd(8, 'X'),
    createdBy: 'seed',
    createdAt: now,
    lastVisitAt: 0,
    ...fields,
  });
  const userIds: string[] = [];
  for (let i = 0; i < staff; i++) userIds.push((await seedMember(world.store, now, 'company', { companyId })).userId);
  return { companyId, userIds };
}

const noticesOf = async (kind: string) =>
  (await world.store.find<{ _id: string; userId: string }>('notifications', { where: { kind }, limit: 1000 })).map(
    (n) => n.userId,
  );

const articleTarget = (id: string) => ({ kind: 'article', id });

describe('targeted push', () => {
  it('reaches the staff of the matching companies: any chosen flag, and all chosen dimensions', async () => {
    const admin = await world.actor('admin');
    const articleId = await seedArticle(world.store, world.clock.now(), null, { title: '专精特新企业专利补贴政策' });
    const specialized = await company(OWN_STATION, { keyFlags: { specialized: true }, industry: 'ic' }, 2);
    const highTech = await company(OTHER_STATION, {
      keyFlags: { high_tech: true },
      industry: 'ic',
      district: 'chaoyang',
    });
    await company(OWN_STATION, { keyFlags: { listed: true }, industry: 'ic' }); // neither flag
    await company(OWN_STATION, { keyFlags: { specialized: true }, industry: 'biomed' }); // other industry
    await company(OWN_STATION, { keyFlags: { specialized: true }, industry: 'ic', status: 'pending' }); // not confirmed

    const audience = { keyFlags: ['specialized', 'high_tech'], industries: ['ic'] };
    const reach = ok<PushReach>(await call('previewPush', { target: articleTarget(articleId), audience }, admin));
    expect(reach).toEqual({ companies: 2, people: 3, alreadyReached: 0 });

    const push = ok<PushRecord>(
      await call(
        'sendPush',
        { clientRequestId: newRequestId('push'), target: articleTarget(articleId), audience },
        admin,
      ),
    );
    expect(push).toMatchObject({
      status: 'sent',
      companies: 2,
      sent: 3,
      audienceLabel: '专精特新 · 高新技术企业 · 集成电路',
    });
    const notified = await noticesOf('content.article');
    expect(notified.sort()).toEqual([...specialized.userIds, ...highTech.userIds].sort());
    const [notice] = await world.store.find<{ _id: string; title: string; link: string }>('notifications', {
      where: { kind: 'content.article' },
      limit: 1,
    });
    expect(notice!.title).toBe('【政策解读】专精特新企业专利补贴政策');
    expect(notice!.link).toBe(`/packages/content/pages/detail/index?articleId=${encodeURIComponent(articleId)}`);

    // Narrowed to a district: the chaoyang company only.
    const chaoyang = ok<PushReach>(
      await call(
        'previewPush',
        { target: articleTarget(articleId), audience: { ...audience, districts: ['chaoyang'] } },
        admin,
      ),
    );
    expect(chaoyang).toEqual({ companies: 1, people: 0, alreadyReached: 1 });
  });

  it('never notifies anyone twice: a retried send, and a second push of the same article', async () => {
    const admin = await world.actor('admin');
    const articleId = await seedArticle(world.store, world.clock.now(), OWN_STATION);
    await company(OWN_STATION, { keyFlags: { zero_ip: true } }, 2);
    const target = articleTarget(articleId);
    const audience = { keyFlags: ['zero_ip'] };
    const clientRequestId = newRequestId('push');
    const first = ok<PushRecord>(await call('sendPush', { clientRequestId, target, audience }, admin));
    const retried = ok<PushRecord>(await call('sendPush', { clientRequestId, target, audience }, admin));
    expect(retried.id).toBe(first.id);
    expect(first.sent).toBe(2);
    // Everyone this time: the zero-IP company's staff already have it.
    const everyone = { keyFlags: [] };
    world.clock.advance(DAY);
    const before = ok<PushReach>(await call('previewPush', { target, audience: everyone }, admin));
    const second = ok<PushRecord>(
      await call('sendPush', { clientRequestId: newRequestId('push'), target, audience: everyone }, admin),
    );
    expect(second.sent).toBe(before.people);
    expect(before.alreadyReached).toBe(2);
    const notified = await noticesOf('content.article');
    expect(new Set(notified).size).toBe(notified.length);
    expect(notified).toHaveLength(2 + before.people);

    const history = ok<PushRecord[]>(await call('listPushes', { target }, admin));
    expect(history.map((p) => p.id)).toEqual([second.id, first.id]);
  });

  it("reaches only the chief's own station's companies", async () => {
    const chief = await world.actor('chief');
    const articleId = await seedArticle(world.store, world.clock.now(), OWN_STATION);
    const ours = await company(OWN_STATION, { keyFlags: { specialized: true } });
    await company(OTHER_STATION, { keyFlags: { specialized: true } });
    const sent = ok<PushRecord>(
      await call(
        'sendPush',
        {
          clientRequestId: newRequestId('push'),
          target: articleTarget(articleId),
          audience: { keyFlags: ['specialized'] },
        },
        chief,
      ),
    );
    expect(sent).toMatchObject({ companies: 1, sent: 1 });
    expect(await noticesOf('content.article')).toEqual(ours.userIds);
    // A city article is the admins' to push.
    const cityArticle = await seedArticle(world.store, world.clock.now(), null);
    failed(await call('previewPush', { target: articleTarget(cityArticle), audience: {} }, chief), 'FORBIDDEN');
  });

  it('picks companies served in a period (a consultation, a visit or a request)', async () => {
    const admin = await world.actor('admin');
    const now = world.clock.now();
    const articleId = await seedArticle(world.store, now, OWN_STATION);
    const visited = await company(OWN_STATION, {});
    const visitedLongAgo = await company(OWN_STATION, {});
    await company(OWN_STATION, {});
    await world.store.insert('visits', {
      stationId: OWN_STATION,
      companyId: visited.companyId,
      visitedAt: now - 10 * DAY,
    });
    await world.store.insert('visits', {
      stationId: OWN_STATION,
      companyId: visitedLongAgo.companyId,
      visitedAt: now - 200 * DAY,
    });
    const reach = ok<PushReach>(
      await call(
        'previewPush',
        { target: articleTarget(articleId), audience: { servedFrom: now - 30 * DAY, servedTo: now } },
        admin,
      ),
    );
    expect(reach).toEqual({ companies: 1, people: 1, alreadyReached: 0 });
  });

  it('pushes a published training that has not ended, and refuses a draft article', async () => {
    const chief = await world.actor('chief');
    const now = world.clock.now();
    const member = await company(OWN_STATION, {});
    const sessionId = await seedSession(world.store, now, OWN_STATION);
    const push = ok<PushRecord>(
      await call(
        'sendPush',
        { clientRequestId: newRequestId('push'), target: { kind: 'training', id: sessionId }, audience: {} },
        chief,
      ),
    );
    expect(push.sent).toBeGreaterThanOrEqual(1);
    expect(await noticesOf('training.push')).toContain(member.userIds[0]);
    const ended = await seedSession(world.store, now, OWN_STATION, { startAt: now - 2 * DAY, endAt: now - DAY });
    expect(
      failed(await call('previewPush', { target: { kind: 'training', id: ended }, audience: {} }, chief), 'CONFLICT')
        .message,
    ).toBe('只能推送已发布且尚未结束的培训');
    const draftId = await seedArticle(world.store, now, OWN_STATION, { status: 'draft' });
    expect(
      failed(await call('previewPush', { target: articleTarget(draftId), audience: {} }, chief), 'CONFLICT').message,
    ).toBe('文章发布后才能推送');
  });
});

describe('a push to 5,000 companies', () => {
  it('writes exactly the count shown, in batches the timer finishes, and a second run writes none', async () => {
    const admin = await world.actor('admin');
    const now = world.clock.now();
    const articleId = await seedArticle(world.store, now, null);
    const COMPANIES = 5000;
    // Written in one transaction per thousand: the point is the push, not the seeding.
    for (let start = 0; start < COMPANIES; start += 1000) {
      await world.store.transaction(async (tx) => {
        for (let i = start; i < Math.min(start + 1000, COMPANIES); i++) {
          const companyId = `co-bulk-${i}`;
          await tx.insert('companies', {
            _id: companyId,
            name: `批量企业${i}`,
            creditCode: `bulk-${i}`,
            district: 'haidian',
            stationId: i % 2 ? OWN_STATION : OTHER_STATION,
            status: 'confirmed',
            joinCode: `BULK${i}`,
            keyFlags: { specialized: true },
            createdAt: now,
            lastVisitAt: 0,
          });
          await tx.insert('users', { _id: `u-bulk-${i}`, displayName: `员工${i}`, createdAt: now });
          await tx.insert('memberships', {
            _id: `u-bulk-${i}:company:${companyId}`,
            userId: `u-bulk-${i}`,
            role: 'company',
            companyId,
            status: 'active',
            via: 'seed',
            createdAt: now,
          });
        }
      });
    }
    const target = articleTarget(articleId);
    const audience = { keyFlags: ['specialized'] };
    const reach = ok<PushReach>(await call('previewPush', { target, audience }, admin));
    expect(reach).toEqual({ companies: COMPANIES, people: COMPANIES, alreadyReached: 0 });

    const push = ok<PushRecord>(
      await call('sendPush', { clientRequestId: newRequestId('push'), target, audience }, admin),
    );
    expect(push).toMatchObject({ status: 'sending', sent: PUSH_BATCH });
    let runs = 0;
    for (;;) {
      const env = await runAsSystem(world, { action: 'resumePushes' });
      expect(env.ok).toBe(true);
      runs++;
      const [stored] = ok<PushRecord[]>(await call('listPushes', { target }, admin));
      if (stored!.status === 'sent') break;
      expect(runs).toBeLessThan(10);
    }
    expect(runs).toBe(Math.ceil(COMPANIES / PUSH_BATCH) - 1);
    const [done] = ok<PushRecord[]>(await call('listPushes', { target }, admin));
    expect(done!.sent).toBe(reach.people);
    expect(await world.store.count('notifications', { kind: 'content.article' })).toBe(reach.people);

    const again = ok<PushRecord>(
      await call('sendPush', { clientRequestId: newRequestId('push'), target, audience }, admin),
    );
    expect(again).toMatchObject({ status: 'sent', sent: 0 });
    await runAsSystem(world, { action: 'resumePushes' });
    expect(await world.store.count('notifications', { kind: 'content.article' })).toBe(reach.people);
  }, 120_000);
});
