/** What a record says, as entered: the same for a booking's record and a walk-in's. */
import type { ParsedInputOf } from '../../core/contract';
import { DAY_MS, shanghaiDate } from '../../core/rules/time';
import type { AttachmentRef, ConsultationRecordDoc } from '../../core/store/docs';
import { invalidField } from '../_shared/errors';

export type RecordInput = ParsedInputOf<'archive', 'createRecord'>;

/** The fields of the record the consultant wrote (internal note only when there is one). */
export type RecordContent = Pick<
  ConsultationRecordDoc,
  | 'category'
  | 'summary'
  | 'answer'
  | 'durationMinutes'
  | 'followUp'
  | 'followUpDate'
  | 'attachments'
  | 'rightsClue'
  | 'internalNote'
>;

/**
 * The content, checked against the day of the consultation: a follow-up needs a date, not
 * before that day. Answers INVALID_INPUT naming the field; nothing is written before this.
 * `attachments` are the writer's uploads, already claimed (cloudfunctions/_shared/attachments.ts).
 */
export function recordContent(input: RecordInput, consultedAt: number, attachments: AttachmentRef[]): RecordContent {
  const content: RecordContent = {
    category: input.category,
    summary: input.summary,
    answer: input.answer,
    durationMinutes: input.durationMinutes,
    followUp: input.followUp,
    attachments,
    rightsClue: input.rightsClue,
  };
  if (input.followUp) {
    if (!input.followUpDate) throw invalidField('followUpDate', '回访日期', '需要回访时请选择回访日期');
    if (input.followUpDate < shanghaiDate(consultedAt)) {
      throw invalidField('followUpDate', '回访日期', '回访日期不能早于咨询日期');
    }
    content.followUpDate = input.followUpDate;
  }
  if (input.internalNote) content.internalNote = input.internalNote;
  return content;
}

/** Clocks drift: a walk-in entered "now" on a phone may be a few minutes ahead of the server. */
const FUTURE_SLACK_MS = 10 * 60_000;
const OLDEST_MS = 366 * DAY_MS;

/** When a walk-in took place: as entered (default now), not in the future, not over a year ago. */
export function walkInTime(input: RecordInput, now: number): number {
  const at = input.consultedAt ?? now;
  if (at > now + FUTURE_SLACK_MS) throw invalidField('consultedAt', '咨询时间', '咨询时间不能晚于现在');
  if (at < now - OLDEST_MS) throw invalidField('consultedAt', '咨询时间', '只能补录一年内的咨询');
  return at;
}
