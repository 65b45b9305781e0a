/**
 * The part of the record form a consultation without a booking needs: when and how it took
 * place, for which company (picked from the station's ledger, or a new one added to it), and —
 * for a chief — which of the station's consultants gave it.
 */
import { Text, View } from '@tarojs/components';
import type { SlotView } from '@core/contract';
import { ChoiceField, PickerField, TextField } from '@/components/FormField';
import { ChipRow } from '@/components/ChipRow';
import type { CompanyMode, RecordDraft } from '../lib/record-form';
import { RECORD_CHANNELS } from '../lib/records';
import { CompanyPicker } from '@/containers/CompanyPicker';
import { COMPANY_NAME_MAX, PERSON_NAME_MAX } from '@core/rules/ledger';
import { CREDIT_CODE_LENGTH } from '@core/rules/credit-code';
import { MOBILE_LENGTH } from '@core/rules/patterns';
import './WalkInFields.scss';

type Consultant = Pick<SlotView, 'consultantId' | 'consultantName'>;

export interface WalkInFieldsProps {
  draft: RecordDraft;
  set: <K extends keyof RecordDraft>(key: K, value: RecordDraft[K]) => void;
  errors: Record<string, string>;
  stationId: string;
  /** A chief's choice of consultant (absent for a liaison or expert: they write their own). */
  consultants: Consultant[] | null;
  /** The latest choosable date (today). */
  today: string;
}

const MODES = [
  { value: 'ledger' as const, label: '台账中的企业' },
  { value: 'new' as const, label: '登记新企业' },
];

export function WalkInFields({ draft: d, set, errors, stationId, consultants, today }: WalkInFieldsProps) {
  return (
    <View className="walk-in">
      <Text className="walk-in__section">咨询企业</Text>
      <ChipRow<CompanyMode>
        chips={MODES}
        value={d.companyMode}
        onChange={(v) => {
          if (v) set('companyMode', v);
        }}
        testId="company-mode"
      />
      {d.companyMode === 'ledger' ? (
        <CompanyPicker
          stationId={stationId}
          selected={d.company}
          onSelect={(c) => set('company', c)}
          error={errors.companyId ?? errors.newCompany}
        />
      ) : (
        <>
          <TextField
            name="newCompany.name"
            label="企业名称"
            value={d.newName}
            onChange={(v) => set('newName', v)}
            error={errors['newCompany.name'] ?? errors.newCompany}
            maxLength={COMPANY_NAME_MAX}
            required
          />
          <TextField
            name="newCompany.creditCode"
            label="统一社会信用代码"
            value={d.newCreditCode}
            onChange={(v) => set('newCreditCode', v)}
            error={errors['newCompany.creditCode']}
            maxLength={CREDIT_CODE_LENGTH}
            required
          />
          <TextField
            name="newCompany.contactName"
            label="联系人"
            value={d.newContactName}
            onChange={(v) => set('newContactName', v)}
            error={errors['newCompany.contactName']}
            maxLength={PERSON_NAME_MAX}
          />
          <TextField
            name="newCompany.contactMobile"
            label="联系人手机"
            value={d.newContactMobile}
            onChange={(v) => set('newContactMobile', v)}
            error={errors['newCompany.contactMobile']}
            type="tel"
            maxLength={MOBILE_LENGTH}
          />
          <Text className="walk-in__hint">
            新企业将加入本站台账（已确认）；信用代码已登记的，直接使用已登记的企业。
          </Text>
        </>
      )}

      <Text className="walk-in__section">咨询情况</Text>
      <ChoiceField
        name="channel"
        label="咨询方式"
        value={d.channel}
        options={RECORD_CHANNELS}
        onChange={(v) => set('channel', v)}
        error={errors.channel}
        required
      />
      <PickerField
        name="consultedAt"
        label="咨询日期"
        mode="date"
        value={d.date}
        end={today}
        onChange={(v) => set('date', v)}
        error={errors.consultedAt}
        required
      />
      <PickerField name="time" label="开始时间" mode="time" value={d.time} onChange={(v) => set('time', v)} required />
      {consultants ? (
        <ChoiceField
          name="consultantId"
          label="咨询人员"
          value={d.consultantId}
          options={[
            { value: '', label: '本人' },
            ...consultants.map((c) => ({ value: c.consultantId, label: c.consultantName })),
          ]}
          onChange={(v) => set('consultantId', v)}
          error={errors.consultantId}
        />
      ) : null}
    </View>
  );
}
