/**
 * 存档本期服务评价: keeps the period's review as the station's evaluation record (the archive lists
 * it); keeping the same period again replaces it with today's figures. The chief's or an admin's.
 */
import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { toastError, toastOk } from '@/lib/feedback';
import { saveServiceReview } from '@/services/quality';
import type { PeriodValue } from '@/packages/stats/components/PeriodPicker';
import { periodInput } from '../lib/period';

export function KeepReview({ stationId, period }: { stationId?: string; period: PeriodValue }) {
  const [busy, setBusy] = useState(false);
  const keep = async () => {
    setBusy(true);
    try {
      await saveServiceReview({ period: periodInput(period), ...(stationId ? { stationId } : {}) });
      toastOk('已存入服务评价档案');
    } catch (e) {
      toastError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="quality-review__keep" data-testid="keep-review">
      <Button block fill="outline" loading={busy} onClick={() => void keep()}>
        存档本期服务评价
      </Button>
    </View>
  );
}
