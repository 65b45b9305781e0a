/**
 * 我的 entries: THE table of what 我的 offers, area by area, and to whom. Each entry names the
 * action its page calls first; it is shown only when the policy (core/policy.ts) admits the acting
 * role for that action, and, where a role may call the action but has its own entry for it (a
 * company's 我的咨询档案 beside the station's 咨询档案) or the page serves one role only, `only`
 * narrows it further. So a company user never sees station tools, a liaison never 登记我的企业,
 * and someone without a role only what gets them one.
 */
import type { MembershipView } from '@core/contract';
import { actingRole, admits, type ActingRole, type ActionRef } from '@/lib/access';
import { ROUTES } from '@/lib/routes';

export type EntryGroup = 'work' | 'join';

export interface MeEntry {
  /** Stable name (data-entry on the cell). */
  id: string;
  group: EntryGroup;
  title: string;
  description: string | ((role: ActingRole) => string);
  /** The action the entry's page calls first: the policy must admit the acting role for it. */
  needs: ActionRef;
  /** Narrower than the policy: only these acting roles ('none': signed in, no role yet). */
  only?: readonly ActingRole[];
  url: (acting: MembershipView | null) => string;
}

const STAFF: readonly ActingRole[] = ['liaison', 'chief', 'expert', 'admin'];
const stationOf = (acting: MembershipView | null) => acting?.stationId ?? '';

