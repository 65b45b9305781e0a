/**
 * The visit form's draft (登记走访): what is typed, its checks (mirroring the contract, with the
 * server's field names, so most mistakes show before sending) and the logVisit payload it
 * becomes. Pure: no Taro, no services — the draft is plain JSON kept in storage as it is typed.
 */
import { HOLDING_KIND, type HoldingKind, type RequestUrgency, type ServiceCategory, type VisitForm } from '@core/enums';
import { HOLDING_MAX } from '@core/rules/holdings';
import { shanghaiDate, shanghaiInstant } from '@core/rules/time';
import { clockOf } from '@/lib/format';
import {
  FINDINGS_MAX,
  MAX_NEEDS,
  MAX_PHOTOS,
  MAX_TOPICS,
  MAX_VISITORS,
  MET_MAX,
  NEED_DESCRIPTION_MAX,
  SHARED_SUMMARY_MAX,
  VISIT_FUTURE_SLACK_MS,
  VISIT_NOTE_MAX,
  VISIT_TEXT_MIN,
  VISITOR_NAME_MAX,
} from '@core/rules/visits';
import type { OutboxPhoto, VisitPayload } from '@/services/outbox-store';

export { FINDINGS_MAX, MAX_NEEDS, MAX_PHOTOS, MET_MAX, NEED_DESCRIPTION_MAX, SHARED_SUMMARY_MAX, VISIT_NOTE_MAX };

export interface NeedDraft {
  /** Stable key of the row (rows are added and removed). */
  key: string;
  category: ServiceCategory | '';
  description: string;
  urgency: RequestUrgency;
}

export interface VisitDraft {
  /**
   * Made on the first submit and kept with the draft until it is sent: a submit retried (after
   * the app was closed mid-way, or corrected after INVALID_INPUT) is the same submission.
   */
  clientRequestId: string;
  company: { id: string; name: string } | null;
  /** When, as Shanghai date and time. */
  date: string;
  time: string;
  form: VisitForm | '';
  /** Who went, names separated by 、 , or spaces. */
  visitors: string;
  met: string;
  topics: ServiceCategory[];
  findings: string;
  sharedSummary: string;
  internalNote: string;
  /** Figures as typed; '' = not checked on this visit. */
  holdings: Partial<Record<HoldingKind, string>>;
  photos: OutboxPhoto[];
  location: { latitude: number; longitude: number; name?: string } | null;
  nextFollowUpDate: string;
  needs: NeedDraft[];
}

export function emptyDraft(now: number, me: string, company: VisitDraft['company'] = null): VisitDraft {
  return {
    clientRequestId: '',
    company,
    date: shanghaiDate(now),
    time: clockOf(now),
    form: 'onsite',
    visitors: me,
    met: '',
    topics: [],
    findings: '',
    sharedSummary: '',
    internalNote: '',
    holdings: {},
    photos: [],
    location: null,
    nextFollowUpDate: '',
    needs: [],
  };
}

let needSeq = 0;
export const newNeed = (): NeedDraft => ({
  key: `need-${Date.now()}-${++needSeq}`,
  category: '',
  description: '',
  urgency: 'normal',
});

