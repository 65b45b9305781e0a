/**
 * The demo's expert roster (专家库, 004 §8), made by the expert function's actions: 赵专家
 * (DEMO_USERS.expert) filled in his profile, accepted the conduct commitment and was filed (备案)
 * by the admin two months ago — before the requests assigned to him (server/demo/requests.ts,
 * which must run after this). 周律师, invited by the chief this week, submitted his profile the
 * day before yesterday and waits for the admin to file it (the admin's 专家库 shows him first).
 */
import { DEMO_STATION_ID, DEMO_USERS, registerPeople } from './accounts';
import type { DemoStage } from './stage';

export async function demoExperts(s: DemoStage): Promise<void> {
  s.at(s.day(-62, '10:00'));
  await s.act(DEMO_USERS.expert, 'expert', 'saveMyProfile', {
    name: '赵专家',
    organisation: '北京中关村知识产权代理事务所',
    title: '专利代理师、合伙人',
    specialities: ['application', 'search', 'dispute', 'risk'],
    industries: ['ai', 'it', 'ic'],
    qualifications: [{ kind: 'patent_attorney', number: '11008866' }],
    yearsOfPractice: 10,
    stationIds: [DEMO_STATION_ID],
    mobile: '13900008866',
    email: 'zhao@example.com',
    acceptCommitment: true,
  });
  s.at(s.day(-61, '15:00'));
  await s.act(DEMO_USERS.admin, 'expert', 'fileExpert', { expertId: DEMO_USERS.expert });

  const [zhou] = await registerPeople(s, [{ key: 'zhou', name: '周律师', mobile: '13910010006', title: '律师' }]);
  s.at(s.day(-3, '11:00'));
  const invitation = await s.act(DEMO_USERS.chief, 'account', 'createInvitation', {
    clientRequestId: s.requestId('invite-zhou'),
    stationId: DEMO_STATION_ID,
    role: 'expert',
    validDays: 7,
  });
  s.at(s.day(-3, '14:20'));
  await s.act(zhou!.userId, 'account', 'redeemInvitation', { code: invitation.code });
  s.at(s.day(-2, '09:30'));
  await s.act(zhou!.userId, 'expert', 'saveMyProfile', {
    name: zhou!.name,
    organisation: '北京知信律师事务所',
    title: '执业律师',
    specialities: ['dispute', 'assistance', 'licensing', 'compliance'],
    industries: ['biomed', 'culture'],
    qualifications: [{ kind: 'lawyer', number: '11101201810123456' }],
    yearsOfPractice: 7,
    stationIds: [DEMO_STATION_ID],
    mobile: zhou!.mobile,
    acceptCommitment: true,
  });
}