export const ME_ENTRIES: readonly MeEntry[] = [
  // 服务需求 first for an expert: the assignments they must answer within two days.
  {
    id: 'assigned',
    group: 'work',
    title: '我的指派',
    description: '待接受的指派、待写的服务报告与今日咨询',
    needs: ['request', 'respondAssignment'],
    only: ['expert', 'liaison'],
    url: () => ROUTES.assigned,
  },
  // 专家库 (004 §8): the expert's own profile and commitment; the roster for the chief and admin.
  {
    id: 'expert-profile',
    group: 'work',
    title: '专家资料',
    description: '完善资料、签署行为承诺、暂停接单或申请退出',
    needs: ['expert', 'getMyProfile'],
    url: () => ROUTES.expertProfile,
  },
  {
    id: 'expert-roster',
    group: 'work',
    title: '专家库',
    description: (r) =>
      r === 'admin' ? '专家备案、退回与除名，查看工作量与按时响应率' : '本站服务专家的专长、工作量与按时响应率',
    needs: ['expert', 'listExperts'],
    url: () => ROUTES.expertRoster,
  },
  // 咨询
  {
    id: 'bookings',
    group: 'work',
    title: '我的预约',
    description: (r) => (r === 'company' ? '咨询预约的时间、状态，取消或改约' : '预约我的咨询，取消或改约'),
    needs: ['consult', 'listBookings'],
    url: () => ROUTES.bookings(),
  },
  {
    id: 'company-records',
    group: 'work',
    title: '我的咨询档案',
    description: '每次咨询的问题与答复',
    needs: ['archive', 'listRecords'],
    only: ['company'],
    url: () => ROUTES.records,
  },
  {
    id: 'today',
    group: 'work',
    title: '今日咨询',
    description: (r) => (r === 'chief' ? '本站今天的咨询与记录' : '今天的咨询：写记录或标记未到场'),
    needs: ['consult', 'listMyDay'],
    url: () => ROUTES.today,
  },
  {
    id: 'records',
    group: 'work',
    title: '咨询档案',
    description: '按企业、类别、人员、日期和关键词查找',
    needs: ['archive', 'listRecords'],
    only: STAFF,
    url: () => ROUTES.records,
  },
  {
    id: 'my-ratings',
    group: 'work',
    title: '我的评价',
    description: '企业对我的咨询的评分与留言',
    needs: ['archive', 'myRatingSummary'],
    url: () => ROUTES.myRatings,
  },
  {
    id: 'my-availability',
    group: 'work',
    title: '我的咨询时间',
    description: '设置每周可预约的时段和请假日期',
    needs: ['consult', 'saveAvailability'],
    only: ['liaison', 'expert'],
    url: (a) => ROUTES.availability(stationOf(a)),
  },
  {
    id: 'station-bookings',
    group: 'work',
    title: '咨询预约',
    description: '本站全部咨询预约',
    needs: ['consult', 'listBookings'],
    only: ['chief'],
    url: () => ROUTES.bookings('station'),
  },
  {
    id: 'booking-rules',
    group: 'work',
    title: '预约规则',
    description: '最短提前时间、可预约天数、每家企业未完成预约上限',
    needs: ['consult', 'setBookingRules'],
    only: ['chief'],
    url: () => ROUTES.bookingRules,
  },
  {
    id: 'station-ratings',
    group: 'work',
    title: '本站评价',
    description: '企业评价与各咨询人员平均分，差评及时跟进',
    needs: ['archive', 'listRatings'],
    only: ['chief'],
    url: () => ROUTES.stationRatings,
  },
  {
    id: 'station-availability',
    group: 'work',
    title: '咨询时间安排',
    description: '查看并设置本站人员的咨询时间',
    needs: ['consult', 'listStationMembers'],
    only: ['chief'],
    url: (a) => ROUTES.availability(stationOf(a)),
  },
  // 企业与台账
  {
    id: 'company-profile',
    group: 'work',
    title: '企业档案',
    description: '企业基本情况、知识产权拥有量与服务记录',
    needs: ['enterprise', 'getProfile'],
    only: ['company'],
    url: (a) => ROUTES.company(a?.companyId ?? ''),
  },
  {
    id: 'ledger',
    group: 'work',
    title: '企业台账',
    description: (r) =>
      r === 'liaison' || r === 'chief'
        ? '本站服务企业、待走访企业与新建台账企业'
        : r === 'admin'
          ? '各站点服务的企业与待走访企业'
          : '本站服务的企业与待走访企业',
    needs: ['enterprise', 'listLedger'],
    url: () => ROUTES.ledger(),
  },
  // 走访与回访
  {
    id: 'visit-edit',
    group: 'work',
    title: '登记走访',
    description: '记录走访情况，发现的需求直接生成服务需求',
    needs: ['visit', 'logVisit'],
    url: () => ROUTES.visitEdit(),
  },
  {
    id: 'visits',
    group: 'work',
    title: '走访记录',
    description: (r) =>
      r === 'company'
        ? '工作站走访本企业的记录与建议'
        : r === 'admin'
          ? '各站点的走访记录'
          : '本站的走访记录，按企业查看',
    needs: ['visit', 'listVisits'],
    url: () => ROUTES.visits(),
  },
  {
    id: 'follow-ups',
    group: 'work',
    title: '我的回访',
    description: (r) =>
      r === 'chief'
        ? '本站今日到期、逾期与即将到期的回访'
        : r === 'expert'
          ? '咨询后需要回访的企业'
          : '今日到期、逾期与即将到期的回访',
    needs: ['visit', 'listFollowUps'],
    url: () => ROUTES.followUps,
  },
  {
    // Drawn with the count of visits waiting on this phone (待发送).
    id: 'outbox',
    group: 'work',
    title: '待发送',
    description: '无网络时提交的走访记录会在这里等待发送',
    needs: ['visit', 'logVisit'],
    url: () => ROUTES.visitOutbox,
  },
  // 服务需求
  {
    id: 'my-requests',
    group: 'work',
    title: '服务需求',
    description: '提交服务需求，查看办理进度与结果',
    needs: ['request', 'createRequest'],
    url: () => ROUTES.myRequests,
  },
  {
    id: 'request-queue',
    group: 'work',
    title: '需求队列',
    description: (r) => (r === 'admin' ? '各站点的服务需求' : '本站待受理、办理中的服务需求'),
    needs: ['request', 'listRequests'],
    only: ['liaison', 'chief', 'admin'],
    url: () => ROUTES.requestQueue,
  },
  // 线索移交 (004 §7.3.2.4): what the station referred on to a rights-protection center, and received.
  {
    id: 'referrals',
    group: 'work',
    title: '线索移交',
    description: (r) => (r === 'admin' ? '各站点移交的维权线索及办理进展' : '本站移交和收到的维权线索'),
    needs: ['referral', 'listReferrals'],
    only: ['liaison', 'chief', 'admin'],
    url: () => ROUTES.referrals,
  },
  // 培训
  {
    id: 'trainings',
    group: 'work',
    title: '培训报名',
    description: '近期知识产权培训，在线报名',
    needs: ['training', 'listSessions'],
    url: () => ROUTES.trainings,
  },
  {
    id: 'my-trainings',
    group: 'work',
    title: '我的培训',
    description: '已报名、候补与签到情况',
    needs: ['training', 'myTrainings'],
    url: () => ROUTES.myTrainings,
  },
  {
    id: 'training-manage',
    group: 'work',
    title: '培训管理',
    description: '发布培训，查看报名、候补与到课率',
    needs: ['training', 'listStationSessions'],
    only: ['chief'],
    url: () => ROUTES.trainingManage,
  },
  {
    id: 'talent-pool',
    group: 'work',
    title: '人才库',
    description: '参加过本站培训的人员，可检索、导出',
    needs: ['training', 'talentPool'],
    only: ['chief'],
    url: () => ROUTES.talentPool,
  },
  {
    id: 'wanted-topics',
    group: 'work',
    title: '培训需求统计',
    description: '参训人员希望的培训主题，安排后续培训的依据',
    needs: ['survey', 'wantedTopics'],
    only: ['chief'],
    url: () => ROUTES.wantedTopics,
  },
  // 统计 (004 §7.4.2): the station's figures for the chief and admin, one's own for the others.
  {
    id: 'station-stats',
    group: 'work',
    title: '统计分析',
    description: (r) =>
      r === 'chief'
        ? '本站咨询、走访、需求、培训与满意度，按月、季、年对比'
        : r === 'admin'
          ? '任一站点的统计与对比'
          : '我的咨询、走访与办理情况统计',
    needs: ['stats', 'stationStats'],
    url: () => ROUTES.stationStats(),
  },
  {
    id: 'city-stats',
    group: 'work',
    title: '全市统计',
    description: '各站点并列对比、排名，逐站查看',
    needs: ['stats', 'cityStats'],
    url: () => ROUTES.cityStats,
  },
  // 服务网络
  {
    id: 'own-station',
    group: 'work',
    title: '本站信息与服务事项',
    description: '修改本站介绍、地址电话与服务事项',
    needs: ['directory', 'updateStation'],
    only: ['chief'],
    url: (a) => ROUTES.station(stationOf(a)),
  },
  {
    id: 'new-station',
    group: 'work',
    title: '新建服务站点',
    description: '在服务网点列表中增加站点',
    needs: ['directory', 'createStation'],
    url: () => ROUTES.stationEdit(),
  },
  {
    id: 'work-calendar',
    group: 'work',
    title: '工作日历',
    description: '法定节假日与调休工作日，决定专家两日内响应按工作日计算',
    needs: ['directory', 'setWorkCalendar'],
    url: () => ROUTES.workCalendar,
  },
  {
    id: 'invitations',
    group: 'work',
    title: '邀请码管理',
    description: (r) => (r === 'admin' ? '任命站长、邀请联络员与专家' : '邀请联络员、志愿服务专家加入本站'),
    needs: ['account', 'createInvitation'],
    url: (a) => ROUTES.invitations(stationOf(a)),
  },
  {
    id: 'company-review',
    group: 'work',
    title: '企业确认',
    description: '核实并确认登记的企业',
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
export function entriesFor(acting: MembershipView | null): MeEntry[] {
  const role = actingRole(acting);
  return ME_ENTRIES.filter((e) => admits(acting, e.needs) && (!e.only || e.only.includes(role)));
}

export function describeEntry(e: MeEntry, acting: MembershipView | null): string {
  return typeof e.description === 'string' ? e.description : e.description(actingRole(acting));
}
