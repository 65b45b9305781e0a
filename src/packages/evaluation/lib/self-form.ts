/**
 * The station's self-evaluation (自评) as typed: per item its own score, a note, the evidence and —
 * for an item filled in from the records — a figure typed over the system's, which needs a written
 * justification. The checks mirror saveSubmission's (a score within the item's maximum, a changed
 * figure justified, every item scored to submit), keyed `answers.<itemId>.<field>`; the
 * saveSubmission answers it becomes carry every item (the server keeps only what is sent).
 * Pure: no Taro, no services.
 */
import type { AttachmentView, EvaluationAnswers, StationEvaluation } from '@core/contract';
import { itemsOf, type IndicatorItem } from '@core/rules/evaluation';
import type { FieldErrors } from '@/lib/field-errors';

export interface AnswerDraft {
  selfScore: string;
  note: string;
  /** A figure typed over the system's ('' keeps the system's). */
  value: string;
  justification: string;
  attachments: AttachmentView[];
}
export type SelfDraft = Record<string, AnswerDraft>;
export type AnswerField = Exclude<keyof AnswerDraft, 'attachments'>;

/** The field path of one item's field, as the form names it. */
export const answerPath = (itemId: string, field: keyof AnswerDraft) => `answers.${itemId}.${field}`;

const shown = (n: number | undefined) => (n === undefined ? '' : String(n));
const numberOf = (typed: string) => (typed.trim() === '' ? NaN : Number(typed));

export function initialSelfDraft(ev: StationEvaluation): SelfDraft {
  return Object.fromEntries(
    itemsOf(ev.set.sections).map((item) => {
      const a = ev.answers[item.id];
      return [
        item.id,
        {
          selfScore: shown(a?.selfScore),
          note: a?.note ?? '',
          value: shown(a?.value),
          justification: a?.justification ?? '',
          attachments: a?.attachments ?? [],
        },
      ];
    }),
  );
}

/** Whether the station typed a figure other than the system's (an auto-filled item only). */
export function figureChanged(ev: StationEvaluation, item: IndicatorItem, a: AnswerDraft): boolean {
  if (!item.auto || a.value.trim() === '') return false;
  return numberOf(a.value) !== (ev.answers[item.id]?.auto?.value ?? null);
}

function itemErrors(ev: StationEvaluation, item: IndicatorItem, a: AnswerDraft, submit: boolean): FieldErrors {
  const errors: FieldErrors = {};
  const score = numberOf(a.selfScore);
  if (a.selfScore.trim() === '') {
    if (submit) errors[answerPath(item.id, 'selfScore')] = `请填写「${item.title}」的自评分后再提交`;
  } else if (!(score >= 0 && score <= item.maxScore)) {
    errors[answerPath(item.id, 'selfScore')] = `「${item.title}」自评分应在 0–${item.maxScore} 分之间`;
  }
  if (a.value.trim() !== '' && !(numberOf(a.value) >= 0)) {
    errors[answerPath(item.id, 'value')] = `「${item.title}」修改数值应为不小于 0 的数字`;
  } else if (figureChanged(ev, item, a) && !a.justification.trim()) {
    errors[answerPath(item.id, 'justification')] = `「${item.title}」修改系统数据须填写修改理由`;
  }
  return errors;
}

/** The problems to show under each item's fields, the table's order first. */
export function selfErrors(ev: StationEvaluation, draft: SelfDraft, submit: boolean): FieldErrors {
  return Object.assign({}, ...itemsOf(ev.set.sections).map((item) => itemErrors(ev, item, draft[item.id]!, submit)));
}

/** Call only once selfErrors found nothing. */
export function answersInput(ev: StationEvaluation, draft: SelfDraft): EvaluationAnswers {
  return Object.fromEntries(
    itemsOf(ev.set.sections).map((item) => {
      const a = draft[item.id]!;
      const changed = figureChanged(ev, item, a);
      const note = a.note.trim();
      return [
        item.id,
        {
          ...(a.selfScore.trim() !== '' ? { selfScore: Number(a.selfScore) } : {}),
          ...(changed ? { value: Number(a.value), justification: a.justification.trim() } : {}),
          ...(note ? { note } : {}),
          attachments: a.attachments.map((f) => f.id),
        },
      ];
    }),
  );
}
