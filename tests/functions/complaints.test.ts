/**
 * Complaints through the runtime (complaint.*, jobs.sweepOverdueComplaints), on the world's test
 * clock (Monday 2025-03-03 09:00 Shanghai): who a complaint goes to, the answer limit in working
 * days, answer → accept or escalate → review, the overdue sweep telling the admins once, and the
 * complainant kept from the person complained about unless the handler shares who it was.
 */
import type { ComplaintDetail, ComplaintSummary, PageOf } from '../../core/contract';
import { COMPLAINANT_WITHHELD } from '../../core/rules/complaint-flow';
import { shanghaiInstant } from '../../core/rules/time';
import type { ComplaintDoc, NotificationDoc } from '../../core/store/docs';
import { seedRecord } from '../support/archive-seed';
import { DAY } from '../support/clock';
import { stationConsultant } from '../support/consult-seed';
import { failed, ok } from '../support/envelope';
import { newRequestId, OTHER_STATION, OWN_STATION } from '../support/fixtures';
import { runAsSystem } from '../support/jobs';
import { createWorld, OTHER_COMPANY, OWN_COMPANY, seedMember, type Actor, type World } from '../support/world';

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(() => world.close());

const now = () => world.clock.now();
const call = (action: string, input: Record<string, unknown>, actor: Actor) =>
  world.run('complaint', { action, ...input }, actor);
const noticesOf = (who: Actor | string, kind: string) =>
  world.store.find<NotificationDoc>('notifications', {
    where: { userId: typeof who === 'string' ? who : who.userId, kind },
  });

/** A complaint about the consultant of a consultation the complainant's company received at OWN_STATION. */
async function fileAboutConsultant(complainant: Actor): Promise<ComplaintDetail> {
  const consultant = await stationConsultant(world.store, now(), OWN_STATION);
  const record = await seedRecord(world.store, now(), OWN_STATION, OWN_COMPANY, { consultantId: consultant });
  return ok<ComplaintDetail>(
    await call(
      'fileComplaint',
      {
        clientRequestId: newRequestId('cmp'),
        subject: { kind: 'record', refId: record, aboutPerson: true },
        facts: '咨询时顾问态度敷衍，没有回答我们提出的问题',
        wanted: '希望重新安排咨询',
      },
      complainant,
    ),
  );
}

async function sweep(): Promise<{ checked: number; overdue: number }> {
  const env = await runAsSystem(world, { action: 'sweepOverdueComplaints' });
  if (!env.ok) throw new Error(`sweepOverdueComplaints failed: ${JSON.stringify(env.error)}`);
  return env.data as { checked: number; overdue: number };
}

describe('filing a complaint', () => {
  it('goes to the station’s chief, due in 5 working days, about the person who served the company', async () => {
    const chief = await world.actor('chief');
    const filed = await fileAboutConsultant(await world.actor('company'));
    expect(filed).toMatchObject({
      status: 'submitted',
      route: 'chief',
      subject: { kind: 'person' },
      side: 'complainant',
    });
    expect(filed.personName).toBe(`驻站专家${OWN_STATION}`);
    // Monday 09:00 + 5 working days = the next Monday 09:00.
    expect(filed.dueAt).toBe(shanghaiInstant('2025-03-10', '09:00'));
    expect(await noticesOf(chief, 'complaint.filed')).toHaveLength(1);
    const queue = ok<PageOf<ComplaintSummary>>(await call('listComplaints', {}, chief));
    expect(queue.items.map((c) => c.id)).toEqual([filed.id]);
  });

  it('refuses a record of another company, and writes nothing', async () => {
    const record = await seedRecord(world.store, now(), OTHER_STATION, OTHER_COMPANY);
    const env = await call(
      'fileComplaint',
      {
        clientRequestId: newRequestId('cmp'),
        subject: { kind: 'record', refId: record },
        facts: '想投诉别的企业接受过的服务内容',
      },
      await world.actor('company'),
    );
    expect(failed(env, 'FORBIDDEN').message).toBe('只能投诉本企业接受过的服务，请从“我的”记录中选择');
    expect(await world.store.count('complaints', {})).toBe(0);
  });

  it('about the chief in person goes to the admin: the chief neither lists, reads nor answers it', async () => {
    const chief = await world.actor('chief');
    const admin = await world.actor('admin');
    const filed = ok<ComplaintDetail>(
      await call(
        'fileComplaint',
        {
          clientRequestId: newRequestId('cmp'),
          subject: { kind: 'station', stationId: OWN_STATION, aboutChief: true },
          facts: '站长在接待时态度恶劣，拒绝受理我们的需求',
        },
        await world.actor('company'),
      ),
    );
    expect(filed.route).toBe('admin');
    expect(ok<PageOf<ComplaintSummary>>(await call('listComplaints', {}, chief)).total).toBe(0);
    failed(await call('getComplaint', { complaintId: filed.id }, chief), 'FORBIDDEN');
    const refused = failed(
      await call('answerComplaint', { complaintId: filed.id, answer: '我们会认真核实并改进服务' }, chief),
      'FORBIDDEN',
    );
    expect(refused.message).toBe('您无权查看该投诉');
    expect(await noticesOf(admin, 'complaint.filed')).toHaveLength(1);
    ok(await call('answerComplaint', { complaintId: filed.id, answer: '已约谈站长并要求整改' }, admin));
  });

  it('counts the admin’s limit in working days of the admin’s calendar, skipping weekends and holidays', async () => {
    const admin = await world.actor('admin');
    ok(await call('setComplaintSettings', { answerDays: 3 }, admin));
    ok(await world.run('directory', { action: 'setWorkCalendar', holidays: ['2025-03-10'], workdays: [] }, admin));
    world.clock.advance(3 * DAY + HOUR); // Thursday 2025-03-06 10:00
    const filed = await fileAboutConsultant(await world.actor('company'));
    // Thursday → Friday, (weekend), (Monday a holiday), Tuesday, Wednesday 10:00.
    expect(filed.dueAt).toBe(shanghaiInstant('2025-03-12', '10:00'));
  });
});

