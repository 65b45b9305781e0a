/**
 * Every page of the WeChat build, as every kind of user, in Node: the built `dist/weapp` runs on
 * the WeChat shim (tests/support/wechat.ts), and its `wx.cloud.callFunction` reaches the cloud
 * functions' CloudBase entries (`main(event, context)`, caller from `getWXContext().OPENID`).
 *
 * The Store is SQLite: `cloudbasePorts()` — the one place the CloudBase entry gets its ports
 * (cloudfunctions/_shared/cloudbase/ports.ts) — is replaced below with `weappPorts()`, the ports
 * of a demo host (tests/support/weapp-cloud.ts). Everything else in main() is the production path.
 *
 * The pages come from dist/weapp/app.json, so a new page is covered as it is added. Opened as
 * each user, a page must load, run its lifecycle, make only cloud calls that succeed, throw
 * nothing (no App.onError, console.error or unhandled rejection), show no failure text, hold no
 * element WeChat has no template for (it would render nothing there), and
 * show either its first text (FIRST_TEXT) or the role gate (需以…身份进行) for a role it is not
 * for. Every page must be of use to some user. A page that takes parameters gets them from
 * LINKS, built with ROUTES from the demo's records, so it shows a real record.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES, ROUTES, type PageName } from '../../core/pages';
import type {
  ArticleDoc,
  BookingDoc,
  ClueReferralDoc,
  ComplaintDoc,
  ConsultationRecordDoc,
  EvalRoundDoc,
  ServiceRequestDoc,
  StudioApplicationDoc,
  TrainingSessionDoc,
  VisitDoc,
} from '../../core/store/docs';
import { DEMO_COMPANY_ID, DEMO_STATION_ID, DEMO_USERS } from '../../server/demo';
import { installWechat, type Wechat } from '../support/wechat';
import { openWeappCloud, WEAPP_NOW, WECHAT_USERS, type WeappCloud, type WechatUser } from '../support/weapp-cloud';
import { setNow } from '../ui/support/clock';
import { formatShanghai } from '../../core/rules/time';

jest.mock('../../cloudfunctions/_shared/cloudbase/ports', () => ({
  cloudbasePorts: () => (require('../support/weapp-cloud') as typeof import('../support/weapp-cloud')).weappPorts(),
}));

const DIST = join(__dirname, '../../dist/weapp');

/** The pages of the build, as app.json lists them (main package, then each subpackage's). */
function appPages(): string[] {
  const app = JSON.parse(readFileSync(join(DIST, 'app.json'), 'utf8')) as {
    pages: string[];
    subPackages?: { root: string; pages: string[] }[];
  };
  return [...app.pages, ...(app.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))];
}
const APP_PAGES = appPages();

/** app.json's route → its name in core/pages.ts. */
const NAME_OF = new Map(Object.entries(PAGES).map(([name, path]) => [path.slice(1), name as PageName]));

/** The demo's records a page with parameters is opened on. */
interface DemoRecords {
  /** A booking of the demo company with the given consultant. */
  booking: Map<string, string>;
  record: Map<string, string>;
  request: string;
  /** A request assigned to the demo expert (an expert reads only what is assigned to them). */
  assigned: string;
  visit: string;
  /** The published session next week (sign-ups open) and the one two weeks ago (attended, answered). */
  upcoming: string;
  past: string;
  /** The rights-clue records referred, by who referred them (the liaison, the expert), and the closed referral (the expert's). */
  clue: Map<string, string>;
  referral: string;
  /** The demo company's complaint (server/demo/complaints.ts): filed by it, answered by the chief, passed on to the liaison. */
  complaint?: string;
  /** The demo's current evaluation round (the demo station, its chief, 钱评审 assigned to it), if the demo made one. */
  evalRound?: string;
  /** A published article of the demo station (its chief's), if the demo has one: what 定向推送 opens on. */
  article?: string;
  /** The demo's studio application waiting at the city bureau (haidian), and the demo's founded studio. */
  studioApplication?: string;
  studio?: string;
}

/** The year the demo's special-service list is of (the phone's "now" is WEAPP_NOW). */
const DEMO_YEAR = Number(formatShanghai(WEAPP_NOW, 'YYYY'));

/** The consultant whose booking or record a user opens: the expert their own, everyone else the liaison's. */
const consultantFor = (user: WechatUser) => (user === 'expert' ? DEMO_USERS.expert : DEMO_USERS.liaison);

