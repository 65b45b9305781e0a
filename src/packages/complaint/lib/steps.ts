/**
 * The steps the complaint's detail page sends: 满意，办结 (asked once more), the written ones
 * (答复, 复核答复, 提请复核: a panel, checked first) and 转交当事人 (with or without who complained,
 * asked once more). One at a time; the answer is the complaint as it is now. A field error stays
 * under its field with what was typed; a complaint someone moved meanwhile is said and reloaded.
 */
import { useState } from 'react';
import type { ComplaintDetail } from '@core/contract';
import type { ComplaintStep } from '@core/rules/complaint-flow';
import { confirm, toastError, toastOk } from '@/lib/feedback';
import { toastFirstError, type FieldErrors } from '@/lib/field-errors';
import { ServiceError } from '@/services/errors';
import {
  acceptAnswer,
  answerComplaint,
  escalateComplaint,
  reviewComplaint,
  shareComplaint,
} from '@/services/complaint';
import { textErrors, type TextStep } from '../components/StepPanel';

export type Panel = TextStep | 'share';

const EMPTY_TEXTS: Record<TextStep, string> = { answer: '', review: '', escalate: '' };

const DONE: Record<ComplaintStep | 'share', string> = {
  answer: '答复已提交',
  accept: '投诉已办结',
  escalate: '已提请复核',
  review: '复核意见已提交',
  share: '已转交当事人',
};

export function useComplaintSteps(complaintId: string, onDone: (detail: ComplaintDetail) => void, onMoved: () => void) {
  const [panel, setPanel] = useState<Panel | null>(null);
  const [texts, setTexts] = useState(EMPTY_TEXTS);
  const [reveal, setReveal] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);

  const run = async (done: ComplaintStep | 'share', send: () => Promise<ComplaintDetail>) => {
    if (busy) return;
    setBusy(true);
    try {
      onDone(await send());
      setPanel(null);
      setConflict(null);
      setErrors({});
      toastOk(DONE[done]);
    } catch (e) {
      if (e instanceof ServiceError && e.code === 'INVALID_INPUT') setErrors(e.fields);
      toastError(e);
      if (e instanceof ServiceError && e.code === 'CONFLICT') {
        setConflict(e.message);
        setPanel(null);
        onMoved();
      }
    } finally {
      setBusy(false);
    }
  };

  /** A step button: 满意，办结 goes at once (once confirmed); the others open their panel. */
  const take = async (step: ComplaintStep) => {
    setErrors({});
    if (step !== 'accept') {
      setPanel(step);
      return;
    }
    if (!(await confirm('满意，办结', '确认对答复满意并办结此投诉吗？办结后不能再提请复核。'))) return;
    await run('accept', () => acceptAnswer({ complaintId }));
  };

  const sendText = async (step: TextStep) => {
    const problems = textErrors(step, texts[step]);
    setErrors(problems);
    if (toastFirstError(problems)) return;
    const typed = texts[step].trim();
    if (step === 'answer') await run(step, () => answerComplaint({ complaintId, answer: typed }));
    else if (step === 'review') await run(step, () => reviewComplaint({ complaintId, answer: typed }));
    else await run(step, () => escalateComplaint({ complaintId, reason: typed }));
  };

  const share = async (personName?: string) => {
    const who = reveal ? '当事人将看到投诉人及其企业。' : '投诉人身份将保密。';
    if (!(await confirm('转交当事人', `确定将此投诉转交${personName ?? '当事人'}说明情况吗？${who}转交后不能撤回。`)))
      return;
    await run('share', () => shareComplaint({ complaintId, revealIdentity: reveal }));
  };

  return {
    panel,
    open: (p: Panel | null) => {
      setErrors({});
      setPanel(p);
    },
    texts,
    setText: (step: TextStep, v: string) => {
      setTexts((t) => ({ ...t, [step]: v }));
      setErrors({});
    },
    reveal,
    setReveal,
    errors,
    busy,
    conflict,
    take,
    sendText,
    share,
  };
}
