/**
 * 暂停接单: the period (Shanghai dates, inclusive) the expert takes no new assignments, or 恢复接单.
 * The station's assignment picker shows them as away meanwhile.
 */
import { useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { MyExpertProfile } from '@core/contract';
import { PickerField } from '@/components/FormField';
import { useSubmit } from '@/hooks/useSubmit';
import { toastOk } from '@/lib/feedback';
import { setUnavailable } from '@/services/expert';

interface AwaySectionProps {
  profile: MyExpertProfile;
  today: string;
  onSaved: (saved: MyExpertProfile) => void;
}

export function AwaySection({ profile, today, onSaved }: AwaySectionProps) {
  const [from, setFrom] = useState(profile.unavailableFrom ?? '');
  const [until, setUntil] = useState(profile.unavailableUntil ?? '');
  const [clearing, setClearing] = useState(false);
  // What the tap sends: the period, or nothing (恢复接单).
  const payload = useRef<{ from?: string; until?: string }>({});
  const { submitChecked, submitting, fieldErrors } = useSubmit(() => setUnavailable(payload.current));
  const send = async (clear: boolean) => {
    setClearing(clear);
    payload.current = clear ? {} : { from, until };
    const problems: Record<string, string> = {};
    if (!clear && (!from || !until)) problems.until = '暂停结束日期：请同时选择开始和结束日期';
    else if (!clear && until < from) problems.until = '暂停结束日期：不能早于开始日期';
    const saved = await submitChecked(problems);
    if (!saved) return;
    if (clear) {
      setFrom('');
      setUntil('');
    }
    toastOk(clear ? '已恢复接单' : '已设置暂停接单');
    onSaved(saved);
  };
  const marked = profile.unavailableFrom && profile.unavailableUntil;
  return (
    <View className="expert-section" data-testid="away">
      <Text className="expert-section__title">暂停接单</Text>
      {marked ? (
        <Text className="expert-section__note" data-testid="away-now">
          {profile.unavailableFrom} 至 {profile.unavailableUntil} 暂停接受指派
        </Text>
      ) : (
        <Text className="expert-section__note">出差、休假等期间可暂停接受指派</Text>
      )}
      <PickerField name="from" label="开始日期" mode="date" value={from} onChange={setFrom} start={today} />
      <PickerField
        name="until"
        label="结束日期"
        mode="date"
        value={until}
        onChange={setUntil}
        start={from || today}
        error={fieldErrors.until}
      />
      <View className="expert-section__buttons">
        {marked ? (
          <Button fill="outline" loading={submitting && clearing} onClick={() => void send(true)}>
            恢复接单
          </Button>
        ) : null}
        <Button type="primary" loading={submitting && !clearing} onClick={() => void send(false)}>
          保存暂停时段
        </Button>
      </View>
    </View>
  );
}
