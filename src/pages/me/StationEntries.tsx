/**
 * 我的 entries of running the network: a chief keeps the station's page and service items and
 * invites its people; a liaison or chief confirms the companies registered there; an admin adds
 * stations, appoints chiefs and confirms companies anywhere. Anyone can join a station with an
 * invitation code, or register or join a company.
 */
import Taro from '@tarojs/taro';
import { Cell } from '@nutui/nutui-react-taro';
import type { MembershipView } from '../../../core/contract';
import { ROUTES } from '../../lib/routes';

export function StationEntries({ acting }: { acting: MembershipView | null }) {
  const go = (url: string) => () => void Taro.navigateTo({ url });
  const stationId = acting?.stationId ?? '';
  const chief = acting?.role === 'chief' && stationId !== '';
  const reviewer = (acting?.role === 'chief' || acting?.role === 'liaison') && stationId !== '';
  return (
    <>
      {chief ? (
        <>
          <Cell title="本站信息与服务事项" onClick={go(ROUTES.station(stationId))} />
          <Cell
            title="邀请码管理"
            description="邀请联络员、志愿服务专家加入本站"
            onClick={go(ROUTES.invitations(stationId))}
          />
        </>
      ) : null}
      {reviewer ? (
        <Cell title="企业确认" description="核实并确认登记的企业" onClick={go(ROUTES.companyReview(stationId))} />
      ) : null}
      {acting?.role === 'admin' ? (
        <>
          <Cell title="新建服务站点" onClick={go(ROUTES.stationEdit())} />
          <Cell title="邀请码管理" description="任命站长、邀请联络员与专家" onClick={go(ROUTES.invitations(''))} />
          <Cell title="企业确认" onClick={go(ROUTES.companyReview(''))} />
        </>
      ) : null}
      <Cell title="输入邀请码" description="加入工作站成为联络员、专家或站长" onClick={go(ROUTES.redeem)} />
      <Cell title="加入企业" description="使用同事分享的企业加入码" onClick={go(ROUTES.companyJoin)} />
      <Cell title="登记我的企业" description="提交后由服务站点确认" onClick={go(ROUTES.companyCreate())} />
    </>
  );
}
