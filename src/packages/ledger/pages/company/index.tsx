/**
 * 企业档案: one company's page — its profile (001 appendix A), its IP holdings and how they
 * changed, and one timeline of the station's visits, its consultations and its service
 * requests, newest first. Company staff read their own (no visit findings or internal notes);
 * the station's staff read the station view and, as the policy allows, edit the profile and log
 * a visit from here.
 */
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { TimelineItem } from '@core/contract';
import { ListStatus, LoadStatus } from '@/components/ListStatus';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { ROUTES } from '@/lib/routes';
import { getHoldingsHistory, getProfile, getTimeline } from '@/services/enterprise';
import { HoldingsPanel } from '@/packages/ledger/components/HoldingsPanel';
import { RoleGate } from '@/components/RoleGate';
import { ProfileDetails } from '@/packages/ledger/components/ProfileDetails';
import { ProfileSummary } from '@/packages/ledger/components/ProfileSummary';
import { TimelineCard } from '@/packages/ledger/components/TimelineCard';
import { useSession } from '@/hooks/useSession';
import './index.scss';

/** Enough history for the trend bars; older changes stay in the store. */
const HISTORY_PAGE = 50;

function detailUrl(item: TimelineItem): string {
  if (item.kind === 'visit') return ROUTES.visit(item.id);
  if (item.kind === 'consultation') return ROUTES.record(item.id);
  return ROUTES.request(item.id);
}

function Company({ companyId }: { companyId: string }) {
  const profile = useLoad(() => getProfile({ companyId }), [companyId]);
  const history = useLoad(() => getHoldingsHistory({ companyId, pageSize: HISTORY_PAGE }), [companyId]);
  const timeline = usePagedList((page, pageSize) => getTimeline({ companyId, page, pageSize }), [companyId]);

  const reloadAll = async () => {
    await Promise.all([profile.reload(), history.reload(), timeline.reload()]);
  };
  useListGestures({ reload: reloadAll, loadMore: timeline.loadMore });
  // Back from editing the profile or logging a visit: show what changed.
  useReloadOnReturn(reloadAll);

  const c = profile.data;
  if (!c) {
    return <LoadStatus loaded={profile} missing="企业不存在或已被删除" />;
  }
  const go = (url: string) => () => void Taro.navigateTo({ url });
  return (
    <>
      <ProfileSummary company={c} />
      {c.canEdit || c.canLogVisit ? (
        <View className="company-page__actions">
          {c.canEdit ? (
            <Button type="primary" fill="outline" size="small" onClick={go(ROUTES.profileEdit(c.id))}>
              编辑档案
            </Button>
          ) : null}
          {c.canLogVisit ? (
            <Button type="primary" size="small" onClick={go(ROUTES.visitEdit(c.id))}>
              登记走访
            </Button>
          ) : null}
        </View>
      ) : null}
      <ProfileDetails profile={c.profile} />
      <HoldingsPanel current={c.holdings} history={history.data?.items ?? []} />
      <Text className="company-page__section">服务记录</Text>
      {timeline.items.map((item) => (
        <TimelineCard
          key={`${item.kind}:${item.id}`}
          item={item}
          onOpen={(i) => void Taro.navigateTo({ url: detailUrl(i) })}
        />
      ))}
      <ListStatus
        loading={timeline.loading}
        error={timeline.error}
        empty={!timeline.loading && timeline.items.length === 0}
        emptyText="还没有走访、咨询或服务需求记录"
        onRetry={() => void timeline.reload()}
        loadingMore={timeline.loadingMore}
        hasMore={timeline.hasMore}
      />
    </>
  );
}

export default function CompanyPage() {
  const session = useSession();
  const params = usePageParams();
  const companyId = params.companyId ?? session.acting?.companyId;
  return (
    <View className="company-page">
      <RoleGate session={session} needs={['enterprise', 'getProfile']} what="查看企业档案">
        {companyId ? (
          <Company key={companyId} companyId={companyId} />
        ) : (
          <ListStatus loading={false} error={null} empty emptyText="请从企业台账或“我的”进入企业档案" />
        )}
      </RoleGate>
    </View>
  );
}
