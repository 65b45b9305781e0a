import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { PagePlaceholder } from '../../components/PagePlaceholder';

export default function MePage() {
  const [taps, setTaps] = useState(0);
  return (
    <PagePlaceholder title="我的" description="账号、企业与邀请码">
      <View className="page-placeholder__actions">
        <Button type="primary" block onClick={() => setTaps((n) => n + 1)}>
          登录 / 注册
        </Button>
        {taps > 0 ? <View className="page-placeholder__hint">已点击 {taps} 次</View> : null}
      </View>
    </PagePlaceholder>
  );
}
