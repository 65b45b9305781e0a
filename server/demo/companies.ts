/**
 * The demo station's ledger (企业台账): about thirty companies the liaison entered over the past
 * year, visited on and off — some last week, some months ago (待走访), some never — with holdings
 * checked on the spot, needs found (service requests from visits) and follow-ups due, overdue and
 * done. Everything goes through enterprise.createLedgerEntry, visit.logVisit and
 * visit.completeFollowUp at the time it happened.
 */
import type { Industry, KeyFlag, ServiceCategory } from '../../core/enums';
import { creditCodeCheckChar } from '../../core/rules/credit-code';
import { DEMO_COMPANY_ID, DEMO_COMPANY_NAME, DEMO_USERS } from './accounts';
import { HOUR, MINUTE, type DemoStage } from './stage';

interface LedgerSeed {
  name: string;
  industry: Industry;
  contact: string;
  title: string;
  flags?: KeyFlag[];
  /** Days ago of the last visit; null: never visited. */
  lastVisit: number | null;
  topic: ServiceCategory;
}

/** Fictional companies of the 中关村 area; the visit pattern gives each list of the ledger some rows. */
const LEDGER: LedgerSeed[] = [
  {
    name: '北京智芯微电子科技有限公司',
    industry: 'ic',
    contact: '陈立',
    title: '研发总监',
    flags: ['specialized', 'high_tech'],
    lastVisit: 3,
    topic: 'application',
  },
  {
    name: '北京云图数据技术有限公司',
    industry: 'digital',
    contact: '刘婷',
    title: '法务经理',
    flags: ['high_tech'],
    lastVisit: 12,
    topic: 'data_ip',
  },
  {
    name: '北京清研新材料有限公司',
    industry: 'materials',
    contact: '孙海',
    title: '总经理',
    lastVisit: 45,
    topic: 'preexam',
  },
  {
    name: '北京华科生物医药有限公司',
    industry: 'biomed',
    contact: '周敏',
    title: '知识产权专员',
    flags: ['pre_listing'],
    lastVisit: 130,
    topic: 'risk',
  },
  {
    name: '北京中关村机器人科技有限公司',
    industry: 'manufacturing',
    contact: '吴强',
    title: '副总经理',
    lastVisit: null,
    topic: 'consulting',
  },
  { name: '北京博远软件有限公司', industry: 'it', contact: '郑洁', title: '行政主管', lastVisit: 7, topic: 'search' },
  {
    name: '北京新航光电技术有限公司',
    industry: 'aerospace',
    contact: '冯涛',
    title: '技术负责人',
    flags: ['specialized'],
    lastVisit: 20,
    topic: 'analysis',
  },
  {
    name: '北京睿思教育科技有限公司',
    industry: 'culture',
    contact: '蒋琳',
    title: '运营总监',
    lastVisit: 60,
    topic: 'publicity',
  },
  {
    name: '北京汇川精密仪器有限公司',
    industry: 'manufacturing',
    contact: '韩磊',
    title: '总工程师',
    flags: ['high_tech'],
    lastVisit: 200,
    topic: 'licensing',
  },
  {
    name: '北京蓝海环保科技有限公司',
    industry: 'energy',
    contact: '杨帆',
    title: '董事长助理',
    lastVisit: null,
    topic: 'policy',
  },
  {
    name: '北京天擎信息技术有限公司',
    industry: 'it',
    contact: '朱丽',
    title: '知识产权经理',
    flags: ['listed'],
    lastVisit: 1,
    topic: 'compliance',
  },
  {
    name: '北京易联通信设备有限公司',
    industry: 'it',
    contact: '秦勇',
    title: '研发经理',
    lastVisit: 25,
    topic: 'dispute',
  },
  {
    name: '北京万象文化传媒有限公司',
    industry: 'culture',
    contact: '许静',
    title: '版权主管',
    lastVisit: 75,
    topic: 'evidence',
  },
  {
    name: '北京康源医疗器械有限公司',
    industry: 'biomed',
    contact: '何军',
    title: '注册部经理',
    flags: ['specialized'],
    lastVisit: 150,
    topic: 'application',
  },
  {
    name: '北京星河航天科技有限公司',
    industry: 'aerospace',
    contact: '吕晨',
    title: '总经理',
    flags: ['pre_listing', 'high_tech'],
    lastVisit: null,
    topic: 'finance',
  },
  {
    name: '北京知行人工智能科技有限公司',
    industry: 'ai',
    contact: '施宇',
    title: '首席技术官',
    flags: ['high_tech'],
    lastVisit: 5,
    topic: 'data_ip',
  },
  {
    name: '北京润泽能源科技有限公司',
    industry: 'energy',
    contact: '张悦',
    title: '项目经理',
    lastVisit: 33,
    topic: 'finance',
  },
  {
    name: '北京同创检测技术有限公司',
    industry: 'tech_services',
    contact: '孔明',
    title: '质量负责人',
    lastVisit: 95,
    topic: 'consulting',
  },
  {
    name: '北京鼎盛建筑设计有限公司',
    industry: 'other',
    contact: '曹阳',
    title: '设计总监',
    lastVisit: 240,
    topic: 'risk',
  },
  {
    name: '北京青禾农业科技有限公司',
    industry: 'agriculture',
    contact: '严芳',
    title: '总经理',
    flags: ['zero_ip'],
    lastVisit: null,
    topic: 'application',
  },
  {
    name: '北京卓越动漫设计有限公司',
    industry: 'culture',
    contact: '华亮',
    title: '创意总监',
    lastVisit: 10,
    topic: 'evidence',
  },
  {
    name: '北京恒信金融信息服务有限公司',
    industry: 'digital',
    contact: '金鑫',
    title: '合规总监',
    lastVisit: 14,
    topic: 'compliance',
  },
  {
    name: '北京安泰网络安全技术有限公司',
    industry: 'it',
    contact: '魏东',
    title: '产品总监',
    flags: ['specialized'],
    lastVisit: 50,
    topic: 'dispute',
  },
  {
    name: '北京精工智能装备有限公司',
    industry: 'manufacturing',
    contact: '陶然',
    title: '技术部长',
    lastVisit: 110,
    topic: 'studio_high_value',
  },
  {
    name: '北京优品电子商务有限公司',
    industry: 'consumer',
    contact: '姜楠',
    title: '品牌经理',
    lastVisit: null,
    topic: 'studio_infringement',
  },
  {
    name: '北京华信量子科技有限公司',
    industry: 'it',
    contact: '戚远',
    title: '研究员',
    flags: ['zero_ip'],
    lastVisit: 2,
    topic: 'application',
  },
  {
    name: '北京绿源新能源汽车技术有限公司',
    industry: 'auto',
    contact: '谢文',
    title: '知识产权主管',
    flags: ['overseas_litigation'],
    lastVisit: 28,
    topic: 'studio_overseas',
  },
  {
    name: '北京明德医药研究有限公司',
    industry: 'biomed',
    contact: '邹静',
    title: '研发副总',
    lastVisit: 85,
    topic: 'preexam',
  },
  {
    name: '北京凌云无人机科技有限公司',
    industry: 'aerospace',
    contact: '柏松',
    title: '总经理',
    flags: ['specialized'],
    lastVisit: 300,
    topic: 'analysis',
  },
  {
    name: '北京百味餐饮管理有限公司',
    industry: 'consumer',
    contact: '水清',
    title: '店长',
    lastVisit: null,
    topic: 'publicity',
  },
];

