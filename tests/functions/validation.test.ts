/**
 * What every action answers before it does anything: bad input → 400 INVALID_INPUT naming the
 * field in Chinese with nothing written; no session → 401 for every non-public action;
 * an unknown action → INVALID_INPUT.
 */
import type { ActionName, FunctionName } from '../../core/contract';
import { POLICY } from '../../core/policy';
import { VALID_INPUTS } from '../support/action-inputs';
import { companyInput, newStationInput, OWN_STATION, seededStationFields, serviceItemInput } from '../support/fixtures';
import { expectError, expectOk, startTestHost, type TestHost } from '../support/host';
import { sessionForm } from '../support/training-seed';
import { studioForm } from '../support/studio-seed';

/** A valid session form a week from the host's test clock start (the bad field is overridden). */
const trainingForm = () => sessionForm(Date.UTC(2025, 2, 3, 1, 0, 0));

let t: TestHost;
let admin: string;

beforeAll(async () => {
  t = await startTestHost();
  admin = await t.login('admin');
});
afterAll(() => t.close());

interface BadInput {
  fn: FunctionName;
  action: string;
  input: Record<string, unknown>;
  /** The field the answer must name, and the Chinese label it must use. */
  field: string;
  label: string;
}

const BAD_INPUTS: BadInput[] = [
  { fn: 'directory', action: 'listStations', input: { district: 'atlantis' }, field: 'district', label: '所在区' },
  { fn: 'directory', action: 'getStation', input: {}, field: 'stationId', label: '站点' },
  {
    fn: 'directory',
    action: 'setWorkCalendar',
    input: { holidays: ['2025-02-30'], workdays: [] },
    field: 'holidays.0',
    label: '法定节假日',
  },
  {
    fn: 'directory',
    action: 'createStation',
    input: newStationInput({ phone: '123' }),
    field: 'phone',
    label: '咨询电话',
  },
  {
    fn: 'directory',
    action: 'updateStation',
    input: { stationId: OWN_STATION, ...seededStationFields(OWN_STATION), name: '站' },
    field: 'name',
    label: '站点名称',
  },
  {
    fn: 'directory',
    action: 'saveServiceItem',
    input: serviceItemInput(OWN_STATION, { supervisionPhone: 'call me' }),
    field: 'supervisionPhone',
    label: '监督电话',
  },
  {
    fn: 'directory',
    action: 'setServiceItemStatus',
    input: { stationId: OWN_STATION, itemId: `${OWN_STATION}-item-1`, status: 'deleted' },
    field: 'status',
    label: '状态',
  },
  {
    fn: 'account',
    action: 'switchActing',
    input: { membershipId: 'has spaces' },
    field: 'membershipId',
    label: '身份',
  },
  {
    fn: 'account',
    action: 'updateProfile',
    input: { displayName: '名'.repeat(31) },
    field: 'displayName',
    label: '姓名',
  },
  {
    fn: 'account',
    action: 'createInvitation',
    input: { clientRequestId: 'request-0001', stationId: OWN_STATION, role: 'liaison', validDays: 31 },
    field: 'validDays',
    label: '有效天数',
  },
  {
    fn: 'account',
    action: 'listInvitations',
    input: { stationId: OWN_STATION, pageSize: 500 },
    field: 'pageSize',
    label: '每页条数',
  },
  { fn: 'account', action: 'revokeInvitation', input: { code: '' }, field: 'code', label: '邀请码' },
  { fn: 'account', action: 'redeemInvitation', input: { code: 'AB' }, field: 'code', label: '邀请码' },
  {
    fn: 'account',
    action: 'createCompany',
    input: companyInput({ contactMobile: '010-12345678' }),
    field: 'contactMobile',
    label: '联系人手机',
  },
  { fn: 'account', action: 'joinCompany', input: { joinCode: 42 }, field: 'joinCode', label: '企业加入码' },
  { fn: 'account', action: 'getCompany', input: { companyId: '../etc' }, field: 'companyId', label: '企业' },
  {
    fn: 'account',
    action: 'listCompanies',
    input: { stationId: OWN_STATION, status: 'approved' },
    field: 'status',
    label: '状态',
  },
  {
    fn: 'account',
    action: 'reviewCompany',
    input: { companyId: 'demo-company', decision: 'maybe' },
    field: 'decision',
    label: '审核结果',
  },
  { fn: 'account', action: 'listNotices', input: { pageSize: 500 }, field: 'pageSize', label: '每页条数' },
  { fn: 'account', action: 'markNoticesRead', input: { ids: ['a b'] }, field: 'ids.0', label: '消息' },
  {
    fn: 'consult',
    action: 'getAvailability',
    input: { stationId: OWN_STATION, consultantId: 'not an id' },
    field: 'consultantId',
    label: '咨询人员',
  },
  {
    fn: 'consult',
    action: 'saveAvailability',
    input: {
      stationId: OWN_STATION,
      consultantId: 'wx_demo-expert',
      rules: [{ weekdays: [1], start: '09:00', end: '12:00', slotMinutes: 5, channel: 'onsite' }],
      exceptions: [],
    },
    field: 'rules.0.slotMinutes',
    label: '每个时段分钟数',
  },
  { fn: 'consult', action: 'getBookingRules', input: { stationId: '' }, field: 'stationId', label: '站点' },
  {
    fn: 'consult',
    action: 'setBookingRules',
    input: { stationId: OWN_STATION, minNoticeMinutes: 120, horizonDays: 91, maxOpenPerCompany: 3 },
    field: 'horizonDays',
    label: '可预约天数',
  },
  { fn: 'consult', action: 'listConsultants', input: {}, field: 'stationId', label: '站点' },
  { fn: 'consult', action: 'listStationMembers', input: {}, field: 'stationId', label: '站点' },
  {
    fn: 'consult',
    action: 'listSlots',
    input: { stationId: OWN_STATION, from: '2025-02-30' },
    field: 'from',
    label: '开始日期',
  },
  {
    fn: 'consult',
    action: 'book',
    input: {
      clientRequestId: 'request-0002',
      stationId: OWN_STATION,
      consultantId: 'wx_demo-expert',
      slotStart: Date.UTC(2030, 0, 7, 1),
      topic: 'consulting',
      question: '问'.repeat(1001),
    },
    field: 'question',
    label: '问题描述',
  },
  {
    fn: 'consult',
    action: 'cancelBooking',
    input: { bookingId: 'bk-1', reason: '因'.repeat(201) },
    field: 'reason',
    label: '取消原因',
  },
  {
    fn: 'consult',
    action: 'rescheduleBooking',
    input: { bookingId: 'bk-1', slotStart: -1 },
    field: 'slotStart',
    label: '新时段',
  },
  { fn: 'consult', action: 'getBooking', input: { bookingId: '' }, field: 'bookingId', label: '预约' },
  { fn: 'consult', action: 'listBookings', input: { status: 'lost' }, field: 'status', label: '状态' },
  { fn: 'consult', action: 'exportBookings', input: { from: -1 }, field: 'from', label: '开始' },
  { fn: 'consult', action: 'listMyDay', input: { date: '2025-13-01' }, field: 'date', label: '日期' },
  { fn: 'consult', action: 'markNoShow', input: { bookingId: 'a b' }, field: 'bookingId', label: '预约' },
  {
    fn: 'archive',
    action: 'createRecord',
    input: {
      clientRequestId: 'request-0004',
      newCompany: { name: '北京新企业有限公司', creditCode: '91110108MA00000000' },
      channel: 'onsite',
      category: 'consulting',
      summary: '咨询专利申请流程',
      answer: '建议先做检索',
      durationMinutes: 30,
    },
    field: 'newCompany.creditCode',
    label: '统一社会信用代码',
  },
  { fn: 'archive', action: 'listRecords', input: { keyword: '词'.repeat(51) }, field: 'keyword', label: '关键词' },
  { fn: 'archive', action: 'exportRecords', input: { from: '2025-02-30' }, field: 'from', label: '开始日期' },
  { fn: 'archive', action: 'exportRatings', input: {}, field: 'stationId', label: '站点' },
  { fn: 'archive', action: 'getRecord', input: { recordId: '' }, field: 'recordId', label: '咨询记录' },
  { fn: 'archive', action: 'findCompanies', input: { stationId: OWN_STATION, page: 0 }, field: 'page', label: '页码' },
  { fn: 'archive', action: 'rateRecord', input: { recordId: 'booking:bk-1', stars: 6 }, field: 'stars', label: '评分' },
  {
    fn: 'archive',
    action: 'rateRecord',
    input: { recordId: 'booking:bk-1', stars: 5, comment: '好'.repeat(301) },
    field: 'comment',
    label: '评价内容',
  },
  {
    fn: 'archive',
    action: 'rateRecord',
    input: { recordId: 'booking:bk-1', stars: 5, tags: ['professional', 'bribed'] },
    field: 'tags.1',
    label: '快捷标签',
  },
  {
    fn: 'archive',
    action: 'rateRecord',
    input: { recordId: 'booking:bk-1', stars: 5, tags: ['patient', 'patient'] },
    field: 'tags',
    label: '快捷标签',
  },
  { fn: 'archive', action: 'getRating', input: { recordId: 'a b' }, field: 'recordId', label: '咨询记录' },
  {
    fn: 'archive',
    action: 'listRatings',
    input: { stationId: OWN_STATION, lowOnly: 'yes' },
    field: 'lowOnly',
    label: '只看差评',
  },
  { fn: 'archive', action: 'myRatingSummary', input: { pageSize: 51 }, field: 'pageSize', label: '每页条数' },
  {
    fn: 'files',
    action: 'register',
    input: { fileId: 'local:uploads/u/a.png', name: 'a.png', purpose: 'avatar' },
    field: 'purpose',
    label: '用途',
  },
  { fn: 'files', action: 'register', input: { name: 'a.png', purpose: 'booking' }, field: 'fileId', label: '附件' },
  { fn: 'enterprise', action: 'getProfile', input: { companyId: 'a b' }, field: 'companyId', label: '企业' },
  {
    fn: 'enterprise',
    action: 'updateProfile',
    input: {
      clientRequestId: 'bad-holdings-1',
      companyId: 'co-1',
      name: '北京测试科技有限公司',
      district: 'haidian',
      holdings: {
        invention: -1,
        utility: 0,
        design: 0,
        pct: 0,
        trademark_domestic: 0,
        trademark_foreign: 0,
        copyright: 0,
        other: 0,
      },
    },
    field: 'holdings.invention',
    label: '发明专利',
  },
  {
    fn: 'enterprise',
    action: 'createLedgerEntry',
    input: {
      clientRequestId: 'bad-credit-1',
      name: '北京测试科技有限公司',
      creditCode: '91110108MA01KGC0X1',
      district: 'haidian',
    },
    field: 'creditCode',
    label: '统一社会信用代码',
  },
  {
    fn: 'enterprise',
    action: 'listLedger',
    input: { notVisitedDays: 0 },
    field: 'notVisitedDays',
    label: '未走访天数',
  },
  { fn: 'enterprise', action: 'exportLedger', input: { flag: 'famous' }, field: 'flag', label: '重点企业标记' },
  {
    fn: 'enterprise',
    action: 'getHoldingsHistory',
    input: { companyId: 'co-1', page: 0 },
    field: 'page',
    label: '页码',
  },
  { fn: 'enterprise', action: 'getTimeline', input: {}, field: 'companyId', label: '企业' },
  { fn: 'visit', action: 'logVisit', input: { clientRequestId: 'visit-bad-0001' }, field: 'companyId', label: '企业' },
  { fn: 'visit', action: 'listVisits', input: { companyId: 'a b' }, field: 'companyId', label: '企业' },
  { fn: 'visit', action: 'exportVisits', input: { stationId: 'a b' }, field: 'stationId', label: '站点' },
  { fn: 'visit', action: 'getVisit', input: {}, field: 'visitId', label: '走访记录' },
  { fn: 'visit', action: 'listFollowUps', input: { view: 'someday' }, field: 'view', label: '回访范围' },
  {
    fn: 'visit',
    action: 'completeFollowUp',
    input: { clientRequestId: 'fu-bad-00001', followUpId: 'fu-1', record: '' },
    field: 'record',
    label: '回访记录',
  },

  {
    fn: 'request',
    action: 'createRequest',
    input: { clientRequestId: 'req-bad-00001', category: 'search', description: '短' },
    field: 'description',
    label: '需求描述',
  },
  { fn: 'request', action: 'listRequests', input: { status: 'lost' }, field: 'status', label: '状态' },
  { fn: 'request', action: 'exportRequests', input: { urgency: 'yesterday' }, field: 'urgency', label: '紧急程度' },
  { fn: 'request', action: 'getRequest', input: {}, field: 'requestId', label: '服务需求' },
  { fn: 'request', action: 'acceptRequest', input: { requestId: 'a b' }, field: 'requestId', label: '服务需求' },
  { fn: 'request', action: 'startRequest', input: {}, field: 'requestId', label: '服务需求' },
  {
    fn: 'request',
    action: 'closeRequest',
    input: { requestId: 'req-1', result: '' },
    field: 'result',
    label: '办理结果',
  },
  {
    fn: 'request',
    action: 'cancelRequest',
    input: { requestId: 'req-1', reason: '很长'.repeat(200) },
    field: 'reason',
    label: '撤回原因',
  },
  { fn: 'request', action: 'rateRequest', input: { requestId: 'req-1', stars: 6 }, field: 'stars', label: '评分' },
  { fn: 'request', action: 'getRequestRating', input: {}, field: 'requestId', label: '服务需求' },
  {
    fn: 'referral',
    action: 'createReferral',
    input: {
      clientRequestId: 'ref-bad-00001',
      source: { kind: 'record', id: 'walkin:r-1' },
      target: { kind: 'agency', name: '某律师事务所', contact: '' },
      summary: '企业反映其注册商标被他人仿冒使用',
    },
    field: 'target.contact',
    label: '机构联系方式',
  },
  { fn: 'referral', action: 'listReferrals', input: { box: 'inbox' }, field: 'box', label: '移交方向' },
  {
    fn: 'complaint',
    action: 'fileComplaint',
    input: { clientRequestId: 'cmp-bad-00001', subject: { kind: 'station', stationId: OWN_STATION }, facts: '太慢' },
    field: 'facts',
    label: '投诉事实',
  },
  { fn: 'complaint', action: 'listMyComplaints', input: { status: 'lost' }, field: 'status', label: '状态' },
  { fn: 'content', action: 'listArticles', input: { kind: 'gossip' }, field: 'kind', label: '栏目' },
  { fn: 'content', action: 'getArticle', input: {}, field: 'articleId', label: '文章' },
  { fn: 'content', action: 'listManagedArticles', input: { status: 'lost' }, field: 'status', label: '状态' },
  {
    fn: 'content',
    action: 'saveArticle',
    input: { clientRequestId: 'art-bad-00001', kind: 'policy', title: '专利政策', markdown: '太短' },
    field: 'markdown',
    label: '正文',
  },
  {
    fn: 'content',
    action: 'publishArticle',
    input: { articleId: 'art:1', publishAt: -5 },
    field: 'publishAt',
    label: '定时发布时间',
  },
  { fn: 'content', action: 'withdrawArticle', input: {}, field: 'articleId', label: '文章' },
  { fn: 'content', action: 'home', input: { district: 'atlantis' }, field: 'district', label: '所在区' },
  { fn: 'studio', action: 'prefillApplication', input: {}, field: 'companyId', label: '企业' },
  {
    fn: 'studio',
    action: 'submitApplication',
    input: { clientRequestId: 'sa-bad-1', companyId: 'co-own', form: studioForm({ headcount: 0 }) },
    field: 'form.headcount',
    label: '企业人数',
  },
  {
    fn: 'studio',
    action: 'resubmitApplication',
    input: {
      applicationId: 'sa:x',
      version: 1,
      form: studioForm({ legalRep: { name: '张伟', title: '董事', mobile: '123' } }),
    },
    field: 'form.legalRep.mobile',
    label: '负责人手机',
  },
  {
    fn: 'studio',
    action: 'submitApplication',
    input: { clientRequestId: 'sa-bad-2', companyId: 'co-own', form: studioForm({ creditCode: '91110108MA01ABCD5Y' }) },
    field: 'form.creditCode',
    label: '统一社会信用代码',
  },
  { fn: 'studio', action: 'listApplications', input: { stage: 'mayor' }, field: 'stage', label: '审批环节' },
  { fn: 'studio', action: 'getApplication', input: {}, field: 'applicationId', label: '申请' },
  {
    fn: 'studio',
    action: 'decideAtBranch',
    input: { applicationId: 'sa:x', version: 1, decision: 'maybe', opinion: '同意设立' },
    field: 'decision',
    label: '审批意见',
  },
  {
    fn: 'studio',
    action: 'decideAtSection',
    input: { applicationId: 'sa:x', version: 1, decision: 'approve', opinion: '' },
    field: 'opinion',
    label: '审批意见',
  },
  {
    fn: 'studio',
    action: 'decideAtBureau',
    input: { version: 1, decision: 'approve', opinion: '同意' },
    field: 'applicationId',
    label: '申请',
  },
  {
    fn: 'studio',
    action: 'saveStaff',
    input: {
      applicationId: 'sa:x',
      staff: [{ party: 'mayor', name: '王', title: '科长', mobile: '13910000011', fullTime: false }],
    },
    field: 'staff.0.party',
    label: '所属单位',
  },
  { fn: 'studio', action: 'applicationPdf', input: {}, field: 'applicationId', label: '申请' },
  {
    fn: 'studio',
    action: 'setStageLimits',
    input: { branch: 0, section: 5, bureau: 5 },
    field: 'branch',
    label: '镇街市场监督管理分局审批时限（天）',
  },
  { fn: 'studio', action: 'studioSummary', input: { stationId: 'st-x', year: 1900 }, field: 'year', label: '年度' },
  { fn: 'content', action: 'search', input: { q: '' }, field: 'q', label: '关键词' },
  {
    fn: 'content',
    action: 'previewPush',
    input: { target: { kind: 'article', id: 'art:x' }, audience: { keyFlags: ['famous'] } },
    field: 'audience.keyFlags.0',
    label: '重点企业类型',
  },
  {
    fn: 'content',
    action: 'sendPush',
    input: { clientRequestId: 'push-bad-1', target: { kind: 'poster', id: 'x' }, audience: {} },
    field: 'target.kind',
    label: '推送内容',
  },
  {
    fn: 'content',
    action: 'listPushes',
    input: { target: { kind: 'article' } },
    field: 'target.id',
    label: '推送内容',
  },
  {
    fn: 'directory',
    action: 'getSpecialServices',
    input: { stationId: OWN_STATION, year: 1900 },
    field: 'year',
    label: '年度',
  },
  {
    fn: 'directory',
    action: 'saveSpecialServices',
    input: {
      stationId: OWN_STATION,
      year: 2026,
      items: [{ content: '专利导航', targets: '企业', frequency: 'hourly', expected: '形成报告' }],
    },
    field: 'items.0.frequency',
    label: '服务频次',
  },
  { fn: 'directory', action: 'publishSpecialServices', input: { year: 2026 }, field: 'stationId', label: '站点' },
  {
    fn: 'directory',
    action: 'logSpecialProgress',
    input: { clientRequestId: 'sp-bad-1', stationId: OWN_STATION, year: 2026, itemId: 'si-1', doneAt: 1, note: '' },
    field: 'note',
    label: '开展情况',
  },
  {
    fn: 'quality',
    action: 'createImprovement',
    input: {
      clientRequestId: 'imp-bad-00001',
      source: { kind: 'self_check' },
      finding: '咨询记录填写不完整',
      measure: '组织咨询记录规范培训',
      ownerId: 'u-1',
      dueDate: '2025-13-01',
    },
    field: 'dueDate',
    label: '整改期限',
  },
  { fn: 'quality', action: 'listImprovements', input: { status: 'late' }, field: 'status', label: '状态' },
  {
    fn: 'quality',
    action: 'completeImprovement',
    input: { improvementId: 'imp:1', evidence: '' },
    field: 'evidence',
    label: '整改情况',
  },
  { fn: 'quality', action: 'stationArchive', input: { year: 1999 }, field: 'year', label: '年度' },
  {
    fn: 'quality',
    action: 'saveServiceReview',
    input: { period: { kind: 'week', anchor: '2025-03-03' } },
    field: 'period.kind',
    label: '统计周期',
  },
  {
    fn: 'quality',
    action: 'serviceReview',
    input: { period: { kind: 'month', anchor: '2025-02-30' } },
    field: 'period.anchor',
    label: '日期',
  },
  {
    fn: 'evaluation',
    action: 'saveIndicatorSet',
    input: { clientRequestId: 'set-bad-00001', title: '', sections: [] },
    field: 'title',
    label: '指标表名称',
  },
  {
    fn: 'evaluation',
    action: 'createRound',
    input: {
      clientRequestId: 'round-bad-0001',
      year: 2024,
      title: '2024年度评价',
      setId: 'set:1',
      stationIds: [OWN_STATION],
      reviewers: [{ userId: 'u-1', stationIds: [OWN_STATION] }],
      selfDeadline: '2025-02-30',
      reviewDeadline: '2025-03-31',
    },
    field: 'selfDeadline',
    label: '自评截止日期',
  },
  { fn: 'evaluation', action: 'getStationEvaluation', input: {}, field: 'roundId', label: '评价轮次' },
  {
    fn: 'evaluation',
    action: 'saveSubmission',
    input: { roundId: 'round:1', answers: { 'basic.site': { selfScore: -1 } } },
    field: 'answers.basic.site.selfScore',
    label: '自评内容',
  },
  {
    fn: 'evaluation',
    action: 'requestCorrection',
    input: { roundId: 'round:1', stationId: OWN_STATION, reasons: '' },
    field: 'reasons',
    label: '补正事项',
  },
  {
    fn: 'evaluation',
    action: 'saveReview',
    input: { roundId: 'round:1', stationId: OWN_STATION, scores: { 'basic.site': 'ten' } },
    field: 'scores.basic.site',
    label: '评分',
  },
  {
    fn: 'evaluation',
    action: 'declareConflict',
    input: { roundId: 'round:1', stationId: OWN_STATION, reason: '' },
    field: 'reason',
    label: '回避理由',
  },
  {
    fn: 'evaluation',
    action: 'recordVeto',
    input: { roundId: 'round:1', stationId: OWN_STATION, condition: 'rude', evidence: '态度恶劣的证据' },
    field: 'condition',
    label: '否决情形',
  },
  { fn: 'evaluation', action: 'publishRound', input: {}, field: 'roundId', label: '评价轮次' },
  { fn: 'evaluation', action: 'roundResults', input: {}, field: 'roundId', label: '评价轮次' },
  { fn: 'evaluation', action: 'exportRound', input: {}, field: 'roundId', label: '评价轮次' },
  { fn: 'evaluation', action: 'stationReport', input: {}, field: 'roundId', label: '评价轮次' },
  { fn: 'complaint', action: 'listComplaints', input: { overdue: 'yes' }, field: 'overdue', label: '仅看超时' },
  { fn: 'complaint', action: 'listSharedWithMe', input: { pageSize: 500 }, field: 'pageSize', label: '每页条数' },
  { fn: 'complaint', action: 'getComplaint', input: {}, field: 'complaintId', label: '投诉' },
  {
    fn: 'complaint',
    action: 'answerComplaint',
    input: { complaintId: 'cmp:1', answer: '好的' },
    field: 'answer',
    label: '答复内容',
  },
  { fn: 'complaint', action: 'acceptAnswer', input: {}, field: 'complaintId', label: '投诉' },
  {
    fn: 'complaint',
    action: 'escalateComplaint',
    input: { complaintId: 'cmp:1', reason: '' },
    field: 'reason',
    label: '复核理由',
  },
  {
    fn: 'complaint',
    action: 'reviewComplaint',
    input: { complaintId: 'cmp:1', answer: '' },
    field: 'answer',
    label: '复核意见',
  },
  {
    fn: 'complaint',
    action: 'shareComplaint',
    input: { complaintId: 'cmp:1', revealIdentity: 'yes' },
    field: 'revealIdentity',
    label: '告知投诉人身份',
  },
  {
    fn: 'complaint',
    action: 'setComplaintSettings',
    input: { answerDays: 0 },
    field: 'answerDays',
    label: '答复时限（工作日）',
  },
  { fn: 'referral', action: 'exportReferrals', input: { status: 'lost' }, field: 'status', label: '状态' },
  { fn: 'referral', action: 'getReferral', input: {}, field: 'referralId', label: '线索移交' },
  {
    fn: 'referral',
    action: 'advanceReferral',
    input: { referralId: 'ref-1', step: 'close' },
    field: 'result',
    label: '办理结果',
  },
  {
    fn: 'expert',
    action: 'saveMyProfile',
    input: {
      name: '赵专家',
      organisation: '某知识产权代理事务所',
      title: '专利代理师',
      specialities: ['application'],
      yearsOfPractice: 8,
      stationIds: ['st-1'],
      mobile: '13900000000',
      acceptCommitment: false,
    },
    field: 'acceptCommitment',
    label: '行为承诺',
  },
  {
    fn: 'expert',
    action: 'setUnavailable',
    input: { from: '2026-03-10', until: '2026-03-01' },
    field: 'until',
    label: '暂停结束日期',
  },
  { fn: 'expert', action: 'leaveRoster', input: {}, field: 'reason', label: '退出原因' },
  { fn: 'expert', action: 'listExperts', input: { speciality: 'astrology' }, field: 'speciality', label: '擅长领域' },
  { fn: 'expert', action: 'exportExperts', input: { industry: 'alchemy' }, field: 'industry', label: '熟悉行业' },
  { fn: 'expert', action: 'getExpert', input: {}, field: 'expertId', label: '专家' },
  { fn: 'expert', action: 'fileExpert', input: {}, field: 'expertId', label: '专家' },
  { fn: 'expert', action: 'returnExpert', input: { expertId: 'u-1' }, field: 'reason', label: '退回原因' },
  { fn: 'expert', action: 'removeExpert', input: { expertId: 'u-1' }, field: 'reason', label: '除名原因' },
  { fn: 'request', action: 'suggestAssignees', input: {}, field: 'requestId', label: '服务需求' },
  {
    fn: 'request',
    action: 'assignRequest',
    input: { requestId: 'req-1', assignee: { kind: 'agency', name: '', contact: '010-1' }, seenUpdatedAt: 1 },
    field: 'assignee.name',
    label: '机构名称',
  },
  {
    fn: 'request',
    action: 'respondAssignment',
    input: { requestId: 'req-1', decision: 'maybe' },
    field: 'decision',
    label: '答复',
  },
  {
    fn: 'request',
    action: 'reportRequest',
    input: { requestId: 'req-1', situation: '情况', advice: '建议建议建议', outcome: '结果结果结果', minutesSpent: 30 },
    field: 'situation',
    label: '基本情况',
  },

  { fn: 'checkin', action: 'getCode', input: { sessionId: 'a b' }, field: 'sessionId', label: '培训场次' },
  { fn: 'checkin', action: 'checkIn', input: { token: '' }, field: 'token', label: '签到码' },
  {
    fn: 'checkin',
    action: 'manualCheckIn',
    input: { sessionId: 'tr-1', walkIn: { name: '钱女士', mobile: '1390000', companyName: '示例科技' } },
    field: 'walkIn.mobile',
    label: '手机号',
  },
  { fn: 'checkin', action: 'getLiveCount', input: {}, field: 'sessionId', label: '培训场次' },
  {
    fn: 'checkin',
    action: 'listAttendees',
    input: { sessionId: 'tr-1', filter: 'all' },
    field: 'filter',
    label: '名单',
  },
  // training: a session form with no lecturer, a capacity of 0, a mobile too short, …
  {
    fn: 'training',
    action: 'createSession',
    input: { clientRequestId: 'bad-session-1', stationId: OWN_STATION, ...trainingForm(), capacity: 0 },
    field: 'capacity',
    label: '人数上限',
  },
  {
    fn: 'training',
    action: 'updateSession',
    input: { sessionId: 'tr-1', ...trainingForm(), lecturer: '' },
    field: 'lecturer',
    label: '主讲人',
  },
  {
    fn: 'training',
    action: 'cancelSession',
    input: { sessionId: 'tr-1', reason: '' },
    field: 'reason',
    label: '取消原因',
  },
  { fn: 'training', action: 'listSessions', input: { when: 'someday' }, field: 'when', label: '时间' },
  { fn: 'training', action: 'listStationSessions', input: {}, field: 'stationId', label: '工作站' },
  { fn: 'training', action: 'exportSessions', input: {}, field: 'stationId', label: '工作站' },
  { fn: 'training', action: 'getSession', input: { sessionId: 'a b' }, field: 'sessionId', label: '培训' },
  {
    fn: 'training',
    action: 'signUp',
    input: { clientRequestId: 'bad-signup-1', sessionId: 'tr-1', name: '张三', mobile: '1390013' },
    field: 'mobile',
    label: '手机号',
  },
  { fn: 'training', action: 'cancelSignup', input: {}, field: 'sessionId', label: '培训' },
  {
    fn: 'training',
    action: 'listSignups',
    input: { sessionId: 'tr-1', status: 'gone' },
    field: 'status',
    label: '报名状态',
  },
  {
    fn: 'training',
    action: 'addSignup',
    input: { clientRequestId: 'bad-add-1', sessionId: 'tr-1', name: '李四', mobile: '13900139000' },
    field: 'companyName',
    label: '单位名称',
  },
  { fn: 'training', action: 'exportSignups', input: {}, field: 'sessionId', label: '培训' },
  { fn: 'training', action: 'myTrainings', input: { pageSize: 500 }, field: 'pageSize', label: '每页条数' },
  { fn: 'training', action: 'talentPool', input: { stationId: OWN_STATION, page: 0 }, field: 'page', label: '页码' },
  { fn: 'training', action: 'exportTalentPool', input: {}, field: 'stationId', label: '工作站' },
  { fn: 'survey', action: 'getQuestionnaire', input: {}, field: 'questionnaireId', label: '问卷' },
  {
    fn: 'survey',
    action: 'listQuestionnaires',
    input: { stationId: OWN_STATION, pageSize: 500 },
    field: 'pageSize',
    label: '每页条数',
  },
  {
    fn: 'survey',
    action: 'createQuestionnaire',
    input: { clientRequestId: 'bad-questionnaire-1', stationId: OWN_STATION, title: '讲座反馈', questions: [] },
    field: 'questions',
    label: '题目',
  },
  {
    fn: 'survey',
    action: 'submitResponse',
    input: { clientRequestId: 'bad-response-1', targetKind: 'meeting', targetId: 'tr-1', answers: { overall: 5 } },
    field: 'targetKind',
    label: '问卷对象类型',
  },
  { fn: 'survey', action: 'getMyResponse', input: { targetKind: 'training' }, field: 'targetId', label: '问卷对象' },
  {
    fn: 'survey',
    action: 'getResults',
    input: { targetKind: 'training', targetId: 'tr-1', page: 0 },
    field: 'page',
    label: '页码',
  },
  {
    fn: 'survey',
    action: 'wantedTopics',
    input: { stationId: OWN_STATION, from: '2025-13-01' },
    field: 'from',
    label: '开始日期',
  },
  {
    fn: 'stats',
    action: 'stationStats',
    input: { stationId: OWN_STATION, period: { kind: 'custom', anchor: '2025-03-01', to: '2025-02-01' } },
    field: 'period.to',
    label: '结束日期',
  },
  {
    fn: 'stats',
    action: 'insights',
    input: { stationId: OWN_STATION, period: { kind: 'bogus', anchor: '2025-03-01' } },
    field: 'period.kind',
    label: '统计周期',
  },
  {
    fn: 'stats',
    action: 'planVisit',
    input: { companyId: 'c-1', dueDate: '2025-02-30' },
    field: 'dueDate',
    label: '计划走访日期',
  },
  {
    fn: 'stats',
    action: 'exportMonthly',
    input: { stationId: OWN_STATION, month: '2025-13' },
    field: 'month',
    label: '月份',
  },
  {
    fn: 'stats',
    action: 'cityStats',
    input: { period: { kind: 'year', anchor: '2025-02-30' } },
    field: 'period.anchor',
    label: '日期',
  },
];

