/**
 * 我的 entries of service requests: company staff raise and follow their company's (服务需求);
 * a liaison or chief works the station's queue (需求队列); an admin reads every station's.
 */
import Taro from '@tarojs/taro';
import { Cell } from '@nutui/nutui-react-taro';
import type { MembershipView } from '../../../core/contract';
import { ROUTES } from '../../lib/routes';

export function RequestEntries({ acting }: { acting: MembershipView | null }) {
  const go = (url: string) => () => void Taro.navigateTo({ url });
  if (acting?.role === 'company') {
    return <Cell title="服务需求" description="提交服务需求，查看办理进度与结果" onClick={go(ROUTES.myRequests)} />;
  }
  const station = (acting?.role === 'liaison' || acting?.role === 'chief') && !!acting.stationId;
  if (station || acting?.role === 'admin') {
    return (
      <Cell
        title="需求队列"
        description={station ? '本站待受理、办理中的服务需求' : '各站点的服务需求'}
        onClick={go(ROUTES.requestQueue)}
      />
    );
  }
  return null;
}
