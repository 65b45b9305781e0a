/**
 * The station's 指派 and the assignee's 服务报告 as drafts: their checks (mirroring the contract,
 * so most mistakes show before sending) and the inputs they become. Pure: no Taro, no services.
 */
import type { AttachmentView, InputOf } from '@core/contract';
import type { AssigneeCandidate } from '@core/contract/request';
import { REPORT_MINUTES_MAX, REPORT_TEXT_MIN } from '@core/rules/request-flow';

/** A person suggested by the server, or an outside agency named by hand. */
export type AssignMode = 'person' | 'agency';

export interface AssignDraft {
  mode: AssignMode;
  /** The candidate picked (person mode). */
  candidate: Pick<AssigneeCandidate, 'kind' | 'userId' | 'name'> | null;
  agencyName: string;
  agencyContact: string;
  note: string;
}

export const emptyAssign = (mode: AssignMode): AssignDraft => ({
  mode,
  candidate: null,
  agencyName: '',
  agencyContact: '',
  note: '',
});

/** Keys as the server names the fields. */
export function assignErrors(d: AssignDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (d.mode === 'person') {
    if (!d.candidate) errors['assignee.userId'] = '指派对象：请选择一位专家或联络员';
    return errors;
  }
  if (!d.agencyName.trim()) errors['assignee.name'] = '机构名称：请填写专业服务机构的名称';
  if (!d.agencyContact.trim()) errors['assignee.contact'] = '机构联系方式：请填写联系人或电话';
  return errors;
}

export function assignInput(
  d: AssignDraft,
  requestId: string,
  seenUpdatedAt: number,
): InputOf<'request', 'assignRequest'> {
  const assignee =
    d.mode === 'agency' || !d.candidate
      ? { kind: 'agency' as const, name: d.agencyName.trim(), contact: d.agencyContact.trim() }
      : { kind: d.candidate.kind, userId: d.candidate.userId };
  const note = d.note.trim();
  return { requestId, assignee, ...(note ? { note } : {}), seenUpdatedAt };
}

export interface ReportDraft {
  situation: string;
  advice: string;
  outcome: string;
  /** As typed (digits). */
  minutesSpent: string;
  attachments: AttachmentView[];
  internalNote: string;
}

export const emptyReport = (): ReportDraft => ({
  situation: '',
  advice: '',
  outcome: '',
  minutesSpent: '',
  attachments: [],
  internalNote: '',
});

const TEXTS = { situation: '基本情况', advice: '意见建议', outcome: '办理结果' } as const;

export function reportErrors(d: ReportDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [key, label] of Object.entries(TEXTS)) {
    if (d[key as keyof typeof TEXTS].trim().length < REPORT_TEXT_MIN)
      errors[key] = `${label}：请至少填写${REPORT_TEXT_MIN}个字`;
  }
  const minutes = Number(d.minutesSpent.trim());
  if (!/^\d+$/.test(d.minutesSpent.trim()) || minutes < 1) errors.minutesSpent = '用时（分钟）：请填写办理所用的分钟数';
  else if (minutes > REPORT_MINUTES_MAX) errors.minutesSpent = `用时（分钟）：不能超过${REPORT_MINUTES_MAX}分钟`;
  return errors;
}

export function reportInput(d: ReportDraft, requestId: string): InputOf<'request', 'reportRequest'> {
  const internalNote = d.internalNote.trim();
  return {
    requestId,
    situation: d.situation.trim(),
    advice: d.advice.trim(),
    outcome: d.outcome.trim(),
    minutesSpent: Number(d.minutesSpent.trim()),
    attachments: d.attachments.map((a) => a.id),
    ...(internalNote ? { internalNote } : {}),
  };
}
