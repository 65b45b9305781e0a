/**
 * The groups of 编辑企业档案 (appendix A): basics, people, IP management, holdings and the
 * station's key-enterprise flags. Each is bound to the editor's values through the one field
 * binder; the editor loads, checks and saves.
 */
import { Text, View } from '@tarojs/components';
import { BUSINESS_SCALE, DISTRICT, HOLDING_KIND, HONOR_LEVEL, INDUSTRY, KEY_FLAG, LISTING_STATUS } from '@core/enums';
import { ChoiceField, TextField, optionsOf, type TextFieldProps } from '@/components/FormField';
import { ToggleChips } from '@/components/ToggleChips';
import type { FieldBinder } from '@/hooks/useFieldBinder';
import { LABELS, type ProfileForm, type TextKey } from '@/packages/ledger/lib/profile-form';
import { ADDRESS_MAX, COMPANY_NAME_MAX, PERSON_NAME_MAX, PERSON_TITLE_MAX } from '@core/rules/ledger';
import { CREDIT_CODE_LENGTH } from '@core/rules/credit-code';
import { MOBILE_LENGTH } from '@core/rules/patterns';

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

interface SectionProps {
  form: FieldBinder<ProfileForm>;
}

type TextExtra = Pick<TextFieldProps, 'required' | 'maxLength' | 'type' | 'placeholder'>;

/** One text row of the profile, labelled as the contract names it. */
function ProfileText({ form, field, ...extra }: SectionProps & TextExtra & { field: TextKey }) {
  return <TextField {...form.bindIn('text', field)} label={LABELS[field]} {...extra} />;
}

function Group({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <View className="ledger-form__group">
      <Text className="ledger-form__group-title">{title}</Text>
      {children}
    </View>
  );
}

/** 基本信息. The credit code only the station corrects; the company sees it read-only. */
export function ProfileBasics({
  form,
  stationFields,
  creditCode,
}: SectionProps & { stationFields: boolean; creditCode: string }) {
  const { bind } = form;
  return (
    <Group title="基本信息">
      <ProfileText form={form} field="name" required maxLength={COMPANY_NAME_MAX} />
      {stationFields ? (
        <ProfileText form={form} field="creditCode" required maxLength={CREDIT_CODE_LENGTH} />
      ) : (
        <View className="ledger-form__readonly" data-field="creditCode">
          <Text className="ledger-form__readonly-label">{LABELS.creditCode}</Text>
          <Text className="ledger-form__readonly-value">{creditCode}（如需更正请联系服务站点）</Text>
        </View>
      )}
      <ChoiceField {...bind('district')} label={LABELS.district} options={DISTRICTS} required />
      <ChoiceField {...bind('industry')} label={LABELS.industry} options={INDUSTRIES} />
      <ProfileText form={form} field="registeredAddress" maxLength={ADDRESS_MAX} />
      <ChoiceField {...bind('listingStatus')} label={LABELS.listingStatus} options={LISTINGS} />
      <ProfileText form={form} field="registeredCapital" type="digit" placeholder="单位：万元" />
      <ProfileText form={form} field="headcount" type="number" />
      <ChoiceField {...bind('businessScale')} label={LABELS.businessScale} options={SCALES} />
    </Group>
  );
}

/** 负责人与联系人. */
export function ProfilePeople({ form }: SectionProps) {
  return (
    <Group title="负责人与联系人">
      <ProfileText form={form} field="legalRep.name" maxLength={PERSON_NAME_MAX} />
      <ProfileText form={form} field="legalRep.title" maxLength={PERSON_TITLE_MAX} />
      <ProfileText form={form} field="legalRep.mobile" type="tel" maxLength={MOBILE_LENGTH} />
      <ProfileText form={form} field="contact.name" maxLength={PERSON_NAME_MAX} />
      <ProfileText form={form} field="contact.title" maxLength={PERSON_TITLE_MAX} />
      <ProfileText form={form} field="contact.mobile" type="tel" maxLength={MOBILE_LENGTH} />
    </Group>
  );
}

/** 知识产权管理. */
export function ProfileIpManagement({ form }: SectionProps) {
  const { bind } = form;
  return (
    <Group title="知识产权管理">
      <ChoiceField {...bind('ipDepartment')} label={LABELS.ipDepartment} options={YES_NO} />
      <ProfileText form={form} field="ipManagers" type="number" />
      <ProfileText form={form} field="ipSystemSince" type="number" maxLength={4} placeholder="如 2018" />
      <ProfileText form={form} field="ipStandardYear" type="number" maxLength={4} placeholder="未认证可不填" />
      <ProfileText form={form} field="highTechSince" type="number" maxLength={4} placeholder="未认定可不填" />
      <ToggleChips {...bind('demonstration')} label={LABELS.demonstration} options={LEVELS} />
      <ToggleChips {...bind('advantage')} label={LABELS.advantage} options={LEVELS} />
      <ToggleChips {...bind('patentAwards')} label={LABELS.patentAwards} options={LEVELS} />
    </Group>
  );
}

/** 知识产权拥有量: each change is kept in the holdings history. */
export function ProfileHoldings({ form }: SectionProps) {
  return (
    <Group title="知识产权拥有量（有效量，件）">
      {HOLDING_KIND.values.map((k) => (
        <TextField
          key={k}
          {...form.bindIn('holdings', k, `holdings.${k}`)}
          label={HOLDING_KIND.labels[k]}
          type="number"
          placeholder="0"
        />
      ))}
      <Text className="ledger-form__hint">每次修改都会留存变更记录（修改人、时间、原数量和新数量）</Text>
    </Group>
  );
}

/** 重点企业标记, kept by the station. */
export function ProfileKeyFlags({ form }: SectionProps) {
  return (
    <Group title="重点企业标记（服务站点维护）">
      <ToggleChips {...form.bind('keyFlags')} label={LABELS.keyFlags} options={FLAGS} />
    </Group>
  );
}
