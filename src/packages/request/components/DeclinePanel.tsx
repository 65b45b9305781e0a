/**
 * 谢绝指派: the assignee says why (required): the station reads it and the request goes back to
 * its queue. What was typed stays when the server refuses.
 */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { REQUEST_REASON_MAX } from '@core/rules/request-flow';
import { TextField } from '@/components/FormField';
import './StepPanels.scss';

interface DeclinePanelProps {
  reason: string;
  onReason: (v: string) => void;
  busy: boolean;
  errors: Record<string, string>;
  onConfirm: () => void;
  onClose: () => void;
}

export function DeclinePanel({ reason, onReason, busy, errors, onConfirm, onClose }: DeclinePanelProps) {
  return (
    <View className="step-panel" data-testid="decline-panel">
      <Text className="step-panel__title">谢绝指派</Text>
      <TextField
        name="reason"
        label="谢绝原因"
        value={reason}
        onChange={onReason}
        error={errors.reason}
        placeholder="请说明原因（如专业不符、时间冲突），工作站将另行安排"
        maxLength={REQUEST_REASON_MAX}
        multiline
        required
      />
      <View className="step-panel__buttons">
        <Button fill="outline" onClick={onClose}>
          返回
        </Button>
        <Button type="danger" loading={busy} onClick={onConfirm}>
          确认谢绝
        </Button>
      </View>
    </View>
  );
}
