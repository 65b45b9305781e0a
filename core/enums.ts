/**
 * Enumerations of the domain with their Chinese labels. One place for each: the contract,
 * the policy table and the UI all read from here.
 */
import { ownEntry } from './own';

function labelled<const T extends Record<string, string>>(labels: T) {
  const values = Object.keys(labels) as Array<keyof T & string>;
  return { values: values as [keyof T & string, ...(keyof T & string)[]], labels };
}

/** Who a person is in the product (DOMAIN.md "Who uses the product"). */
export const ROLE = labelled({
  company: '企业用户',
  liaison: '联络员',
  chief: '站长',
  expert: '志愿服务专家',
  admin: '管理员',
  // A district office's overseer (004 §5: city, district, workstation): the district's stations'
  // figures and the lists they drill into, read-only; the membership names the district.
  district_admin: '区级管理员',
  // An expert reviewer of the annual evaluation (seed 000): scores only the stations assigned to them.
  reviewer: '评审专家',
  // The three levels approving a mobile studio (001 §6.2): the market-supervision branch of the
  // company's area (the membership names the district: the unit below the city in this network),
  // the city bureau's IP section, and the city bureau.
  studio_branch: '镇街分局审批人',
  studio_section: '市局科室审批人',
  studio_bureau: '市局审批人',
});
export type Role = (typeof ROLE.values)[number];

/**
 * Roles a station chief or admin may grant with an invitation code. Only an admin grants a chief,
 * a district admin (whose district is the district of the station the code is issued at) or a
 * reviewer of the annual evaluation (a grant of no station: assigned stations come with each round).
 */
export const INVITABLE_ROLE = labelled({
  liaison: '联络员',
  expert: '志愿服务专家',
  chief: '站长',
  district_admin: '区级管理员',
  reviewer: '评审专家',
  studio_branch: '镇街分局审批人',
  studio_section: '市局科室审批人',
  studio_bureau: '市局审批人',
});
export type InvitableRole = (typeof INVITABLE_ROLE.values)[number];

/** Roles only an admin appoints (a chief invites the station's liaisons and experts). */
export const ADMIN_APPOINTED_ROLES: ReadonlySet<InvitableRole> = new Set<InvitableRole>([
  'chief',
  'district_admin',
  'reviewer',
  'studio_branch',
  'studio_section',
  'studio_bureau',
]);

/** Kinds of service point (seed 002). */
export const STATION_KIND = labelled({
  protection_center: '知识产权保护中心',
  rapid_protection_center: '快速维权中心',
  trademark_guidance: '商标品牌培育指导站',
  assistance_station: '维权援助服务站',
  mobile_studio: '企业知识产权保护流动工作室',
  other: '其他服务网点',
});
export type StationKind = (typeof STATION_KIND.values)[number];

/** Levels of the network (004 §5). */
export const STATION_LEVEL = labelled({
  city: '市级',
  district: '区级',
  workstation: '工作站',
});
export type StationLevel = (typeof STATION_LEVEL.values)[number];

/** Districts of Beijing (004 appendix D), with 经开区. Codes are stable, labels shown. */
export const DISTRICT = labelled({
  dongcheng: '东城区',
  xicheng: '西城区',
  chaoyang: '朝阳区',
  haidian: '海淀区',
  fengtai: '丰台区',
  shijingshan: '石景山区',
  mentougou: '门头沟区',
  fangshan: '房山区',
  tongzhou: '通州区',
  shunyi: '顺义区',
  changping: '昌平区',
  daxing: '大兴区',
  huairou: '怀柔区',
  pinggu: '平谷区',
  miyun: '密云区',
  yanqing: '延庆区',
  etown: '经开区',
});
export type District = (typeof DISTRICT.values)[number];

export const STATION_STATUS = labelled({ active: '服务中', suspended: '暂停服务' });
export type StationStatus = (typeof STATION_STATUS.values)[number];

export const ITEM_STATUS = labelled({ published: '已公示', withdrawn: '已撤下' });
export type ItemStatus = (typeof ITEM_STATUS.values)[number];

/** A company profile created by its staff is confirmed by the station (issue 2). */
export const COMPANY_STATUS = labelled({
  pending: '待确认',
  confirmed: '已确认',
  rejected: '未通过',
});
export type CompanyStatus = (typeof COMPANY_STATUS.values)[number];

