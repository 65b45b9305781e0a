import { PagePlaceholder } from '../../../../components/PagePlaceholder';

export default function InvitationsPage() {
  return <PagePlaceholder title="邀请码管理" description="生成与管理邀请码" />;
}
