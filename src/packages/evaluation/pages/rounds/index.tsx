/**
 * 年度评价: the rounds the acting role takes part in, newest year first. The admin opens a round's
 * ranking, and starts a round or a new version of the indicator table from here; a chief opens
 * their station's self-evaluation (and, once published, its result); a reviewer sees the stations
 * assigned to them in each round with where each review stands, and opens one to score it.
 * Coming back from a round or station reloads (a review submitted, a round published).
 */
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { ListStatus } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { useLoad } from '@/hooks/useLoad';
import { usePullToReload, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { useSession } from '@/hooks/useSession';
import { admits } from '@/lib/access';
import { ROUTES } from '@/lib/routes';
import { listRounds } from '@/services/evaluation';
import { RoundCard } from '@/packages/evaluation/components/RoundCard';
import '@/packages/evaluation/styles/evaluation.scss';

type Viewer = 'admin' | 'chief' | 'reviewer';

const EMPTY: Record<Viewer, string> = {
  admin: '还没有评价轮次，点击“新建评价”开始',
  chief: '本站暂无年度评价',
  reviewer: '暂无分配给您的评审任务',
};

const open = (url: string) => void Taro.navigateTo({ url });

function AdminBar() {
  return (
    <View className="eval-page__bar" data-testid="admin-bar">
      <Button type="primary" size="small" onClick={() => open(ROUTES.evaluationNew)}>
        新建评价
      </Button>
      <Button type="primary" fill="outline" size="small" onClick={() => open(ROUTES.evaluationIndicators)}>
        评价指标表
      </Button>
    </View>
  );
}

function Rounds({ viewer }: { viewer: Viewer }) {
  const loaded = useLoad(() => listRounds({}), []);
  usePullToReload(loaded.reload);
  useReloadOnReturn(loaded.reload);
  const rounds = loaded.data ?? [];
  return (
    <>
      {viewer === 'admin' ? <AdminBar /> : null}
      {rounds.map((r) =>
        viewer === 'reviewer' ? (
          <RoundCard
            key={r.id}
            round={r}
            onOpenStation={(stationId) => open(ROUTES.evaluationStation(r.id, stationId))}
          />
        ) : (
          <RoundCard
            key={r.id}
            round={r}
            onOpen={() => open(viewer === 'admin' ? ROUTES.evaluationRound(r.id) : ROUTES.evaluationStation(r.id))}
          />
        ),
      )}
      <ListStatus
        loading={loaded.loading}
        error={loaded.error}
        empty={!loaded.loading && rounds.length === 0}
        emptyText={EMPTY[viewer]}
        onRetry={() => void loaded.reload()}
      />
    </>
  );
}

export default function EvaluationRoundsPage() {
  const session = useSession();
  const { acting } = session;
  const viewer: Viewer = admits(acting, ['evaluation', 'createRound'])
    ? 'admin'
    : acting?.role === 'reviewer'
      ? 'reviewer'
      : 'chief';
  return (
    <View className="eval-page">
      <RoleGate session={session} needs={['evaluation', 'listRounds']} what="参与年度评价">
        <Rounds key={acting?.id ?? ''} viewer={viewer} />
      </RoleGate>
    </View>
  );
}
