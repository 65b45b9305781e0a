/**
 * Page paths in one place: the mini program's pages navigate by them, and every notice, subscribe
 * message and page code the functions send opens one of them. PAGES is the table (each page once,
 * checked against src/app.config.ts by tests/core/pages.test.ts); ROUTES builds a link to a page
 * with its query parameters. A new page goes into app.config.ts, PAGES and (if it takes params)
 * ROUTES.
 */

/** Each page's path (leading slash, as Taro.navigateTo and a notice's link want it). */
const PAGE_PATHS = {
  home: '/pages/home/index',
  network: '/pages/network/index',
  resources: '/pages/resources/index',
  me: '/pages/me/index',
  work: '/pages/work/index',
  station: '/packages/directory/pages/station/index',
  stationEdit: '/packages/directory/pages/station-edit/index',
  itemEdit: '/packages/directory/pages/item-edit/index',
  workCalendar: '/packages/directory/pages/calendar/index',
  login: '/packages/account/pages/login/index',
  register: '/packages/account/pages/register/index',
  redeem: '/packages/account/pages/redeem/index',
  invitations: '/packages/account/pages/invitations/index',
  companyJoin: '/packages/account/pages/company-join/index',
  companyCreate: '/packages/account/pages/company-create/index',
  companyReview: '/packages/account/pages/company-review/index',
  book: '/packages/consult/pages/book/index',
  bookings: '/packages/consult/pages/bookings/index',
  booking: '/packages/consult/pages/booking/index',
  availability: '/packages/consult/pages/availability/index',
  today: '/packages/consult/pages/today/index',
  recordEdit: '/packages/consult/pages/record-edit/index',
  records: '/packages/consult/pages/records/index',
  record: '/packages/consult/pages/record/index',
  myRatings: '/packages/consult/pages/my-ratings/index',
  stationRatings: '/packages/consult/pages/station-ratings/index',
  bookingRules: '/packages/consult/pages/booking-rules/index',
  inbox: '/packages/inbox/pages/notices/index',
  ledger: '/packages/ledger/pages/ledger/index',
  company: '/packages/ledger/pages/company/index',
  profileEdit: '/packages/ledger/pages/profile-edit/index',
  ledgerCreate: '/packages/ledger/pages/ledger-create/index',
  trainings: '/packages/training/pages/list/index',
  trainingSession: '/packages/training/pages/session/index',
  trainingManage: '/packages/training/pages/manage/index',
  trainingEdit: '/packages/training/pages/edit/index',
  trainingSignups: '/packages/training/pages/signups/index',
  myTrainings: '/packages/training/pages/mine/index',
  talentPool: '/packages/training/pages/talent/index',
  checkin: '/packages/checkin/pages/scan/index',
  checkinScreen: '/packages/checkin/pages/screen/index',
  checkinManual: '/packages/checkin/pages/manual/index',
  survey: '/packages/survey/pages/respond/index',
  surveyResults: '/packages/survey/pages/results/index',
  wantedTopics: '/packages/survey/pages/topics/index',
  requestCreate: '/packages/request/pages/create/index',
  myRequests: '/packages/request/pages/mine/index',
  requestQueue: '/packages/request/pages/queue/index',
  request: '/packages/request/pages/detail/index',
  assigned: '/packages/request/pages/assigned/index',
  visitEdit: '/packages/visit/pages/visit-edit/index',
  visits: '/packages/visit/pages/visits/index',
  visit: '/packages/visit/pages/visit/index',
  followUps: '/packages/visit/pages/follow-ups/index',
  visitOutbox: '/packages/visit/pages/outbox/index',
  referralCreate: '/packages/referral/pages/create/index',
  referrals: '/packages/referral/pages/list/index',
  referral: '/packages/referral/pages/detail/index',
  expertProfile: '/packages/expert/pages/profile/index',
  expertRoster: '/packages/expert/pages/roster/index',
  expert: '/packages/expert/pages/detail/index',
  stationStats: '/packages/stats/pages/station/index',
  cityStats: '/packages/stats/pages/city/index',
  insights: '/packages/stats/pages/insights/index',
  complaintNew: '/packages/complaint/pages/new/index',
  myComplaints: '/packages/complaint/pages/mine/index',
  complaintQueue: '/packages/complaint/pages/queue/index',
  complaintsAboutMe: '/packages/complaint/pages/about-me/index',
  complaint: '/packages/complaint/pages/detail/index',
  evaluations: '/packages/evaluation/pages/rounds/index',
  evaluationNew: '/packages/evaluation/pages/round-new/index',
  evaluationRound: '/packages/evaluation/pages/round/index',
  evaluationStation: '/packages/evaluation/pages/station/index',
  evaluationIndicators: '/packages/evaluation/pages/indicators/index',
  improvements: '/packages/quality/pages/improvements/index',
  qualityArchive: '/packages/quality/pages/archive/index',
  serviceReview: '/packages/quality/pages/review/index',
  articles: '/packages/content/pages/list/index',
  article: '/packages/content/pages/detail/index',
  articleManage: '/packages/content/pages/manage/index',
  articleEdit: '/packages/content/pages/edit/index',
  search: '/packages/content/pages/search/index',
  push: '/packages/content/pages/push/index',
  specialServices: '/packages/directory/pages/special/index',
  specialServicesEdit: '/packages/directory/pages/special-edit/index',
  studioApply: '/packages/studio/pages/apply/index',
  studioApplications: '/packages/studio/pages/list/index',
  studioApplication: '/packages/studio/pages/detail/index',
  studioLimits: '/packages/studio/pages/limits/index',
  studioSummary: '/packages/studio/pages/summary/index',
} as const;
export type PageName = keyof typeof PAGE_PATHS;
/** Typed as plain strings, so a link to a page compares with any path. */
export const PAGES: Readonly<Record<PageName, string>> = PAGE_PATHS;

