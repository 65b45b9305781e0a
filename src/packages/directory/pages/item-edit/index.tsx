import { PagePlaceholder } from '../../../../components/PagePlaceholder';

export default function ItemEditPage() {
  return <PagePlaceholder title="编辑服务项目" description="维护网点提供的服务项目" />;
}
