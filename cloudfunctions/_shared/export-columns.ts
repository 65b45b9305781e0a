/**
 * The columns each kind of record is exported with (Chinese headers, Shanghai times, labels for
 * every code), declared once: a list's own export and the 月报 workbook write the same columns.
 * Internal notes are included: exports are for station staff and admins only (the policy).
 */
import {
  ASSIGNEE_KIND,
  BOOKING_STATUS,
  CHANNEL,
  COMPANY_STATUS,
  DISTRICT,
  EXPERT_STATUS,
  FOLLOW_UP_SOURCE,
  FOLLOW_UP_STATUS,
  HOLDING_KIND,
  INDUSTRY,
  KEY_FLAG,
  labelOf,
  RATING_TAG,
  RECORD_CHANNEL,
  REFERRAL_SOURCE,
  REFERRAL_STATUS,
  REQUEST_SOURCE,
  REQUEST_STATUS,
  REQUEST_URGENCY,
  SERVICE_CATEGORY,
  TRAINING_AUDIENCE,
  TRAINING_STATUS,
  VISIT_FORM,
} from '../../core/enums';
import { formatShanghai } from '../../core/rules/time';
import type {
  BookingDoc,
  ClueReferralDoc,
  CompanyDoc,
  ConsultationRecordDoc,
  ExpertProfileDoc,
  FollowUpDoc,
  RatingCore,
  RatingDoc,
  RequestRatingDoc,
  ServiceRequestDoc,
  TrainingSessionDoc,
  VisitDoc,
} from '../../core/store/docs';
import type { Column } from './excel';

const time = (ms: number | undefined) => (ms ? formatShanghai(ms) : '');
const yes = (b: boolean | undefined) => (b ? '是' : '否');
const tags = (r: RatingCore) => r.tags.map((t) => labelOf(RATING_TAG, t)).join('、');

export const RECORD_COLUMNS: Column<ConsultationRecordDoc>[] = [
  { header: '咨询时间', width: 18, value: (r) => time(r.consultedAt) },
  { header: '企业', width: 28, value: (r) => r.companyName },
  { header: '咨询人员', width: 12, value: (r) => r.consultantName },
  { header: '方式', width: 8, value: (r) => labelOf(RECORD_CHANNEL, r.channel) },
  { header: '类别', width: 14, value: (r) => labelOf(SERVICE_CATEGORY, r.category) },
  { header: '问题摘要', width: 40, value: (r) => r.summary },
  { header: '答复意见', width: 40, value: (r) => r.answer },
  { header: '时长（分钟）', width: 10, value: (r) => r.durationMinutes },
  { header: '需回访', width: 8, value: (r) => yes(r.followUp) },
  { header: '回访日期', width: 12, value: (r) => r.followUpDate ?? '' },
  { header: '维权线索', width: 8, value: (r) => yes(r.rightsClue) },
  { header: '内部备注', width: 30, value: (r) => r.internalNote ?? '' },
  { header: '记录人', width: 12, value: (r) => r.createdByName },
];

export const BOOKING_COLUMNS: Column<BookingDoc>[] = [
  { header: '预约时间', width: 18, value: (b) => time(b.start) },
  { header: '企业', width: 28, value: (b) => b.companyName },
  { header: '预约人', width: 12, value: (b) => b.bookedByName },
  { header: '咨询人员', width: 12, value: (b) => b.consultantName },
  { header: '方式', width: 8, value: (b) => labelOf(CHANNEL, b.channel) },
  { header: '类别', width: 14, value: (b) => labelOf(SERVICE_CATEGORY, b.topic) },
  { header: '问题', width: 40, value: (b) => b.question },
  { header: '状态', width: 10, value: (b) => labelOf(BOOKING_STATUS, b.status) },
  { header: '取消原因', width: 24, value: (b) => b.cancelReason ?? '' },
  { header: '提交时间', width: 18, value: (b) => time(b.createdAt) },
];