/** Who reads another company's studio application: the approval chain and the admin. */
const STUDIO_READERS: readonly WechatUser[] = ['studio_branch', 'studio_section', 'studio_bureau', 'admin'];

/** How a page that takes parameters is opened, from the demo's records. */
const LINKS: Partial<Record<PageName, (d: DemoRecords, user: WechatUser) => string>> = {
  // 首页's search box opens it with the words typed.
  search: () => ROUTES.search('知识产权'),
  station: () => ROUTES.station(DEMO_STATION_ID),
  stationEdit: (_d, user) => ROUTES.stationEdit(user === 'admin' ? undefined : DEMO_STATION_ID),
  itemEdit: () => ROUTES.itemEdit(DEMO_STATION_ID),
  invitations: () => ROUTES.invitations(DEMO_STATION_ID),
  companyReview: () => ROUTES.companyReview(DEMO_STATION_ID),
  book: () => ROUTES.book(DEMO_STATION_ID),
  booking: (d, user) => ROUTES.booking(d.booking.get(consultantFor(user))!),
  availability: () => ROUTES.availability(DEMO_STATION_ID),
  record: (d, user) => ROUTES.record(d.record.get(consultantFor(user))!),
  company: () => ROUTES.company(DEMO_COMPANY_ID),
  profileEdit: () => ROUTES.profileEdit(DEMO_COMPANY_ID),
  request: (d, user) => ROUTES.request(user === 'expert' ? d.assigned : d.request),
  referralCreate: (d, user) => ROUTES.referralCreate('record', d.clue.get(consultantFor(user))!),
  referral: (d) => ROUTES.referral(d.referral),
  visit: (d) => ROUTES.visit(d.visit),
  trainingSession: (d) => ROUTES.trainingSession(d.upcoming),
  trainingSignups: (d) => ROUTES.trainingSignups(d.upcoming),
  checkinScreen: (d) => ROUTES.checkinScreen(d.upcoming),
  checkinManual: (d) => ROUTES.checkinManual(d.upcoming),
  survey: (d) => ROUTES.survey('training', d.past),
  surveyResults: (d) => ROUTES.surveyResults('training', d.past),
  // The demo expert (赵专家) is filed at the demo station: its chief and an admin read them.
  expert: () => ROUTES.expert(DEMO_USERS.expert),
  // Read by whoever stands to it (the complainant, the handler, the person it was passed on to);
  // anyone else opens the page without one, which it says without calling.
  complaint: (d, user) =>
    d.complaint && ['company', 'liaison', 'chief', 'admin'].includes(user)
      ? ROUTES.complaint(d.complaint)
      : PAGES.complaint,
  // The admin's ranking of the demo round; opened without one, the page says so without calling.
  evaluationRound: (d) => (d.evalRound ? ROUTES.evaluationRound(d.evalRound) : PAGES.evaluationRound),
  // The chief opens their own station (no stationId); the reviewer and the admin name the demo station.
  evaluationStation: (d, user) =>
    !d.evalRound
      ? PAGES.evaluationStation
      : user === 'chief'
        ? ROUTES.evaluationStation(d.evalRound)
        : ROUTES.evaluationStation(d.evalRound, DEMO_STATION_ID),
  // The demo station's article (its chief may push it, an admin anything); without one the page says so without calling.
  push: (d) => (d.article ? ROUTES.push('article', d.article) : PAGES.push),
  // The demo station's list of this year (no year: the page takes the phone's).
  specialServices: () => ROUTES.specialServices(DEMO_STATION_ID),
  specialServicesEdit: () => ROUTES.specialServicesEdit(DEMO_STATION_ID, DEMO_YEAR),
  // The application waiting at the city bureau (another company's: the demo company reads none).
  // The demo company has no application of its own (it is left to the visitor): it opens the page
  // without one, which says so without calling.
  studioApplication: (d, user) =>
    d.studioApplication && STUDIO_READERS.includes(user)
      ? ROUTES.studioApplication(d.studioApplication)
      : PAGES.studioApplication,
  // The founded studio's year: the city's levels and the admin (the demo company and the demo
  // station's chief are not its company or its station: opened without one).
  studioSummary: (d, user) =>
    d.studio && STUDIO_READERS.includes(user) && user !== 'studio_branch'
      ? ROUTES.studioSummary(d.studio)
      : PAGES.studioSummary,
};

