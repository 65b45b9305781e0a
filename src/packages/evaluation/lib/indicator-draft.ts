/**
 * A new version of the indicator table as the admin edits it, started from an existing version:
 * the table's name, and per item its 分值, 评分标准 and 佐证材料 (ids, titles, sections and the
 * figures items are filled in from stay as they were, so rounds compare item by item). The checks
 * mirror the contract's limits, keyed by the server's paths (`sections.0.items.1.maxScore`), and
 * the total must be exactly 100 to save. Pure: no Taro, no services.
 */
import type { IndicatorSetView, InputOf } from '@core/contract';
import { EVAL_TITLE_MAX, type IndicatorItem } from '@core/rules/evaluation';
import type { FieldErrors } from '@/lib/field-errors';

/** What a full table adds up to. */
export const FULL_SCORE = 100;
export const GUIDE_MAX = 300;
export const EVIDENCE_MAX = 300;

export type ItemDraft = Omit<IndicatorItem, 'maxScore'> & { maxScore: string };
export interface SetDraft {
  title: string;
  sections: Array<{ id: string; title: string; items: ItemDraft[] }>;
}
export type EditableField = 'maxScore' | 'guide' | 'evidence';

export const itemPath = (si: number, ii: number, field: EditableField) => `sections.${si}.items.${ii}.${field}`;

export function draftOf(set: IndicatorSetView): SetDraft {
  return {
    title: set.title,
    sections: set.sections.map((s) => ({
      id: s.id,
      title: s.title,
      items: s.items.map((i) => ({ ...i, maxScore: String(i.maxScore) })),
    })),
  };
}

const numberOf = (typed: string) => (typed.trim() === '' ? NaN : Number(typed));

/** The running total of the scores typed (to one decimal). */
export function draftTotal(d: SetDraft): number {
  const sum = d.sections
    .flatMap((s) => s.items)
    .reduce((n, i) => n + (numberOf(i.maxScore) > 0 ? Number(i.maxScore) : 0), 0);
  return Math.round(sum * 10) / 10;
}

export function draftErrors(d: SetDraft): FieldErrors {
  const errors: FieldErrors = {};
  const title = d.title.trim();
  if (!title) errors.title = '指标表名称：请填写名称';
  else if (title.length > EVAL_TITLE_MAX) errors.title = `指标表名称：不能超过${EVAL_TITLE_MAX}字`;
  d.sections.forEach((s, si) =>
    s.items.forEach((item, ii) => {
      const n = numberOf(item.maxScore);
      if (!(n > 0 && n <= FULL_SCORE))
        errors[itemPath(si, ii, 'maxScore')] = `「${item.title}」分值：请填写大于 0、不超过 100 的分数`;
      const guide = item.guide.trim().length;
      if (!guide) errors[itemPath(si, ii, 'guide')] = `「${item.title}」评分标准：请填写评分标准`;
      else if (guide > GUIDE_MAX)
        errors[itemPath(si, ii, 'guide')] = `「${item.title}」评分标准：不能超过${GUIDE_MAX}字`;
      if (item.evidence.trim().length > EVIDENCE_MAX) {
        errors[itemPath(si, ii, 'evidence')] = `「${item.title}」佐证材料：不能超过${EVIDENCE_MAX}字`;
      }
    }),
  );
  if (!Object.keys(errors).length && draftTotal(d) !== FULL_SCORE) {
    errors.total = `各项分值合计须为 ${FULL_SCORE} 分，现为 ${draftTotal(d)} 分`;
  }
  return errors;
}

/** Call only once draftErrors found nothing. */
export function setInput(d: SetDraft, clientRequestId: string): InputOf<'evaluation', 'saveIndicatorSet'> {
  return {
    clientRequestId,
    title: d.title.trim(),
    sections: d.sections.map((s) => ({
      ...s,
      items: s.items.map((i) => ({
        ...i,
        maxScore: Number(i.maxScore),
        guide: i.guide.trim(),
        evidence: i.evidence.trim(),
      })),
    })),
  };
}
