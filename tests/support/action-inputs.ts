/**
 * One valid input for every action, over "own" records (the demo station / the company actors'
 * company) or "other" ones (another station / another company). Factories may seed what the
 * input refers to (a pending company to review, an active code to revoke or redeem).
 */
import type { ActionName, FunctionName } from '../../core/contract';
import type { RequestStatus } from '../../core/enums';
import type { Store } from '../../core/ports';
import { DEFAULT_BOOKING_RULES } from '../../core/rules/slots';
import { shanghaiDate } from '../../core/rules/time';
import { consultantRole } from '../../cloudfunctions/_shared/people';
import { EVERY_DAY, freeSlot, seedBooking, stationConsultant } from './consult-seed';
import { seedRecord } from './archive-seed';
import { CHECKIN_INPUTS } from './checkin-seed';
import { ENTERPRISE_INPUTS } from './enterprise-seed';
import { SURVEY_INPUTS } from './survey-seed';
import { TRAINING_INPUTS } from './training-seed';
import { seedRequest } from './request-seed';
import { seedReferral } from './referral-seed';
import { seedArticle, seedComplaint, seedImprovement } from './complaint-seed';
import { seedSpecialList, SPECIAL_ITEM_ID, yearAt } from './special-seed';
import { STUDIO_INPUTS } from './studio-seed';
import { seedRound, type RoundSeed } from './evaluation-seed';
import { DEFAULT_INDICATOR_SECTIONS } from '../../core/reference/evaluation-indicators';
import { profileInput, seedExpert } from './expert-seed';
import { DAY } from './clock';
import { seedFollowUp, seedVisit, visitInput } from './visit-seed';
import {
  companyInput,
  newRequestId,
  newStationInput,
  OTHER_STATION,
  OWN_STATION,
  seededStationFields,
  serviceItemInput,
} from './fixtures';
import {
  OTHER_COMPANY,
  OWN_COMPANY,
  OWN_JOIN_CODE,
  seedInvitation,
  seedMember,
  seedPendingCompany,
  type Actor,
} from './world';

export type Target = 'own' | 'other';

export interface InputContext {
  store: Store;
  now: number;
  target: Target;
  actor: Actor | null;
}

export type InputFactory = (c: InputContext) => Promise<Record<string, unknown>> | Record<string, unknown>;

/** The city's protection center (reference data): where clues go. */
const CITY_CENTER = 'st-city-center';
const stationOf = (t: Target) => (t === 'own' ? OWN_STATION : OTHER_STATION);
const companyOf = (t: Target) => (t === 'own' ? OWN_COMPANY : OTHER_COMPANY);

/** A request of the target's company at the target's station (handled, when accepted, by the station's consultant). */
const requestOf = ({ store, now, target }: InputContext, status: RequestStatus = 'submitted') =>
  seedRequest(store, now, stationOf(target), companyOf(target), { status });

/** A booking of the target's company at the target's station, assigned to the station's consultant (not the caller). */
const bookingOf = ({ store, now, target }: InputContext) =>
  seedBooking(store, now, stationOf(target), companyOf(target));

/** A round with the caller assigned as reviewer of the own station (and someone else of the other). */
const roundFor = ({ store, now, actor }: InputContext, seed: Omit<RoundSeed, 'reviewers'> = {}) =>
  seedRound(store, now, {
    ...seed,
    reviewers: { [OWN_STATION]: actor?.userId ?? 'u-reviewer-own', [OTHER_STATION]: 'u-reviewer-other' },
  });