/** What each visit topic's findings and summary say (short, the way a liaison writes on a phone). */
const VISIT_TEXT: Partial<Record<ServiceCategory, { findings: string; summary: string; need?: string }>> = {
  application: {
    findings: '企业有两项新研发成果尚未申请专利，技术交底材料不完整。',
    summary: '介绍了发明专利申请流程和技术交底书写法，约定下次带样例材料再来。',
    need: '希望工作站协助梳理两项新技术的专利申请方案',
  },
  data_ip: {
    findings: '企业积累了大量行业数据集，关心数据知识产权登记的条件。',
    summary: '讲解了数据知识产权登记的范围和材料要求。',
    need: '咨询数据知识产权登记的具体材料和时间',
  },
  preexam: {
    findings: '企业拟通过保护中心预审加快一项发明专利的审查。',
    summary: '说明了预审备案条件和所属领域范围，企业准备备案材料。',
  },
  risk: {
    findings: '新产品即将上市，尚未做过侵权风险排查。',
    summary: '建议上市前开展一次自由实施（FTO）检索，介绍了可用的检索平台。',
    need: '新产品上市前需要做一次专利侵权风险排查',
  },
  consulting: {
    findings: '企业对商标续展和变更的办理方式不清楚。',
    summary: '讲解了商标续展、变更的线上办理入口和时限。',
  },
  search: {
    findings: '研发人员不会使用专利检索系统，立项前没有查新。',
    summary: '现场演示了专利检索与分析系统的基本检索方法。',
  },
  analysis: {
    findings: '企业希望了解竞争对手的专利布局情况。',
    summary: '介绍了专利分析报告的内容，企业考虑委托开展竞争对手分析。',
    need: '希望做一份主要竞争对手的专利布局分析',
  },
  publicity: {
    findings: '员工知识产权意识薄弱，宣传材料较少。',
    summary: '送达了知识产权宣传手册，邀请企业参加本站培训。',
  },
  licensing: {
    findings: '企业有三项闲置专利，有意对外许可。',
    summary: '介绍了专利开放许可制度和技术交易平台。',
  },
  policy: {
    findings: '企业不了解本区知识产权资助政策。',
    summary: '讲解了专利资助、贯标奖励等政策和申报时间。',
  },
  compliance: {
    findings: '企业正在建立知识产权管理体系，制度文件尚不齐全。',
    summary: '介绍了知识产权管理规范的要求，提供了制度模板。',
    need: '希望协助完善知识产权管理制度文件',
  },
  dispute: {
    findings: '企业收到一封专利侵权警告函，比较紧张。',
    summary: '指导企业先核实专利有效性和权利要求范围，不要急于回应。',
    need: '收到侵权警告函，需要应对指导',
  },
  evidence: {
    findings: '企业的原创作品多次被网络平台盗用，缺少存证。',
    summary: '介绍了电子存证的方法和可信时间戳服务。',
  },
  finance: {
    findings: '企业有融资需求，对知识产权质押融资感兴趣。',
    summary: '介绍了质押融资的流程和合作银行，建议先做价值评估。',
    need: '了解知识产权质押融资的办理流程',
  },
  studio_high_value: {
    findings: '核心技术只有零散的实用新型专利，缺少高价值专利组合。',
    summary: '建议围绕核心产品进行专利挖掘与布局。',
  },
  studio_infringement: {
    findings: '网店发现多家仿冒店铺使用企业商标。',
    summary: '介绍了电商平台投诉渠道和行政投诉途径。',
    need: '电商平台上有仿冒店铺，需要打假维权指导',
  },
  studio_overseas: {
    findings: '企业出口业务在海外遭遇专利诉讼，正在寻找应诉律师。',
    summary: '介绍了海外知识产权纠纷应对指导中心的援助服务。',
    need: '海外专利诉讼应诉，需要对接海外维权援助',
  },
};

