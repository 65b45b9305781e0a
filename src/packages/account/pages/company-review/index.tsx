import { PagePlaceholder } from '../../../../components/PagePlaceholder';

export default function CompanyReviewPage() {
  return <PagePlaceholder title="企业审核" description="审核企业加入与创建申请" />;
}