export const INVITATION_STATUS = labelled({
  active: '可使用',
  used: '已使用',
  revoked: '已作废',
  expired: '已过期',
});
export type InvitationStatus = (typeof INVITATION_STATUS.values)[number];

/** The basic services of 004 §6.1 and the mobile-studio services of 001 §7.1: the request catalogue. */
export const SERVICE_CATEGORY = labelled({
  policy: '知识产权政策宣贯',
  consulting: '知识产权业务办理咨询',
  risk: '知识产权风险防控',
  assistance: '知识产权维权援助',
  application: '知识产权申请引导',
  preexam: '专利预审及优先审查对接',
  dispute: '知识产权纠纷应对指导',
  search: '知识产权信息查询检索',
  analysis: '知识产权信息分析利用',
  training: '知识产权基础知识培训',
  publicity: '知识产权知识宣传',
  compliance: '知识产权合规管理引导',
  finance: '知识产权金融服务',
  licensing: '知识产权转让、许可',
  data_ip: '数据知识产权登记引导',
  evidence: '电子存证指导',
  studio_system: '管理体系建设（流动工作室）',
  studio_high_value: '高价值知识产权培育（流动工作室）',
  studio_rapid: '快速维权（流动工作室）',
  studio_overseas: '海外知识产权保护（流动工作室）',
  studio_infringement: '打击侵权假冒（流动工作室）',
  studio_use: '知识产权高效运用（流动工作室）',
  studio_other: '其他需求（流动工作室）',
});
export type ServiceCategory = (typeof SERVICE_CATEGORY.values)[number];

/** How a consultation happens (004 §6.1.3: phone, online window, face-to-face room). */
export const CHANNEL = labelled({ onsite: '现场', phone: '电话', video: '视频' });
/** How a booked consultation is held (a slot's, a weekly rule's, a booking's). */
export type Channel = (typeof CHANNEL.values)[number];

/**
 * How an archived consultation happened: the booking channels plus the online window
 * (在线咨询 / online chat, 004 §6.1.3), which is archived but not booked.
 */
export const RECORD_CHANNEL = labelled({ onsite: '现场', phone: '电话', video: '视频', online: '在线' });
export type RecordChannel = (typeof RECORD_CHANNEL.values)[number];

export const BOOKING_STATUS = labelled({
  booked: '已预约',
  cancelled: '已取消',
  no_show: '未到场',
  done: '已完成',
});
export type BookingStatus = (typeof BOOKING_STATUS.values)[number];

export function labelOf<T extends Record<string, string>>(e: { labels: T }, value: string | null | undefined): string {
  if (!value) return '';
  return ownEntry(e.labels as Record<string, string>, value) ?? value;
}

/**
 * Quick tags a company may add to its rating of a consultation (评价快捷标签): praise first, then
 * what to follow up. Stored by value; shown by label.
 */
export const RATING_TAG = labelled({
  professional: '专业',
  patient: '耐心',
  solved: '解决了问题',
  timely: '回复及时',
  practical: '建议实用',
  clear: '讲解清楚',
  unsolved: '问题未解决',
  slow: '等待时间长',
});
export type RatingTag = (typeof RATING_TAG.values)[number];

/* ---------- Company ledger and site visits (issue 4) ---------- */

/**
 * IP holdings of a company (001 appendix A "知识产权拥有情况"): counts, never negative. Every change
 * keeps its history (holdings_history), so a station can show growth over time.
 */
export const HOLDING_KIND = labelled({
  invention: '发明专利',
  utility: '实用新型专利',
  design: '外观设计专利',
  pct: 'PCT国际专利申请',
  trademark_domestic: '国内注册商标',
  trademark_foreign: '国外注册商标',
  copyright: '著作权',
  other: '其他知识产权',
});
export type HoldingKind = (typeof HOLDING_KIND.values)[number];

/** How a site visit (走访) happened. */
export const VISIT_FORM = labelled({ onsite: '实地走访', phone: '电话走访', video: '视频走访' });
export type VisitForm = (typeof VISIT_FORM.values)[number];

export const REQUEST_URGENCY = labelled({ normal: '一般', urgent: '较急', critical: '紧急' });
export type RequestUrgency = (typeof REQUEST_URGENCY.values)[number];

/** Where a service request came from. */
export const REQUEST_SOURCE = labelled({ company: '企业提交', visit: '走访发现' });
export type RequestSource = (typeof REQUEST_SOURCE.values)[number];

