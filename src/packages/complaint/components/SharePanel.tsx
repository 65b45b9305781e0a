/**
 * 转交当事人: the handler passes the complaint to the person complained about for their
 * explanation — who complained goes with it only when 「同时告知投诉人身份」 is on (off unless
 * chosen); otherwise they read 「投诉人信息已保密」. Asked once more before it goes: it cannot be undone.
 */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { ToggleField } from '@/components/ToggleField';
import './StepPanel.scss';

interface SharePanelProps {
  personName?: string;
  reveal: boolean;
  onReveal: (v: boolean) => void;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function SharePanel({ personName, reveal, onReveal, busy, onConfirm, onCancel }: SharePanelProps) {
  return (
    <View className="complaint-panel" data-testid="share-panel">
      <Text className="complaint-panel__title">转交{personName ?? '当事人'}说明情况</Text>
      <ToggleField
        name="revealIdentity"
        label="同时告知投诉人身份"
        hint="不告知时，当事人看到的投诉人为「投诉人信息已保密」"
        checked={reveal}
        onChange={onReveal}
      />
      <View className="complaint-panel__buttons">
        <Button fill="outline" onClick={onCancel}>
          取消
        </Button>
        <Button type="primary" loading={busy} onClick={onConfirm}>
          确认转交
        </Button>
      </View>
    </View>
  );
}
