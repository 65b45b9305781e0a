/** Page paths in one place. */
const q = (params: Record<string, string | undefined>) => {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v!)}`);
  return parts.length ? `?${parts.join('&')}` : '';
};

export const ROUTES = {
  network: '/pages/network/index',
  resources: '/pages/resources/index',
  me: '/pages/me/index',
  station: (stationId: string) => `/packages/directory/pages/station/index${q({ stationId })}`,
  stationEdit: (stationId?: string) => `/packages/directory/pages/station-edit/index${q({ stationId })}`,
  itemEdit: (stationId: string, itemId?: string) =>
    `/packages/directory/pages/item-edit/index${q({ stationId, itemId })}`,
  login: '/packages/account/pages/login/index',
  register: '/packages/account/pages/register/index',
  redeem: '/packages/account/pages/redeem/index',
  invitations: (stationId: string) => `/packages/account/pages/invitations/index${q({ stationId })}`,
  companyJoin: '/packages/account/pages/company-join/index',
  companyCreate: (stationId?: string) => `/packages/account/pages/company-create/index${q({ stationId })}`,
  companyReview: (stationId: string) => `/packages/account/pages/company-review/index${q({ stationId })}`,
  book: (stationId: string) => `/packages/consult/pages/book/index${q({ stationId })}`,
  /** scope 'station': a chief's view of the station's bookings (same list, another title). */
  bookings: (scope?: 'station') => `/packages/consult/pages/bookings/index${q({ scope })}`,
  booking: (bookingId: string) => `/packages/consult/pages/booking/index${q({ bookingId })}`,
  availability: (stationId?: string, consultantId?: string) =>
    `/packages/consult/pages/availability/index${q({ stationId, consultantId })}`,
  /** 今日咨询: a consultant's day (a chief's: the station's). */
  today: '/packages/consult/pages/today/index',
  /** 填写咨询记录: from a booking, or (no booking) a walk-in / phone / online consultation. */
  recordEdit: (bookingId?: string) => `/packages/consult/pages/record-edit/index${q({ bookingId })}`,
  /** 咨询档案 (a company's: 我的咨询档案). */
  records: '/packages/consult/pages/records/index',
  record: (recordId: string) => `/packages/consult/pages/record/index${q({ recordId })}`,
  /** 我的评价: a consultant's average and the companies' latest ratings. */
  myRatings: '/packages/consult/pages/my-ratings/index',
  /** 本站评价: the chief's view of the station's ratings and each consultant's average. */
  stationRatings: '/packages/consult/pages/station-ratings/index',
  /** 预约规则: the chief sets the station's notice, horizon and open bookings per company. */
  bookingRules: '/packages/consult/pages/booking-rules/index',
  /** 消息: the in-app inbox. */
  inbox: '/packages/inbox/pages/notices/index',
  /** 企业台账: the station's ledger (keyword: open it searching, e.g. for a credit code). */
  ledger: (keyword?: string) => `/packages/ledger/pages/ledger/index${q({ keyword })}`,
  /** 企业档案: one company's profile, holdings trend and timeline. */
  company: (companyId: string) => `/packages/ledger/pages/company/index${q({ companyId })}`,
  profileEdit: (companyId: string) => `/packages/ledger/pages/profile-edit/index${q({ companyId })}`,
  /** 新建台账企业: a company met outside the product. */
  ledgerCreate: '/packages/ledger/pages/ledger-create/index',
  /** 培训: published sessions, upcoming first (public). */
  trainings: '/packages/training/pages/list/index',
  /** 培训详情: sign up, my status, cancel; the chief's tools for the session. */
  trainingSession: (sessionId: string) => `/packages/training/pages/session/index${q({ sessionId })}`,
  /** 培训管理: the chief's sessions of the station. */
  trainingManage: '/packages/training/pages/manage/index',
  /** 发布培训 (no id) or 编辑培训. */
  trainingEdit: (sessionId?: string) => `/packages/training/pages/edit/index${q({ sessionId })}`,
  /** 报名名单: the chief's sign-up list of a session, with export and hand-added sign-ups. */
  trainingSignups: (sessionId: string) => `/packages/training/pages/signups/index${q({ sessionId })}`,
  /** 我的培训: my sign-ups and attendance. */
  myTrainings: '/packages/training/pages/mine/index',
  /** 人才库: who attended the station's trainings. */
  talentPool: '/packages/training/pages/talent/index',
  /** 培训签到 (check-in function's page). */
  checkin: (sessionId: string, token?: string) => '/packages/checkin/pages/scan/index' + q({ sessionId, token }),
  /** 签到二维码: the chief's check-in screen of a session (rotating code, live count). */
  checkinScreen: (sessionId: string) => `/packages/checkin/pages/screen/index${q({ sessionId })}`,
  /** 手动签到: the chief checks in from the sign-up list, or registers a walk-in. */
  checkinManual: (sessionId: string) => `/packages/checkin/pages/manual/index${q({ sessionId })}`,
  /** 满意度评价 (survey function's page). */
  survey: (targetKind: string, targetId: string) =>
    '/packages/survey/pages/respond/index' + q({ targetKind, targetId }),
  /** 评价结果: the chief's results of one questionnaire target (a training session). */
  surveyResults: (targetKind: string, targetId: string) =>
    `/packages/survey/pages/results/index${q({ targetKind, targetId })}`,
  /** 培训需求统计: the topics wanted across the station's trainings. */
  wantedTopics: '/packages/survey/pages/topics/index',
  /** 提交服务需求: to the company's own station, or to the station whose page it came from. */
  requestCreate: (stationId?: string) => `/packages/request/pages/create/index${q({ stationId })}`,
  /** 我的服务需求: the company's requests. */
  myRequests: '/packages/request/pages/mine/index',
  /** 需求队列: the station's requests by status (an admin: all). */
  requestQueue: '/packages/request/pages/queue/index',
  request: (requestId: string) => `/packages/request/pages/detail/index${q({ requestId })}`,
  /** 登记走访: a new visit (of a company of the ledger when given), or an outbox entry sent back to be corrected. */
  visitEdit: (companyId?: string, outboxId?: string) =>
    `/packages/visit/pages/visit-edit/index${q({ companyId, outboxId })}`,
  /** 走访记录: the station's visits (a company's: the visits it received). */
  visits: (companyId?: string) => `/packages/visit/pages/visits/index${q({ companyId })}`,
  visit: (visitId: string) => `/packages/visit/pages/visit/index${q({ visitId })}`,
  /** 我的回访: follow-ups due today, overdue, upcoming, done. */
  followUps: '/packages/visit/pages/follow-ups/index',
  /** 待发送: visits submitted without network, waiting on the phone. */
  visitOutbox: '/packages/visit/pages/outbox/index',
};
