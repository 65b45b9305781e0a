import { PagePlaceholder } from '../../components/PagePlaceholder';

export default function NetworkPage() {
  return <PagePlaceholder title="服务网点" description="附近的知识产权公共服务网点" />;
}
