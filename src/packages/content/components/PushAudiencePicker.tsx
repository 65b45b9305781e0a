/**
 * 定向推送's audience: key-enterprise types, industries and districts as chips (any of the chips
 * of a kind, all kinds chosen), and an optional 服务期间 — companies the station served in it.
 * Presents only: the page keeps the draft and asks for the reach on each change.
 */
import type { Dispatch, SetStateAction } from 'react';
import { Text, View } from '@tarojs/components';
import { DISTRICT, INDUSTRY, KEY_FLAG } from '@core/enums';
import { PickerField, optionsOf } from '@/components/FormField';
import { ToggleChips } from '@/components/ToggleChips';
import type { AudienceDraft } from '../lib/push';

const KEY_FLAG_OPTIONS = optionsOf(KEY_FLAG);
const INDUSTRY_OPTIONS = optionsOf(INDUSTRY);
const DISTRICT_OPTIONS = optionsOf(DISTRICT);

interface PushAudiencePickerProps {
  draft: AudienceDraft;
  /** Takes an update of the draft (two quick taps each add their own chip). */
  onChange: Dispatch<SetStateAction<AudienceDraft>>;
  /** Why the 服务期间 cannot be used (shown under its end date). */
  servedError?: string | null;
  /** The latest date a period may end on (today, Shanghai). */
  today: string;
}

export function PushAudiencePicker({ draft, onChange, servedError, today }: PushAudiencePickerProps) {
  const set = <K extends keyof AudienceDraft>(key: K, value: AudienceDraft[K]) =>
    onChange((d) => ({ ...d, [key]: value }));
  const hasPeriod = !!(draft.servedFrom || draft.servedTo);
  return (
    <View className="push-page__audience" data-testid="push-audience">
      <Text className="push-page__section">推送范围</Text>
      <Text className="push-page__hint">
        同一类中满足任一项即可，不同类须同时满足；都不选则推送给您可推送的全部企业。
      </Text>
      <ToggleChips
        name="keyFlags"
        label="重点企业"
        options={KEY_FLAG_OPTIONS}
        value={draft.keyFlags}
        onChange={(v) => set('keyFlags', v)}
        stacked
      />
      <ToggleChips
        name="industries"
        label="行业"
        options={INDUSTRY_OPTIONS}
        value={draft.industries}
        onChange={(v) => set('industries', v)}
        stacked
      />
      <ToggleChips
        name="districts"
        label="所在区"
        options={DISTRICT_OPTIONS}
        value={draft.districts}
        onChange={(v) => set('districts', v)}
        stacked
      />
      <View className="push-page__period">
        <Text className="push-page__period-title">服务期间（可选：在此期间服务过的企业）</Text>
        {hasPeriod ? (
          <Text
            className="push-page__clear"
            data-testid="served-clear"
            onClick={() => onChange((d) => ({ ...d, servedFrom: '', servedTo: '' }))}
          >
            清除
          </Text>
        ) : null}
      </View>
      <PickerField
        name="servedFrom"
        label="服务起始"
        mode="date"
        value={draft.servedFrom}
        onChange={(v) => set('servedFrom', v)}
        end={today}
        placeholder="不限"
      />
      <PickerField
        name="servedTo"
        label="服务截止"
        mode="date"
        value={draft.servedTo}
        onChange={(v) => set('servedTo', v)}
        end={today}
        placeholder="不限"
        error={servedError ?? undefined}
      />
    </View>
  );
}