export const VISIT_COLUMNS: Column<VisitDoc>[] = [
  { header: '走访时间', width: 18, value: (v) => time(v.visitedAt) },
  { header: '企业', width: 28, value: (v) => v.companyName },
  { header: '形式', width: 10, value: (v) => labelOf(VISIT_FORM, v.form) },
  { header: '走访人员', width: 16, value: (v) => v.visitors.join('、') },
  { header: '接待人', width: 14, value: (v) => v.met },
  { header: '交流主题', width: 24, value: (v) => v.topics.map((t) => labelOf(SERVICE_CATEGORY, t)).join('、') },
  { header: '走访发现', width: 40, value: (v) => v.findings },
  { header: '企业可见摘要', width: 40, value: (v) => v.sharedSummary },
  { header: '发现需求数', width: 10, value: (v) => v.requestIds.length },
  { header: '下次回访', width: 12, value: (v) => v.nextFollowUpDate ?? '' },
  { header: '内部备注', width: 30, value: (v) => v.internalNote ?? '' },
  { header: '记录人', width: 12, value: (v) => v.createdByName },
];

export const REQUEST_COLUMNS: Column<ServiceRequestDoc>[] = [
  { header: '提交时间', width: 18, value: (r) => time(r.createdAt) },
  { header: '企业', width: 28, value: (r) => r.companyName },
  { header: '类别', width: 14, value: (r) => labelOf(SERVICE_CATEGORY, r.category) },
  { header: '紧急程度', width: 8, value: (r) => labelOf(REQUEST_URGENCY, r.urgency) },
  { header: '来源', width: 10, value: (r) => labelOf(REQUEST_SOURCE, r.source) },
  { header: '需求描述', width: 40, value: (r) => r.description },
  { header: '状态', width: 10, value: (r) => labelOf(REQUEST_STATUS, r.status) },
  { header: '受理人', width: 12, value: (r) => r.handlerName ?? '' },
  { header: '指派给', width: 14, value: (r) => r.assigneeName ?? r.agency?.name ?? '' },
  { header: '指派类型', width: 12, value: (r) => labelOf(ASSIGNEE_KIND, r.assigneeKind) },
  { header: '办结时间', width: 18, value: (r) => time(r.closedAt) },
  { header: '办理结果', width: 40, value: (r) => r.result ?? r.report?.outcome ?? '' },
  { header: '撤回原因', width: 24, value: (r) => r.cancelReason ?? '' },
];

export const TRAINING_COLUMNS: Column<TrainingSessionDoc>[] = [
  { header: '开始时间', width: 18, value: (t) => time(t.startAt) },
  { header: '结束时间', width: 18, value: (t) => time(t.endAt) },
  { header: '培训主题', width: 30, value: (t) => t.title },
  { header: '讲师', width: 14, value: (t) => t.lecturer },
  { header: '地点', width: 24, value: (t) => t.venue ?? t.onlineUrl ?? '' },
  { header: '对象', width: 14, value: (t) => labelOf(TRAINING_AUDIENCE, t.audience) },
  { header: '名额', width: 8, value: (t) => t.capacity },
  { header: '已报名', width: 8, value: (t) => t.confirmedCount },
  { header: '候补', width: 8, value: (t) => t.waitlistCount },
  { header: '签到', width: 8, value: (t) => t.checkedInCount },
  { header: '现场报名', width: 8, value: (t) => t.walkInCount },
  { header: '状态', width: 10, value: (t) => labelOf(TRAINING_STATUS, t.status) },
];

export const RATING_COLUMNS: Column<RatingDoc>[] = [
  { header: '评价时间', width: 18, value: (r) => time(r.ratedAt) },
  { header: '企业', width: 28, value: (r) => r.companyName },
  { header: '咨询人员', width: 12, value: (r) => r.consultantName },
  { header: '咨询时间', width: 18, value: (r) => time(r.consultedAt) },
  { header: '类别', width: 14, value: (r) => labelOf(SERVICE_CATEGORY, r.category) },
  { header: '星级', width: 6, value: (r) => r.stars },
  { header: '标签', width: 24, value: tags },
  { header: '留言', width: 40, value: (r) => r.comment },
];

export const REQUEST_RATING_COLUMNS: Column<RequestRatingDoc>[] = [
  { header: '评价时间', width: 18, value: (r) => time(r.ratedAt) },
  { header: '企业', width: 28, value: (r) => r.companyName },
  { header: '类别', width: 14, value: (r) => labelOf(SERVICE_CATEGORY, r.category) },
  { header: '受理人', width: 12, value: (r) => r.handlerName ?? '' },
  { header: '办理人', width: 14, value: (r) => r.assigneeName ?? '' },
  { header: '星级', width: 6, value: (r) => r.stars },
  { header: '标签', width: 24, value: tags },
  { header: '留言', width: 40, value: (r) => r.comment },
];