/** What each page shows first to a user it is for (every such user: a list may be empty for some). */
const FIRST_TEXT: Partial<Record<PageName, string | RegExp>> = {
  // Everyone, with a station of their own or without: the sections of the one home call.
  home: '近期培训',
  network: '个服务网点',
  resources: '国家知识产权公共服务网站',
  me: '我的身份',
  // Everyone signed in sees their to-dos; someone without a role, how to get one.
  work: /待办|尚未加入企业或工作站/,
  station: '中关村软件园知识产权公共服务工作站',
  stationEdit: '站点名称',
  itemEdit: '事项名称',
  login: '使用账号和密码登录',
  register: '注册后可登记或加入企业',
  redeem: '请输入站长或管理员发放的邀请码',
  invitations: '发放新邀请码',
  companyJoin: '企业加入码',
  companyCreate: '登记后由所选服务站点核实确认',
  companyReview: '北京未来芯材科技有限公司',
  // An admin, who acts for the whole city, picks the station first.
  ledger: /共 32 家|请先选择要查看台账的服务站点/,
  company: '统一社会信用代码',
  profileEdit: '基本信息',
  ledgerCreate: '尚未在小程序登记的企业',
  inbox: /全部已读|暂无消息/,
  book: '选择日期',
  bookings: /\d{4}-\d{2}-\d{2} 周./,
  booking: '服务站点',
  availability: '每周安排',
  today: '2026-03-02 周一（今天）',
  recordEdit: '咨询企业',
  records: /共 \d+ 条/,
  record: '咨询人员',
  myRatings: '我的平均分',
  stationRatings: '本站平均分',
  bookingRules: '的咨询预约规则',
  requestCreate: '需求类别',
  myRequests: '提交服务需求',
  requestQueue: '最新提交',
  request: '提交人',
  assigned: '待接受',
  workCalendar: '法定节假日',
  expertProfile: '志愿服务专家行为承诺',
  expertRoster: '全部状态',
  expert: '在办指派',
  visitEdit: '走访对象',
  visits: /次走访/,
  visit: '走访时间',
  followUps: '今日到期',
  visitOutbox: '没有待发送的走访记录',
  referralCreate: '引用到线索摘要',
  referrals: '条线索移交',
  referral: '线索摘要',
  trainings: '知识产权质押融资实务',
  trainingSession: '知识产权质押融资实务',
  // An admin picks the station first.
  trainingManage: /发布培训|请选择服务站点/,
  trainingEdit: '培训主题',
  trainingSignups: '已报名',
  myTrainings: /知识产权质押融资实务|还没有报名过培训/,
  talentPool: /共 \d+ 人/,
  checkin: '扫码签到',
  checkinScreen: '请用微信或手机相机扫码签到',
  checkinManual: '未签到',
  survey: '培训满意度问卷',
  surveyResults: '已回收',
  wantedTopics: '份问卷',
  // An admin picks the station first; everyone else sees their month beside the ones compared.
  stationStats: /趋势|请选择要查看统计的服务站点/,
  cityStats: '个服务站点',
  // An admin picks the station first; a chief reads their month.
  insights: /次咨询|请选择要查看的服务站点/,
  complaintNew: '投诉事实',
  // Company staff get 我要投诉 above their list; anyone else signed in their (usually empty) own.
  myComplaints: /我要投诉|还没有提交过投诉|共 \d+ 条投诉/,
  complaintQueue: '仅看超时',
  complaintsAboutMe: '请配合说明情况',
  // The demo company's complaint; opened without one (LINKS), the page says so without calling.
  complaint: /投诉事实|投诉不存在或已无权查看/,
  // The admin has 新建评价 above the rounds; a chief or reviewer a round card (or the list's empty text).
  evaluations: /新建评价|指标表第|本站暂无年度评价|暂无分配给您的评审任务/,
  // The list's own filter row; an admin also picks the station (全部站点 first).
  improvements: '仅看逾期',
  // A chief reads their station's year; an admin picks the station first.
  qualityArchive: /年度服务评价档案|请选择要查看档案的服务站点/,
  // A chief reads their station's month; an admin or district admin picks the station first.
  serviceReview: /内部评价|请选择要查看服务评价的服务站点/,
  evaluationNew: '参评站点',
  // Opened without the demo round (LINKS), the page says so without calling.
  evaluationRound: /排名|评价轮次不存在或已无权查看/,
  // Every side shows the indicator table, each item with its 评分标准.
  evaluationStation: /评分标准：|评价不存在或已无权查看/,
  evaluationIndicators: /第\s*\d+\s*版/,
  // The kind chips sit above the (maybe empty) list for everyone.
  articles: '典型案例',
  // Opened without an article (no demo article in LINKS), the page says so without calling.
  article: /阅读|文章不存在或已无权查看/,
  articleManage: '写文章',
  // The Markdown field's syntax hint, for the chief and the admin alike.
  articleEdit: '支持：## 标题',
  // The words searched are shown above the hits (or above 未找到…).
  search: '按词搜索',
  // The chief and the admin pick the audience of the demo article (opened without one, the page says so).
  push: /推送范围|推送内容不存在或已无权查看/,
  // Every reader: the demo station's published list, each service with its frequency.
  specialServices: '服务频次',
  // The chief and the admin edit the year's items.
  specialServicesEdit: '服务内容',
  // The demo company fills in appendix A (its needs among the sections).
  studioApply: '申请需求',
  // The company its own (none yet: 申请设立); the approvers and the admin their queue by status.
  studioApplications: /申请设立|审批中/,
  // The chain of the bureau's application (opened without one, the page says so without calling).
  studioApplication: /审批进度|申请不存在或已无权查看/,
  studioLimits: '镇街市场监督管理分局',
  // The city's levels and admins read the founded studio's year; others open it without one.
  studioSummary: /服务情况|未指定流动工作室/,
};