/**
 * Where a service request stands; core/rules/request-flow.ts holds the steps between them.
 * `assigned`: waiting for the expert (or liaison) it was assigned to to accept, within two days;
 * `referred`: with an outside professional agency, the station reports its answer.
 */
export const REQUEST_STATUS = labelled({
  submitted: '待受理',
  accepted: '已受理',
  assigned: '待接受指派',
  in_progress: '办理中',
  referred: '已转介机构',
  closed: '已办结',
  cancelled: '已撤回',
});
export type RequestStatus = (typeof REQUEST_STATUS.values)[number];

/** Who a request is assigned to: a filed volunteer expert, a liaison of the station, an outside agency. */
export const ASSIGNEE_KIND = labelled({ expert: '志愿服务专家', liaison: '联络员', agency: '专业服务机构' });
export type AssigneeKind = (typeof ASSIGNEE_KIND.values)[number];

/**
 * Where a rights-protection clue referral (线索移交, 004 §7.3.2.4) stands; the steps between them
 * are core/rules/referral-flow.ts.
 */
export const REFERRAL_STATUS = labelled({
  referred: '已移交',
  received: '已接收',
  handling: '处理中',
  closed: '办结',
});
export type ReferralStatus = (typeof REFERRAL_STATUS.values)[number];

/** What a clue referral was found in: a consultation record, a site visit or a service request. */
export const REFERRAL_SOURCE = labelled({ record: '咨询记录', visit: '走访记录', request: '服务需求' });
export type ReferralSource = (typeof REFERRAL_SOURCE.values)[number];

/** A complaint's status (投诉, 004 §9.2; core/rules/complaint-flow.ts). */
export const COMPLAINT_STATUS = labelled({
  submitted: '待答复',
  answered: '已答复',
  escalated: '复核中',
  closed: '已办结',
});
export type ComplaintStatus = (typeof COMPLAINT_STATUS.values)[number];

/** What a complaint is about: the station, a service the company received, or a person of the station. */
export const COMPLAINT_SUBJECT = labelled({
  station: '服务站点',
  booking: '咨询预约',
  record: '咨询服务',
  request: '服务需求',
  training: '培训',
  person: '工作人员',
});
export type ComplaintSubject = (typeof COMPLAINT_SUBJECT.values)[number];

/** Who answers a complaint: the station's chief, or the admin when it is about the chief. */
export const COMPLAINT_ROUTE = labelled({ chief: '站长', admin: '管理员' });
export type ComplaintRoute = (typeof COMPLAINT_ROUTE.values)[number];

/** What a follow-up (回访) follows up. */
/** Where a follow-up comes from; 'plan': a visit the chief planned from the statistics' suggestions. */
export const FOLLOW_UP_SOURCE = labelled({
  visit: '走访',
  consultation: '咨询',
  request: '服务需求',
  plan: '走访计划',
});
export type FollowUpSource = (typeof FOLLOW_UP_SOURCE.values)[number];

export const FOLLOW_UP_STATUS = labelled({ open: '待回访', done: '已回访' });
export type FollowUpStatus = (typeof FOLLOW_UP_STATUS.values)[number];

/* ---------- Company profile and ledger (issue 4, 001 appendix A, 004 §6.2.3) ---------- */

/** 上市情况 (001 appendix A). */
export const LISTING_STATUS = labelled({
  unlisted: '未上市',
  preparing: '拟上市（辅导期）',
  neeq: '新三板挂牌',
  listed_domestic: '境内上市',
  listed_overseas: '境外上市',
});
export type ListingStatus = (typeof LISTING_STATUS.values)[number];

/** 经营规模: the national size classes of enterprises (大中小微). */
export const BUSINESS_SCALE = labelled({ large: '大型', medium: '中型', small: '小型', micro: '微型' });
export type BusinessScale = (typeof BUSINESS_SCALE.values)[number];

/** The level of an honour (示范企业, 优势企业, 专利奖): the form ticks 国家 and/or 省. */
export const HONOR_LEVEL = labelled({ national: '国家级', provincial: '省（市）级' });
export type HonorLevel = (typeof HONOR_LEVEL.values)[number];

/** Industry of a company: Beijing's key industries (004 §7.2, appendix D) and the usual others. */
export const INDUSTRY = labelled({
  it: '新一代信息技术',
  ai: '人工智能',
  ic: '集成电路',
  biomed: '医药健康',
  materials: '新材料',
  manufacturing: '智能制造与装备',
  auto: '新能源与智能网联汽车',
  energy: '绿色能源与节能环保',
  aerospace: '航空航天与低空经济',
  digital: '数字经济',
  culture: '文化创意',
  consumer: '消费品牌与商贸',
  tech_services: '科技服务',
  agriculture: '现代农业',
  other: '其他行业',
});
export type Industry = (typeof INDUSTRY.values)[number];

