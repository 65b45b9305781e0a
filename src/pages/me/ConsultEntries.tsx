/**
 * 我的 entries of consultations (咨询): everyone's bookings (我的预约); company staff read their
 * archive (我的咨询档案); a liaison or expert works their day, their archive, their ratings and
 * their weekly time; a chief also the station's bookings, rules, ratings and everyone's time;
 * an admin reads every station's archive.
 */
import Taro from '@tarojs/taro';
import { Cell } from '@nutui/nutui-react-taro';
import type { MembershipView } from '../../../core/contract';
import { ROUTES } from '../../lib/routes';

export function ConsultEntries({ acting }: { acting: MembershipView | null }) {
  const go = (url: string) => () => void Taro.navigateTo({ url });
  const stationId = acting?.stationId ?? '';
  const chief = acting?.role === 'chief' && stationId !== '';
  const consultant = (acting?.role === 'liaison' || acting?.role === 'expert') && stationId !== '';
  return (
    <>
      <Cell title="我的预约" description="咨询预约的时间、状态，取消或改约" onClick={go(ROUTES.bookings())} />
      {acting?.role === 'company' ? (
        <Cell title="我的咨询档案" description="每次咨询的问题与答复" onClick={go(ROUTES.records)} />
      ) : null}
      {consultant || chief ? (
        <>
          <Cell
            title="今日咨询"
            description={chief ? '本站今天的咨询与记录' : '今天的咨询：写记录或标记未到场'}
            onClick={go(ROUTES.today)}
          />
          <Cell title="咨询档案" description="按企业、类别、人员、日期和关键词查找" onClick={go(ROUTES.records)} />
          <Cell title="我的评价" description="企业对我的咨询的评分与留言" onClick={go(ROUTES.myRatings)} />
        </>
      ) : null}
      {acting?.role === 'admin' ? (
        <Cell title="咨询档案" description="按企业、类别、人员、日期和关键词查找" onClick={go(ROUTES.records)} />
      ) : null}
      {consultant ? (
        <Cell
          title="我的咨询时间"
          description="设置每周可预约的时段和请假日期"
          onClick={go(ROUTES.availability(stationId))}
        />
      ) : null}
      {chief ? (
        <>
          <Cell title="咨询预约" description="本站全部咨询预约" onClick={go(ROUTES.bookings('station'))} />
          <Cell
            title="预约规则"
            description="最短提前时间、可预约天数、每家企业未完成预约上限"
            onClick={go(ROUTES.bookingRules)}
          />
          <Cell
            title="本站评价"
            description="企业评价与各咨询人员平均分，差评及时跟进"
            onClick={go(ROUTES.stationRatings)}
          />
          <Cell
            title="咨询时间安排"
            description="查看并设置本站人员的咨询时间"
            onClick={go(ROUTES.availability(stationId))}
          />
        </>
      ) : null}
    </>
  );
}
