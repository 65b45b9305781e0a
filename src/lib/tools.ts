/**
 * THE table of the tools the app offers, and to whom: 工作台's grid (group 'work', by section)
 * and 我的's ways to get a role (group 'join'). Each entry names the action its page calls first;
 * it is shown only when the policy (core/policy.ts) admits the acting role for that action, and,
 * where a role may call the action but has its own entry for it (a company's 我的咨询档案 beside
 * the station's 咨询档案) or the page serves one role only, `only` narrows it further. So a company
 * user never sees station tools, a liaison never 登记我的企业, and someone without a role only
 * what gets them one.
 */
import type { MembershipView } from '@core/contract';
import { actingRole, admits, type ActingRole, type ActionRef } from '@/lib/access';
import { ROUTES } from '@/lib/routes';

export type EntryGroup = 'work' | 'join';

/** 工作台's grid, grouped by task in this order. */
export const TOOL_SECTIONS = {
  consult: '咨询',
  request: '服务需求',
  enterprise: '企业与走访',
  training: '培训',
  expert: '专家',
  stats: '统计',
  station: '站点管理',
} as const;
export type ToolSection = keyof typeof TOOL_SECTIONS;

export interface Tool {
  /** Stable name (data-entry on the cell). */
  id: string;
  group: EntryGroup;
  /** Where a 'work' tool sits on 工作台, and the character its icon shows. */
  section?: ToolSection;
  glyph?: string;
  title: string;
  /** What it is for, shown under its title where there is room (我的's cells; a tile has none). */
  description?: string | ((role: ActingRole) => string);
  /** The action the entry's page calls first: the policy must admit the acting role for it. */
  needs: ActionRef;
  /** Narrower than the policy: only these acting roles ('none': signed in, no role yet). */
  only?: readonly ActingRole[];
  url: (acting: MembershipView | null) => string;
}

const STAFF: readonly ActingRole[] = ['liaison', 'chief', 'expert', 'admin'];
const stationOf = (acting: MembershipView | null) => acting?.stationId ?? '';

