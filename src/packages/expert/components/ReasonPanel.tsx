/**
 * A step that needs a reason (退回, 除名, 申请退出): the reason (required, as long as the server
 * allows) and the confirming button. What was typed stays when the server refuses.
 */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { EXPERT_LIMITS as L } from '@core/rules/expert-roster';
import { TextField } from '@/components/FormField';

interface ReasonPanelProps {
  title: string;
  label: string;
  placeholder: string;
  confirmText: string;
  reason: string;
  onReason: (v: string) => void;
  error?: string;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

export function ReasonPanel(p: ReasonPanelProps) {
  return (
    <View className="expert-panel" data-testid="reason-panel">
      <Text className="expert-panel__title">{p.title}</Text>
      <TextField
        name="reason"
        label={p.label}
        value={p.reason}
        onChange={p.onReason}
        error={p.error}
        placeholder={p.placeholder}
        maxLength={L.reasonMax}
        multiline
        required
      />
      <View className="expert-panel__buttons">
        <Button fill="outline" onClick={p.onClose}>
          返回
        </Button>
        <Button type="danger" loading={p.busy} data-testid="confirm-reason" onClick={p.onConfirm}>
          {p.confirmText}
        </Button>
      </View>
    </View>
  );
}

/** The page's own check of a reason, in the server's words. */
export function reasonError(label: string, reason: string): string | undefined {
  return reason.trim().length < L.reasonMin ? `${label}：至少 ${L.reasonMin} 个字` : undefined;
}
