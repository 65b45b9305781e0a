/**
 * 我的 entries of trainings (培训): everyone finds the published sessions (培训报名) and their own
 * sign-ups (我的培训); a chief also runs the station's sessions (培训管理) and reads who attended
 * them (人才库).
 */
import Taro from '@tarojs/taro';
import { Cell } from '@nutui/nutui-react-taro';
import type { MembershipView } from '../../../core/contract';
import { ROUTES } from '../../lib/routes';

export function TrainingEntries({ acting }: { acting: MembershipView | null }) {
  const go = (url: string) => () => void Taro.navigateTo({ url });
  const chief = acting?.role === 'chief' && !!acting.stationId;
  return (
    <>
      <Cell title="培训报名" description="近期知识产权培训，在线报名" onClick={go(ROUTES.trainings)} />
      <Cell title="我的培训" description="已报名、候补与签到情况" onClick={go(ROUTES.myTrainings)} />
      {chief ? (
        <>
          <Cell title="培训管理" description="发布培训，查看报名、候补与到课率" onClick={go(ROUTES.trainingManage)} />
          <Cell title="人才库" description="参加过本站培训的人员，可检索、导出" onClick={go(ROUTES.talentPool)} />
        </>
      ) : null}
    </>
  );
}
