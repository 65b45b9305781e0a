/**
 * 专家资料's form: who the expert is, what they are good at, their qualifications, the stations
 * they serve (those that invited them) and how to reach them, then the conduct commitment, which
 * must be ticked before anything is sent. The server's field errors show under the fields; what
 * was typed stays.
 */
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { MyExpertProfile } from '@core/contract';
import { INDUSTRY, SERVICE_CATEGORY } from '@core/enums';
import { EXPERT_LIMITS as L } from '@core/rules/expert-roster';
import { TextField, optionsOf } from '@/components/FormField';
import { ToggleChips } from '@/components/ToggleChips';
import { useFieldBinder, type FieldBinder } from '@/hooks/useFieldBinder';
import { useSubmit } from '@/hooks/useSubmit';
import { toastOk } from '@/lib/feedback';
import { stampOf } from '@/lib/format';
import { saveMyProfile } from '@/services/expert';
import { draftErrors, draftOf, inputOf, newDraft, type ProfileDraft } from '../lib/profile-form';
import { CommitmentBox } from './CommitmentBox';
import { QualificationRows } from './QualificationRows';

interface ProfileFormProps {
  profile: MyExpertProfile | null;
  /** The stations that invited the person as an expert (their choices of 服务站点). */
  stations: Array<{ id: string; name: string }>;
  displayName: string;
  onSaved: (saved: MyExpertProfile) => void;
}

export function ProfileForm({ profile, stations, displayName, onSaved }: ProfileFormProps) {
  const { submitChecked, submitting, fieldErrors, setFieldErrors } = useSubmit((): Promise<MyExpertProfile> =>
    saveMyProfile(inputOf(form.values)),
  );
  const form: FieldBinder<ProfileDraft> = useFieldBinder<ProfileDraft>(
    () =>
      profile
        ? draftOf(profile)
        : newDraft(
            displayName,
            stations.map((s) => s.id),
          ),
    { errors: [fieldErrors, setFieldErrors] },
  );
  const { values: d, errors } = form;

  const onSave = async () => {
    const saved = await submitChecked(draftErrors(d));
    if (!saved) return;
    toastOk(saved.status === 'filed' ? '已保存' : '已提交，等待备案');
    form.set('acceptCommitment', false);
    onSaved(saved);
  };

  return (
    <View className="expert-form">
      <TextField {...form.bind('name')} label="姓名" maxLength={L.name} required />
      <TextField {...form.bind('organisation')} label="所在单位" maxLength={L.organisation} required />
      <TextField {...form.bind('title')} label="职务/职称" maxLength={L.title} required />
      <TextField {...form.bind('yearsOfPractice')} label="从业年限" type="number" placeholder="年" required />
      <ToggleChips
        {...form.bind('specialities')}
        label="擅长领域"
        options={optionsOf(SERVICE_CATEGORY)}
        stacked
        required
      />
      <ToggleChips {...form.bind('industries')} label="熟悉行业" options={optionsOf(INDUSTRY)} stacked />
      <QualificationRows {...form.bind('qualifications')} errors={errors} />
      <ToggleChips
        {...form.bind('stationIds')}
        label="服务站点"
        options={stations.map((s) => ({ value: s.id, label: s.name }))}
        required
      />
      <TextField {...form.bind('mobile')} label="手机号" type="tel" maxLength={11} required />
      <TextField {...form.bind('email')} label="邮箱" maxLength={L.email} placeholder="选填" />
      <CommitmentBox
        checked={d.acceptCommitment}
        onChange={(v) => form.set('acceptCommitment', v)}
        error={errors.acceptCommitment}
        acceptedAt={profile?.commitmentAcceptedAt ? stampOf(profile.commitmentAcceptedAt) : undefined}
      />
      {profile?.status === 'filed' ? (
        <Text className="expert-form__hint">已备案的资料修改后仍保持备案；执业资格变更需重新备案。</Text>
      ) : null}
      <Button type="primary" block loading={submitting} data-testid="submit" onClick={() => void onSave()}>
        {profile?.status === 'filed' ? '保存修改' : '提交备案'}
      </Button>
    </View>
  );
}