/** Text that means the page failed to show what it is for. */
const FAILURE = /网络连接失败|加载失败|系统繁忙|出错了/;
/** The role gate's title: 「…需以站长身份进行」. */
const GATE = '身份进行';

async function demoRecords(cloud: WeappCloud): Promise<DemoRecords> {
  const store = cloud.host.store;
  const now = cloud.clock.now();
  const booking = new Map<string, string>();
  const record = new Map<string, string>();
  for (const consultantId of [DEMO_USERS.liaison, DEMO_USERS.expert]) {
    const [b] = await store.find<BookingDoc>('bookings', {
      where: { companyId: DEMO_COMPANY_ID, consultantId },
      limit: 1,
    });
    const [r] = await store.find<ConsultationRecordDoc>('consultation_records', {
      where: { companyId: DEMO_COMPANY_ID, consultantId },
      limit: 1,
    });
    booking.set(consultantId, b!._id);
    record.set(consultantId, r!._id);
  }
  const [request] = await store.find<ServiceRequestDoc>('service_requests', {
    where: { companyId: DEMO_COMPANY_ID },
    limit: 1,
  });
  const [assigned] = await store.find<ServiceRequestDoc>('service_requests', {
    where: { assigneeId: DEMO_USERS.expert },
    limit: 1,
  });
  const [visit] = await store.find<VisitDoc>('visits', { where: { companyId: DEMO_COMPANY_ID }, limit: 1 });
  const sessions = await store.find<TrainingSessionDoc>('trainings', {
    where: { stationId: DEMO_STATION_ID, status: 'published' },
    orderBy: [['startAt', 'asc']],
    limit: 20,
  });
  const upcoming = sessions.find((s) => s.startAt > now)!;
  const past = [...sessions].reverse().find((s) => s.endAt < now)!;
  return {
    booking,
    record,
    request: request!._id,
    assigned: assigned!._id,
    visit: visit!._id,
    upcoming: upcoming._id,
    past: past._id,
    ...(await demoReferrals(store)),
    complaint: await demoComplaint(store),
    evalRound: await demoRound(store),
    article: await demoArticle(store),
    ...(await demoStudio(store)),
  };
}

/** The demo's application waiting at the city bureau and its founded studio (server/demo/studio.ts). */
async function demoStudio(
  store: WeappCloud['host']['store'],
): Promise<Pick<DemoRecords, 'studioApplication' | 'studio'>> {
  const [waiting] = await store.find<StudioApplicationDoc>('studio_applications', {
    where: { status: 'reviewing', stage: 'bureau' },
    limit: 1,
  });
  const [approved] = await store.find<StudioApplicationDoc>('studio_applications', {
    where: { status: 'approved' },
    limit: 1,
  });
  return {
    ...(waiting ? { studioApplication: waiting._id } : {}),
    ...(approved?.studioStationId ? { studio: approved.studioStationId } : {}),
  };
}