const HOUR = 3_600_000;

describe('answer, accept or escalate, review', () => {
  it('the complainant accepts the chief’s answer: closed, whoever answered is told', async () => {
    const company = await world.actor('company');
    const chief = await world.actor('chief');
    const filed = await fileAboutConsultant(company);
    const answered = ok<ComplaintDetail>(
      await call('answerComplaint', { complaintId: filed.id, answer: '已核实情况并向企业致歉，将重新安排咨询' }, chief),
    );
    expect(answered.status).toBe('answered');
    expect(await noticesOf(company, 'complaint.answered')).toHaveLength(1);
    const seen = ok<ComplaintDetail>(await call('getComplaint', { complaintId: filed.id }, company));
    expect(seen.steps.sort()).toEqual(['accept', 'escalate']);
    const closed = ok<ComplaintDetail>(await call('acceptAnswer', { complaintId: filed.id }, company));
    expect(closed.status).toBe('closed');
    expect(await noticesOf(chief, 'complaint.accepted')).toHaveLength(1);
  });

  it('an escalation is reviewed by the admin, due anew, and the review closes it', async () => {
    const company = await world.actor('company');
    const chief = await world.actor('chief');
    const admin = await world.actor('admin');
    const filed = await fileAboutConsultant(company);
    ok(await call('answerComplaint', { complaintId: filed.id, answer: '经核实顾问当天身体不适，已致歉' }, chief));
    world.clock.advance(DAY);
    const escalated = ok<ComplaintDetail>(
      await call('escalateComplaint', { complaintId: filed.id, reason: '答复没有解决重新安排咨询的诉求' }, company),
    );
    expect(escalated.status).toBe('escalated');
    expect(escalated.dueAt).toBe(shanghaiInstant('2025-03-11', '09:00'));
    expect(await noticesOf(admin, 'complaint.escalated')).toHaveLength(1);
    // The chief's part is over: only the admin reviews.
    failed(
      await call('reviewComplaint', { complaintId: filed.id, answer: '经复核同意工作站答复' }, chief),
      'FORBIDDEN',
    );
    const reviewed = ok<ComplaintDetail>(
      await call('reviewComplaint', { complaintId: filed.id, answer: '经复核，要求工作站三日内重新安排咨询' }, admin),
    );
    expect(reviewed).toMatchObject({ status: 'closed', review: { byName: expect.any(String) } });
    expect(await noticesOf(company, 'complaint.reviewed')).toHaveLength(1);
    expect(ok<ComplaintDetail>(await call('getComplaint', { complaintId: filed.id }, company)).steps).toEqual([]);
  });

  it('two answers at once: one lands, the other is told the complaint moved', async () => {
    const filed = await fileAboutConsultant(await world.actor('company'));
    const [a, b] = await Promise.all([
      call(
        'answerComplaint',
        { complaintId: filed.id, answer: '第一位站长的答复内容如下' },
        await world.actor('chief'),
      ),
      call(
        'answerComplaint',
        { complaintId: filed.id, answer: '第二位站长的答复内容如下' },
        await world.actor('chief'),
      ),
    ]);
    expect([a, b].filter((e) => e.ok)).toHaveLength(1);
    expect(
      failed(
        [a, b].find((e) => !e.ok)!,
        'CONFLICT',
      ).message,
    ).toBe('投诉状态已变化，请刷新后查看');
  });
});

