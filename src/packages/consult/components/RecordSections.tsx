/**
 * The sections of 填写咨询记录 below the booking or walk-in part — what was asked and answered,
 * and what follows — bound to the record draft through the one field binder. The form keeps the
 * draft, the checks and the submit.
 */
import { Text } from '@tarojs/components';
import { AttachmentPicker } from '@/components/AttachmentPicker';
import { ChoiceField, InternalNoteField, PickerField, TextField } from '@/components/FormField';
import { ToggleField } from '@/components/ToggleField';
import type { FieldBinder } from '@/hooks/useFieldBinder';
import { ANSWER_MAX, NOTE_MAX, SUMMARY_MAX, type RecordDraft } from '@/packages/consult/lib/record-form';
import { CATEGORIES } from '@/packages/consult/lib/records';
import { MAX_DURATION_MINUTES } from '@core/rules/archive-limits';

interface SectionProps {
  form: FieldBinder<RecordDraft>;
}

/** 咨询内容: category, question, answer, duration and attachments. */
export function RecordContentSection({ form, onUploading }: SectionProps & { onUploading: (busy: boolean) => void }) {
  const { bind } = form;
  return (
    <>
      <Text className="record-edit__section">咨询内容</Text>
      <ChoiceField {...bind('category')} label="咨询类别" options={CATEGORIES} required />
      <TextField
        {...bind('summary')}
        label="问题摘要"
        placeholder="企业咨询的问题要点"
        maxLength={SUMMARY_MAX}
        multiline
        required
      />
      <TextField
        {...bind('answer')}
        label="答复意见"
        placeholder="给出的答复、建议和依据"
        maxLength={ANSWER_MAX}
        multiline
        required
      />
      <TextField
        {...bind('duration', 'durationMinutes')}
        name="durationMinutes"
        label="时长（分钟）"
        type="number"
        maxLength={String(MAX_DURATION_MINUTES).length}
        required
      />
      <AttachmentPicker {...bind('attachments')} label="附件（选填）" purpose="record" onBusyChange={onUploading} />
    </>
  );
}

/** 后续: a follow-up (and when), a rights clue to refer on, the internal note. */
export function RecordFollowUpSection({ form, followUpFrom }: SectionProps & { followUpFrom: string }) {
  const { values: draft, set, bind } = form;
  return (
    <>
      <Text className="record-edit__section">后续</Text>
      <ToggleField name="followUp" label="需要回访" checked={draft.followUp} onChange={(v) => set('followUp', v)} />
      {draft.followUp ? (
        <PickerField {...bind('followUpDate')} label="回访日期" mode="date" start={followUpFrom} required />
      ) : null}
      <ToggleField
        name="rightsClue"
        label="维权线索转介"
        hint="发现侵权等维权线索，需转介维权援助机构（站长将收到提醒）"
        checked={draft.rightsClue}
        onChange={(v) => set('rightsClue', v)}
      />
      <InternalNoteField {...bind('internalNote')} maxLength={NOTE_MAX} />
    </>
  );
}
