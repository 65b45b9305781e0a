import { PagePlaceholder } from '../../../../components/PagePlaceholder';

export default function RegisterPage() {
  return <PagePlaceholder title="注册" description="创建新账号" />;
}
