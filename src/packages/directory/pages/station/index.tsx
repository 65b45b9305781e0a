import { Tag } from '@nutui/nutui-react-taro';
import { PagePlaceholder } from '../../../../components/PagePlaceholder';

export default function StationPage() {
  return (
    <PagePlaceholder title="网点详情" description="网点信息与服务项目">
      <Tag type="primary">服务网点</Tag>
    </PagePlaceholder>
  );
}