/**
 * Key-enterprise lists a station serves specially (004 §6.2.3 重点企业服务). Kept by the station:
 * company staff see them but do not set them.
 */
export const KEY_FLAG = labelled({
  specialized: '专精特新',
  listed: '上市企业',
  pre_listing: '拟上市企业',
  high_tech: '高新技术企业',
  zero_ip: '零专利科技型企业',
  overseas_litigation: '首次海外诉讼',
});
export type KeyFlag = (typeof KEY_FLAG.values)[number];

/* ---------- Trainings (issue 5) ---------- */

export const TRAINING_STATUS = labelled({ published: '报名中', cancelled: '已取消' });
export type TrainingStatus = (typeof TRAINING_STATUS.values)[number];

/** Who may sign up: anyone, or only staff of companies in the station's ledger. */
export const TRAINING_AUDIENCE = labelled({ open: '面向社会', station: '仅限本站服务企业' });
export type TrainingAudience = (typeof TRAINING_AUDIENCE.values)[number];

export const SIGNUP_STATUS = labelled({ confirmed: '已报名', waitlisted: '候补中', cancelled: '已取消' });
export type SignupStatus = (typeof SIGNUP_STATUS.values)[number];

/** How a sign-up came to be: the person, the chief by hand, or a walk-in at check-in. */
export const SIGNUP_SOURCE = labelled({ self: '自行报名', manual: '站长代报', walk_in: '现场签到' });
export type SignupSource = (typeof SIGNUP_SOURCE.values)[number];

export const QUESTION_KIND = labelled({ rating: '评分', single: '单选', multiple: '多选', text: '文字' });
export type QuestionKind = (typeof QUESTION_KIND.values)[number];

/* ---------- Expert roster (issue 12, 004 §8) ---------- */

/** A volunteer expert's roster entry (专家库): filed (备案) by an admin; 退出 / 除名 end it. */
export const EXPERT_STATUS = labelled({
  draft: '草稿',
  submitted: '待备案',
  filed: '已备案',
  returned: '已退回',
  exited: '已退出',
  removed: '已除名',
});
export type ExpertStatus = (typeof EXPERT_STATUS.values)[number];

/** An expert's qualification (004 §8.1 b: 专利代理师资格 first). */
export const QUALIFICATION_KIND = labelled({ patent_attorney: '专利代理师', lawyer: '律师', other: '其他资格' });
export type QualificationKind = (typeof QUALIFICATION_KIND.values)[number];

/** A round of the annual evaluation (seed 000): open for self-evaluation and review, then published. */
export const EVAL_ROUND_STATUS = labelled({ open: '进行中', published: '已公布' });
export type EvalRoundStatus = (typeof EVAL_ROUND_STATUS.values)[number];

/** A station's self-evaluation. */
export const EVAL_SUBMISSION_STATUS = labelled({
  draft: '填写中',
  submitted: '已提交',
  returned: '退回补正',
});
export type EvalSubmissionStatus = (typeof EVAL_SUBMISSION_STATUS.values)[number];

/** A reviewer's review of one station. */
export const EVAL_REVIEW_STATUS = labelled({ pending: '待评审', submitted: '已提交', conflict: '已回避' });
export type EvalReviewStatus = (typeof EVAL_REVIEW_STATUS.values)[number];

/** 000's one-vote veto conditions (一票否决). */
export const EVAL_VETO = labelled({
  materials: '申请材料不齐全且未按时补正',
  refusal: '不执行生效的知识产权行政处理决定或司法裁判',
  crime: '一年内发生侵犯他人知识产权构成犯罪',
});
export type EvalVeto = (typeof EVAL_VETO.values)[number];

/** What a round does when a correction is not made in time: 000's veto, or review what was submitted (Shenzhen 2025). */
export const EVAL_LAPSE = labelled({ veto: '一票否决', review: '按已提交材料评审' });
export type EvalLapse = (typeof EVAL_LAPSE.values)[number];