/** Actions whose input is empty: any payload is accepted, extra fields are dropped. */
const NO_INPUT = [
  'directory.listPlatforms',
  'directory.listCourses',
  'directory.listCatalogue',
  'directory.getWorkCalendar',
  'expert.getMyProfile',
  'account.me',
  'setup.bootstrap',
  'jobs.sendReminders',
  'jobs.sendSurveyInvites',
  'jobs.sweepOverdueRequests',
  'jobs.rollUpStats',
  'jobs.sweepOverdueComplaints',
  'jobs.sweepEvaluationCorrections',
  'jobs.resumePushes',
  'jobs.sweepStudioStages',
  'studio.getStageLimits',
  'evaluation.listIndicatorSets',
  'evaluation.listReviewers',
  'evaluation.listRounds',
  'complaint.getComplaintSettings',
  'stats.workbench',
  'visit.exportFollowUps',
];

const nonPublic = Object.entries(POLICY).flatMap(([fn, actions]) =>
  Object.entries(actions)
    .filter(([, access]) => access !== 'public')
    .map(([action]) => [fn as FunctionName, action] as const),
);

describe('bad input', () => {
  it('has a bad-input case for every action that takes input', () => {
    const all = Object.entries(POLICY).flatMap(([fn, actions]) => Object.keys(actions).map((a) => `${fn}.${a}`));
    const covered = [...new Set([...BAD_INPUTS.map((b) => `${b.fn}.${b.action}`), ...NO_INPUT])];
    expect(covered.sort()).toEqual(all.sort());
  });

  it.each(BAD_INPUTS.map((b) => [`${b.fn}.${b.action}`, b.field, b] as const))(
    '%s: 400 INVALID_INPUT naming %s in Chinese, nothing written',
    async (_name, _field, bad) => {
      const before = await t.counts();
      const reply = await t.call(bad.fn, bad.action as ActionName<typeof bad.fn>, bad.input, admin);
      const error = expectError(reply, 'INVALID_INPUT');
      expect(error.fields?.[bad.field]).toMatch(new RegExp(`^${bad.label}：`));
      expect(error.message).toContain(bad.label);
      expect(await t.counts()).toEqual(before);
    },
  );

  it('validates before checking the session: an anonymous bad request learns what is wrong first', async () => {
    const error = expectError(await t.call('account', 'updateProfile', { displayName: '' }), 'INVALID_INPUT');
    expect(error.fields?.displayName).toContain('姓名');
  });

  it('ignores extra fields on actions without input', async () => {
    const platforms = expectOk(await t.call('directory', 'listPlatforms', { page: 'x', userId: 'someone' }));
    expect(platforms).toHaveLength(17);
  });
});

