/** The save button fixed at the foot of a form page: shows progress and ignores taps while saving. */
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import './SaveBar.scss';

export function SaveBar({ saving, onSave, label = '保存' }: { saving: boolean; onSave: () => void; label?: string }) {
  return (
    <View className="save-bar">
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