export const VALID_INPUTS: { [F in FunctionName]: Record<ActionName<F>, InputFactory> } = {
  studio: STUDIO_INPUTS,
  directory: {
    listStations: () => ({ district: 'haidian' }),
    getStation: ({ target }) => ({ stationId: stationOf(target) }),
    listPlatforms: () => ({}),
    listCourses: () => ({}),
    listCatalogue: () => ({}),
    createStation: () => newStationInput(),
    updateStation: ({ target }) => ({ stationId: stationOf(target), ...seededStationFields(stationOf(target)) }),
    saveServiceItem: ({ target }) => serviceItemInput(stationOf(target)),
    setServiceItemStatus: ({ target }) => ({
      stationId: stationOf(target),
      itemId: `${stationOf(target)}-item-1`,
      status: 'published',
    }),
    getWorkCalendar: () => ({}),
    setWorkCalendar: () => ({ holidays: ['2027-10-01', '2027-10-04'], workdays: ['2027-09-26'] }),
    getSpecialServices: ({ target, now }) => ({ stationId: stationOf(target), year: yearAt(now) }),
    saveSpecialServices: ({ target, now }) => ({
      stationId: stationOf(target),
      year: yearAt(now),
      items: [{ content: '专利导航服务', targets: '专精特新企业', frequency: 'quarterly', expected: '形成导航报告' }],
    }),
    publishSpecialServices: async ({ store, now, target }) => ({
      stationId: stationOf(target),
      year: await seedSpecialList(store, now, stationOf(target), 'draft'),
    }),
    logSpecialProgress: async ({ store, now, target }) => ({
      clientRequestId: newRequestId('sp'),
      stationId: stationOf(target),
      year: await seedSpecialList(store, now, stationOf(target)),
      itemId: SPECIAL_ITEM_ID,
      doneAt: now - 1000,
      note: '为三家企业开展专利导航',
    }),
  },
  account: {
    me: () => ({}),
    switchActing: ({ actor }) => ({ membershipId: actor?.membershipId ?? 'nobody:liaison:st-x' }),
    updateProfile: () => ({ displayName: '改过的名字' }),
    redeemInvitation: async ({ store, now, target }) => ({ code: await seedInvitation(store, now, stationOf(target)) }),
    createCompany: () => companyInput(),
    joinCompany: () => ({ joinCode: OWN_JOIN_CODE }),
    createInvitation: ({ target }) => ({
      clientRequestId: newRequestId('inv'),
      stationId: stationOf(target),
      role: 'liaison',
    }),
    listInvitations: ({ target }) => ({ stationId: stationOf(target) }),
    revokeInvitation: async ({ store, now, target }) => ({ code: await seedInvitation(store, now, stationOf(target)) }),
    getCompany: ({ target }) => ({ companyId: target === 'own' ? OWN_COMPANY : OTHER_COMPANY }),
    listCompanies: ({ target }) => ({ stationId: stationOf(target) }),
    reviewCompany: async ({ store, now, target }) => ({
      companyId: await seedPendingCompany(store, now, stationOf(target)),
      decision: 'confirm',
    }),
    // One's own inbox only: there is no "other" (someone else's ids are simply not matched).
    listNotices: () => ({ unreadOnly: true }),
    markNoticesRead: () => ({ all: true }),
  },
  consult: {
    listConsultants: ({ target }) => ({ stationId: stationOf(target) }),
    listStationMembers: ({ target }) => ({ stationId: stationOf(target) }),
    listSlots: ({ target, now }) => ({ stationId: stationOf(target), from: shanghaiDate(now), days: 7 }),
    getBookingRules: ({ target }) => ({ stationId: stationOf(target) }),
    // The defaults again, so a permitted caller changes nothing other cells rely on.
    setBookingRules: ({ target }) => ({ stationId: stationOf(target), ...DEFAULT_BOOKING_RULES }),
    getAvailability: async ({ store, now, target }) => ({
      stationId: stationOf(target),
      consultantId: await stationConsultant(store, now, stationOf(target)),
    }),
    // A consultant saves their own pattern; anyone else (chief, admin, refused roles) the station consultant's.
    saveAvailability: async ({ store, now, target, actor }) => {
      const stationId = stationOf(target);
      const self = actor && (await consultantRole(store, stationId, actor.userId)) ? actor.userId : null;
      return {
        stationId,
        consultantId: self ?? (await stationConsultant(store, now, stationId)),
        rules: EVERY_DAY,
        exceptions: [],
      };
    },
    book: async ({ store, now, target }) => {
      const { consultantId, start } = await freeSlot(store, now, stationOf(target));
      return {
        clientRequestId: newRequestId('book'),
        stationId: stationOf(target),
        consultantId,
        slotStart: start,
        topic: 'consulting',
        question: '想了解商标注册的流程和材料',
      };
    },
    cancelBooking: async (c) => ({ bookingId: await bookingOf(c), reason: '工作站临时安排调整' }),
    rescheduleBooking: async (c) => {
      const bookingId = await bookingOf(c);
      return { bookingId, slotStart: (await freeSlot(c.store, c.now, stationOf(c.target))).start };
    },
    getBooking: async (c) => ({ bookingId: await bookingOf(c) }),
    listBookings: () => ({}),
    // Narrowed to the acting role's scope (the chief's station, an admin's all): no "other" to ask for.
    exportBookings: () => ({ status: 'booked' }),
    // Narrowed to the acting role's own day, so there is no "other" to ask for.
    listMyDay: () => ({}),
    // The seeded booking is still in the future: permitted callers get CONFLICT (past the policy).
    markNoShow: async (c) => ({ bookingId: await bookingOf(c) }),
  },
  archive: {
    // From a booking assigned to the station's consultant (not the caller).
    createRecord: async (c) => ({
      clientRequestId: newRequestId('record'),
      bookingId: await bookingOf(c),
      category: 'consulting',
      summary: '咨询商标注册流程',
      answer: '建议先进行商标近似检索，再准备申请材料',
      durationMinutes: 30,
    }),
    listRecords: ({ target }) => (target === 'own' ? {} : { companyId: OTHER_COMPANY }),
    exportRecords: ({ target }) => (target === 'own' ? { category: 'consulting' } : { stationId: OTHER_STATION }),
    getRecord: async ({ store, now, target }) => ({
      recordId: await seedRecord(store, now, stationOf(target), companyOf(target)),
    }),
    findCompanies: ({ target }) => ({ stationId: stationOf(target), keyword: '测试' }),
    // A record of the target's company given by the station's consultant (not the caller).
    rateRecord: async ({ store, now, target }) => ({
      recordId: await seedRecord(store, now, stationOf(target), companyOf(target)),
      stars: 4,
      tags: ['professional', 'patient'],
      comment: '讲解很清楚',
    }),
    getRating: async ({ store, now, target }) => ({
      recordId: await seedRecord(store, now, stationOf(target), companyOf(target)),
    }),
    listRatings: ({ target }) => ({ stationId: stationOf(target), lowOnly: true }),
    exportRatings: ({ target }) => ({ stationId: stationOf(target), lowOnly: true }),
    // Narrowed to the acting consultant's own, so there is no "other" to ask for.
    myRatingSummary: () => ({ pageSize: 10 }),
  },
  visit: {
    // A visit to the target's company (the caller logs it; a fresh request id each time).
    logVisit: ({ now, target }) => visitInput(companyOf(target), now),
    listVisits: ({ target }) => (target === 'own' ? {} : { stationId: OTHER_STATION, companyId: OTHER_COMPANY }),
    exportVisits: ({ target }) => (target === 'own' ? {} : { stationId: OTHER_STATION }),
    getVisit: async ({ store, now, target }) => ({
      visitId: await seedVisit(store, now, stationOf(target), companyOf(target)),
    }),
    // Narrowed to the acting person's own (a chief: the station's), so there is no "other" to ask for.
    listFollowUps: () => ({ view: 'overdue' }),
    // The chief's station's, whatever is asked: there is no "other" to ask for.
    exportFollowUps: () => ({}),
    // A follow-up owed by the station's consultant (not the caller).
    completeFollowUp: async ({ store, now, target }) => ({
      clientRequestId: newRequestId('follow-up'),
      followUpId: await seedFollowUp(store, now, stationOf(target), companyOf(target)),
      record: '已电话回访，企业表示材料已提交',
    }),
  },
  request: {
    // Company staff raise one at the target station (a company may ask any station).
    createRequest: ({ target }) => ({
      clientRequestId: newRequestId('request'),
      stationId: stationOf(target),
      category: 'application',
      description: '新产品需要申请发明专利，请安排专业人员指导',
      urgency: 'urgent',
    }),
    listRequests: ({ target }) => (target === 'own' ? {} : { companyId: OTHER_COMPANY }),
    exportRequests: ({ target }) => (target === 'own' ? { status: 'submitted' } : { stationId: OTHER_STATION }),
    getRequest: async (c) => ({ requestId: await requestOf(c) }),
    acceptRequest: async (c) => ({ requestId: await requestOf(c) }),
    // Accepted by the station's consultant (not the caller): its handler or the chief moves it on.
    startRequest: async (c) => ({ requestId: await requestOf(c, 'accepted') }),
    closeRequest: async (c) => ({ requestId: await requestOf(c, 'accepted'), result: '已指导企业完成申请材料准备' }),
    // Not accepted yet: no handler, so of the station only the chief withdraws it.
    cancelRequest: async (c) => ({ requestId: await requestOf(c), reason: '企业需求重复提交' }),
    // The assignment loop: the station suggests and assigns (to an agency: nobody to seed); the
    // request is assigned to, or worked by, the station's consultant (not the caller).
    suggestAssignees: async (c) => ({ requestId: await requestOf(c, 'accepted') }),
    assignRequest: async (c) => ({
      requestId: await requestOf(c, 'accepted'),
      assignee: { kind: 'agency', name: '市知识产权维权援助中心', contact: '010-12345678' },
      seenUpdatedAt: c.now,
    }),
    respondAssignment: async (c) => ({ requestId: await requestOf(c, 'assigned'), decision: 'accept' }),
    reportRequest: async (c) => ({
      requestId: await requestOf(c, 'in_progress'),
      situation: '企业新产品拟申请发明专利',
      advice: '建议先做专利检索再撰写',
      outcome: '已指导企业完成申请材料准备',
      minutesSpent: 90,
    }),
    rateRequest: async (c) => ({ requestId: await requestOf(c, 'closed'), stars: 5, tags: ['solved'] }),
    getRequestRating: async (c) => ({ requestId: await requestOf(c, 'closed') }),
  },
  enterprise: ENTERPRISE_INPUTS,
  survey: SURVEY_INPUTS,
  training: TRAINING_INPUTS,
  checkin: CHECKIN_INPUTS,
  setup: {
    bootstrap: () => ({}),
  },
  // One's own uploads only (the path names the owner): a file never stored answers NOT_FOUND.
  files: {
    register: ({ actor }) => ({
      fileId: `local:uploads/${actor?.userId ?? 'nobody'}/never-stored.png`,
      name: '照片.png',
      purpose: 'booking',
    }),
  },
  // The expert's own profile (serving the station they act for); one expert of the target's
  // station, seeded fresh, for the roster and the admin's steps.
  expert: {
    getMyProfile: () => ({}),
    saveMyProfile: () => profileInput([OWN_STATION]),
    setUnavailable: ({ now }) => ({ from: shanghaiDate(now), until: shanghaiDate(now + 7 * DAY) }),
    leaveRoster: () => ({ reason: '工作调动，无法继续提供服务' }),
    listExperts: ({ target }) => ({ stationId: stationOf(target) }),
    exportExperts: ({ target }) => ({ stationId: stationOf(target) }),
    getExpert: async ({ store, now, target }) => ({ expertId: await seedExpert(store, now, [stationOf(target)]) }),
    fileExpert: async ({ store, now, target }) => ({
      expertId: await seedExpert(store, now, [stationOf(target)], 'submitted'),
    }),
    returnExpert: async ({ store, now, target }) => ({
      expertId: await seedExpert(store, now, [stationOf(target)], 'submitted'),
      reason: '请补充专利代理师资格证书编号',
    }),
    removeExpert: async ({ store, now, target }) => ({
      expertId: await seedExpert(store, now, [stationOf(target)]),
      reason: '多次未按时响应服务通知',
    }),
  },
  // A clue from a record of the target's station (given by its consultant, not the caller), to a
  // rights-protection center of another station; referrals from or to the target's station.
  referral: {
    createReferral: async ({ store, now, target }) => ({
      clientRequestId: newRequestId('ref'),
      source: { kind: 'record', id: await seedRecord(store, now, stationOf(target), companyOf(target)) },
      target: { kind: 'station', stationId: target === 'own' ? OTHER_STATION : CITY_CENTER },
      summary: '企业反映其注册商标被他人在电商平台大量仿冒使用，请求维权援助',
      companyConsent: true,
    }),
    listReferrals: ({ target }) => (target === 'own' ? {} : { stationId: OTHER_STATION }),
    exportReferrals: ({ target }) => (target === 'own' ? { box: 'sent' } : { stationId: OTHER_STATION }),
    // Sent by the target's station: its staff and admins read it (an expert only their own).
    getReferral: async ({ store, now, target }) => ({
      referralId: await seedReferral(store, now, stationOf(target), target === 'own' ? OTHER_STATION : CITY_CENTER),
    }),
    // Sent TO the own station (its staff receive it); the 'other' one is the own station's outgoing
    // referral, which only the receiving side (or an admin) moves.
    advanceReferral: async ({ store, now, target }) => ({
      referralId:
        target === 'own'
          ? await seedReferral(store, now, OTHER_STATION, OWN_STATION)
          : await seedReferral(store, now, OWN_STATION, OTHER_STATION),
      step: 'receive',
    }),
  },
  jobs: {
    sendReminders: () => ({}),
    sendSurveyInvites: () => ({}),
    sweepOverdueRequests: () => ({}),
    rollUpStats: () => ({}),
    sweepOverdueComplaints: () => ({}),
    sweepEvaluationCorrections: () => ({}),
    resumePushes: () => ({}),
    sweepStudioStages: () => ({}),
  },
  content: {
    listArticles: () => ({}),
    // The target station's published article (readers) — a city article for 'other' is an admin's.
    getArticle: async ({ store, now, target }) => ({
      articleId: await seedArticle(store, now, target === 'own' ? OWN_STATION : OTHER_STATION),
    }),
    listManagedArticles: () => ({}),
    saveArticle: ({ target }) => ({
      clientRequestId: newRequestId('art'),
      kind: 'policy',
      stationId: stationOf(target),
      title: '专利转化专项政策解读',
      markdown: '## 政策要点\n\n- 支持专利转化运用\n- 最高补贴 50 万元',
    }),
    publishArticle: async ({ store, now, target }) => ({
      articleId: await seedArticle(store, now, stationOf(target), { status: 'draft' }),
    }),
    withdrawArticle: async ({ store, now, target }) => ({
      articleId: await seedArticle(store, now, stationOf(target)),
    }),
    home: () => ({}),
    search: () => ({ q: '专利' }),
    // The target station's published article, to the companies in the caller's reach.
    previewPush: async ({ store, now, target }) => ({
      target: { kind: 'article', id: await seedArticle(store, now, stationOf(target)) },
      audience: { keyFlags: ['specialized'] },
    }),
    sendPush: async ({ store, now, target }) => ({
      clientRequestId: newRequestId('push'),
      target: { kind: 'article', id: await seedArticle(store, now, stationOf(target)) },
      audience: {},
    }),
    listPushes: async ({ store, now, target }) => ({
      target: { kind: 'article', id: await seedArticle(store, now, stationOf(target)) },
    }),
  },
  quality: {
    // For the target station's consultant (not the caller), due next week.
    createImprovement: async ({ store, now, target }) => ({
      clientRequestId: newRequestId('imp'),
      stationId: stationOf(target),
      source: { kind: 'self_check' },
      finding: '咨询记录填写不完整',
      measure: '组织咨询记录规范培训',
      ownerId: await stationConsultant(store, now, stationOf(target)),
      dueDate: shanghaiDate(now + 7 * DAY),
    }),
    listImprovements: ({ target }) => (target === 'own' ? {} : { stationId: OTHER_STATION }),
    // Owned by the station's consultant (not the caller): the chief completes any of the station's.
    completeImprovement: async ({ store, now, target }) => ({
      improvementId: await seedImprovement(store, now, stationOf(target)),
      evidence: '已组织培训并抽查记录',
    }),
    serviceReview: ({ target, now }) => ({
      stationId: stationOf(target),
      period: { kind: 'month', anchor: shanghaiDate(now) },
    }),
    saveServiceReview: ({ target, now }) => ({
      stationId: stationOf(target),
      period: { kind: 'month', anchor: shanghaiDate(now) },
    }),
    stationArchive: ({ target }) => ({ stationId: stationOf(target), year: 2025 }),
  },
  evaluation: {
    listIndicatorSets: () => ({}),
    listReviewers: () => ({}),
    saveIndicatorSet: () => ({
      clientRequestId: newRequestId('set'),
      title: '指标表（修订）',
      sections: DEFAULT_INDICATOR_SECTIONS,
    }),
    createRound: async ({ store, now }) => {
      const reviewer = await seedMember(store, now, 'reviewer', {});
      return {
        clientRequestId: newRequestId('round'),
        year: 2024,
        title: '2024年度评价',
        setId: 'set:1',
        stationIds: [OWN_STATION, OTHER_STATION],
        reviewers: [{ userId: reviewer.userId, stationIds: [OWN_STATION, OTHER_STATION] }],
        selfDeadline: shanghaiDate(now + 30 * DAY),
        reviewDeadline: shanghaiDate(now + 60 * DAY),
      };
    },
    listRounds: () => ({}),
    // The caller (a reviewer) is assigned the own station only; the other station has another reviewer.
    getStationEvaluation: async (c) => ({ roundId: await roundFor(c), stationId: stationOf(c.target) }),
    // The chief's own station always (the input names none): 'other' is the same call.
    saveSubmission: async (c) => ({ roundId: await roundFor(c), answers: {} }),
    requestCorrection: async (c) => ({
      roundId: await roundFor(c, { submission: 'submitted' }),
      stationId: stationOf(c.target),
      reasons: '缺少年度工作计划原件',
    }),
    saveReview: async (c) => ({ roundId: await roundFor(c), stationId: stationOf(c.target), scores: {} }),
    declareConflict: async (c) => ({
      roundId: await roundFor(c),
      stationId: stationOf(c.target),
      reason: '本人曾在该站点任职',
    }),
    recordVeto: async (c) => ({
      roundId: await roundFor(c),
      stationId: stationOf(c.target),
      condition: 'refusal',
      evidence: '该站点拒不执行生效的行政处理决定',
    }),
    publishRound: async (c) => ({ roundId: await roundFor(c) }),
    roundResults: async (c) => ({ roundId: await roundFor(c) }),
    exportRound: async (c) => ({ roundId: await roundFor(c) }),
    stationReport: async (c) => ({
      roundId: await roundFor(c, { status: 'published' }),
      stationId: stationOf(c.target),
    }),
  },
  complaint: {
    // About a consultation the target company received at the target station (company staff of
    // the other company may not complain about it).
    fileComplaint: async ({ store, now, target }) => ({
      clientRequestId: newRequestId('cmp'),
      subject: { kind: 'record', refId: await seedRecord(store, now, stationOf(target), companyOf(target)) },
      facts: '咨询时顾问态度敷衍，没有回答我们提出的问题',
    }),
    listMyComplaints: () => ({}),
    listSharedWithMe: () => ({}),
    listComplaints: ({ target }) => (target === 'own' ? {} : { stationId: OTHER_STATION }),
    // Filed by someone else against the target station: its chief and admins read and answer it.
    getComplaint: async ({ store, now, target }) => ({
      complaintId: await seedComplaint(store, now, stationOf(target), companyOf(target)),
    }),
    answerComplaint: async ({ store, now, target }) => ({
      complaintId: await seedComplaint(store, now, stationOf(target), companyOf(target)),
      answer: '已核实情况并向企业致歉，今后加强排班管理',
    }),
    shareComplaint: async ({ store, now, target }) => ({
      complaintId: await seedComplaint(store, now, stationOf(target), companyOf(target)),
    }),
    // Filed by the caller (when there is one) for the target company, and answered.
    acceptAnswer: async ({ store, now, target, actor }) => ({
      complaintId: await seedComplaint(store, now, stationOf(target), companyOf(target), {
        status: 'answered',
        ...(actor ? { complainantId: actor.userId } : {}),
      }),
    }),
    escalateComplaint: async ({ store, now, target, actor }) => ({
      complaintId: await seedComplaint(store, now, stationOf(target), companyOf(target), {
        status: 'answered',
        ...(actor ? { complainantId: actor.userId } : {}),
      }),
      reason: '答复没有解决我们的问题',
    }),
    reviewComplaint: async ({ store, now, target }) => ({
      complaintId: await seedComplaint(store, now, stationOf(target), companyOf(target), { status: 'escalated' }),
      answer: '经复核，工作站答复属实，已督促整改',
    }),
    getComplaintSettings: () => ({}),
    setComplaintSettings: () => ({ answerDays: 7 }),
  },
  stats: {
    stationStats: ({ now, target }) => ({
      period: { kind: 'month', anchor: shanghaiDate(now) },
      stationId: stationOf(target),
    }),
    cityStats: ({ now }) => ({ period: { kind: 'quarter', anchor: shanghaiDate(now) } }),
    workbench: () => ({}),
    insights: ({ now, target }) => ({
      period: { kind: 'month', anchor: shanghaiDate(now) },
      stationId: stationOf(target),
    }),
    planVisit: ({ now, target }) => ({ companyId: companyOf(target), dueDate: shanghaiDate(now + 2 * DAY) }),
    exportMonthly: ({ now, target }) => ({ month: shanghaiDate(now).slice(0, 7), stationId: stationOf(target) }),
  },
};
