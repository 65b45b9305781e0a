import { Input } from '@nutui/nutui-react-taro';
import { PagePlaceholder } from '../../../../components/PagePlaceholder';

export default function LoginPage() {
  return (
    <PagePlaceholder title="登录" description="使用账号登录">
      <Input placeholder="请输入手机号" />
    </PagePlaceholder>
  );
}
