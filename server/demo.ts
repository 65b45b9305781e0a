/**
 * Demo data: one login per role at the 中关村软件园 workstation and a confirmed demo company
 * (printed by `npm start`), and — on the first start only — a lived-in station around them, dated
 * relative to that day: consultants' hours, bookings past and coming, archive records and ratings
 * (one low, followed up), a ledger of about thirty companies with visits, service requests in
 * every status, trainings past (check-ins, answers, talent pool) and coming (full, waitlist), and
 * unread notices for every role. Everything after the logins is made by the real actions
 * (server/demo/stage.ts), so the demo holds only states the product can reach.
 *
 * Loaded once: a `migrations` marker records it, and the station is loaded only on the start that
 * creates the demo logins — a database that had them before (an older version, or people who have
 * been using it) is never written into. A load that was interrupted is reported on the next start.
 */
import type { Clock, Store } from '../core/ports';
import type { MigrationDoc, UserDoc } from '../core/store/docs';
import { insertIfAbsent } from '../cloudfunctions/_shared/records';
import type { HostAuth } from './auth';
import { DEMO_COMPANY_ID, DEMO_STATION_ID, DEMO_USERS, ensureDemoAccounts, registerPeople } from './demo/accounts';
import { SYSTEM_CALLER } from '../cloudfunctions/_shared/system';
import { demoCreditCode, enterLedger, fillDemoCompanyProfile, visitDemoCompany, visitLedger } from './demo/companies';
import {
  demoCompanyConsultations,
  publishHours,
  stationConsultations,
  walkInConsultations,
} from './demo/consultations';
import { demoExperts } from './demo/experts';
import { demoRequests } from './demo/requests';
import { demoReferrals } from './demo/referrals';
import { demoComplaints } from './demo/complaints';
import { demoEvaluation } from './demo/evaluation';
import { demoArticles } from './demo/articles';
import { demoSpecialServices } from './demo/special-services';
import { demoStudios } from './demo/studio';
import { demoStage, type DemoStage } from './demo/stage';
import { attendeeOf, demoCompanyAttendee, demoTrainings } from './demo/trainings';

export {
  DEMO_ACCOUNTS,
  DEMO_COMPANY_ID,
  DEMO_COMPANY_NAME,
  DEMO_CREDIT_CODE,
  DEMO_PASSWORD,
  DEMO_STATION_ID,
  DEMO_USERS,
  demoOpenid,
  type DemoAccount,
} from './demo/accounts';

/** The `migrations` document that marks the demo station as loaded. */
export const DEMO_MARKER_ID = 'demo-station-v1';

export async function loadDemoData(store: Store, clock: Clock, auth: HostAuth): Promise<void> {
  const marker = await store.get<MigrationDoc>('migrations', DEMO_MARKER_ID);
  if (marker?.state === 'loading') {
    throw new Error(
      '演示数据上次没有加载完（启动被中断），不会再次写入：请删除数据目录后重新启动，或加 --no-demo 启动。' +
        ` demo data: the load begun at ${new Date(marker.appliedAt).toISOString()} never finished`,
    );
  }
  // Fresh: the demo logins are not there yet. Marked as loading before the first write, so an
  // interrupted load is reported on the next start instead of leaving a half-filled station.
  const fresh = !marker && !(await store.get<UserDoc>('users', DEMO_USERS.company));
  if (fresh) {
    await insertIfAbsent(store, 'migrations', { _id: DEMO_MARKER_ID, appliedAt: clock.now(), state: 'loading' });
  }
  await ensureDemoAccounts(store, clock.now(), auth);
  if (!fresh) return;
  await loadStation(demoStage(store, clock, auth));
  await store.update('migrations', { _id: DEMO_MARKER_ID }, { set: { state: 'done' } });
}

async function loadStation(s: DemoStage): Promise<void> {
  const [chen, liu, zheng, qian, sun] = await registerPeople(s, [
    { key: 'chen', name: '陈立', mobile: '13910010001', title: '研发总监' },
    { key: 'liu', name: '刘婷', mobile: '13910010002', title: '法务经理' },
    { key: 'zheng', name: '郑洁', mobile: '13910010003', title: '行政主管' },
    { key: 'qian', name: '钱进', mobile: '13910010004', title: '总经理' },
    { key: 'sun', name: '孙晓', mobile: '13910010005', title: '联络员' },
  ]);

  const ledger = await enterLedger(s);
  // Staff of three ledger companies claimed them with the join code the liaison handed over.
  const joined = [
    { person: chen!, company: ledger[0]! },
    { person: liu!, company: ledger[1]! },
    { person: zheng!, company: ledger[5]! },
  ];
  for (const [i, j] of joined.entries()) {
    s.at(s.day(-150 + i * 7, '10:00'));
    await s.act(j.person.userId, 'account', 'joinCompany', { joinCode: j.company.joinCode });
  }
  await fillDemoCompanyProfile(s);
  await visitLedger(s, ledger);
  await visitDemoCompany(s);

  await publishHours(s);
  const company = { userId: DEMO_USERS.company, companyId: DEMO_COMPANY_ID };
  const staff = joined.map((j) => ({ userId: j.person.userId, companyId: j.company.id }));
  await demoCompanyConsultations(s);
  await stationConsultations(s, staff);
  await walkInConsultations(s, ledger);

  // The roster first: assignRequest takes only an expert filed on it.
  await demoExperts(s);
  await demoRequests(s, company, staff);
  await demoReferrals(s);

  await demoTrainings(
    s,
    demoCompanyAttendee(),
    joined.map((j) => attendeeOf(j.person, j.company.name)),
  );

  // The admin invited a second liaison, who joined this week (the admin is told).
  s.at(s.day(-4, '10:00'));
  const invitation = await s.act(DEMO_USERS.admin, 'account', 'createInvitation', {
    clientRequestId: s.requestId('invite-sun'),
    stationId: DEMO_STATION_ID,
    role: 'liaison',
    validDays: 7,
  });
  s.at(s.day(-3, '09:10'));
  await s.act(sun!.userId, 'account', 'redeemInvitation', { code: invitation.code });

  // A company registered the day before yesterday and waits for the station to confirm it.
  s.at(s.day(-2, '16:40'));
  await s.act(qian!.userId, 'account', 'createCompany', {
    clientRequestId: s.requestId('company-qian'),
    name: '北京未来芯材科技有限公司',
    creditCode: demoCreditCode(99),
    district: 'haidian',
    stationId: DEMO_STATION_ID,
    contactName: qian!.name,
    contactMobile: qian!.mobile,
  });

  await demoComplaints(s, staff);
  await demoEvaluation(s);
  await demoArticles(s);
  await demoSpecialServices(s);
  await demoStudios(s, joined);

  // The timer's sweeps at the demo's "now", as the host's job interval would run them: the
  // assignment 李联络 never answered is overdue (he and the chief are told) and escalated (the
  // city's admin and 海淀区's district admin are told); the complaint about the chief is overdue.
  s.at(s.start);
  await s.act(SYSTEM_CALLER.userId, 'jobs', 'sweepOverdueRequests', {});
  await s.act(SYSTEM_CALLER.userId, 'jobs', 'sweepOverdueComplaints', {});
}
