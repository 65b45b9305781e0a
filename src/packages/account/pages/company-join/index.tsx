/** 加入企业: with the join code a colleague shares from their 我的 page (signed in: a guest logs in first). */
import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { joinCompany } from '@/services/account';
import { ROUTES } from '@/lib/routes';
import { CodeEntryForm } from '@/packages/account/components/CodeEntryForm';
import { RoleGate } from '@/components/RoleGate';
import { useSession } from '@/hooks/useSession';

const join = (joinCode: string) => joinCompany({ joinCode });

export default function CompanyJoinPage() {
  const session = useSession();
  return (
    <RoleGate session={session} needs={['account', 'joinCompany']} what="加入企业">
      <CodeEntryForm
        intro="企业加入码可由已加入的同事在“我的”页面查看。"
        name="joinCode"
        label="企业加入码"
        action="加入企业"
        done="已加入企业"
        send={join}
        footer={
          <Text className="account-form__link" onClick={() => void Taro.redirectTo({ url: ROUTES.companyCreate() })}>
            企业尚未登记？登记我的企业
          </Text>
        }
      />
    </RoleGate>
  );
}