/** "李联络、王专家" → ["李联络", "王专家"]. */
const visitorNames = (text: string): string[] =>
  text
    .split(/[、,，;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Whether anything was typed beyond what a fresh form starts with (worth keeping as a draft). */
export function isBlank(d: VisitDraft): boolean {
  return (
    !d.company &&
    !d.met.trim() &&
    d.topics.length === 0 &&
    !d.findings.trim() &&
    !d.sharedSummary.trim() &&
    !d.internalNote.trim() &&
    d.photos.length === 0 &&
    d.needs.length === 0 &&
    Object.values(d.holdings).every((v) => !v)
  );
}

function textError(label: string, value: string, max: number, min: number): string | undefined {
  const n = value.trim().length;
  if (n < min) return min <= 1 ? `${label}：请填写${label}` : `${label}：请至少填写${min}个字`;
  if (n > max) return `${label}：不能超过${max}字`;
  return undefined;
}

/** The problems to show under each field (keys as the server names them), top of the form first. */
export function draftErrors(d: VisitDraft, now: number): Record<string, string> {
  const e: Record<string, string> = {};
  if (!d.company) e.companyId = '企业：请从本站台账中选择走访的企业';
  if (!d.date || !d.time) e.visitedAt = '走访时间：请选择走访的日期和时间';
  else if (shanghaiInstant(d.date, d.time) > now + VISIT_FUTURE_SLACK_MS) {
    e.visitedAt = '走访时间：走访时间不能晚于现在，请选择实际走访的时间';
  }
  if (!d.form) e.form = '走访形式：请选择走访形式';
  const names = visitorNames(d.visitors);
  if (names.length === 0) e.visitors = '走访人员：请填写走访人员';
  else if (names.length > MAX_VISITORS) e.visitors = `走访人员：最多${MAX_VISITORS}人`;
  else if (names.some((n) => n.length > VISITOR_NAME_MAX)) e.visitors = `走访人员：每个姓名不超过${VISITOR_NAME_MAX}字`;
  const met = textError('受访人员', d.met, MET_MAX, 1);
  if (met) e.met = met;
  if (d.topics.length === 0) e.topics = '走访主题：请至少选择一个主题';
  else if (d.topics.length > MAX_TOPICS) e.topics = `走访主题：最多选择${MAX_TOPICS}个`;
  const findings = textError('走访发现', d.findings, FINDINGS_MAX, VISIT_TEXT_MIN);
  if (findings) e.findings = findings;
  const summary = textError('走访小结', d.sharedSummary, SHARED_SUMMARY_MAX, VISIT_TEXT_MIN);
  if (summary) e.sharedSummary = summary;
  if (d.internalNote.trim().length > VISIT_NOTE_MAX) e.internalNote = `内部备注：不能超过${VISIT_NOTE_MAX}字`;
  for (const kind of HOLDING_KIND.values) {
    const v = (d.holdings[kind] ?? '').trim();
    if (v && (!/^\d+$/.test(v) || Number(v) > HOLDING_MAX)) {
      e[`holdings.${kind}`] = `${HOLDING_KIND.labels[kind]}：请填写0或正整数`;
    }
  }
  if (d.photos.length > MAX_PHOTOS) e.photos = `照片：最多 ${MAX_PHOTOS} 个`;
  if (d.nextFollowUpDate && d.date && d.nextFollowUpDate < d.date) {
    e.nextFollowUpDate = '下次回访日期：下次回访日期不能早于走访日期';
  }
  d.needs.forEach((n, i) => {
    if (!n.category) e[`needs.${i}.category`] = '需求类别：请选择需求类别';
    const description = textError('需求描述', n.description, NEED_DESCRIPTION_MAX, VISIT_TEXT_MIN);
    if (description) e[`needs.${i}.description`] = description;
  });
  if (d.needs.length > MAX_NEEDS) e.needs = `发现的需求：最多${MAX_NEEDS}条`;
  return e;
}

/** The logVisit payload of a checked draft (the outbox adds the request id and the photos' upload ids). */
export function visitPayload(d: VisitDraft): VisitPayload {
  const holdings = Object.fromEntries(
    HOLDING_KIND.values.filter((k) => (d.holdings[k] ?? '').trim() !== '').map((k) => [k, Number(d.holdings[k])]),
  );
  const note = d.internalNote.trim();
  return {
    companyId: d.company!.id,
    visitedAt: shanghaiInstant(d.date, d.time),
    form: d.form as VisitForm,
    visitors: visitorNames(d.visitors),
    met: d.met.trim(),
    topics: d.topics,
    findings: d.findings.trim(),
    sharedSummary: d.sharedSummary.trim(),
    ...(note ? { internalNote: note } : {}),
    ...(Object.keys(holdings).length ? { holdings } : {}),
    ...(d.location ? { location: d.location } : {}),
    ...(d.nextFollowUpDate ? { nextFollowUpDate: d.nextFollowUpDate } : {}),
    needs: d.needs.map((n) => ({
      category: n.category as ServiceCategory,
      description: n.description.trim(),
      urgency: n.urgency,
    })),
  };
}

/** "示例科技 · 2025-03-03 10:00": how the outbox lists a visit. */
export const draftTitle = (d: VisitDraft) => `${d.company?.name ?? '未选择企业'} · ${d.date} ${d.time}`;
