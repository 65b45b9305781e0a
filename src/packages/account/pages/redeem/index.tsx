/** 输入邀请码: joins a station in the role the code grants (signed in: a guest is asked to log in first). */
import { redeemInvitation } from '@/services/account';
import { CodeEntryForm } from '@/packages/account/components/CodeEntryForm';
import { RoleGate } from '@/components/RoleGate';
import { useSession } from '@/hooks/useSession';

const redeem = (code: string) => redeemInvitation({ code });

export default function RedeemPage() {
  const session = useSession();
  return (
    <RoleGate session={session} needs={['account', 'redeemInvitation']} what="使用邀请码">
      <CodeEntryForm
        intro="请输入站长或管理员发放的邀请码。邀请码仅能使用一次，过期后需重新发放。"
        name="code"
        label="邀请码"
        placeholder="8位邀请码"
        action="加入"
        done="已加入工作站"
        send={redeem}
      />
    </RoleGate>
  );
}
