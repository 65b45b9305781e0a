/**
 * Service quality (004 §9) through the runtime, on the world's test clock (2025-03-03): an
 * improvement action (整改) opened by the chief for one of the station's people, listed for its
 * owner, overdue on 工作台, completed once with evidence; and the evaluation archive of a station's
 * year gathering its complaints, improvement actions, ratings and published evaluation.
 */
import type { ImprovementView, PageOf, ServiceReview, StationArchive } from '../../core/contract';
import { DAY } from '../support/clock';
import { seedComplaint, seedImprovement } from '../support/complaint-seed';
import { stationConsultant } from '../support/consult-seed';
import { failed, ok } from '../support/envelope';
import { seedRound } from '../support/evaluation-seed';
import { seedRequest } from '../support/request-seed';
import { seedFollowUp } from '../support/visit-seed';
import { newRequestId, OTHER_STATION, OWN_STATION } from '../support/fixtures';
import { createWorld, OTHER_COMPANY, OWN_COMPANY, type Actor, type World } from '../support/world';
import { shanghaiDate } from '../../core/rules/time';
import type { NotificationDoc } from '../../core/store/docs';

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(() => world.close());

const now = () => world.clock.now();
const call = (action: string, input: Record<string, unknown>, actor: Actor) =>
  world.run('quality', { action, ...input }, actor);
const noticesOf = (userId: string, kind: string) =>
  world.store.find<NotificationDoc>('notifications', { where: { userId, kind } });

describe('improvement actions (整改)', () => {
  it('the chief opens one on a complaint for a person of the station; the owner is told, lists and completes it once', async () => {
    const chief = await world.actor('chief');
    const ownerId = await stationConsultant(world.store, now(), OWN_STATION);
    const owner: Actor = { userId: ownerId };
    const complaintId = await seedComplaint(world.store, now(), OWN_STATION, OWN_COMPANY);
    const opened = ok<ImprovementView>(
      await call(
        'createImprovement',
        {
          clientRequestId: newRequestId('imp'),
          source: { kind: 'complaint', refId: complaintId },
          finding: '预约时段无人接待',
          measure: '调整值班表并在预约前一天确认到岗',
          ownerId,
          dueDate: shanghaiDate(now() + 7 * DAY),
        },
        chief,
      ),
    );
    expect(opened).toMatchObject({
      status: 'open',
      overdue: false,
      source: { kind: 'complaint', label: expect.stringContaining('投诉') },
    });
    expect(await noticesOf(ownerId, 'improvement.assigned')).toHaveLength(1);
    const mine = ok<PageOf<ImprovementView>>(await call('listImprovements', {}, owner));
    expect(mine.items.map((i) => i.id)).toEqual([opened.id]);

    const done = ok<ImprovementView>(
      await call('completeImprovement', { improvementId: opened.id, evidence: '已调整值班表，本周起执行' }, owner),
    );
    expect(done).toMatchObject({ status: 'done', evidence: '已调整值班表，本周起执行' });
    expect(await noticesOf(chief.userId, 'improvement.done')).toHaveLength(1);
    const again = failed(
      await call('completeImprovement', { improvementId: opened.id, evidence: '再次提交整改情况' }, owner),
      'CONFLICT',
    );
    expect(again.message).toBe('该整改事项已完成');
  });

  it('refuses an owner from outside the station, a due date in the past and another station’s complaint', async () => {
    const chief = await world.actor('chief');
    const input = {
      clientRequestId: newRequestId('imp'),
      source: { kind: 'self_check' },
      finding: '咨询记录填写不完整',
      measure: '组织咨询记录规范培训',
      ownerId: await stationConsultant(world.store, now(), OWN_STATION),
      dueDate: shanghaiDate(now() + DAY),
    };
    const outsider = await stationConsultant(world.store, now(), OTHER_STATION);
    expect(
      failed(await call('createImprovement', { ...input, ownerId: outsider }, chief), 'INVALID_INPUT').message,
    ).toBe('责任人须为本站点的联络员、专家或站长');
    const past = { ...input, clientRequestId: newRequestId('imp'), dueDate: shanghaiDate(now() - DAY) };
    expect(failed(await call('createImprovement', past, chief), 'INVALID_INPUT').message).toBe('不能早于今天');
    const foreign = await seedComplaint(world.store, now(), OTHER_STATION, OTHER_COMPANY);
    const other = { ...input, clientRequestId: newRequestId('imp'), source: { kind: 'complaint', refId: foreign } };
    failed(await call('createImprovement', other, chief), 'INVALID_INPUT');
    expect(await world.store.count('improvements', {})).toBe(0);
  });

  it('shows an overdue one on the owner’s and the chief’s 工作台, and in the 仅看逾期 list', async () => {
    const chief = await world.actor('chief');
    const ownerId = await stationConsultant(world.store, now(), OWN_STATION);
    await seedImprovement(world.store, now(), OWN_STATION, { dueDate: shanghaiDate(now() - DAY) });
    await seedImprovement(world.store, now(), OWN_STATION); // due next week
    await seedImprovement(world.store, now(), OTHER_STATION, { dueDate: shanghaiDate(now() - DAY) });
    const todos = async (actor: Actor) =>
      Object.fromEntries(
        ok<{ todos: Array<{ id: string; count: number }> }>(
          await world.run('stats', { action: 'workbench' }, actor),
        ).todos.map((t) => [t.id, t.count]),
      );
    expect((await todos(chief)).improvements_overdue).toBe(1);
    const overdue = ok<PageOf<ImprovementView>>(await call('listImprovements', { overdue: true }, chief));
    expect(overdue.total).toBe(1);
    expect(overdue.items[0]!.overdue).toBe(true);
    // The owner acts as a liaison of the station (the seeded consultant): their own only.
    const owner: Actor = { userId: ownerId };
    expect(ok<PageOf<ImprovementView>>(await call('listImprovements', { overdue: true }, owner)).total).toBe(1);
  });
});

