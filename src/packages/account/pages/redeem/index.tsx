/** 输入邀请码: joins a station in the role the code grants. */
import { redeemInvitation } from '../../../../services/account';
import { CodeEntryForm } from '../../components/CodeEntryForm';

const redeem = (code: string) => redeemInvitation({ code });

export default function RedeemPage() {
  return (
    <CodeEntryForm
      intro="请输入站长或管理员发放的邀请码。邀请码仅能使用一次，过期后需重新发放。"
      name="code"
      label="邀请码"
      placeholder="8位邀请码"
      action="加入"
      done="已加入工作站"
      send={redeem}
    />
  );
}
