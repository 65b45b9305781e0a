/**
 * 发布培训 / 编辑培训 (?sessionId=): a catalogue course (appendix B) or a custom title, the lecturer,
 * when (Shanghai time), where (a venue and/or an online link), how many, until when to sign up,
 * for whom, and whether people not signed up may check in on the spot. The page checks what the
 * server checks first; the server's field errors show under the fields and what was typed stays.
 */
import { Fragment, useEffect } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { TrainingSession } from '@core/contract';
import { TRAINING_AUDIENCE } from '@core/enums';
import { TRAINING_LIMITS } from '@core/rules/training';
import { ChoiceField, PickerField, TextField, optionsOf } from '@/components/FormField';
import { LoadStatus } from '@/components/ListStatus';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { useFieldBinder, type FieldBinder } from '@/hooks/useFieldBinder';
import { useSubmit } from '@/hooks/useSubmit';
import { toastOk } from '@/lib/feedback';
import { toastFirstError } from '@/lib/field-errors';
import { ROUTES } from '@/lib/routes';
import { listCourses } from '@/services/directory';
import { createSession, getSession, updateSession } from '@/services/training';
import { RoleGate } from '@/components/RoleGate';
import { ToggleField } from '@/components/ToggleField';
import { useSession } from '@/hooks/useSession';
import { draftErrors, draftOf, fieldsOf, newDraft, type SessionDraft } from '@/packages/training/lib/session-form';
import '@/packages/training/training.scss';

const CUSTOM = 'custom';

/** Which server fields a draft field's edit clears. */
const CLEARS: Partial<Record<keyof SessionDraft, string[]>> = {
  courseId: ['courseId', 'title'],
  startDate: ['startAt', 'endAt', 'signupDeadline'],
  startTime: ['startAt', 'endAt', 'signupDeadline'],
  endDate: ['endAt'],
  endTime: ['endAt'],
  deadlineDate: ['signupDeadline'],
  deadlineTime: ['signupDeadline'],
  onlineUrl: ['onlineUrl', 'venue'],
};

/** The three instants, each a date and a time picker; the server names its error by the instant. */
const WHEN_FIELDS = [
  { field: 'startAt', label: '开始', date: 'startDate', time: 'startTime' },
  { field: 'endAt', label: '结束', date: 'endDate', time: 'endTime' },
  { field: 'signupDeadline', label: '报名截止', date: 'deadlineDate', time: 'deadlineTime' },
] as const satisfies ReadonlyArray<{
  field: string;
  label: string;
  date: keyof SessionDraft;
  time: keyof SessionDraft;
}>;

/** A suggested training's title and description (企业关注's 生成培训草稿), filled into a new session. */
interface Prefill {
  title?: string;
  description?: string;
}

