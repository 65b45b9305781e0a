/** The submit button at the foot of a form: shows progress and ignores taps while saving. */
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import './SubmitBar.scss';

export function SubmitBar({ saving, onSave, label = '保存' }: { saving: boolean; onSave: () => void; label?: string }) {
  return (
    <View className="submit-bar">
      <Button
        type="primary"
        block
        loading={saving}
        disabled={saving}
        data-testid="submit"
        onClick={() => {
          if (!saving) onSave();
        }}
      >
        {saving ? '正在保存…' : label}
      </Button>
    </View>
  );
}