export const REFERRAL_COLUMNS: Column<ClueReferralDoc>[] = [
  { header: '移交时间', width: 18, value: (r) => time(r.createdAt) },
  { header: '移交站点', width: 24, value: (r) => r.fromStationName },
  { header: '来源', width: 10, value: (r) => labelOf(REFERRAL_SOURCE, r.sourceKind) },
  { header: '企业', width: 28, value: (r) => (r.companyConsent ? r.companyName : '企业未同意披露') },
  { header: '线索摘要', width: 40, value: (r) => r.summary },
  { header: '接收方', width: 24, value: (r) => r.targetName },
  { header: '状态', width: 10, value: (r) => labelOf(REFERRAL_STATUS, r.status) },
  { header: '办理结果', width: 30, value: (r) => r.result ?? '' },
  { header: '办结时间', width: 18, value: (r) => time(r.closedAt) },
];

export const LEDGER_COLUMNS: Column<CompanyDoc>[] = [
  { header: '企业名称', width: 30, value: (c) => c.name },
  { header: '统一社会信用代码', width: 22, value: (c) => c.creditCode },
  { header: '所在区', width: 10, value: (c) => labelOf(DISTRICT, c.district) },
  { header: '行业', width: 14, value: (c) => labelOf(INDUSTRY, c.industry) },
  {
    header: '重点企业类型',
    width: 24,
    value: (c) =>
      KEY_FLAG.values
        .filter((f) => c.keyFlags?.[f])
        .map((f) => KEY_FLAG.labels[f])
        .join('、'),
  },
  { header: '联系人', width: 12, value: (c) => c.contactName },
  { header: '联系电话', width: 14, value: (c) => c.contactMobile },
  { header: '状态', width: 10, value: (c) => labelOf(COMPANY_STATUS, c.status) },
  // Every holding kind, one column each, in the order the profile form lists them.
  ...HOLDING_KIND.values.map((k): Column<CompanyDoc> => ({
    header: HOLDING_KIND.labels[k],
    width: 10,
    value: (c) => c.holdings?.[k] ?? '',
  })),
  { header: '最近走访', width: 18, value: (c) => (c.lastVisitAt ? time(c.lastVisitAt) : '从未走访') },
  { header: '登记时间', width: 18, value: (c) => time(c.createdAt) },
];

export const FOLLOW_UP_COLUMNS: Column<FollowUpDoc>[] = [
  { header: '到期日', width: 12, value: (f) => f.dueDate },
  { header: '企业', width: 28, value: (f) => f.companyName },
  { header: '负责人', width: 12, value: (f) => f.ownerName },
  { header: '来源', width: 10, value: (f) => labelOf(FOLLOW_UP_SOURCE, f.source) },
  { header: '回访事项', width: 36, value: (f) => f.subject },
  { header: '状态', width: 10, value: (f) => labelOf(FOLLOW_UP_STATUS, f.status) },
  { header: '回访记录', width: 36, value: (f) => f.record ?? '' },
  { header: '完成时间', width: 18, value: (f) => time(f.doneAt) },
];

export const EXPERT_COLUMNS: Column<ExpertProfileDoc>[] = [
  { header: '姓名', width: 12, value: (e) => e.name },
  { header: '单位', width: 28, value: (e) => e.organisation },
  { header: '职称', width: 14, value: (e) => e.title },
  { header: '擅长领域', width: 30, value: (e) => e.specialities.map((s) => labelOf(SERVICE_CATEGORY, s)).join('、') },
  { header: '熟悉行业', width: 24, value: (e) => e.industries.map((i) => labelOf(INDUSTRY, i)).join('、') },
  { header: '执业年限', width: 8, value: (e) => e.yearsOfPractice },
  { header: '手机号', width: 14, value: (e) => e.mobile },
  { header: '状态', width: 10, value: (e) => labelOf(EXPERT_STATUS, e.status) },
  { header: '备案时间', width: 18, value: (e) => time(e.filedAt) },
];
