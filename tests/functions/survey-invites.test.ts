/**
 * The invitation to rate a training (jobs.sendSurveyInvites), as the platform's timer runs it:
 * once a session has ended, each person checked in at it gets exactly one notice linking to
 * the questionnaire — however often or concurrently the job runs — nobody before the end, and
 * nobody who was not checked in. Also run by the host's job interval (host.runJobs).
 */
import { surveyLink } from '../../core/rules/survey';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../core/rules/time';
import type { NotificationDoc, TrainingSessionDoc } from '../../core/store/docs';
import { ok } from '../support/envelope';
import { OWN_STATION } from '../support/fixtures';
import { startTestHost } from '../support/host';
import { runAsSystem } from '../support/jobs';
import { seedCheckin, seedManualCheckin, seedSession } from '../support/survey-seed';
import { createWorld, type World } from '../support/world';

const KIND = 'survey.invite';

let world: World;
beforeEach(async () => {
  world = await createWorld(); // Monday 2025-03-03 09:00 in Shanghai
});
afterEach(() => world.close());

const invite = async () =>
  ok<{ sessions: number; sent: number }>(await runAsSystem(world, { action: 'sendSurveyInvites' }));

const invitations = () =>
  world.store.find<NotificationDoc>('notifications', { where: { kind: KIND }, orderBy: [['userId', 'asc']] });

/** A session starting in an hour (ends at 12:00), with three people checked in and others around. */
async function sessionWithPeople() {
  const session = await seedSession(world.store, OWN_STATION, world.clock.now() + HOUR_MS, {
    title: '专利检索与信息分析',
    stationName: '中关村工作站',
  });
  const checkedIn = ['u-a', 'u-b', 'u-c'];
  for (const userId of checkedIn) await seedCheckin(world.store, session, userId);
  await seedManualCheckin(world.store, session, '13800000001'); // no account: nobody to write to
  // Signed up for it but never checked in: a sign-up is not a check-in.
  await world.store.insert('signups', {
    _id: `${session._id}:u-absent`,
    sessionId: session._id,
    stationId: OWN_STATION,
    userId: 'u-absent',
    name: '缺席者',
    companyName: '示例科技',
    title: '经理',
    mobile: '13800000002',
    status: 'confirmed',
    source: 'self',
    seq: 1,
    createdAt: world.clock.now(),
  });
  return { session, checkedIn };
}

const untilAfterEnd = (s: TrainingSessionDoc) => world.clock.advance(s.endAt - world.clock.now() + MINUTE_MS);

describe('inviting those checked in to rate an ended training', () => {
  it('nobody before the end; after it, each person checked in exactly once, however the runs overlap', async () => {
    const { session, checkedIn } = await sessionWithPeople();
    expect(await invite()).toEqual({ sessions: 0, sent: 0 });
    world.clock.advance(2 * HOUR_MS); // 11:00: under way
    expect(await invite()).toEqual({ sessions: 0, sent: 0 });
    expect(await invitations()).toEqual([]);

    untilAfterEnd(session);
    const runs = await Promise.all([invite(), invite(), invite()]);
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(3);
    expect(await invite()).toEqual({ sessions: 1, sent: 0 });
    world.clock.advance(HOUR_MS);
    expect(await invite()).toEqual({ sessions: 1, sent: 0 });

    const sent = await invitations();
    expect(sent.map((n) => n.userId)).toEqual(checkedIn);
    for (const n of sent) {
      expect(n).toMatchObject({
        title: '请评价培训：专利检索与信息分析',
        link: surveyLink('training', session._id),
        read: false,
      });
      expect(n.body).toContain('感谢您参加3月3日中关村工作站的培训「专利检索与信息分析」');
    }
    expect(await world.store.count('notifications', { userId: 'u-absent' })).toBe(0);
    expect(await world.store.count('survey_invites')).toBe(3);
  });

  it('a late check-in is invited on a later run; a cancelled session and one ended days ago are not', async () => {
    const { session } = await sessionWithPeople();
    const cancelled = await seedSession(world.store, OWN_STATION, world.clock.now(), { status: 'cancelled' });
    await seedCheckin(world.store, cancelled, 'u-cancelled');
    const longAgo = await seedSession(world.store, OWN_STATION, world.clock.now() - 5 * DAY_MS);
    await seedCheckin(world.store, longAgo, 'u-old');

    untilAfterEnd(session);
    expect((await invite()).sent).toBe(3);
    await seedCheckin(world.store, session, 'u-late'); // checked in by hand after the end
    expect((await invite()).sent).toBe(1);
    expect((await invitations()).map((n) => n.userId)).toEqual(['u-a', 'u-b', 'u-c', 'u-late']);
  });

  it('is the timer’s alone: a person, even an admin, is refused and nobody is written to', async () => {
    const { session } = await sessionWithPeople();
    untilAfterEnd(session);
    const env = await world.run('jobs', { action: 'sendSurveyInvites' }, await world.actor('admin'));
    expect(env).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '此操作仅由系统定时任务执行' } });
    expect(await invitations()).toEqual([]);
  });
});

describe('on the host', () => {
  it('the job interval sends the invitations too (host.runJobs)', async () => {
    const t = await startTestHost({ demo: false });
    try {
      const now = t.clock.now();
      const session = await seedSession(t.host.store, OWN_STATION, now - 3 * HOUR_MS); // ended an hour ago
      await seedCheckin(t.host.store, session, 'u-host-trainee');
      await t.host.runJobs();
      await t.host.runJobs();
      const sent = await t.host.store.find<NotificationDoc>('notifications', { where: { kind: KIND } });
      expect(sent.map((n) => [n.userId, n.link])).toEqual([['u-host-trainee', surveyLink('training', session._id)]]);
    } finally {
      await t.close();
    }
  });
});
