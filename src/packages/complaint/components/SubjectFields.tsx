/**
 * 投诉对象: what the complaint is about, picked with chips — the station (a picker of the network,
 * the company's own first chosen, and 「投诉站长本人」), one of the company's bookings,
 * consultations or requests (and 「投诉服务人员」: the person who gave it), or one of the caller's
 * trainings. Changing the kind drops the record picked for the other one.
 */
import { useEffect } from 'react';
import { Text } from '@tarojs/components';
import { COMPLAINT_SUBJECT } from '@core/enums';
import { ChipRow, type Chip } from '@/components/ChipRow';
import { ChoiceField } from '@/components/FormField';
import { ToggleField } from '@/components/ToggleField';
import type { FieldBinder } from '@/hooks/useFieldBinder';
import { withoutErrors } from '@/lib/field-errors';
import { FIELD_PATHS, SUBJECT_KINDS, servesInPerson, type ComplaintDraft, type SubjectKind } from '../lib/form';
import { useSubjectOptions } from '../lib/subjects';

const KIND_CHIPS: Chip<SubjectKind>[] = SUBJECT_KINDS.map((value) => ({
  value,
  label: COMPLAINT_SUBJECT.labels[value],
}));

const REF_LABEL: Record<Exclude<SubjectKind, 'station'>, { label: string; none: string }> = {
  booking: { label: '咨询预约', none: '贵企业还没有咨询预约' },
  record: { label: '咨询服务', none: '贵企业还没有咨询记录' },
  request: { label: '服务需求', none: '贵企业还没有服务需求' },
  training: { label: '培训', none: '您还没有报名过培训' },
};

interface SubjectFieldsProps {
  form: FieldBinder<ComplaintDraft>;
  /** The acting company's station, chosen first when nothing is yet. */
  ownStationId?: string;
}

export function SubjectFields({ form, ownStationId }: SubjectFieldsProps) {
  const { kind, stationId, refId } = form.values;
  const picked = kind === 'station' ? stationId : refId;
  const loaded = useSubjectOptions(kind, picked);

  useEffect(() => {
    if (kind === 'station' && !stationId && ownStationId) form.set('stationId', ownStationId);
    // Only when the station picker opens or the company's station becomes known.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kind, ownStationId]);

  const pick = (next: SubjectKind | '') => {
    if (!next) return;
    form.setValues((v) => ({ ...v, kind: next, refId: '', aboutPerson: false, aboutChief: false }));
    form.setErrors((prev) => withoutErrors(prev, 'subject'));
  };

  const placeholder = (empty: string) =>
    loaded.loading ? '正在加载…' : loaded.error ? loaded.error : loaded.options.length ? undefined : empty;

  return (
    <>
      <Text className="complaint-new__section">投诉对象</Text>
      <ChipRow chips={KIND_CHIPS} value={kind} onChange={pick} testId="subject-kind" />
      {form.errors.subject ? (
        <Text className="complaint-new__error" data-testid="error-subject">
          {form.errors.subject}
        </Text>
      ) : null}
      {kind === 'station' ? (
        <>
          <ChoiceField
            {...form.bind('stationId', FIELD_PATHS.stationId)}
            label="服务站点"
            options={loaded.options}
            placeholder={placeholder('暂无可选的服务站点')}
            required
          />
          <ToggleField
            name="aboutChief"
            label="投诉站长本人"
            hint="投诉站长本人的，由管理员答复"
            checked={form.values.aboutChief}
            onChange={(v) => form.set('aboutChief', v)}
          />
        </>
      ) : kind ? (
        <ChoiceField
          {...form.bind('refId', FIELD_PATHS.refId)}
          label={REF_LABEL[kind].label}
          options={loaded.options}
          placeholder={placeholder(REF_LABEL[kind].none)}
          required
        />
      ) : null}
      {servesInPerson(kind) ? (
        <ToggleField
          name="aboutPerson"
          label="投诉服务人员"
          hint="投诉为贵企业提供该服务的人员"
          checked={form.values.aboutPerson}
          onChange={(v) => form.set('aboutPerson', v)}
        />
      ) : null}
    </>
  );
}
