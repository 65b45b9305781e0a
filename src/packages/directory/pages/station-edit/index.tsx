import { PagePlaceholder } from '../../../../components/PagePlaceholder';

export default function StationEditPage() {
  return <PagePlaceholder title="编辑网点" description="维护网点的基本信息" />;
}