/** The figures an indicator may be filled in from (the station's records of the round's year). */
export const EVAL_AUTO = labelled({
  trainings: '举办培训场次',
  trainees: '培训签到人次',
  consultations: '咨询服务次数',
  requestsClosed: '服务需求办结数',
  requestsAnsweredRate: '服务需求48小时内受理率（%）',
  visits: '走访企业次数',
  satisfaction: '服务满意度（平均星级）',
});
export type EvalAuto = (typeof EVAL_AUTO.values)[number];

/** An improvement action (整改, 004 §9.1–9.3): open until its owner records what was done. */
export const IMPROVEMENT_STATUS = labelled({ open: '整改中', done: '已完成' });
export type ImprovementStatus = (typeof IMPROVEMENT_STATUS.values)[number];

/** Where a finding that calls for improvement came from. */
export const IMPROVEMENT_SOURCE = labelled({
  complaint: '投诉',
  evaluation: '年度评价',
  self_check: '内部自查',
  rating: '服务评价',
});
export type ImprovementSource = (typeof IMPROVEMENT_SOURCE.values)[number];

/** What an article is (004 §6.1.2, §6.1.12, §7.1.2; 典型案例 §6.1.8 e, §6.1.15 c). */
export const ARTICLE_KIND = labelled({
  policy: '政策解读',
  news: '工作动态',
  notice: '通知公告',
  case: '典型案例',
});
export type ArticleKind = (typeof ARTICLE_KIND.values)[number];

/** An article's state: a draft, published (at once or at a set time), or withdrawn (kept in the record). */
export const ARTICLE_STATUS = labelled({ draft: '草稿', published: '已发布', withdrawn: '已撤回' });
export type ArticleStatus = (typeof ARTICLE_STATUS.values)[number];

/** What a push announces to companies' staff (content.sendPush). */
export const PUSH_TARGET = labelled({ article: '文章', training: '培训' });
export type PushTarget = (typeof PUSH_TARGET.values)[number];

/** How often a special service (年度专项服务清单, 004 §7.3.3) is delivered. */
export const SPECIAL_FREQUENCY = labelled({
  monthly: '每月一次',
  quarterly: '每季度一次',
  half_yearly: '每半年一次',
  yearly: '每年一次',
  on_demand: '按需开展',
});
export type SpecialFrequency = (typeof SPECIAL_FREQUENCY.values)[number];

/** An annual special-service list's state: a draft the chief keeps, or published to everyone. */
export const SPECIAL_LIST_STATUS = labelled({ draft: '草稿', published: '已发布' });
export type SpecialListStatus = (typeof SPECIAL_LIST_STATUS.values)[number];

/** What one search finds, grouped (content.search). */
export const SEARCH_KIND = labelled({ article: '政策与动态', station: '服务站点', item: '服务事项' });
export type SearchKind = (typeof SEARCH_KIND.values)[number];

/** The three stages of a mobile studio's approval (001 §6.2, appendix A's opinion rows), in order. */
export const STUDIO_STAGE = labelled({
  branch: '镇街市场监督管理分局',
  section: '市局知识产权相关科室',
  bureau: '市局',
});
export type StudioStage = (typeof STUDIO_STAGE.values)[number];

/** A studio application's state. */
export const STUDIO_STATUS = labelled({
  reviewing: '审批中',
  returned: '退回补正',
  rejected: '未通过',
  approved: '已批准',
});
export type StudioStatus = (typeof STUDIO_STATUS.values)[number];

/** An approver's decision at a stage. */
export const STUDIO_DECISION = labelled({ approve: '同意', return: '退回补正', reject: '不予批准' });
export type StudioDecision = (typeof STUDIO_DECISION.values)[number];

/** The seven services a studio offers (001 §7.1; appendix A's 申请需求), the catalogue's studio_* categories. */
export const STUDIO_NEED = labelled({
  studio_system: '完善知识产权管理体系建设',
  studio_high_value: '培育布局高价值知识产权',
  studio_rapid: '知识产权快速维权服务',
  studio_overseas: '提高知识产权海外保护能力',
  studio_infringement: '打击侵犯知识产权行为',
  studio_use: '促进知识产权高效运用',
  studio_other: '其他知识产权服务',
});
export type StudioNeed = (typeof STUDIO_NEED.values)[number];

/** Who staffs a studio (001 §6.4 a). */
export const STUDIO_PARTY = labelled({
  authority: '知识产权主管部门',
  branch: '镇街市场监督管理分局',
  agency: '知识产权服务机构',
  company: '企业',
});
export type StudioParty = (typeof STUDIO_PARTY.values)[number];
