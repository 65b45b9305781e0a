/**
 * The archive record form's draft: its checks (mirroring the contract, so most mistakes show
 * before sending) and the createRecord input it becomes. Pure: no Taro, no services.
 */
import type { AttachmentView, Booking, InputOf } from '@core/contract';
import { ANSWER_MAX, MAX_DURATION_MINUTES, NOTE_MAX, SUMMARY_MAX, TEXT_MIN } from '@core/rules/archive-limits';
import { CREDIT_CODE_LENGTH, isValidCreditCode } from '@core/rules/credit-code';
import { MOBILE_PATTERN } from '@core/rules/patterns';
import { formatShanghai, shanghaiDate, shanghaiInstant } from '@core/rules/time';
import type { PickedCompany } from '@/containers/CompanyPicker';
import type { Category, RecordChannel } from './records';
import { COMPANY_NAME_MIN } from '@core/rules/ledger';

export { ANSWER_MAX, NOTE_MAX, SUMMARY_MAX, TEXT_MIN };

export type CompanyMode = 'ledger' | 'new';

export interface RecordDraft {
  category: Category | '';
  summary: string;
  answer: string;
  duration: string;
  followUp: boolean;
  followUpDate: string;
  rightsClue: boolean;
  internalNote: string;
  /** Uploaded already (AttachmentPicker); the record carries their ids. */
  attachments: AttachmentView[];
  channel: RecordChannel | '';
  /** Walk-ins: when, as Shanghai date and time. */
  date: string;
  time: string;
  companyMode: CompanyMode;
  company: PickedCompany | null;
  newName: string;
  newCreditCode: string;
  newContactName: string;
  newContactMobile: string;
  /** A chief naming another consultant; '' is the writer. */
  consultantId: string;
}

export type RecordInput = InputOf<'archive', 'createRecord'>;

/** A fresh draft: from the booking (its topic, question and channel), or a walk-in happening now. */
export function initialDraft(booking: Booking | null, now: number): RecordDraft {
  return {
    category: booking?.topic ?? '',
    summary: booking ? booking.question.slice(0, SUMMARY_MAX) : '',
    answer: '',
    duration: booking ? String(Math.round((booking.end - booking.start) / 60_000)) : '30',
    followUp: false,
    followUpDate: '',
    rightsClue: false,
    internalNote: '',
    attachments: [],
    channel: booking?.channel ?? '',
    date: shanghaiDate(now),
    time: formatShanghai(now, 'HH:mm'),
    companyMode: 'ledger',
    company: null,
    newName: '',
    newCreditCode: '',
    newContactName: '',
    newContactMobile: '',
    consultantId: '',
  };
}

function textError(label: string, value: string, max: number): string | undefined {
  const n = value.trim().length;
  if (n < TEXT_MIN) return `${label}：请至少填写${TEXT_MIN}个字`;
  if (n > max) return `${label}：不能超过${max}字`;
  return undefined;
}

/** The problems to show under each field (keys as the server names them), top of the form first. */
export function draftErrors(d: RecordDraft, walkIn: boolean): Record<string, string> {
  const e: Record<string, string> = walkIn ? walkInErrors(d) : {};
  if (!d.category) e.category = '咨询类别：请选择咨询类别';
  const summary = textError('问题摘要', d.summary, SUMMARY_MAX);
  if (summary) e.summary = summary;
  const answer = textError('答复意见', d.answer, ANSWER_MAX);
  if (answer) e.answer = answer;
  const minutes = Number(d.duration);
  if (!/^\d+$/.test(d.duration.trim()) || minutes < 1 || minutes > MAX_DURATION_MINUTES) {
    e.durationMinutes = `咨询时长：请填写1–${MAX_DURATION_MINUTES}之间的分钟数`;
  }
  if (d.followUp && !d.followUpDate) e.followUpDate = '回访日期：需要回访时请选择回访日期';
  if (d.internalNote.trim().length > NOTE_MAX) e.internalNote = `内部备注：不能超过${NOTE_MAX}字`;
  return e;
}

/** A walk-in's own fields: the company, how and when. */
function walkInErrors(d: RecordDraft): Record<string, string> {
  const e: Record<string, string> = {};
  if (d.companyMode === 'ledger') {
    if (!d.company) e.companyId = '企业：请从台账中选择企业，或登记新企业';
  } else {
    if (d.newName.trim().length < COMPANY_NAME_MIN) e['newCompany.name'] = '企业名称：请填写企业全称';
    if (!isValidCreditCode(d.newCreditCode.trim().toUpperCase())) {
      e['newCompany.creditCode'] = `统一社会信用代码：应为${CREDIT_CODE_LENGTH}位，且校验位正确`;
    }
    const mobile = d.newContactMobile.trim();
    if (mobile && !MOBILE_PATTERN.test(mobile)) e['newCompany.contactMobile'] = '联系人手机：格式不正确';
  }
  if (!d.channel) e.channel = '咨询方式：请选择咨询方式';
  if (!d.date || !d.time) e.consultedAt = '咨询时间：请选择咨询的日期和时间';
  return e;
}

/** The createRecord input of a checked draft (of a booking when `bookingId` is given). */
export function recordInput(d: RecordDraft, clientRequestId: string, bookingId: string | null): RecordInput {
  const note = d.internalNote.trim();
  const base = {
    clientRequestId,
    category: d.category as Category,
    summary: d.summary.trim(),
    answer: d.answer.trim(),
    durationMinutes: Number(d.duration),
    followUp: d.followUp,
    ...(d.followUp ? { followUpDate: d.followUpDate } : {}),
    rightsClue: d.rightsClue,
    attachments: d.attachments.map((a) => a.id),
    ...(note ? { internalNote: note } : {}),
    ...(d.channel ? { channel: d.channel } : {}),
  };
  if (bookingId) return { ...base, bookingId };
  const contactName = d.newContactName.trim();
  const contactMobile = d.newContactMobile.trim();
  const company =
    d.companyMode === 'ledger'
      ? { companyId: d.company!.id }
      : {
          newCompany: {
            name: d.newName.trim(),
            creditCode: d.newCreditCode.trim().toUpperCase(),
            ...(contactName ? { contactName } : {}),
            ...(contactMobile ? { contactMobile } : {}),
          },
        };
  return {
    ...base,
    ...company,
    consultedAt: shanghaiInstant(d.date, d.time),
    ...(d.consultantId ? { consultantId: d.consultantId } : {}),
  };
}
