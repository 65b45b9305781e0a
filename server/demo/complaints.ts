/**
 * The demo's complaints (投诉, 004 §9.2), made through the complaint function at the time each step
 * happened, so every role has one to see:
 *   - the demo company about 李联络's consultation: the chief passed it on to him (without who
 *     complained), answered, and the company accepted: closed; 李联络 reads it in 涉及我的投诉;
 *     two improvement actions (整改) came of it — the chief's roster change (done) and 李联络's
 *     call-back to the company (due yesterday: overdue on his 工作台);
 *   - 陈立's company about the station's waiting time, two days ago: waiting for the chief;
 *   - 郑洁's company about the station, answered, then escalated: waiting for the admin's review;
 *   - 刘婷's company about the chief in person, nine days ago and never answered: the admin's, and
 *     overdue (the demo's final timer run tells the admin).
 */
import type { ConsultationRecordDoc } from '../../core/store/docs';
import { DEMO_COMPANY_ID, DEMO_STATION_ID, DEMO_USERS } from './accounts';
import type { Booker } from './consultations';
import { HOUR, type DemoStage } from './stage';

async function demoCompanyRecordWithLiaison(s: DemoStage, before: number): Promise<ConsultationRecordDoc> {
  const [record] = await s.store.find<ConsultationRecordDoc>('consultation_records', {
    where: { companyId: DEMO_COMPANY_ID, consultantId: DEMO_USERS.liaison, consultedAt: { $lt: before } },
    orderBy: [['consultedAt', 'desc']],
    limit: 1,
  });
  if (!record) throw new Error('demo data: no consultation of the demo company with 李联络 to complain about');
  return record;
}

export async function demoComplaints(s: DemoStage, staff: Booker[]): Promise<void> {
  const [chen, liu, zheng] = staff as [Booker, Booker, Booker];

  // The demo company, about 李联络's consultation: passed on, answered, accepted.
  const filedAt = s.day(-9, '16:20');
  const record = await demoCompanyRecordWithLiaison(s, filedAt - HOUR);
  s.at(filedAt);
  const closed = await s.act(DEMO_USERS.company, 'complaint', 'fileComplaint', {
    clientRequestId: s.requestId('complaint-liaison'),
    subject: { kind: 'record', refId: record._id, aboutPerson: true },
    facts: '咨询时联络员多次接听其他电话，对我们提出的商标续展问题解释得很简单，没有给出办理步骤。',
    wanted: '希望工作站重视咨询质量，重新讲解续展流程。',
  });
  s.at(s.day(-8, '10:00'));
  await s.act(DEMO_USERS.chief, 'complaint', 'shareComplaint', { complaintId: closed.id, revealIdentity: false });
  s.at(s.day(-7, '15:30'));
  await s.act(DEMO_USERS.chief, 'complaint', 'answerComplaint', {
    complaintId: closed.id,
    answer:
      '经核实，联络员当天同时值守热线，咨询受到干扰。已安排其于本周电话回访贵司，完整讲解商标续展流程，并调整值班安排。',
  });
  s.at(s.day(-6, '09:40'));
  await s.act(DEMO_USERS.company, 'complaint', 'acceptAnswer', { complaintId: closed.id });
  // 整改 on it: the duty roster (done), and a phone call-back to the company (due yesterday, still open).
  s.at(s.day(-6, '11:00'));
  const roster = await s.act(DEMO_USERS.chief, 'quality', 'createImprovement', {
    clientRequestId: s.requestId('improve-roster'),
    source: { kind: 'complaint', refId: closed.id },
    finding: '联络员同时值守热线，咨询受到干扰',
    measure: '热线与现场咨询分开排班，咨询期间热线转接他人',
    ownerId: DEMO_USERS.chief,
    dueDate: s.date(-3),
  });
  await s.act(DEMO_USERS.chief, 'quality', 'createImprovement', {
    clientRequestId: s.requestId('improve-callback'),
    source: { kind: 'complaint', refId: closed.id },
    finding: '商标续展流程未讲解清楚',
    measure: '电话回访企业，完整讲解商标续展流程并发送办理指引',
    ownerId: DEMO_USERS.liaison,
    dueDate: s.date(-1),
  });
  s.at(s.day(-4, '18:00'));
  await s.act(DEMO_USERS.chief, 'quality', 'completeImprovement', {
    improvementId: roster.id,
    evidence: '已调整排班表，本周起热线与现场咨询分开值守。',
    attachments: [],
  });

  // 郑洁's company, about the station: answered, escalated, waiting for the admin.
  s.at(s.day(-6, '14:00'));
  const escalated = await s.act(zheng.userId, 'complaint', 'fileComplaint', {
    clientRequestId: s.requestId('complaint-escalated'),
    subject: { kind: 'station', stationId: DEMO_STATION_ID, aboutChief: false },
    facts: '提交的专利检索需求一周没有人联系，电话也打不通，耽误了我们的申请计划。',
    wanted: '尽快安排专人跟进，并说明延误原因。',
  });
  s.at(s.day(-5, '11:00'));
  await s.act(DEMO_USERS.chief, 'complaint', 'answerComplaint', {
    complaintId: escalated.id,
    answer: '该需求因联络员休假未能及时受理，已安排其他联络员跟进，近期将联系贵司。',
  });
  s.at(s.day(-4, '09:15'));
  await s.act(zheng.userId, 'complaint', 'escalateComplaint', {
    complaintId: escalated.id,
    reason: '答复后仍无人联系，希望上级督促。',
  });

  // 刘婷's company, about the chief in person: the admin's, never answered.
  s.at(s.day(-9, '11:30'));
  await s.act(liu.userId, 'complaint', 'fileComplaint', {
    clientRequestId: s.requestId('complaint-chief'),
    subject: { kind: 'station', stationId: DEMO_STATION_ID, aboutChief: true },
    facts: '站长在培训报名现场对我们的提问态度生硬，并拒绝为迟到两分钟的学员签到。',
    wanted: '希望站长改进服务态度。',
  });

  // 陈立's company, about the waiting time: waiting for the chief.
  s.at(s.day(-2, '17:05'));
  await s.act(chen.userId, 'complaint', 'fileComplaint', {
    clientRequestId: s.requestId('complaint-waiting'),
    subject: { kind: 'station', stationId: DEMO_STATION_ID, aboutChief: false },
    facts: '按预约时间到站后等了四十分钟才有人接待，现场也没有人说明原因。',
  });
}
