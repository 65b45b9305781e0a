/**
 * 整改事项 (?status=&overdue=1): the improvement actions the acting role sees — an owner their
 * own, a chief the station's, an admin (or district admin) every station's or one picked —
 * by status and 仅看逾期, paginated; 工作台's to-dos open it filtered. The owner (or the chief)
 * completes an open one in its card; the chief (or an admin, on a station picked) opens a new one
 * with 新建整改, after which the list reloads. Coming back to the page reloads it too.
 * Opened from 服务评价's 「发起整改」 (?finding=&source=, an admin's also ?stationId=), the 新建整改
 * form opens at once with the finding and its source filled in.
 */
import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ImprovementView } from '@core/contract';
import { IMPROVEMENT_STATUS, type ImprovementStatus } from '@core/enums';
import { ChipRow } from '@/components/ChipRow';
import { RoleGate } from '@/components/RoleGate';
import { useStationScope } from '@/components/StationScope';
import { ToggleField } from '@/components/ToggleField';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { oneOfParam, usePageParams } from '@/hooks/usePageParams';
import { useSession } from '@/hooks/useSession';
import { admits, picksStation } from '@/lib/access';
import { toastInfo } from '@/lib/feedback';
import { listImprovements } from '@/services/quality';
import { ImprovementForm } from '@/packages/quality/components/ImprovementForm';
import { ImprovementList } from '@/packages/quality/components/ImprovementList';
import { draftFromLink } from '@/packages/quality/lib/form';
import { STATUS_CHIPS } from '@/packages/quality/lib/labels';
import './index.scss';

/** The list of one station ('': every station the acting role sees). */
function Improvements({ stationId }: { stationId: string }) {
  const { me, acting } = useSession();
  const params = usePageParams();
  const [status, setStatus] = useState<ImprovementStatus | ''>(oneOfParam(params.status, IMPROVEMENT_STATUS.values));
  const [overdue, setOverdue] = useState(params.overdue === '1');
  const [updated, setUpdated] = useState<Record<string, ImprovementView>>({});
  const formStation = stationId || acting?.stationId || '';
  const canCreate = admits(acting, ['quality', 'createImprovement']);
  // A finding the link brought fills the next form opened, once (an admin's after picking the station).
  const [linked, setLinked] = useState(() => draftFromLink(params));
  const [creating, setCreating] = useState(() => linked !== null && canCreate && formStation !== '');
  const filters = {
    ...(status ? { status } : {}),
    ...(overdue ? { overdue: true } : {}),
    ...(stationId ? { stationId } : {}),
  };
  const list = usePagedList(
    (page, pageSize) => listImprovements({ ...filters, page, pageSize }),
    [status, overdue, stationId],
  );
  useListGestures(list);
  useReloadOnReturn(list.reload);

  const mayComplete = admits(acting, ['quality', 'completeImprovement']);
  const canComplete = (item: ImprovementView) =>
    mayComplete && item.status === 'open' && (item.ownerId === me?.user.id || acting?.role === 'chief');

  const openForm = () => {
    if (formStation) setCreating(true);
    else toastInfo('请先选择要整改的服务站点');
  };
  const emptyText = overdue
    ? '没有逾期的整改'
    : status
      ? `没有${IMPROVEMENT_STATUS.labels[status]}的整改`
      : '还没有整改事项';

  return (
    <>
      {canCreate && creating ? (
        <ImprovementForm
          key={formStation}
          stationId={formStation}
          initial={linked}
          onCancel={() => {
            setCreating(false);
            setLinked(null);
          }}
          onCreated={() => {
            setCreating(false);
            setLinked(null);
            void list.reload();
          }}
        />
      ) : null}
      {canCreate && !creating ? (
        <View className="quality-list__new">
          <Button type="primary" block onClick={openForm}>
            新建整改
          </Button>
        </View>
      ) : null}
      <ChipRow chips={STATUS_CHIPS} value={status} onChange={setStatus} testId="status-filter" />
      <ToggleField name="overdue" label="仅看逾期" checked={overdue} onChange={setOverdue} />
      <ImprovementList
        list={list}
        updated={updated}
        onUpdated={(item) => setUpdated((u) => ({ ...u, [item.id]: item }))}
        canComplete={canComplete}
        withStation={!stationId && picksStation(acting)}
        emptyText={emptyText}
      />
    </>
  );
}

/** An admin (or district admin) picks the station (or every one) first; one the link names is taken as picked. */
function CityImprovements() {
  const { stationId: fromUrl } = usePageParams();
  const scope = useStationScope(fromUrl, { allOption: '全部站点' });
  return (
    <>
      {scope.picker}
      <Improvements stationId={scope.stationId} />
    </>
  );
}

export default function ImprovementsPage() {
  const session = useSession();
  const acting = session.acting;
  return (
    <View className="quality-list">
      <RoleGate session={session} needs={['quality', 'listImprovements']} what="查看整改事项">
        {picksStation(acting) ? (
          <CityImprovements key={acting?.id ?? ''} />
        ) : (
          <Improvements key={acting?.id ?? ''} stationId="" />
        )}
      </RoleGate>
    </View>
  );
}