export interface LedgerCompany {
  id: string;
  name: string;
  joinCode: string;
  contact: string;
}

/** A valid 统一社会信用代码 for the n-th demo ledger company (Haidian prefix, check character computed). */
export function demoCreditCode(n: number): string {
  // Digits only after "MA0": never the demo company's base, and always in the 31-symbol alphabet.
  const base = `91110108MA0${String(100000 + n * 7919).slice(-6)}`;
  const check = creditCodeCheckChar(base);
  if (!check) throw new Error(`demo credit code base ${base} has no check character`);
  return base + check;
}

const mobileOf = (n: number) => `1391008${String(1000 + n).slice(-4)}`;

/** The liaison's ledger entries, entered about a year ago. Returns them in LEDGER order. */
export async function enterLedger(s: DemoStage): Promise<LedgerCompany[]> {
  const out: LedgerCompany[] = [];
  for (const [i, c] of LEDGER.entries()) {
    s.at(s.day(-340 + i, '16:00'));
    const entry = await s.act(DEMO_USERS.liaison, 'enterprise', 'createLedgerEntry', {
      clientRequestId: s.requestId(`ledger-${i}`),
      name: c.name,
      creditCode: demoCreditCode(i),
      district: 'haidian',
      industry: c.industry,
      registeredAddress: `北京市海淀区中关村软件园${i + 1}号楼`,
      contact: { name: c.contact, title: c.title, mobile: mobileOf(i) },
      keyFlags: c.flags ?? [],
    });
    if (!entry.joinCode) throw new Error('demo data: the liaison was not shown the join code of a ledger entry');
    out.push({ id: entry.id, name: entry.name, joinCode: entry.joinCode, contact: c.contact });
  }
  return out;
}

/** Follow-up due `dueIn` days from the visit's day for visits of the last month: some overdue, one today. */
const FOLLOW_UP_AFTER_DAYS = 14;

/**
 * Visits over the year: each visited company's last visit on its day, and an earlier one four
 * months before it where that is still within the year. Visits of the last month leave a
 * follow-up; one visit in four finds a need. Then the liaison completes one overdue follow-up.
 */
