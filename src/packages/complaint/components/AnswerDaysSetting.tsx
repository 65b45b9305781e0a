/**
 * The admin's answer limit on the queue: 「答复时限：N 个工作日」 and 修改, which opens a number
 * field checked against the contract's range (COMPLAINT_DAYS_MIN–MAX, whole days) before it is
 * saved; what was typed stays when the server refuses.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { COMPLAINT_DAYS_MAX, COMPLAINT_DAYS_MIN } from '@core/rules/complaint-flow';
import { TextField } from '@/components/FormField';
import { useLoad } from '@/hooks/useLoad';
import { toastError, toastOk } from '@/lib/feedback';
import { getComplaintSettings, setComplaintSettings } from '@/services/complaint';
import './AnswerDaysSetting.scss';

const RANGE_MESSAGE = `答复时限：请填写 ${COMPLAINT_DAYS_MIN}–${COMPLAINT_DAYS_MAX} 之间的整数`;

/** The whole number of working days typed, or null when it is not one within the range. */
export function answerDaysOf(typed: string): number | null {
  if (!/^\d+$/.test(typed.trim())) return null;
  const n = Number(typed.trim());
  return n >= COMPLAINT_DAYS_MIN && n <= COMPLAINT_DAYS_MAX ? n : null;
}

export function AnswerDaysSetting() {
  const settings = useLoad(() => getComplaintSettings({}), []);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const days = saved ?? settings.data?.answerDays;

  const save = async () => {
    const n = answerDaysOf(editing ?? '');
    if (n === null) {
      setError(RANGE_MESSAGE);
      return;
    }
    setSaving(true);
    try {
      setSaved((await setComplaintSettings({ answerDays: n })).answerDays);
      setEditing(null);
      toastOk('答复时限已保存');
    } catch (e) {
      toastError(e);
    } finally {
      setSaving(false);
    }
  };

  if (days === undefined) return null;
  if (editing === null) {
    return (
      <View className="answer-days" data-testid="answer-days">
        <Text className="answer-days__text">答复时限：{days} 个工作日</Text>
        <Text
          className="answer-days__edit"
          onClick={() => {
            setEditing(String(days));
            setError(undefined);
          }}
        >
          修改
        </Text>
      </View>
    );
  }
  return (
    <View className="answer-days answer-days--editing" data-testid="answer-days-form">
      <TextField
        name="answerDays"
        label="答复时限（工作日）"
        type="number"
        value={editing}
        onChange={(v) => {
          setEditing(v);
          setError(undefined);
        }}
        error={error}
        required
      />
      <View className="answer-days__buttons">
        <Button fill="outline" onClick={() => setEditing(null)}>
          取消
        </Button>
        <Button type="primary" loading={saving} onClick={() => void save()}>
          保存
        </Button>
      </View>
    </View>
  );
}