describe('no session', () => {
  it.each(nonPublic)('%s.%s answers 401 UNAUTHENTICATED and writes nothing', async (fn, action) => {
    const factory = (VALID_INPUTS[fn] as Record<string, (typeof VALID_INPUTS)['account']['me']>)[action]!;
    const input = await factory({ store: t.host.store, now: t.clock.now(), target: 'own', actor: null });
    const before = await t.counts();
    const error = expectError(await t.call(fn, action as never, input), 'UNAUTHENTICATED');
    expect(error.message).toContain('登录');
    expect(await t.counts()).toEqual(before);
  });

  it('treats a token nobody issued like no session', async () => {
    expectError(await t.call('account', 'me', {}, 'A'.repeat(43)), 'UNAUTHENTICATED');
  });
});

describe('unknown actions', () => {
  it('answers INVALID_INPUT naming the action, in Chinese', async () => {
    const reply = await t.post('/api/fn/account', { action: 'deleteEverything' }, admin);
    const error = expectError(reply, 'INVALID_INPUT');
    expect(error.message).toBe('未知的操作「deleteEverything」');
    expect(error.fields).toEqual({ action: '未知的操作' });
  });

  it('answers INVALID_INPUT when the action is missing or not a string', async () => {
    expect(expectError(await t.post('/api/fn/directory', {}, admin), 'INVALID_INPUT').message).toBe('未知的操作「空」');
    expectError(await t.post('/api/fn/directory', { action: 42 }, admin), 'INVALID_INPUT');
  });

  it("does not treat Object.prototype's names as actions", async () => {
    for (const action of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expectError(await t.post('/api/fn/account', { action }, admin), 'INVALID_INPUT');
    }
  });

  it('does not run an action of one function through another', async () => {
    expectError(await t.post('/api/fn/account', { action: 'listPlatforms' }), 'INVALID_INPUT');
  });
});
