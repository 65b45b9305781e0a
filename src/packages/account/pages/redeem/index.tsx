import { PagePlaceholder } from '../../../../components/PagePlaceholder';

export default function RedeemPage() {
  return <PagePlaceholder title="兑换邀请码" description="输入邀请码获得权限" />;
}