function SessionForm({
  stationId,
  editing,
  prefill,
}: {
  stationId: string;
  editing: TrainingSession | null;
  prefill?: Prefill;
}) {
  const courses = useLoad(() => listCourses({}), []);
  const { submit, submitting, setFieldErrors, fieldErrors } = useSubmit((clientRequestId) =>
    editing
      ? updateSession({ sessionId: editing.id, ...fieldsOf(form.values) })
      : createSession({ clientRequestId, stationId, ...fieldsOf(form.values) }),
  );
  const form: FieldBinder<SessionDraft> = useFieldBinder(
    () =>
      editing
        ? draftOf(editing)
        : {
            ...newDraft(Date.now()),
            ...(prefill?.title ? { title: prefill.title.slice(0, TRAINING_LIMITS.title) } : {}),
            ...(prefill?.description ? { description: prefill.description.slice(0, TRAINING_LIMITS.description) } : {}),
          },
    {
      errors: [fieldErrors, setFieldErrors],
      clearsOf: (key) => [key, ...(CLEARS[key] ?? [])],
    },
  );
  const { values: draft, errors } = form;

  const onSave = async () => {
    const startMoved = !editing || fieldsOf(draft).startAt !== editing.startAt;
    const local = draftErrors(draft, Date.now(), startMoved);
    setFieldErrors(local);
    if (toastFirstError(local)) return;
    const saved = await submit();
    if (!saved) return;
    if (editing) {
      toastOk('已保存');
      void Taro.navigateBack();
    } else {
      toastOk('培训已发布');
      void Taro.redirectTo({ url: ROUTES.trainingSession(saved.id) });
    }
  };

  const courseOptions = [
    { value: CUSTOM, label: '自定义主题' },
    ...(courses.data ?? []).map((c) => ({ value: c.id, label: c.title })),
  ];
  return (
    <>
      <View className="training-page__form">
        <ChoiceField
          name="courseId"
          label="课程"
          value={draft.courseId || CUSTOM}
          options={courseOptions}
          onChange={(v) => form.set('courseId', v === CUSTOM ? '' : v)}
          error={errors.courseId}
        />
        <TextField
          {...form.bind('title')}
          label="培训主题"
          maxLength={TRAINING_LIMITS.title}
          placeholder={draft.courseId ? '不填则使用课程名称' : '请输入培训主题'}
          required={!draft.courseId}
        />
        <TextField {...form.bind('lecturer')} label="主讲人" maxLength={TRAINING_LIMITS.lecturer} required />
        {WHEN_FIELDS.map((w) => (
          <Fragment key={w.field}>
            <PickerField
              name={w.field}
              label={`${w.label}日期`}
              mode="date"
              value={draft[w.date]}
              onChange={(v) => form.set(w.date, v)}
              error={errors[w.field]}
              required
            />
            <PickerField
              name={w.time}
              label={`${w.label}时间`}
              mode="time"
              value={draft[w.time]}
              onChange={(v) => form.set(w.time, v)}
              required
            />
          </Fragment>
        ))}
        <TextField
          {...form.bind('venue')}
          label="培训地点"
          maxLength={TRAINING_LIMITS.venue}
          placeholder="线下地点；线上培训可不填"
        />
        <TextField
          {...form.bind('onlineUrl')}
          label="线上链接"
          maxLength={TRAINING_LIMITS.onlineUrl}
          placeholder="选填，https:// 开头"
        />
        <TextField {...form.bind('capacity')} label="人数上限" type="number" required />
        <ChoiceField {...form.bind('audience')} label="报名范围" options={optionsOf(TRAINING_AUDIENCE)} />
        <ToggleField
          name="allowWalkIns"
          label="允许未报名者现场签到"
          checked={draft.allowWalkIns}
          onChange={(v) => form.set('allowWalkIns', v)}
          hint="开启后，未报名的人扫码签到时自动登记（占用名额）"
        />
        <TextField
          {...form.bind('description')}
          label="培训简介"
          maxLength={TRAINING_LIMITS.description}
          placeholder="课程内容、适合人群、需携带的材料等"
          multiline
        />
      </View>
      <View className="training-page__buttons">
        <Button type="primary" block loading={submitting} onClick={() => void onSave()}>
          {editing ? '保存修改' : '发布培训'}
        </Button>
      </View>
      {editing ? <View className="training-page__note">修改时间或地点后，将通知所有已报名和候补的人。</View> : null}
    </>
  );
}

function EditExisting({ sessionId, stationId }: { sessionId: string; stationId: string }) {
  const loaded = useLoad(() => getSession({ sessionId }), [sessionId]);
  if (!loaded.data) {
    return <LoadStatus loaded={loaded} missing="培训不存在" />;
  }
  return <SessionForm stationId={stationId} editing={loaded.data.session} />;
}

export default function TrainingEditPage() {
  const { sessionId, title, description } = usePageParams();
  const session = useSession();
  const stationId = session.acting?.stationId;
  useEffect(() => {
    if (sessionId) void Taro.setNavigationBarTitle({ title: '编辑培训' }).catch(() => undefined);
  }, [sessionId]);
  return (
    <View className="training-page">
      <RoleGate session={session} roles={['chief']} what={sessionId ? '编辑培训' : '发布培训'}>
        {stationId ? (
          sessionId ? (
            <EditExisting sessionId={sessionId} stationId={stationId} />
          ) : (
            <SessionForm stationId={stationId} editing={null} prefill={{ title, description }} />
          )
        ) : null}
      </RoleGate>
    </View>
  );
}
