import { PagePlaceholder } from '../../../../components/PagePlaceholder';

export default function CompanyCreatePage() {
  return <PagePlaceholder title="创建企业" description="登记一家新企业" />;
}
