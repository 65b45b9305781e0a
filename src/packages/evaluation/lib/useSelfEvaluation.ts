/**
 * The station's self-evaluation form state: the draft (./self-form.ts), its messages, which items
 * are still uploading evidence, and 保存草稿 / 提交自评 (checked first; submitting asked once more).
 * The answer is the evaluation as the server now has it; a refusal keeps what was typed and shows
 * the server's message (it names the item) above the buttons.
 */
import { useState } from 'react';
import type { StationEvaluation } from '@core/contract';
import { confirm, toastError, toastInfo, toastOk } from '@/lib/feedback';
import { toastFirstError, withoutErrors, type FieldErrors } from '@/lib/field-errors';
import { ServiceError } from '@/services/errors';
import { saveSubmission } from '@/services/evaluation';
import { answerPath, answersInput, initialSelfDraft, selfErrors, type AnswerDraft, type SelfDraft } from './self-form';

export function useSelfEvaluation(ev: StationEvaluation, onSaved: (next: StationEvaluation) => void) {
  const [draft, setDraft] = useState<SelfDraft>(() => initialSelfDraft(ev));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState<string[]>([]);

  const edit = <K extends keyof AnswerDraft>(itemId: string, field: K, value: AnswerDraft[K]) => {
    setDraft((d) => ({ ...d, [itemId]: { ...d[itemId]!, [field]: value } }));
    // The server's message names one item under 'answers': an edit anywhere may be its fix.
    setErrors((prev) => withoutErrors(prev, answerPath(itemId, field), 'answers'));
  };

  // Told after every render of the picker: unchanged, the state stays the same object (no re-render).
  const setItemUploading = (itemId: string, busyNow: boolean) =>
    setUploading((ids) =>
      ids.includes(itemId) === busyNow ? ids : busyNow ? [...ids, itemId] : ids.filter((i) => i !== itemId),
    );

  const save = async (submit: boolean) => {
    if (busy) return;
    if (uploading.length) {
      toastInfo('佐证材料还在上传，请稍候');
      return;
    }
    const problems = selfErrors(ev, draft, submit);
    setErrors(problems);
    if (toastFirstError(problems)) return;
    if (submit && !(await confirm('提交自评', '提交后不能再修改（退回补正的除外），确定提交自评吗？'))) return;
    setBusy(true);
    try {
      const next = await saveSubmission({ roundId: ev.round.id, answers: answersInput(ev, draft), submit });
      toastOk(submit ? '自评已提交' : '草稿已保存');
      onSaved(next);
    } catch (e) {
      if (e instanceof ServiceError && e.code === 'INVALID_INPUT') setErrors(e.fields);
      toastError(e);
    } finally {
      setBusy(false);
    }
  };

  return { draft, errors, edit, busy, save, setItemUploading };
}

export type SelfEvaluation = ReturnType<typeof useSelfEvaluation>;