/** A published article of the demo station (server/demo/articles.ts), if the demo made one. */
async function demoArticle(store: WeappCloud['host']['store']): Promise<string | undefined> {
  const [article] = await store.find<ArticleDoc>('articles', {
    where: { stationId: DEMO_STATION_ID, status: 'published' },
    limit: 1,
  });
  return article?._id;
}

/** The demo's current evaluation round (server/demo/evaluation.ts: this year's, still open), if the demo made one. */
async function demoRound(store: WeappCloud['host']['store']): Promise<string | undefined> {
  const [round] = await store.find<EvalRoundDoc>('eval_rounds', { orderBy: [['year', 'desc']], limit: 1 });
  return round?._id;
}

/** The demo company's complaint (server/demo/complaints.ts), if the demo made one. */
async function demoComplaint(store: WeappCloud['host']['store']): Promise<string | undefined> {
  const [complaint] = await store.find<ComplaintDoc>('complaints', { where: { companyId: DEMO_COMPANY_ID }, limit: 1 });
  return complaint?._id;
}

/** The demo's referrals (server/demo/referrals.ts): each consultant's referred record; the closed one is the expert's. */
async function demoReferrals(store: WeappCloud['host']['store']): Promise<Pick<DemoRecords, 'clue' | 'referral'>> {
  const referrals = await store.find<ClueReferralDoc>('clue_referrals', {
    where: { fromStationId: DEMO_STATION_ID },
    limit: 10,
  });
  return {
    clue: new Map(referrals.map((r) => [r.createdBy, r.sourceId])),
    referral: referrals.find((r) => r.status === 'closed')!._id,
  };
}

let cloud: WeappCloud;
let demo: DemoRecords;
/** Which users each page was of use to (not behind its role gate). */
const usedBy = new Map<string, WechatUser[]>();

beforeAll(async () => {
  setNow(WEAPP_NOW);
  cloud = await openWeappCloud();
  demo = await demoRecords(cloud);
});
afterAll(async () => {
  jest.useRealTimers();
  await cloud?.close();
});

describe.each(WECHAT_USERS)('as %s', (user) => {
  let wechat: Wechat;
  beforeAll(async () => {
    // A fresh phone: the bundle is loaded anew (its store, storage and caches start empty), and
    // WeChat opens the first page; what the launch does (staff land on 工作台) settles first.
    jest.resetModules();
    wechat = installWechat({ distDir: DIST, route: cloud.routeAs(user) });
    await wechat.settle();
  });

  it('lands staff on 工作台 when the app opens, and everyone else on the first page', () => {
    const landed = wechat.navigations.filter((n) => n.kind === 'switchTab').map((n) => n.url);
    const staff = ['liaison', 'chief', 'expert', 'admin', 'district_admin', 'reviewer'].includes(user);
    expect(landed).toEqual(staff ? [PAGES.work] : []);
  });
  afterAll(() => wechat.uninstall());
  afterEach(() => wechat.closeAll());

  it.each(APP_PAGES)('%s', async (route) => {
    const name = NAME_OF.get(route);
    expect(name).toBeDefined(); // every page of app.json is in core/pages.ts
    const link = LINKS[name!];
    const from = { calls: wechat.calls.length, errors: wechat.errors.length };

    const page = await wechat.open(link ? link(demo, user) : `/${route}`);

    expect(page.route).toBe(route);
    const text = wechat.text(page);
    expect(wechat.errors.slice(from.errors)).toEqual([]);
    expect(wechat.calls.slice(from.calls).filter((c) => !c.ok)).toEqual([]);
    expect(text).not.toMatch(FAILURE);
    // WeChat renders nothing (children included) where base.wxml has no template for an element.
    expect(wechat.unrenderable(page)).toEqual([]);
    if (text.includes(GATE)) return;
    usedBy.set(route, [...(usedBy.get(route) ?? []), user]);
    const first = FIRST_TEXT[name!];
    if (first instanceof RegExp) expect(text).toMatch(first);
    else if (first) expect(text).toContain(first);
    else expect(text.trim()).not.toBe(''); // a page new since this table: at least it shows something
  });
});

test('every page is of use to some user', () => {
  expect(APP_PAGES.filter((route) => !usedBy.has(route))).toEqual([]);
});