describe('the overdue sweep', () => {
  it('tells the admins and the chief once when the answer is late, and again when a review is late', async () => {
    const company = await world.actor('company');
    const chief = await world.actor('chief');
    const admin = await world.actor('admin');
    const filed = await fileAboutConsultant(company);
    world.clock.advance(filed.dueAt! - now()); // due, not past
    expect(await sweep()).toEqual({ checked: 0, overdue: 0 });
    world.clock.advance(1);
    const runs = await Promise.all([sweep(), sweep()]);
    expect(runs.reduce((n, r) => n + r.overdue, 0)).toBe(1);
    expect(await sweep()).toEqual({ checked: 0, overdue: 0 });
    expect(await noticesOf(admin, 'complaint.overdue')).toHaveLength(1);
    expect(await noticesOf(chief, 'complaint.overdue')).toHaveLength(1);
    expect(ok<ComplaintSummary>(await call('getComplaint', { complaintId: filed.id }, chief)).overdue).toBe(true);

    ok(await call('answerComplaint', { complaintId: filed.id, answer: '迟到的答复，已向企业说明情况' }, chief));
    const escalated = ok<ComplaintDetail>(
      await call('escalateComplaint', { complaintId: filed.id, reason: '答复太晚，也没有解决问题' }, company),
    );
    world.clock.advance(escalated.dueAt! - now() + 1);
    expect((await sweep()).overdue).toBe(1);
    expect(await noticesOf(admin, 'complaint.overdue')).toHaveLength(2);
    const stored = (await world.store.get<ComplaintDoc>('complaints', filed.id))!;
    expect(stored.history.filter((h) => h.event === 'overdue')).toHaveLength(2);
  });
});

describe('the person complained about', () => {
  it('sees nothing until the chief passes it on, then not who complained unless the chief shares it', async () => {
    const company = await world.actor('company');
    const chief = await world.actor('chief');
    const consultant: Actor = { userId: await stationConsultant(world.store, now(), OWN_STATION) };
    const filed = await fileAboutConsultant(company);
    failed(await call('getComplaint', { complaintId: filed.id }, consultant), 'FORBIDDEN');
    expect(ok<PageOf<ComplaintSummary>>(await call('listSharedWithMe', {}, consultant)).total).toBe(0);

    const shared = ok<ComplaintDetail>(await call('shareComplaint', { complaintId: filed.id }, chief));
    expect(shared.shared).toMatchObject({ identity: false });
    expect(shared.canShare).toBe(false);
    expect(await noticesOf(consultant, 'complaint.shared')).toHaveLength(1);
    const listed = ok<PageOf<ComplaintSummary>>(await call('listSharedWithMe', {}, consultant)).items[0]!;
    expect([listed.complainantName, listed.companyName]).toEqual([COMPLAINANT_WITHHELD, COMPLAINANT_WITHHELD]);
    const read = ok<ComplaintDetail>(await call('getComplaint', { complaintId: filed.id }, consultant));
    expect(read.side).toBe('person');
    expect(read.steps).toEqual([]);
    expect(JSON.stringify(read)).not.toContain('company 测试');
    expect(read.history.find((h) => h.event === 'created')?.byName).toBe('投诉人');
    // The chief still knows, and passing it on twice is refused.
    expect(ok<ComplaintDetail>(await call('getComplaint', { complaintId: filed.id }, chief)).complainantName).toBe(
      'company 测试',
    );
    failed(await call('shareComplaint', { complaintId: filed.id, revealIdentity: true }, chief), 'CONFLICT');
  });

  it('learns who complained when the chief shares it', async () => {
    const company = await world.actor('company');
    const consultant: Actor = { userId: await stationConsultant(world.store, now(), OWN_STATION) };
    const filed = await fileAboutConsultant(company);
    ok(await call('shareComplaint', { complaintId: filed.id, revealIdentity: true }, await world.actor('chief')));
    const read = ok<ComplaintDetail>(await call('getComplaint', { complaintId: filed.id }, consultant));
    expect(read.complainantName).toBe('company 测试');
    expect(read.companyName).toBe(`测试企业${OWN_COMPANY}`);
  });

  it('another liaison of the station reads none of it', async () => {
    const liaison = await seedMember(world.store, now(), 'liaison', { stationId: OWN_STATION });
    const filed = await fileAboutConsultant(await world.actor('company'));
    ok(await call('shareComplaint', { complaintId: filed.id }, await world.actor('chief')));
    failed(await call('getComplaint', { complaintId: filed.id }, liaison), 'FORBIDDEN');
    expect(ok<PageOf<ComplaintSummary>>(await call('listSharedWithMe', {}, liaison)).total).toBe(0);
  });
});
