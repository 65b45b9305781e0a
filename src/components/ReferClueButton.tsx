/**
 * 「移交线索」 on a consultation record, a visit or a request: opens the 移交线索 form on that
 * source, for an acting role the policy admits to referral.createReferral (liaison, chief, an
 * expert on their own record); nobody else sees it. The server still judges the source.
 */
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ReferralSource } from '@core/enums';
import { useSession } from '@/hooks/useSession';
import { admits } from '@/lib/access';
import { ROUTES } from '@/lib/routes';
import './ReferClueButton.scss';

export function ReferClueButton({ sourceKind, sourceId }: { sourceKind: ReferralSource; sourceId: string }) {
  const { acting } = useSession();
  if (!admits(acting, ['referral', 'createReferral'])) return null;
  return (
    <View className="refer-clue" data-testid="refer-clue">
      <Button
        type="warning"
        fill="outline"
        block
        onClick={() => void Taro.navigateTo({ url: ROUTES.referralCreate(sourceKind, sourceId) })}
      >
        移交线索
      </Button>
    </View>
  );
}
