/**
 * The groups of the studio application (appendix A, table A.1) in the table's order: the
 * company's basics, the person in charge and the contact, IP management, holdings, the needs
 * applied for and the commitment. Each is bound to the editor's values through the one field
 * binder; the editor loads, keeps the draft, checks and sends.
 */
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { BUSINESS_SCALE, HOLDING_KIND, HONOR_LEVEL, LISTING_STATUS, STUDIO_NEED } from '@core/enums';
import { ADDRESS_MAX, PERSON_NAME_MAX, PERSON_TITLE_MAX } from '@core/rules/ledger';
import { MOBILE_LENGTH } from '@core/rules/patterns';
import { OTHER_NEED_MAX, TOWN_MAX } from '@core/rules/studio';
import { ChoiceField, TextField, optionsOf, type TextFieldProps } from '@/components/FormField';
import { ToggleChips } from '@/components/ToggleChips';
import type { FieldBinder } from '@/hooks/useFieldBinder';
import { LABELS, type ApplyForm, type TextKey } from './form';

const LISTINGS = optionsOf(LISTING_STATUS);
const SCALES = optionsOf(BUSINESS_SCALE);
const LEVELS = optionsOf(HONOR_LEVEL);
const NEEDS = STUDIO_NEED.values.map((value, i) => ({ value, label: `${i + 1}. ${STUDIO_NEED.labels[value]}` }));
const YES_NO = [
  { value: 'yes' as const, label: '有' },
  { value: 'no' as const, label: '无' },
];

export const COMMITMENT_TEXT = '本企业承诺所填信息真实有效';

interface SectionProps {
  form: FieldBinder<ApplyForm>;
}

type TextExtra = Pick<TextFieldProps, 'required' | 'maxLength' | 'type' | 'placeholder' | 'multiline'> & {
  label?: string;
};

/** One text row, named as the server names the field. */
function FormText({ form, field, label, ...extra }: SectionProps & TextExtra & { field: TextKey }) {
  return <TextField {...form.bindIn('text', field)} label={label ?? LABELS[field]} {...extra} />;
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className="studio-apply__group">
      <Text className="studio-apply__group-title">{title}</Text>
      {children}
    </View>
  );
}

/** The company as the ledger names it: shown, not typed (the station corrects it in the ledger). */
export function CompanyHeader({ name, creditCode }: { name: string; creditCode: string }) {
  return (
    <Group title="企业">
      <View className="studio-apply__readonly" data-testid="studio-company">
        <Text className="studio-apply__readonly-label">企业名称</Text>
        <Text className="studio-apply__readonly-value">{name}</Text>
      </View>
      <View className="studio-apply__readonly" data-testid="studio-credit-code">
        <Text className="studio-apply__readonly-label">统一社会信用代码</Text>
        <Text className="studio-apply__readonly-value">{creditCode}</Text>
      </View>
      <Text className="studio-apply__hint">企业名称和信用代码取自企业档案，如需更正请联系服务站点</Text>
    </Group>
  );
}

/** 基本情况. */
export function BasicsSection({ form }: SectionProps) {
  const { bind } = form;
  return (
    <Group title="基本情况">
      <FormText form={form} field="town" required maxLength={TOWN_MAX} placeholder="如 中关村街道" />
      <FormText form={form} field="registeredAddress" required maxLength={ADDRESS_MAX} />
      <ChoiceField {...bind('listingStatus')} label={LABELS.listingStatus} options={LISTINGS} required />
      <FormText form={form} field="registeredCapital" required type="digit" placeholder="单位：万元" />
      <FormText form={form} field="headcount" required type="number" />
      <ChoiceField {...bind('businessScale')} label={LABELS.businessScale} options={SCALES} required />
    </Group>
  );
}

/** 负责人 / 联系人: each with name, 职务职称 and mobile. */
export function PeopleSection({ form }: SectionProps) {
  return (
    <Group title="负责人 / 联系人">
      <FormText form={form} field="legalRep.name" required maxLength={PERSON_NAME_MAX} />
      <FormText form={form} field="legalRep.title" required maxLength={PERSON_TITLE_MAX} />
      <FormText form={form} field="legalRep.mobile" required type="tel" maxLength={MOBILE_LENGTH} />
      <FormText form={form} field="contact.name" required maxLength={PERSON_NAME_MAX} />
      <FormText form={form} field="contact.title" required maxLength={PERSON_TITLE_MAX} />
      <FormText form={form} field="contact.mobile" required type="tel" maxLength={MOBILE_LENGTH} />
    </Group>
  );
}

/** 知识产权管理: department, managers, the years and the honours (国家 / 省). */
export function IpManagementSection({ form }: SectionProps) {
  const { bind } = form;
  return (
    <Group title="知识产权管理">
      <ChoiceField {...bind('ipDepartment')} label={LABELS.ipDepartment} options={YES_NO} required />
      <FormText form={form} field="ipManagers" required type="number" />
      <FormText form={form} field="ipSystemSince" type="number" maxLength={4} placeholder="未建立可不填" />
      <FormText form={form} field="ipStandardYear" type="number" maxLength={4} placeholder="未认证可不填" />
      <FormText form={form} field="highTechSince" type="number" maxLength={4} placeholder="未认定可不填" />
      <ToggleChips {...bind('demonstration')} label={LABELS.demonstration} options={LEVELS} />
      <ToggleChips {...bind('advantage')} label={LABELS.advantage} options={LEVELS} />
      <ToggleChips {...bind('patentAwards')} label={LABELS.patentAwards} options={LEVELS} />
    </Group>
  );
}

/** 有效量（件）: the eight kinds; an empty one counts as 0. */
export function HoldingsSection({ form }: SectionProps) {
  return (
    <Group title="知识产权有效量（件）">
      {HOLDING_KIND.values.map((k) => (
        <TextField
          key={k}
          {...form.bindIn('holdings', k, `holdings.${k}`)}
          label={HOLDING_KIND.labels[k]}
          type="number"
          placeholder="0"
        />
      ))}
    </Group>
  );
}

/** 申请需求: the seven of appendix A, with what 其他 means once it is ticked. */
export function NeedsSection({ form }: SectionProps) {
  const other = form.values.needs.includes('studio_other');
  return (
    <Group title="申请需求">
      <ToggleChips
        {...form.bind('needs')}
        onChange={(needs) => form.set('needs', needs, ['needs', 'otherNeed'])}
        label="请选择需要工作室提供的服务（可多选）"
        options={NEEDS}
        required
        stacked
      />
      {other ? (
        <FormText
          form={form}
          field="otherNeed"
          required
          multiline
          maxLength={OTHER_NEED_MAX}
          placeholder="请说明其他知识产权服务需求"
        />
      ) : null}
    </Group>
  );
}

/** 承诺: the applicant's word that what is filled in is true (the form's signature). */
export function CommitmentSection({ form }: SectionProps) {
  const { value, onChange, error } = form.bind('commitment');
  return (
    <Group title="承诺">
      <View
        className={`studio-apply__commit${value ? ' studio-apply__commit--on' : ''}`}
        data-field="commitment"
        data-testid="commitment"
        data-checked={value ? 'true' : 'false'}
        onClick={() => onChange(!value)}
      >
        <View className="studio-apply__commit-box">{value ? '✓' : ''}</View>
        <Text className="studio-apply__commit-text">{COMMITMENT_TEXT}</Text>
      </View>
      {error ? (
        <Text className="studio-apply__error" data-testid="error-commitment">
          {error}
        </Text>
      ) : null}
    </Group>
  );
}