describe('the evaluation archive (服务评价档案)', () => {
  it('gathers the station’s year: complaints by status, improvement actions, and no unpublished evaluation', async () => {
    const chief = await world.actor('chief');
    await seedComplaint(world.store, now(), OWN_STATION, OWN_COMPANY);
    await seedComplaint(world.store, now(), OWN_STATION, OWN_COMPANY, { status: 'closed' });
    await seedComplaint(world.store, now(), OTHER_STATION, OTHER_COMPANY);
    await seedImprovement(world.store, now(), OWN_STATION, { dueDate: shanghaiDate(now() - DAY) });
    await seedRound(world.store, now()); // open: not in the archive until published
    const archive = ok<StationArchive>(await call('stationArchive', { year: 2025 }, chief));
    expect(archive.complaints.total).toBe(2);
    expect(archive.complaints.byStatus.find((s) => s.label === '已办结')?.count).toBe(1);
    expect(archive.improvements).toMatchObject({ total: 1, open: 1, overdue: 1 });
    expect(archive.evaluations).toEqual([]);
    expect(archive.ratings.map((r) => r.label)).toEqual(['咨询', '服务需求', '培训']);
  });

  it('lists a published evaluation of that year with its grade, and refuses another station to a chief', async () => {
    const chief = await world.actor('chief');
    await seedRound(world.store, now() + 366 * DAY, { status: 'published' }); // a round of year 2025
    const archive = ok<StationArchive>(await call('stationArchive', { year: 2025 }, chief));
    expect(archive.evaluations).toEqual([expect.objectContaining({ gradeLabel: '尚未评分', vetoed: false })]);
    failed(await call('stationArchive', { stationId: OTHER_STATION, year: 2025 }, chief), 'FORBIDDEN');
    const district = await world.actor('district_admin');
    ok(await call('stationArchive', { stationId: OWN_STATION, year: 2025 }, district));
  });
});

describe('the service review (服务评价, 004 §9.1)', () => {
  it('checks the time limits against the records and turns each shortfall into a finding', async () => {
    const chief = await world.actor('chief');
    world.clock.advance(10 * DAY); // Thursday 2025-03-13: the records below all fall in March
    const t = now();
    // Two requests this month: one accepted the next morning, one never accepted (four days old).
    const quick = await seedRequest(world.store, t - 4 * DAY, OWN_STATION, OWN_COMPANY, { status: 'accepted' });
    await world.store.update(
      'service_requests',
      { _id: quick },
      {
        set: {
          history: [
            { at: t - 4 * DAY, by: 'u', byName: '企业', event: 'created', status: 'submitted' },
            { at: t - 3 * DAY, by: 'u', byName: '联络员', event: 'accepted', status: 'accepted' },
          ],
        },
      },
    );
    await seedRequest(world.store, t - 4 * DAY, OWN_STATION, OWN_COMPANY);
    // A complaint answered late (the sweep marked it), one in time.
    await seedComplaint(world.store, t - DAY, OWN_STATION, OWN_COMPANY, {
      history: [
        { at: t - DAY, by: 'c', byName: '投诉人', event: 'created', status: 'submitted' },
        { at: t, by: 'system', byName: '系统', event: 'overdue', status: 'submitted' },
      ],
    });
    await seedComplaint(world.store, t - DAY, OWN_STATION, OWN_COMPANY);
    // A follow-up due yesterday and still open.
    await seedFollowUp(world.store, t, OWN_STATION, OWN_COMPANY, { dueInDays: -1 });

    const review = ok<ServiceReview>(
      await call('serviceReview', { period: { kind: 'month', anchor: shanghaiDate(t) } }, chief),
    );
    const byId = Object.fromEntries(review.internal.map((c) => [c.id, c]));
    expect(byId['request-accept']).toMatchObject({ total: 2, onTime: 1, rate: 50 });
    expect(byId['request-accept']!.late.map((l) => l.label)).toEqual([`测试企业${OWN_COMPANY}（尚未受理）`]);
    expect(byId['complaint-answer']).toMatchObject({ total: 2, onTime: 1 });
    expect(byId['follow-up']).toMatchObject({ total: 1, onTime: 0 });
    expect(review.external.complaints).toMatchObject({ total: 2, overdue: 1 });
    expect(review.findings.map((f) => f.source)).toEqual(['self_check', 'self_check', 'self_check', 'complaint']);
    expect(review.itemLimits.map((i) => i.timeLimit)).toContain('5个工作日');
  });
});

describe('keeping the service review as the period’s record', () => {
  it('lists it in the year’s archive, once per period however often it is kept', async () => {
    const chief = await world.actor('chief');
    await seedComplaint(world.store, now(), OWN_STATION, OWN_COMPANY);
    const period = { kind: 'month', anchor: shanghaiDate(now()) };
    ok(await call('saveServiceReview', { period }, chief));
    world.clock.advance(DAY);
    ok(await call('saveServiceReview', { period }, chief));
    const archive = ok<StationArchive>(await call('stationArchive', { year: 2025 }, chief));
    expect(archive.reviews).toEqual([
      expect.objectContaining({
        label: '2025年3月',
        findings: ['本期收到投诉 1 件'],
        checks: expect.arrayContaining([expect.objectContaining({ title: '服务需求受理' })]),
      }),
    ]);
    expect(archive.reviews[0]!.savedAt).toBe(now());
    // A district admin reads the review, but keeping it is the station's.
    failed(
      await call('saveServiceReview', { stationId: OWN_STATION, period }, await world.actor('district_admin')),
      'FORBIDDEN',
    );
  });
});