/** "?a=1&b=2" of the params given (undefined and '' left out), or '' when none. */
const q = (params: Record<string, string | undefined>) => {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v!)}`);
  return parts.length ? `?${parts.join('&')}` : '';
};

/** A link to each page: its path, or a builder adding the page's query parameters. */
export const ROUTES = {
  /** 首页 (the first tab): search, quick actions, latest articles, upcoming trainings, the user's station. */
  home: PAGES.home,
  network: PAGES.network,
  resources: PAGES.resources,
  me: PAGES.me,
  /** 工作台: the acting role's to-dos and tools (a tab). */
  work: PAGES.work,
  station: (stationId: string) => `${PAGES.station}${q({ stationId })}`,
  stationEdit: (stationId?: string) => `${PAGES.stationEdit}${q({ stationId })}`,
  itemEdit: (stationId: string, itemId?: string) => `${PAGES.itemEdit}${q({ stationId, itemId })}`,
  /** 工作日历: the admin's public holidays and 调休 workdays (the two-day answer counts working days). */
  workCalendar: PAGES.workCalendar,
  login: PAGES.login,
  register: PAGES.register,
  redeem: PAGES.redeem,
  invitations: (stationId: string) => `${PAGES.invitations}${q({ stationId })}`,
  companyJoin: PAGES.companyJoin,
  companyCreate: (stationId?: string) => `${PAGES.companyCreate}${q({ stationId })}`,
  companyReview: (stationId: string) => `${PAGES.companyReview}${q({ stationId })}`,
  book: (stationId: string) => `${PAGES.book}${q({ stationId })}`,
  /** scope 'station': a chief's view of the station's bookings (same list, another title). */
  bookings: (scope?: 'station') => `${PAGES.bookings}${q({ scope })}`,
  booking: (bookingId: string) => `${PAGES.booking}${q({ bookingId })}`,
  availability: (stationId?: string, consultantId?: string) => `${PAGES.availability}${q({ stationId, consultantId })}`,
  /** 今日咨询: a consultant's day (a chief's: the station's). */
  today: PAGES.today,
  /** 填写咨询记录: from a booking, or (no booking) a walk-in / phone / online consultation. */
  recordEdit: (bookingId?: string) => `${PAGES.recordEdit}${q({ bookingId })}`,
  /** 咨询档案 (a company's: 我的咨询档案). */
  records: PAGES.records,
  record: (recordId: string) => `${PAGES.record}${q({ recordId })}`,
  /** 我的评价: a consultant's average and the companies' latest ratings. */
  myRatings: PAGES.myRatings,
  /** 本站评价: the chief's view of the station's ratings and each consultant's average. */
  stationRatings: PAGES.stationRatings,
  /** 本站评价 on the low ratings (工作台's 差评 to-do). */
  lowRatings: `${PAGES.stationRatings}${q({ filter: 'low' })}`,
  /** 预约规则: the chief sets the station's notice, horizon and open bookings per company. */
  bookingRules: PAGES.bookingRules,
  /** 消息: the in-app inbox. */
  inbox: PAGES.inbox,
  /** 企业台账: the station's ledger (keyword: open it searching, e.g. for a credit code). */
  ledger: (keyword?: string, stationId?: string) => `${PAGES.ledger}${q({ keyword, stationId })}`,
  /** 企业台账 on the companies not visited for more than `days` (工作台's 待走访 to-do). */
  pendingVisits: (days: number) => `${PAGES.ledger}${q({ overdue: String(days) })}`,
  /** 企业档案: one company's profile, holdings trend and timeline. */
  company: (companyId: string) => `${PAGES.company}${q({ companyId })}`,
  profileEdit: (companyId: string) => `${PAGES.profileEdit}${q({ companyId })}`,
  /** 新建台账企业: a company met outside the product. */
  ledgerCreate: PAGES.ledgerCreate,
  /** 培训: published sessions, upcoming first (public). */
  trainings: PAGES.trainings,
  /** 培训详情: sign up, my status, cancel; the chief's tools for the session. */
  trainingSession: (sessionId: string) => `${PAGES.trainingSession}${q({ sessionId })}`,
  /** 培训管理: the chief's sessions of the station. */
  /** 培训管理 (an admin's drill-down names the station). */
  trainingManage: (stationId?: string) => `${PAGES.trainingManage}${q({ stationId })}`,
  /** 发布培训 (no id) or 编辑培训. */
  trainingEdit: (sessionId?: string) => `${PAGES.trainingEdit}${q({ sessionId })}`,
  /** 发布培训 with a suggested title and description filled in (企业关注's 生成培训草稿). */
  trainingDraft: (title: string, description: string) => `${PAGES.trainingEdit}${q({ title, description })}`,
  /** 报名名单: the chief's sign-up list of a session, with export and hand-added sign-ups. */
  trainingSignups: (sessionId: string) => `${PAGES.trainingSignups}${q({ sessionId })}`,
  /** 我的培训: my sign-ups and attendance. */
  myTrainings: PAGES.myTrainings,
  /** 人才库: who attended the station's trainings. */
  talentPool: PAGES.talentPool,
  /** 培训签到 (check-in function's page). */
  checkin: (sessionId: string, token?: string) => `${PAGES.checkin}${q({ sessionId, token })}`,
  /** 签到二维码: the chief's check-in screen of a session (rotating code, live count). */
  checkinScreen: (sessionId: string) => `${PAGES.checkinScreen}${q({ sessionId })}`,
  /** 手动签到: the chief checks in from the sign-up list, or registers a walk-in. */
  checkinManual: (sessionId: string) => `${PAGES.checkinManual}${q({ sessionId })}`,
  /** 满意度评价 (survey function's page). */
  survey: (targetKind: string, targetId: string) => `${PAGES.survey}${q({ targetKind, targetId })}`,
  /** 评价结果: the chief's results of one questionnaire target (a training session). */
  surveyResults: (targetKind: string, targetId: string) => `${PAGES.surveyResults}${q({ targetKind, targetId })}`,
  /** 培训需求统计: the topics wanted across the station's trainings. */
  wantedTopics: PAGES.wantedTopics,
  /** 提交服务需求: to the company's own station, or to the station whose page it came from. */
  requestCreate: (stationId?: string) => `${PAGES.requestCreate}${q({ stationId })}`,
  /** 我的服务需求: the company's requests. */
  myRequests: PAGES.myRequests,
  /** 需求队列: the station's requests by status (an admin: all). */
  requestQueue: PAGES.requestQueue,
  /** 需求队列 on the assignments whose answer is overdue (工作台's 逾期 to-do). */
  requestQueueOverdue: `${PAGES.requestQueue}${q({ overdue: '1' })}`,
  request: (requestId: string) => `${PAGES.request}${q({ requestId })}`,
  /** 我的指派: an expert's (or liaison's) requests to answer and reports to write, and today's consultations. */
  assigned: PAGES.assigned,
  /** 登记走访: a new visit (of a company of the ledger when given), or an outbox entry sent back to be corrected. */
  visitEdit: (companyId?: string, outboxId?: string) => `${PAGES.visitEdit}${q({ companyId, outboxId })}`,
  /** 走访记录: the station's visits (a company's: the visits it received). */
  visits: (companyId?: string, stationId?: string) => `${PAGES.visits}${q({ companyId, stationId })}`,
  visit: (visitId: string) => `${PAGES.visit}${q({ visitId })}`,
  /** 我的回访: follow-ups due today, overdue, upcoming, done. */
  followUps: PAGES.followUps,
  /** 待发送: visits submitted without network, waiting on the phone. */
  visitOutbox: PAGES.visitOutbox,
  /** 移交线索: a rights-protection clue found in a record, visit or request, referred on. */
  referralCreate: (sourceKind: string, sourceId: string) => `${PAGES.referralCreate}${q({ sourceKind, sourceId })}`,
  /** 线索移交: what the station referred and received (an admin: all). */
  referrals: PAGES.referrals,
  /** 线索移交 on the clues sent to the station and not yet received (工作台's 待接收 to-do). */
  incomingReferrals: `${PAGES.referrals}${q({ box: 'received', status: 'referred' })}`,
  referral: (referralId: string) => `${PAGES.referral}${q({ referralId })}`,
  /** 专家资料: the expert's own roster entry, the conduct commitment, time away, leaving. */
  expertProfile: PAGES.expertProfile,
  /** 专家库: the chief's (their station's) or admin's roster with workload and on-time rate. */
  expertRoster: PAGES.expertRoster,
  /** 专家库 on the profiles waiting to be filed (工作台's 待备案 to-do). */
  expertsToFile: `${PAGES.expertRoster}${q({ status: 'submitted' })}`,
  /** 专家详情: one expert; the admin's 备案 / 退回 / 除名. */
  expert: (expertId: string) => `${PAGES.expert}${q({ expertId })}`,
  /** 统计分析: a station's figures (an admin's drill-down names the station). */
  stationStats: (stationId?: string) => `${PAGES.stationStats}${q({ stationId })}`,
  /** 全市统计: every station side by side (admin). */
  cityStats: PAGES.cityStats,
  /** 企业关注: what companies asked about, and the suggested trainings and visits. */
  insights: (stationId?: string) => `${PAGES.insights}${q({ stationId })}`,
  /** 我要投诉: optionally about one record of the company's (kind booking/record/request/training) or a station. */
  complaintNew: (kind?: string, refId?: string) => `${PAGES.complaintNew}${q({ kind, refId })}`,
  /** 我的投诉: the complainant's own. */
  myComplaints: PAGES.myComplaints,
  /** 投诉处理: the chief's (their station's) or admin's queue; `status` / `overdue` filter it. */
  complaintQueue: (status?: string, overdue?: boolean) =>
    `${PAGES.complaintQueue}${q({ status, overdue: overdue ? '1' : undefined })}`,
  /** 涉及我的投诉: those passed on to the person complained about. */
  complaintsAboutMe: PAGES.complaintsAboutMe,
  complaint: (complaintId: string) => `${PAGES.complaint}${q({ complaintId })}`,
  /** 年度评价: the rounds the acting role takes part in (admin: all, and 新建评价). */
  evaluations: PAGES.evaluations,
  /** 新建评价轮次 (admin). */
  evaluationNew: PAGES.evaluationNew,
  /** One round (admin): the stations, the ranking, publish, Excel. */
  evaluationRound: (roundId: string) => `${PAGES.evaluationRound}${q({ roundId })}`,
  /** One station's evaluation: the chief's self-evaluation and result, a reviewer's scoring, the admin's view. */
  evaluationStation: (roundId: string, stationId?: string) => `${PAGES.evaluationStation}${q({ roundId, stationId })}`,
  /** 评价指标表 (admin): the versions, and a new one. */
  evaluationIndicators: PAGES.evaluationIndicators,
  /** 整改事项: an owner's own, a chief's station's (and 新建整改); `status` / `overdue` filter it. */
  improvements: (status?: string, overdue?: boolean) =>
    `${PAGES.improvements}${q({ status, overdue: overdue ? '1' : undefined })}`,
  /** 服务评价 (004 §9.1): a station's period, external and internal. */
  serviceReview: (stationId?: string) => `${PAGES.serviceReview}${q({ stationId })}`,
  /** 政策与动态: published articles (one kind, one station's). */
  articles: (kind?: string, stationId?: string) => `${PAGES.articles}${q({ kind, stationId })}`,
  article: (articleId: string) => `${PAGES.article}${q({ articleId })}`,
  /** 文章管理: the articles the chief (their station's) or admin keeps. */
  articleManage: PAGES.articleManage,
  /** 写文章 / 编辑文章. */
  articleEdit: (articleId?: string) => `${PAGES.articleEdit}${q({ articleId })}`,
  /** 搜索: articles, stations and service items (opened from 首页's search box with its words). */
  search: (keyword?: string) => `${PAGES.search}${q({ q: keyword })}`,
  /** 定向推送: push an article or a training to matching companies (preview the reach, send, history). */
  push: (kind: 'article' | 'training', id: string) => `${PAGES.push}${q({ kind, id })}`,
  /** 年度专项服务清单 of a station (the current year when none is named). */
  specialServices: (stationId: string, year?: number) =>
    `${PAGES.specialServices}${q({ stationId, year: year ? String(year) : undefined })}`,
  /** 申请设立流动工作室 (a new application, or correcting a returned one). */
  studioApply: (applicationId?: string) => `${PAGES.studioApply}${q({ applicationId })}`,
  /** 流动工作室申请: the company's own, or the approver's queue. */
  studioApplications: PAGES.studioApplications,
  studioApplication: (applicationId: string) => `${PAGES.studioApplication}${q({ applicationId })}`,
  /** 审批时限: the admin's time limit of each approval stage. */
  studioLimits: PAGES.studioLimits,
  /** 工作室年度小结: a studio's services by kind, satisfaction, improvements. */
  studioSummary: (stationId: string, year?: number) =>
    `${PAGES.studioSummary}${q({ stationId, year: year ? String(year) : undefined })}`,
  /** 编辑年度专项服务清单. */
  specialServicesEdit: (stationId: string, year: number) =>
    `${PAGES.specialServicesEdit}${q({ stationId, year: String(year) })}`,
  /** 服务评价档案: one station's year (the chief's own; an admin's or district admin's named). */
  qualityArchive: (stationId?: string, year?: number) =>
    `${PAGES.qualityArchive}${q({ stationId, year: year ? String(year) : undefined })}`,
};
