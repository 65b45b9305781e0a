/**
 * The demo's clue referrals (线索移交, 004 §7.3.2.4), made through the referral function at the
 * time each step happened. The city's protection center has a rights-protection officer (韩雪,
 * invited by the admin); the demo station refers two clues to it:
 *   - the liaison's phone consultation about an infringement warning letter (the walk-in record
 *     with a rights clue, server/demo/consultations.ts), with the company's consent: received
 *     and in handling;
 *   - 赵专家's overseas litigation consultation, without the company's consent (the center reads
 *     「企业未同意披露」): received, handled and closed with its result.
 * Runs after the walk-in consultations, whose records it refers.
 */
import type { ConsultationRecordDoc } from '../../core/store/docs';
import { DEMO_STATION_ID, DEMO_USERS, registerPeople } from './accounts';
import type { DemoStage } from './stage';

/** The city's protection center (reference data): where the demo's clues go. */
export const DEMO_CLUE_CENTER_ID = 'st-city-center';

async function recordOf(s: DemoStage, where: Record<string, string | boolean>): Promise<string> {
  const [record] = await s.store.find<ConsultationRecordDoc>('consultation_records', {
    where: { stationId: DEMO_STATION_ID, ...where },
    limit: 1,
  });
  if (!record) throw new Error(`demo data: no consultation record ${JSON.stringify(where)} to refer`);
  return record._id;
}

export async function demoReferrals(s: DemoStage): Promise<void> {
  const [officer] = await registerPeople(s, [
    { key: 'city-officer', name: '韩雪', mobile: '13910010006', title: '维权援助专员' },
  ]);
  s.at(s.day(-20, '09:30'));
  const invitation = await s.act(DEMO_USERS.admin, 'account', 'createInvitation', {
    clientRequestId: s.requestId('invite-city-officer'),
    stationId: DEMO_CLUE_CENTER_ID,
    role: 'liaison',
    validDays: 7,
  });
  s.at(s.day(-20, '10:15'));
  await s.act(officer!.userId, 'account', 'redeemInvitation', { code: invitation.code });

  // The warning letter (walk-in w-2, nine days ago): referred with consent, received, in handling.
  const warning = await recordOf(s, { rightsClue: true, consultantId: DEMO_USERS.liaison });
  s.at(s.day(-8, '14:00'));
  const open = await s.act(DEMO_USERS.liaison, 'referral', 'createReferral', {
    clientRequestId: s.requestId('referral-warning-letter'),
    source: { kind: 'record', id: warning },
    target: { kind: 'station', stationId: DEMO_CLUE_CENTER_ID },
    summary:
      '企业收到竞争对手的专利侵权警告函，要求其停止销售两款产品。企业认为不构成侵权，希望获得纠纷应对指导和维权援助。',
    companyConsent: true,
  });
  s.at(s.day(-8, '16:30'));
  await s.act(officer!.userId, 'referral', 'advanceReferral', { referralId: open.id, step: 'receive' });
  s.at(s.day(-7, '10:00'));
  await s.act(officer!.userId, 'referral', 'advanceReferral', {
    referralId: open.id,
    step: 'start',
    note: '已联系企业，约定提交对方专利及产品资料',
  });

  // The overseas litigation (walk-in w-5, six days ago): without consent, closed with its result.
  const overseas = await recordOf(s, { consultantId: DEMO_USERS.expert, category: 'studio_overseas' });
  s.at(s.day(-5, '11:00'));
  const closed = await s.act(DEMO_USERS.expert, 'referral', 'createReferral', {
    clientRequestId: s.requestId('referral-overseas'),
    source: { kind: 'record', id: overseas },
    target: { kind: 'station', stationId: DEMO_CLUE_CENTER_ID },
    summary: '企业在美国被诉专利侵权，应诉期限紧迫，需要海外纠纷应对指导和律师资源对接。',
    companyConsent: false,
  });
  s.at(s.day(-5, '15:00'));
  await s.act(officer!.userId, 'referral', 'advanceReferral', { referralId: closed.id, step: 'receive' });
  s.at(s.day(-4, '09:30'));
  await s.act(officer!.userId, 'referral', 'advanceReferral', { referralId: closed.id, step: 'start' });
  s.at(s.day(-2, '17:00'));
  await s.act(officer!.userId, 'referral', 'advanceReferral', {
    referralId: closed.id,
    step: 'close',
    result: '已转海外知识产权纠纷应对指导中心，为企业对接两家涉美诉讼律所并完成应诉策略指导，企业已按期提交答辩。',
  });
}
