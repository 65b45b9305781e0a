/**
 * A reviewer's scoring form state: the draft (./review-form.ts), its messages, and 保存 / 提交评分
 * (checked first; submitting asked once more with the total, since the scores are then final).
 * The answer is the evaluation with the review as saved; a refusal keeps what was typed.
 */
import { useState } from 'react';
import type { StationEvaluation } from '@core/contract';
import { confirm, toastError, toastOk } from '@/lib/feedback';
import { toastFirstError, withoutErrors, type FieldErrors } from '@/lib/field-errors';
import { ServiceError } from '@/services/errors';
import { saveReview } from '@/services/evaluation';
import { initialReviewDraft, reviewErrors, reviewInput, reviewTotal, scorePath, type ReviewDraft } from './review-form';

export function useReviewForm(ev: StationEvaluation, onSaved: (next: StationEvaluation) => void) {
  const [draft, setDraft] = useState<ReviewDraft>(() => initialReviewDraft(ev));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const { total, full } = reviewTotal(ev, draft);

  const setScore = (itemId: string, typed: string) => {
    setDraft((d) => ({ ...d, scores: { ...d.scores, [itemId]: typed } }));
    setErrors((prev) => withoutErrors(prev, scorePath(itemId), 'scores'));
  };
  const setComment = (comment: string) => {
    setDraft((d) => ({ ...d, comment }));
    setErrors((prev) => withoutErrors(prev, 'comment'));
  };

  const save = async (submit: boolean) => {
    if (busy) return;
    const problems = reviewErrors(ev, draft, submit);
    setErrors(problems);
    if (toastFirstError(problems)) return;
    const sure = `合计 ${total} 分（满分 ${full} 分）。提交后评分不能再修改，确定提交吗？`;
    if (submit && !(await confirm('提交评分', sure))) return;
    setBusy(true);
    try {
      const next = await saveReview(reviewInput(ev, draft, submit));
      toastOk(submit ? '评分已提交' : '评分已保存');
      onSaved(next);
    } catch (e) {
      if (e instanceof ServiceError && e.code === 'INVALID_INPUT') setErrors(e.fields);
      toastError(e);
    } finally {
      setBusy(false);
    }
  };

  return { draft, errors, busy, total, full, setScore, setComment, save };
}
