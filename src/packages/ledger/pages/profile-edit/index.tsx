/**
 * 编辑企业档案: the whole appendix A form in groups — basics, people, IP management, holdings and
 * (the station only) the key-enterprise lists. The current values are loaded first; the page
 * checks the obvious before sending, the server's field messages appear under the fields, and
 * what was typed stays when saving fails. A role that may not edit a company profile (an expert,
 * a guest) is told so before anything loads.
 */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { CompanyProfileView } from '@core/contract';
import { EditGate } from '@/components/ListStatus';
import { SaveBar } from '@/components/SaveBar';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { useSubmit } from '@/hooks/useSubmit';
import { toastOk } from '@/lib/feedback';
import { useFieldBinder, type FieldBinder } from '@/hooks/useFieldBinder';
import { getProfile, updateProfile } from '@/services/enterprise';
import { ServiceError } from '@/services/errors';
import { RoleGate } from '@/components/RoleGate';
import { useSession } from '@/hooks/useSession';
import { formToProfile, profileToForm, validateProfile, type ProfileForm } from '@/packages/ledger/lib/profile-form';
import {
  ProfileBasics,
  ProfileHoldings,
  ProfileIpManagement,
  ProfileKeyFlags,
  ProfilePeople,
} from '@/packages/ledger/components/ProfileSections';
import '@/packages/ledger/components/form.scss';

export default function ProfileEditPage() {
  const session = useSession();
  return (
    <RoleGate session={session} needs={['enterprise', 'updateProfile']} what="编辑企业档案">
      <ProfileOfCompany />
    </RoleGate>
  );
}

/** The profile first, and the editor only if the acting role may change this company's. */
function ProfileOfCompany() {
  const { companyId } = usePageParams();
  const loaded = useLoad(
    () =>
      companyId
        ? getProfile({ companyId })
        : Promise.reject(new ServiceError('NOT_FOUND', '未指定企业，请从企业档案页进入编辑')),
    [companyId],
  );
  return (
    <EditGate
      loaded={loaded}
      className="ledger-form"
      missing="企业不存在或已被删除"
      forbidden="您没有编辑该企业档案的权限"
    >
      {(company) => <ProfileEditor company={company} />}
    </EditGate>
  );
}

/** The form itself, mounted once the values to start from are known. */
function ProfileEditor({ company }: { company: CompanyProfileView }) {
  const stationFields = company.canEditStationFields;
  const { submitChecked, submitting, fieldErrors, setFieldErrors } = useSubmit((clientRequestId) =>
    updateProfile({ clientRequestId, companyId: company.id, ...formToProfile(profile.values, stationFields) }),
  );
  const profile: FieldBinder<ProfileForm> = useFieldBinder(() => profileToForm(company), {
    errors: [fieldErrors, setFieldErrors],
  });

  const save = async () => {
    const saved = await submitChecked(validateProfile(profile.values, Date.now(), stationFields));
    if (!saved) return;
    toastOk('已保存');
    void Taro.navigateBack().catch(() => undefined);
  };

  return (
    <View className="ledger-form" data-testid="profile-form">
      <Text className="ledger-form__heading">按《企业知识产权保护流动工作室申请表》填写，带 * 的为必填</Text>
      <ProfileBasics form={profile} stationFields={stationFields} creditCode={company.creditCode} />
      <ProfilePeople form={profile} />
      <ProfileIpManagement form={profile} />
      <ProfileHoldings form={profile} />
      {stationFields ? <ProfileKeyFlags form={profile} /> : null}
      <SaveBar saving={submitting} onSave={() => void save()} />
    </View>
  );
}
