import { PagePlaceholder } from '../../components/PagePlaceholder';

export default function ResourcesPage() {
  return <PagePlaceholder title="资源" description="政策、指南与培训资源" />;
}
