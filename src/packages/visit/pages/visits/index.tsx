/**
 * 走访记录 (?companyId=): the visits the acting role may read, newest first, paginated — a liaison
 * or chief the station's (filtered by company; 登记走访 from here), company staff the visits their
 * company received (what the station shared), an admin all; a chief or admin exports them.
 */
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Role } from '@core/enums';
import { ListStatus } from '@/components/ListStatus';
import { usePageParams } from '@/hooks/usePageParams';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { ROUTES } from '@/lib/routes';
import { getCompany } from '@/services/account';
import { exportVisits, listVisits } from '@/services/visit';
import { ExportBar } from '@/components/ExportButton';
import { CompanyPicker, type PickedCompany } from '@/containers/CompanyPicker';
import { RoleGate } from '@/components/RoleGate';
import { useStationScope } from '@/components/StationScope';
import { useSession } from '@/hooks/useSession';
import { picksStation } from '@/lib/access';
import { VisitCard } from '@/packages/visit/components/VisitCard';
import './index.scss';

function Visits({
  role,
  stationId,
  companyId,
  adminStation,
}: {
  role: Role;
  stationId?: string;
  companyId?: string;
  /** The station an admin picked (or arrived with from 统计分析): only its visits. */
  adminStation?: string;
}) {
  const stationStaff = (role === 'liaison' || role === 'chief') && !!stationId;
  // Opened from a company's page: that company's visits (its name follows once loaded).
  const [company, setCompany] = useState<PickedCompany | null>(
    stationStaff && companyId ? { id: companyId, name: '' } : null,
  );
  const filterId = company?.id;

  useEffect(() => {
    if (!stationStaff || !companyId) return;
    getCompany({ companyId })
      .then((c) => setCompany((now) => (now?.id === c.id ? { id: c.id, name: c.name } : now)))
      .catch(() => undefined);
  }, [stationStaff, companyId]);

  const query = { ...(filterId ? { companyId: filterId } : {}), ...(adminStation ? { stationId: adminStation } : {}) };
  const list = usePagedList((page, pageSize) => listVisits({ ...query, page, pageSize }), [filterId, adminStation]);
  useListGestures(list);
  useReloadOnReturn(list.reload);

  return (
    <>
      {stationStaff ? (
        <View className="visits-page__top">
          <CompanyPicker stationId={stationId!} selected={company} onSelect={setCompany} label="按企业筛选" />
          <View className="visits-page__new">
            <Button
              type="primary"
              size="small"
              onClick={() => void Taro.navigateTo({ url: ROUTES.visitEdit(company?.id) })}
            >
              登记走访
            </Button>
          </View>
        </View>
      ) : null}
      {/* A chief or admin exports the visits as filtered. */}
      <ExportBar action={['visit', 'exportVisits']} make={() => exportVisits(query)} />
      <Text className="visits-page__summary" data-testid="visits-summary">
        {list.loading ? '' : `共 ${list.total} 次走访${company?.name ? `（${company.name}）` : ''}`}
      </Text>
      {list.items.map((v) => (
        <VisitCard key={v.id} visit={v} onOpen={(id) => void Taro.navigateTo({ url: ROUTES.visit(id) })} />
      ))}
      <ListStatus
        loading={list.loading}
        error={list.error}
        empty={!list.loading && list.items.length === 0}
        emptyText={role === 'company' ? '工作站还没有走访记录' : '还没有走访记录'}
        onRetry={() => void list.reload()}
        loadingMore={list.loadingMore}
        hasMore={list.hasMore}
      />
    </>
  );
}

/** An admin's visits (a district admin's: the district's): every station's, or one station's picked from the list. */
function AdminVisits({ fromUrl }: { fromUrl?: string }) {
  const scope = useStationScope(fromUrl, { allOption: '全部站点' });
  return (
    <>
      {scope.picker}
      <Visits key={scope.stationId} role="admin" adminStation={scope.stationId || undefined} />
    </>
  );
}

export default function VisitsPage() {
  const { companyId, stationId } = usePageParams();
  const session = useSession();
  const acting = session.acting;
  return (
    <View className="visits-page">
      <RoleGate session={session} needs={['visit', 'listVisits']} what="查看走访记录">
        {picksStation(acting) ? (
          <AdminVisits fromUrl={stationId || undefined} />
        ) : acting ? (
          <Visits key={acting.id} role={acting.role} stationId={acting.stationId} companyId={companyId} />
        ) : null}
      </RoleGate>
    </View>
  );
}
