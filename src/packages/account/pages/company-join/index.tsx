import { PagePlaceholder } from '../../../../components/PagePlaceholder';

export default function CompanyJoinPage() {
  return <PagePlaceholder title="加入企业" description="申请加入已有企业" />;
}
