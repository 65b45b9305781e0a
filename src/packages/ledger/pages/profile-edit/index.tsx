/**
 * 编辑企业档案: the whole appendix A form in groups — basics, people, IP management, holdings and
 * (the station only) the key-enterprise lists. The current values are loaded first; the page
 * checks the obvious before sending, the server's field messages appear under the fields, and
 * what was typed stays when saving fails. A role that may not edit a company profile (an expert,
 * a guest) is told so before anything loads.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { CompanyProfileView } from '@core/contract';
import {
  BUSINESS_SCALE,
  DISTRICT,
  HOLDING_KIND,
  HONOR_LEVEL,
  INDUSTRY,
  KEY_FLAG,
  LISTING_STATUS,
  type HoldingKind,
} from '@core/enums';
import { ChoiceField, TextField, optionsOf } from '@/components/FormField';
import { ListStatus, LoadStatus } from '@/components/ListStatus';
import { SaveBar } from '@/components/SaveBar';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { useSubmit } from '@/hooks/useSubmit';
import { toastOk } from '@/lib/feedback';
import { toastFirstError, withoutErrors } from '@/lib/field-errors';
import { getProfile, updateProfile } from '@/services/enterprise';
import { ServiceError } from '@/services/errors';
import { ToggleChips } from '@/components/ToggleChips';
import { RoleGate } from '@/components/RoleGate';
import { useSession } from '@/hooks/useSession';
import {
  LABELS,
  formToProfile,
  profileToForm,
  validateProfile,
  type ProfileForm,
  type TextKey,
} from '@/packages/ledger/lib/profile-form';
import '@/packages/ledger/components/form.scss';

const DISTRICTS = optionsOf(DISTRICT);
const INDUSTRIES = optionsOf(INDUSTRY);
const LISTINGS = optionsOf(LISTING_STATUS);
const SCALES = optionsOf(BUSINESS_SCALE);
const LEVELS = optionsOf(HONOR_LEVEL);
const FLAGS = optionsOf(KEY_FLAG);
const YES_NO = [
  { value: 'yes' as const, label: '有' },
  { value: 'no' as const, label: '无' },
];

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
  if (!loaded.data) {
    return (
      <View className="ledger-form">
        <LoadStatus loaded={loaded} missing="企业不存在或已被删除" />
      </View>
    );
  }
  if (!loaded.data.canEdit) {
    return (
      <View className="ledger-form">
        <ListStatus loading={false} error={null} empty emptyText="您没有编辑该企业档案的权限" />
      </View>
    );
  }
  return <ProfileEditor company={loaded.data} />;
}

/** The form itself, mounted once the values to start from are known. */
function ProfileEditor({ company }: { company: CompanyProfileView }) {
  const [form, setForm] = useState<ProfileForm>(() => profileToForm(company));
  const stationFields = company.canEditStationFields;

  const { submit, submitting, fieldErrors, setFieldErrors } = useSubmit((clientRequestId) =>
    updateProfile({ clientRequestId, companyId: company.id, ...formToProfile(form, stationFields) }),
  );

  const clear = (key: string) => setFieldErrors((prev) => withoutErrors(prev, key));
  const setText = (key: TextKey) => (value: string) => {
    setForm((f) => ({ ...f, text: { ...f.text, [key]: value } }));
    clear(key);
  };
  const setChoice =
    <K extends Exclude<keyof ProfileForm, 'text' | 'holdings'>>(key: K) =>
    (value: ProfileForm[K]) => {
      setForm((f) => ({ ...f, [key]: value }));
      clear(key);
    };
  const setHolding = (kind: HoldingKind) => (value: string) => {
    setForm((f) => ({ ...f, holdings: { ...f.holdings, [kind]: value } }));
    clear(`holdings.${kind}`);
  };

  const save = async () => {
    const errors = validateProfile(form, Date.now(), stationFields);
    if (toastFirstError(errors)) {
      setFieldErrors(errors);
      return;
    }
    const saved = await submit();
    if (!saved) return;
    toastOk('已保存');
    void Taro.navigateBack().catch(() => undefined);
  };

  const err = (key: string) => fieldErrors[key];
  const text = (
    key: TextKey,
    extra: { required?: boolean; maxLength?: number; type?: 'digit' | 'number' | 'tel'; placeholder?: string } = {},
  ) => (
    <TextField
      name={key}
      label={LABELS[key]}
      value={form.text[key]}
      onChange={setText(key)}
      error={err(key)}
      {...extra}
    />
  );

  return (
    <View className="ledger-form" data-testid="profile-form">
      <Text className="ledger-form__heading">按《企业知识产权保护流动工作室申请表》填写，带 * 的为必填</Text>

      <View className="ledger-form__group">
        <Text className="ledger-form__group-title">基本信息</Text>
        {text('name', { required: true, maxLength: 60 })}
        {stationFields ? (
          text('creditCode', { required: true, maxLength: 18 })
        ) : (
          <View className="ledger-form__readonly" data-field="creditCode">
            <Text className="ledger-form__readonly-label">{LABELS.creditCode}</Text>
            <Text className="ledger-form__readonly-value">{company.creditCode}（如需更正请联系服务站点）</Text>
          </View>
        )}
        <ChoiceField
          name="district"
          label={LABELS.district}
          value={form.district}
          options={DISTRICTS}
          onChange={setChoice('district')}
          error={err('district')}
          required
        />
        <ChoiceField
          name="industry"
          label={LABELS.industry}
          value={form.industry}
          options={INDUSTRIES}
          onChange={setChoice('industry')}
          error={err('industry')}
        />
        {text('registeredAddress', { maxLength: 120 })}
        <ChoiceField
          name="listingStatus"
          label={LABELS.listingStatus}
          value={form.listingStatus}
          options={LISTINGS}
          onChange={setChoice('listingStatus')}
          error={err('listingStatus')}
        />
        {text('registeredCapital', { type: 'digit', placeholder: '单位：万元' })}
        {text('headcount', { type: 'number' })}
        <ChoiceField
          name="businessScale"
          label={LABELS.businessScale}
          value={form.businessScale}
          options={SCALES}
          onChange={setChoice('businessScale')}
          error={err('businessScale')}
        />
      </View>

      <View className="ledger-form__group">
        <Text className="ledger-form__group-title">负责人与联系人</Text>
        {text('legalRep.name', { maxLength: 30 })}
        {text('legalRep.title', { maxLength: 30 })}
        {text('legalRep.mobile', { type: 'tel', maxLength: 11 })}
        {text('contact.name', { maxLength: 30 })}
        {text('contact.title', { maxLength: 30 })}
        {text('contact.mobile', { type: 'tel', maxLength: 11 })}
      </View>

      <View className="ledger-form__group">
        <Text className="ledger-form__group-title">知识产权管理</Text>
        <ChoiceField
          name="ipDepartment"
          label={LABELS.ipDepartment}
          value={form.ipDepartment}
          options={YES_NO}
          onChange={setChoice('ipDepartment')}
          error={err('ipDepartment')}
        />
        {text('ipManagers', { type: 'number' })}
        {text('ipSystemSince', { type: 'number', maxLength: 4, placeholder: '如 2018' })}
        {text('ipStandardYear', { type: 'number', maxLength: 4, placeholder: '未认证可不填' })}
        {text('highTechSince', { type: 'number', maxLength: 4, placeholder: '未认定可不填' })}
        <ToggleChips
          name="demonstration"
          label={LABELS.demonstration}
          options={LEVELS}
          value={form.demonstration}
          onChange={setChoice('demonstration')}
          error={err('demonstration')}
        />
        <ToggleChips
          name="advantage"
          label={LABELS.advantage}
          options={LEVELS}
          value={form.advantage}
          onChange={setChoice('advantage')}
          error={err('advantage')}
        />
        <ToggleChips
          name="patentAwards"
          label={LABELS.patentAwards}
          options={LEVELS}
          value={form.patentAwards}
          onChange={setChoice('patentAwards')}
          error={err('patentAwards')}
        />
      </View>

      <View className="ledger-form__group">
        <Text className="ledger-form__group-title">知识产权拥有量（有效量，件）</Text>
        {HOLDING_KIND.values.map((k) => (
          <TextField
            key={k}
            name={`holdings.${k}`}
            label={HOLDING_KIND.labels[k]}
            value={form.holdings[k]}
            onChange={setHolding(k)}
            error={err(`holdings.${k}`)}
            type="number"
            placeholder="0"
          />
        ))}
        <Text className="ledger-form__hint">每次修改都会留存变更记录（修改人、时间、原数量和新数量）</Text>
      </View>

      {stationFields ? (
        <View className="ledger-form__group">
          <Text className="ledger-form__group-title">重点企业标记（服务站点维护）</Text>
          <ToggleChips
            name="keyFlags"
            label={LABELS.keyFlags}
            options={FLAGS}
            value={form.keyFlags}
            onChange={setChoice('keyFlags')}
            error={err('keyFlags')}
          />
        </View>
      ) : null}

      <SaveBar saving={submitting} onSave={() => void save()} />
    </View>
  );
}