export async function visitLedger(s: DemoStage, ledger: LedgerCompany[]): Promise<void> {
  let n = 0;
  const visits: Array<{ daysAgo: number; i: number; last: boolean }> = [];
  for (const [i, c] of LEDGER.entries()) {
    if (c.lastVisit === null) continue;
    if (c.lastVisit + 120 < 330) visits.push({ daysAgo: c.lastVisit + 120, i, last: false });
    visits.push({ daysAgo: c.lastVisit, i, last: true });
  }
  visits.sort((a, b) => b.daysAgo - a.daysAgo);
  const followUps: string[] = [];
  for (const v of visits) {
    const seed = LEDGER[v.i]!;
    const company = ledger[v.i]!;
    const text = VISIT_TEXT[seed.topic] ?? VISIT_TEXT.consulting!;
    const visitedAt = s.day(-v.daysAgo, v.i % 2 ? '10:00' : '14:30');
    // The chief goes along now and then; the liaison logs most visits, a few hours later.
    const by = v.i % 6 === 3 ? DEMO_USERS.chief : DEMO_USERS.liaison;
    s.at(visitedAt + 3 * HOUR);
    const withNeed = v.last && text.need !== undefined && ++n % 2 === 1;
    const recent = v.last && v.daysAgo <= 30;
    const visit = await s.act(by, 'visit', 'logVisit', {
      clientRequestId: s.requestId(`visit-${v.i}-${v.daysAgo}`),
      companyId: company.id,
      visitedAt,
      form: v.i % 4 === 2 ? 'phone' : 'onsite',
      visitors: by === DEMO_USERS.chief ? ['王站长', '李联络'] : ['李联络'],
      met: `${seed.contact}（${seed.title}）`,
      topics: [seed.topic],
      findings: text.findings,
      sharedSummary: text.summary,
      ...(v.i % 3 === 0 ? { internalNote: '企业负责人很重视，可列为重点服务对象' } : {}),
      ...(v.last && v.i % 2 === 0
        ? { holdings: { invention: 3 + (v.i % 7), utility: 5 + (v.i % 4), trademark_domestic: 2 + (v.i % 3) } }
        : {}),
      ...(recent ? { nextFollowUpDate: s.date(-v.daysAgo + FOLLOW_UP_AFTER_DAYS) } : {}),
      needs: withNeed
        ? [{ category: seed.topic, description: text.need!, urgency: v.i % 5 === 0 ? 'urgent' : 'normal' }]
        : [],
    });
    if (recent && -v.daysAgo + FOLLOW_UP_AFTER_DAYS < -10) followUps.push(visit.id);
  }
  // Shortly before the start the liaison called back the company of an overdue follow-up and recorded it.
  s.at(s.start - 30 * MINUTE);
  const open = await openFollowUps(s);
  const done = open.find((f) => followUps.includes(f.sourceId));
  if (done) {
    await s.act(DEMO_USERS.liaison, 'visit', 'completeFollowUp', {
      clientRequestId: s.requestId(`follow-up-${done.id}`),
      followUpId: done.id,
      record: '电话回访，企业已按建议完成材料准备，暂无新需求。',
    });
  }
}

async function openFollowUps(s: DemoStage) {
  const page = await s.act(DEMO_USERS.liaison, 'visit', 'listFollowUps', { view: 'overdue', pageSize: 50 });
  return page.items;
}

/** The demo company's own ledger visit (a while ago), so its timeline shows one. */
export async function visitDemoCompany(s: DemoStage): Promise<void> {
  const visitedAt = s.day(-58, '10:00');
  s.at(visitedAt + 2 * HOUR);
  await s.act(DEMO_USERS.liaison, 'visit', 'logVisit', {
    clientRequestId: s.requestId('visit-demo-company'),
    companyId: DEMO_COMPANY_ID,
    visitedAt,
    form: 'onsite',
    visitors: ['李联络'],
    met: '张经理（综合管理部经理）',
    topics: ['application', 'policy'],
    findings: '企业新产品线准备申请专利，对资助政策不了解。',
    sharedSummary: '介绍了专利申请流程和海淀区资助政策，建议预约专家咨询具体方案。',
    holdings: { invention: 4, utility: 9, design: 2, trademark_domestic: 6, copyright: 12 },
    needs: [],
  });
}

/**
 * The demo company's 企业档案, as its manager filled it in soon after registering (years counted
 * back from the demo's start, so none is ever in the future).
 */
export async function fillDemoCompanyProfile(s: DemoStage): Promise<void> {
  s.at(s.day(-200, '15:00'));
  const year = Number(s.date(-200).slice(0, 4));
  await s.act(DEMO_USERS.company, 'enterprise', 'updateProfile', {
    clientRequestId: s.requestId('profile-demo-company'),
    companyId: DEMO_COMPANY_ID,
    name: DEMO_COMPANY_NAME,
    district: 'haidian',
    industry: 'ai',
    registeredAddress: '北京市海淀区中关村软件园二期 西北旺东路10号院',
    listingStatus: 'unlisted',
    registeredCapital: 1200,
    headcount: 86,
    businessScale: 'small',
    legalRep: { name: '张伟', title: '执行董事' },
    contact: { name: '张经理', title: '综合管理部经理', mobile: '13800138000' },
    ipDepartment: false,
    ipManagers: 1,
    ipSystemSince: year - 3,
    highTechSince: year - 2,
    demonstration: [],
    advantage: [],
    patentAwards: [],
    holdings: {
      invention: 2,
      utility: 7,
      design: 1,
      pct: 0,
      trademark_domestic: 5,
      trademark_foreign: 0,
      copyright: 10,
      other: 0,
    },
  });
}
