/**
 * 新建台账企业: a liaison or chief enters a company met outside the product (a visit, a call)
 * into the station's ledger. It is confirmed at once and gets a join code, shown here to hand
 * to the company: its staff enter it in "加入企业" and the entry becomes theirs. A credit code
 * already in the ledger is refused with where the entry is, and a way to open it.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { CompanyProfileView } from '@core/contract';
import { DISTRICT, INDUSTRY, KEY_FLAG, type District, type Industry, type KeyFlag } from '@core/enums';
import { ChoiceField, TextField, optionsOf } from '@/components/FormField';
import { useSubmit } from '@/hooks/useSubmit';
import { toastOk } from '@/lib/feedback';
import { toastFirstError, withoutErrors, type FieldErrors } from '@/lib/field-errors';
import { ROUTES } from '@/lib/routes';
import { createLedgerEntry } from '@/services/enterprise';
import { ServiceError } from '@/services/errors';
import { RoleGate } from '@/components/RoleGate';
import { SaveBar } from '@/components/SaveBar';
import { ToggleChips } from '@/components/ToggleChips';
import { LABELS, checkIdentity } from '@/packages/ledger/lib/profile-form';
import { useSession } from '@/hooks/useSession';
import { ADDRESS_MAX, COMPANY_NAME_MAX, PERSON_NAME_MAX, PERSON_TITLE_MAX } from '@core/rules/ledger';
import { CREDIT_CODE_LENGTH } from '@core/rules/credit-code';
import { MOBILE_LENGTH } from '@core/rules/patterns';
import '@/packages/ledger/components/form.scss';
import './index.scss';

type EntryText = 'name' | 'creditCode' | 'registeredAddress' | 'contact.name' | 'contact.title' | 'contact.mobile';

interface EntryForm {
  text: Record<EntryText, string>;
  district: District | '';
  industry: Industry | '';
  keyFlags: KeyFlag[];
}

const EMPTY: EntryForm = {
  text: {
    name: '',
    creditCode: '',
    registeredAddress: '',
    'contact.name': '',
    'contact.title': '',
    'contact.mobile': '',
  },
  district: '',
  industry: '',
  keyFlags: [],
};

const optional = (v: string) => (v.trim() === '' ? undefined : v.trim());

function Created({ entry }: { entry: CompanyProfileView }) {
  return (
    <View className="ledger-created" data-testid="entry-created">
      <Text className="ledger-created__title">已加入本站台账</Text>
      <Text className="ledger-created__name">{entry.name}</Text>
      <Text className="ledger-created__hint">
        请将企业加入码交给企业，企业用户在“我的 → 加入企业”中输入即可认领本企业档案。
      </Text>
      <Text className="ledger-created__code" data-testid="join-code">
        {entry.joinCode}
      </Text>
      <View className="ledger-created__actions">
        <Button
          fill="outline"
          type="primary"
          onClick={() =>
            void Taro.setClipboardData({ data: entry.joinCode ?? '' })
              .then(() => toastOk('已复制'))
              .catch(() => undefined)
          }
        >
          复制加入码
        </Button>
        <Button type="primary" onClick={() => void Taro.redirectTo({ url: ROUTES.company(entry.id) })}>
          查看企业档案
        </Button>
      </View>
    </View>
  );
}

function EntryEditor() {
  const [form, setForm] = useState<EntryForm>(EMPTY);
  const [created, setCreated] = useState<CompanyProfileView | null>(null);
  /** The credit code of an entry the ledger already has (same station): offer to open it. */
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);

  const { submit, submitting, fieldErrors, setFieldErrors } = useSubmit(async (clientRequestId) => {
    const creditCode = form.text.creditCode.trim().toUpperCase();
    try {
      return await createLedgerEntry({
        clientRequestId,
        name: form.text.name.trim(),
        creditCode,
        district: form.district as District,
        industry: form.industry || undefined,
        registeredAddress: optional(form.text.registeredAddress),
        contact:
          optional(form.text['contact.name']) || optional(form.text['contact.mobile'])
            ? {
                name: optional(form.text['contact.name']),
                title: optional(form.text['contact.title']),
                mobile: optional(form.text['contact.mobile']),
              }
            : undefined,
        keyFlags: form.keyFlags,
      });
    } catch (e) {
      if (e instanceof ServiceError && e.code === 'CONFLICT' && e.fields.creditCode) {
        setFieldErrors({ creditCode: e.fields.creditCode });
        if (e.message.includes('本站台账')) setDuplicateOf(creditCode);
      }
      throw e;
    }
  });

  const setText = (key: EntryText) => (value: string) => {
    setForm((f) => ({ ...f, text: { ...f.text, [key]: value } }));
    setFieldErrors((prev) => withoutErrors(prev, key));
    if (key === 'creditCode') setDuplicateOf(null);
  };

  const save = async () => {
    const errors: FieldErrors = {};
    checkIdentity(errors, form, form.district);
    if (toastFirstError(errors)) {
      setFieldErrors(errors);
      return;
    }
    const entry = await submit();
    if (entry) setCreated(entry);
  };

  if (created) return <Created entry={created} />;

  const field = (key: EntryText, extra: { required?: boolean; maxLength?: number; type?: 'tel' } = {}) => (
    <TextField
      name={key}
      label={LABELS[key]}
      value={form.text[key]}
      onChange={setText(key)}
      error={fieldErrors[key]}
      {...extra}
    />
  );

  return (
    <View className="ledger-form" data-testid="entry-form">
      <Text className="ledger-form__heading">
        尚未在小程序登记的企业，由工作站录入台账；其余档案信息可稍后在企业档案中补充
      </Text>
      <View className="ledger-form__group">
        {field('name', { required: true, maxLength: COMPANY_NAME_MAX })}
        {field('creditCode', { required: true, maxLength: CREDIT_CODE_LENGTH })}
        {duplicateOf ? (
          <Text
            className="ledger-form__hint ledger-entry__open"
            data-testid="open-existing"
            onClick={() => void Taro.navigateTo({ url: ROUTES.ledger(duplicateOf) })}
          >
            在企业台账中查看该企业 ›
          </Text>
        ) : null}
        <ChoiceField
          name="district"
          label={LABELS.district}
          value={form.district}
          options={optionsOf(DISTRICT)}
          onChange={(v) => {
            setForm((f) => ({ ...f, district: v }));
            setFieldErrors((prev) => withoutErrors(prev, 'district'));
          }}
          error={fieldErrors.district}
          required
        />
        <ChoiceField
          name="industry"
          label={LABELS.industry}
          value={form.industry}
          options={optionsOf(INDUSTRY)}
          onChange={(v) => setForm((f) => ({ ...f, industry: v }))}
          error={fieldErrors.industry}
        />
        {field('registeredAddress', { maxLength: ADDRESS_MAX })}
      </View>
      <View className="ledger-form__group">
        {field('contact.name', { maxLength: PERSON_NAME_MAX })}
        {field('contact.title', { maxLength: PERSON_TITLE_MAX })}
        {field('contact.mobile', { type: 'tel', maxLength: MOBILE_LENGTH })}
      </View>
      <View className="ledger-form__group">
        <ToggleChips
          name="keyFlags"
          label={LABELS.keyFlags}
          options={optionsOf(KEY_FLAG)}
          value={form.keyFlags}
          onChange={(v) => setForm((f) => ({ ...f, keyFlags: v }))}
          error={fieldErrors.keyFlags}
        />
      </View>
      <SaveBar saving={submitting} onSave={() => void save()} label="加入台账" />
    </View>
  );
}

export default function LedgerCreatePage() {
  const session = useSession();
  return (
    <RoleGate session={session} roles={['liaison', 'chief']} what="新建台账企业">
      <EntryEditor />
    </RoleGate>
  );
}
