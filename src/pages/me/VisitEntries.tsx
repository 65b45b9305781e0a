/**
 * 我的 entries of site visits and follow-ups: a liaison or chief logs visits, reads them, works
 * through their follow-ups and sees what still waits on the phone (待发送, with its count); an
 * expert has follow-ups of their consultations; company staff read the visits they received.
 */
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Badge, Cell } from '@nutui/nutui-react-taro';
import type { MembershipView } from '../../../core/contract';
import { useOutbox } from '../../hooks/useOutbox';
import { ROUTES } from '../../lib/routes';

export function VisitEntries({ acting, userId }: { acting: MembershipView | null; userId: string }) {
  const outbox = useOutbox(userId);
  const go = (url: string) => () => void Taro.navigateTo({ url });
  const stationId = acting?.stationId;
  const visitor = (acting?.role === 'liaison' || acting?.role === 'chief') && !!stationId;
  if (acting?.role === 'company') {
    return <Cell title="走访记录" description="工作站走访本企业的记录与建议" onClick={go(ROUTES.visits())} />;
  }
  if (acting?.role === 'expert' && stationId) {
    return <Cell title="我的回访" description="咨询后需要回访的企业" onClick={go(ROUTES.followUps)} />;
  }
  if (!visitor) return null;
  return (
    <>
      <Cell title="登记走访" description="记录走访情况，发现的需求直接生成服务需求" onClick={go(ROUTES.visitEdit())} />
      <Cell title="走访记录" description="本站的走访记录，按企业查看" onClick={go(ROUTES.visits())} />
      <Cell
        title="我的回访"
        description={acting?.role === 'chief' ? '本站今日到期、逾期与即将到期的回访' : '今日到期、逾期与即将到期的回访'}
        onClick={go(ROUTES.followUps)}
      />
      {outbox.length ? (
        <Cell
          title={
            <View className="me-inbox" data-testid="outbox-badge" data-count={outbox.length}>
              <Badge value={outbox.length} max={99} top="-4" right="-8" color="#ff7d00">
                <Text>待发送</Text>
              </Badge>
            </View>
          }
          description="无网络时提交的走访记录，联网后自动发送"
          onClick={go(ROUTES.visitOutbox)}
        />
      ) : (
        <Cell title="待发送" description="无网络时提交的走访记录会在这里等待发送" onClick={go(ROUTES.visitOutbox)} />
      )}
    </>
  );
}