export const TOOLS: readonly Tool[] = [
  // 服务需求 first for an expert: the assignments they must answer within two days.
  {
    id: 'assigned',
    group: 'work',
    section: 'consult',
    glyph: '派',
    title: '我的指派',
    needs: ['request', 'respondAssignment'],
    only: ['expert', 'liaison'],
    url: () => ROUTES.assigned,
  },
  // 专家库 (004 §8): the expert's own profile and commitment; the roster for the chief and admin.
  {
    id: 'expert-profile',
    group: 'work',
    section: 'expert',
    glyph: '专',
    title: '专家资料',
    needs: ['expert', 'getMyProfile'],
    url: () => ROUTES.expertProfile,
  },
  {
    id: 'expert-roster',
    group: 'work',
    section: 'expert',
    glyph: '库',
    title: '专家库',
    needs: ['expert', 'listExperts'],
    url: () => ROUTES.expertRoster,
  },
  // 咨询
  {
    id: 'bookings',
    group: 'work',
    section: 'consult',
    glyph: '约',
    title: '我的预约',
    needs: ['consult', 'listBookings'],
    url: () => ROUTES.bookings(),
  },
  {
    id: 'company-records',
    group: 'work',
    section: 'consult',
    glyph: '档',
    title: '我的咨询档案',
    needs: ['archive', 'listRecords'],
    only: ['company'],
    url: () => ROUTES.records,
  },
  {
    id: 'today',
    group: 'work',
    section: 'consult',
    glyph: '今',
    title: '今日咨询',
    needs: ['consult', 'listMyDay'],
    url: () => ROUTES.today,
  },
  {
    id: 'records',
    group: 'work',
    section: 'consult',
    glyph: '档',
    title: '咨询档案',
    needs: ['archive', 'listRecords'],
    only: STAFF,
    url: () => ROUTES.records,
  },
  {
    id: 'my-ratings',
    group: 'work',
    section: 'consult',
    glyph: '评',
    title: '我的评价',
    needs: ['archive', 'myRatingSummary'],
    url: () => ROUTES.myRatings,
  },
  {
    id: 'my-availability',
    group: 'work',
    section: 'consult',
    glyph: '时',
    title: '我的咨询时间',
    needs: ['consult', 'saveAvailability'],
    only: ['liaison', 'expert'],
    url: (a) => ROUTES.availability(stationOf(a)),
  },
  {
    id: 'station-bookings',
    group: 'work',
    section: 'consult',
    glyph: '约',
    title: '咨询预约',
    needs: ['consult', 'listBookings'],
    only: ['chief'],
    url: () => ROUTES.bookings('station'),
  },
  {
    id: 'booking-rules',
    group: 'work',
    section: 'consult',
    glyph: '规',
    title: '预约规则',
    needs: ['consult', 'setBookingRules'],
    only: ['chief'],
    url: () => ROUTES.bookingRules,
  },
  {
    id: 'station-ratings',
    group: 'work',
    section: 'consult',
    glyph: '评',
    title: '本站评价',
    needs: ['archive', 'listRatings'],
    only: ['chief'],
    url: () => ROUTES.stationRatings,
  },
  {
    id: 'station-availability',
    group: 'work',
    section: 'consult',
    glyph: '时',
    title: '咨询时间安排',
    needs: ['consult', 'listStationMembers'],
    only: ['chief'],
    url: (a) => ROUTES.availability(stationOf(a)),
  },
  // 企业与台账
  {
    id: 'company-profile',
    group: 'work',
    section: 'enterprise',
    glyph: '企',
    title: '企业档案',
    needs: ['enterprise', 'getProfile'],
    only: ['company'],
    url: (a) => ROUTES.company(a?.companyId ?? ''),
  },
  {
    id: 'ledger',
    group: 'work',
    section: 'enterprise',
    glyph: '账',
    title: '企业台账',
    needs: ['enterprise', 'listLedger'],
    url: () => ROUTES.ledger(),
  },
  // 流动工作室 (seed 001 §6.2): the company applies for a studio and follows its approval.
  {
    id: 'studio-application',
    group: 'work',
    section: 'enterprise',
    glyph: '室',
    title: '流动工作室',
    needs: ['studio', 'submitApplication'],
    only: ['company'],
    url: () => ROUTES.studioApplications,
  },
  // 走访与回访
  {
    id: 'visit-edit',
    group: 'work',
    section: 'enterprise',
    glyph: '访',
    title: '登记走访',
    needs: ['visit', 'logVisit'],
    url: () => ROUTES.visitEdit(),
  },
  {
    id: 'visits',
    group: 'work',
    section: 'enterprise',
    glyph: '记',
    title: '走访记录',
    needs: ['visit', 'listVisits'],
    url: () => ROUTES.visits(),
  },
  {
    id: 'follow-ups',
    group: 'work',
    section: 'enterprise',
    glyph: '回',
    title: '我的回访',
    needs: ['visit', 'listFollowUps'],
    url: () => ROUTES.followUps,
  },
  {
    // Drawn with the count of visits waiting on this phone (待发送).
    id: 'outbox',
    group: 'work',
    section: 'enterprise',
    glyph: '发',
    title: '待发送',
    needs: ['visit', 'logVisit'],
    url: () => ROUTES.visitOutbox,
  },
  // 服务需求
  {
    id: 'my-requests',
    group: 'work',
    section: 'request',
    glyph: '需',
    title: '服务需求',
    needs: ['request', 'createRequest'],
    url: () => ROUTES.myRequests,
  },
  {
    id: 'request-queue',
    group: 'work',
    section: 'request',
    glyph: '队',
    title: '需求队列',
    needs: ['request', 'listRequests'],
    only: ['liaison', 'chief', 'admin'],
    url: () => ROUTES.requestQueue,
  },
  // 线索移交 (004 §7.3.2.4): what the station referred on to a rights-protection center, and received.
  {
    id: 'referrals',
    group: 'work',
    section: 'request',
    glyph: '线',
    title: '线索移交',
    needs: ['referral', 'listReferrals'],
    only: ['liaison', 'chief', 'admin'],
    url: () => ROUTES.referrals,
  },
  // 投诉 (004 §9.2): company staff complain and follow their complaints; the chief (the admin for
  // those about a chief) answers; the person complained about reads what was passed on to them.
  {
    id: 'complaint-new',
    group: 'work',
    section: 'request',
    glyph: '诉',
    title: '我要投诉',
    needs: ['complaint', 'fileComplaint'],
    url: () => ROUTES.complaintNew(),
  },
  {
    id: 'my-complaints',
    group: 'work',
    section: 'request',
    glyph: '投',
    title: '我的投诉',
    needs: ['complaint', 'listMyComplaints'],
    only: ['company'],
    url: () => ROUTES.myComplaints,
  },
  {
    id: 'complaint-queue',
    group: 'work',
    section: 'station',
    glyph: '投',
    title: '投诉处理',
    needs: ['complaint', 'listComplaints'],
    url: () => ROUTES.complaintQueue(),
  },
  {
    id: 'complaints-about-me',
    group: 'work',
    section: 'request',
    glyph: '涉',
    title: '涉及我的投诉',
    needs: ['complaint', 'listSharedWithMe'],
    only: ['liaison', 'expert', 'chief'],
    url: () => ROUTES.complaintsAboutMe,
  },
  // 培训
  {
    id: 'trainings',
    group: 'work',
    section: 'training',
    glyph: '报',
    title: '培训报名',
    needs: ['training', 'listSessions'],
    url: () => ROUTES.trainings,
  },
  {
    id: 'my-trainings',
    group: 'work',
    section: 'training',
    glyph: '训',
    title: '我的培训',
    needs: ['training', 'myTrainings'],
    url: () => ROUTES.myTrainings,
  },
  {
    id: 'training-manage',
    group: 'work',
    section: 'training',
    glyph: '管',
    title: '培训管理',
    needs: ['training', 'listStationSessions'],
    only: ['chief', 'admin', 'district_admin'],
    url: () => ROUTES.trainingManage(),
  },
  {
    id: 'talent-pool',
    group: 'work',
    section: 'training',
    glyph: '才',
    title: '人才库',
    needs: ['training', 'talentPool'],
    only: ['chief'],
    url: () => ROUTES.talentPool,
  },
  {
    id: 'wanted-topics',
    group: 'work',
    section: 'training',
    glyph: '题',
    title: '培训需求统计',
    needs: ['survey', 'wantedTopics'],
    only: ['chief'],
    url: () => ROUTES.wantedTopics,
  },
  // 统计 (004 §7.4.2): the station's figures for the chief and admin, one's own for the others.
  {
    id: 'station-stats',
    group: 'work',
    section: 'stats',
    glyph: '统',
    title: '统计分析',
    needs: ['stats', 'stationStats'],
    url: () => ROUTES.stationStats(),
  },
  // 企业关注 (004 §6.1.3 d): what companies ask about, and the trainings and visits it suggests.
  {
    id: 'insights',
    group: 'work',
    section: 'stats',
    glyph: '问',
    title: '企业关注',
    needs: ['stats', 'insights'],
    url: () => ROUTES.insights(),
  },
  {
    id: 'city-stats',
    group: 'work',
    section: 'stats',
    glyph: '市',
    title: '全市统计',
    needs: ['stats', 'cityStats'],
    only: ['admin'],
    url: () => ROUTES.cityStats,
  },
  // The same view over a district admin's district (the server narrows it to the district).
  {
    id: 'district-stats',
    group: 'work',
    section: 'stats',
    glyph: '区',
    title: '全区统计',
    needs: ['stats', 'cityStats'],
    only: ['district_admin'],
    url: () => ROUTES.cityStats,
  },
  // 服务网络
  {
    id: 'own-station',
    group: 'work',
    section: 'station',
    glyph: '站',
    title: '本站信息与服务事项',
    needs: ['directory', 'updateStation'],
    only: ['chief'],
    url: (a) => ROUTES.station(stationOf(a)),
  },
  {
    id: 'new-station',
    group: 'work',
    section: 'station',
    glyph: '新',
    title: '新建服务站点',
    needs: ['directory', 'createStation'],
    url: () => ROUTES.stationEdit(),
  },
  {
    id: 'work-calendar',
    group: 'work',
    section: 'station',
    glyph: '历',
    title: '工作日历',
    needs: ['directory', 'setWorkCalendar'],
    url: () => ROUTES.workCalendar,
  },
  // 年度评价 (seed 000): the admin's rounds, the chief's self-evaluation and result, a reviewer's stations.
  {
    id: 'evaluations',
    group: 'work',
    section: 'station',
    glyph: '评',
    title: '年度评价',
    needs: ['evaluation', 'listRounds'],
    url: () => ROUTES.evaluations,
  },
  // 服务质量 (004 §9): improvement actions for their owners, the chief and the admins; the
  // station's evaluation archive (评价、投诉、服务评价、整改 of a year) for the chief and the admins.
  {
    id: 'improvements',
    group: 'work',
    section: 'station',
    glyph: '改',
    title: '整改事项',
    needs: ['quality', 'listImprovements'],
    url: () => ROUTES.improvements(),
  },
  {
    id: 'quality-archive',
    group: 'work',
    section: 'station',
    glyph: '档',
    title: '评价档案',
    needs: ['quality', 'stationArchive'],
    only: ['chief', 'admin', 'district_admin'],
    url: () => ROUTES.qualityArchive(),
  },
  // 服务评价 (004 §9.1): a station's period judged from outside and inside, with its findings.
  {
    id: 'service-review',
    group: 'work',
    section: 'station',
    glyph: '价',
    title: '服务评价',
    needs: ['quality', 'serviceReview'],
    only: ['chief', 'admin', 'district_admin'],
    url: () => ROUTES.serviceReview(),
  },
  // 政策与动态: published articles are public, so every signed-in user has the entry; the chief
  // (their station's) and the admin (the city's and any station's) write and publish them.
  {
    id: 'articles',
    group: 'work',
    section: 'station',
    glyph: '文',
    title: '政策与动态',
    needs: ['content', 'listArticles'],
    url: () => ROUTES.articles(),
  },
  {
    id: 'article-manage',
    group: 'work',
    section: 'station',
    glyph: '稿',
    title: '文章管理',
    needs: ['content', 'listManagedArticles'],
    url: () => ROUTES.articleManage,
  },
  // 年度专项服务清单 (004 §7.3.3): the chief drafts and publishes the station's and records each
  // delivery; the list opens on this year.
  {
    id: 'special-services',
    group: 'work',
    section: 'station',
    glyph: '专',
    title: '专项服务清单',
    needs: ['directory', 'saveSpecialServices'],
    only: ['chief'],
    url: (a) => ROUTES.specialServices(stationOf(a)),
  },
  // 流动工作室 (seed 001 §6.2): the three levels approve applications in turn (the admin reads them
  // all); the admin sets each stage's time limit.
  {
    id: 'studio-approvals',
    group: 'work',
    section: 'station',
    glyph: '审',
    title: '工作室审批',
    needs: ['studio', 'listApplications'],
    only: ['studio_branch', 'studio_section', 'studio_bureau', 'admin'],
    url: () => ROUTES.studioApplications,
  },
  {
    id: 'studio-limits',
    group: 'work',
    section: 'station',
    glyph: '限',
    title: '审批时限',
    needs: ['studio', 'setStageLimits'],
    url: () => ROUTES.studioLimits,
  },
  {
    id: 'invitations',
    group: 'work',
    section: 'station',
    glyph: '邀',
    title: '邀请码管理',
    needs: ['account', 'createInvitation'],
    url: (a) => ROUTES.invitations(stationOf(a)),
  },
  {
    id: 'company-review',
    group: 'work',
    section: 'station',
    glyph: '核',
    title: '企业确认',
    needs: ['account', 'reviewCompany'],
    url: (a) => ROUTES.companyReview(stationOf(a)),
  },
  // 加入与登记: how someone gets a role. Station staff act for a station, so registering or
  // joining a company is not theirs to do from here; an admin appoints, never redeems.
  {
    id: 'redeem',
    group: 'join',
    title: '输入邀请码',
    description: '加入工作站成为联络员、专家或站长',
    needs: ['account', 'redeemInvitation'],
    only: ['none', 'company', 'liaison', 'expert', 'chief'],
    url: () => ROUTES.redeem,
  },
  {
    id: 'company-join',
    group: 'join',
    title: '加入企业',
    description: '使用同事分享的企业加入码',
    needs: ['account', 'joinCompany'],
    only: ['none', 'company'],
    url: () => ROUTES.companyJoin,
  },
  {
    id: 'company-create',
    group: 'join',
    title: '登记我的企业',
    description: '提交后由服务站点确认',
    needs: ['account', 'createCompany'],
    only: ['none', 'company'],
    url: () => ROUTES.companyCreate(),
  },
];

/** The entries the acting membership (null: none) can use, in table order. */
export function toolsFor(acting: MembershipView | null): Tool[] {
  const role = actingRole(acting);
  return TOOLS.filter((e) => admits(acting, e.needs) && (!e.only || e.only.includes(role)));
}

export function describeTool(e: Tool, acting: MembershipView | null): string {
  if (!e.description) return '';
  return typeof e.description === 'string' ? e.description : e.description(actingRole(acting));
}
