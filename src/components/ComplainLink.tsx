/**
 * 「对这次服务不满意？我要投诉」 under a service the company received (a booking, a consultation, a
 * request): opens 我要投诉 with that record already chosen. Shown only to a role the policy lets
 * file a complaint (company staff), so station staff never see it on the same page.
 */
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { admits } from '@/lib/access';
import { ROUTES } from '@/lib/routes';
import { useAppStore } from '@/store';
import './ComplainLink.scss';

export function ComplainLink({ kind, refId }: { kind: 'booking' | 'record' | 'request'; refId: string }) {
  const acting = useAppStore((s) => s.acting());
  if (!admits(acting, ['complaint', 'fileComplaint'])) return null;
  return (
    <View
      className="complain-link"
      data-testid="complain-link"
      onClick={() => void Taro.navigateTo({ url: ROUTES.complaintNew(kind, refId) })}
    >
      <Text className="complain-link__text">对这次服务不满意？我要投诉</Text>
    </View>
  );
}
