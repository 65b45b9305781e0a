/**
 * 投诉处理 (?status=&overdue=1): the complaints the acting role answers — a chief their station's
 * (those about the chief in person go to the admin), an admin every station's or one picked —
 * newest first, by status and 仅看超时, with who complained; paginated. 工作台's to-dos open it
 * filtered. The admin also sees and sets the answer limit. Coming back from a complaint reloads.
 */
import { useState } from 'react';
import { View } from '@tarojs/components';
import { COMPLAINT_STATUS, type ComplaintStatus } from '@core/enums';
import { ChipRow } from '@/components/ChipRow';
import { RoleGate } from '@/components/RoleGate';
import { useStationScope } from '@/components/StationScope';
import { ToggleField } from '@/components/ToggleField';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { oneOfParam, usePageParams } from '@/hooks/usePageParams';
import { useSession } from '@/hooks/useSession';
import { admits, picksStation } from '@/lib/access';
import { listComplaints } from '@/services/complaint';
import { AnswerDaysSetting } from '@/packages/complaint/components/AnswerDaysSetting';
import { ComplaintList } from '@/packages/complaint/components/ComplaintList';
import { STATUS_CHIPS } from '@/packages/complaint/lib/labels';
import '@/packages/complaint/styles/list.scss';

/** The queue of one station ('': every station the acting role handles). */
function Queue({ stationId }: { stationId: string }) {
  const params = usePageParams();
  const [status, setStatus] = useState<ComplaintStatus | ''>(oneOfParam(params.status, COMPLAINT_STATUS.values));
  const [overdue, setOverdue] = useState(params.overdue === '1');
  const filters = {
    ...(status ? { status } : {}),
    ...(overdue ? { overdue: true } : {}),
    ...(stationId ? { stationId } : {}),
  };
  const list = usePagedList(
    (page, pageSize) => listComplaints({ ...filters, page, pageSize }),
    [status, overdue, stationId],
  );
  useListGestures(list);
  useReloadOnReturn(list.reload);

  const emptyText = overdue
    ? '没有超时的投诉'
    : status
      ? `没有${COMPLAINT_STATUS.labels[status]}的投诉`
      : '还没有需要处理的投诉';
  return (
    <>
      <ChipRow chips={STATUS_CHIPS} value={status} onChange={setStatus} testId="status-filter" />
      <ToggleField name="overdue" label="仅看超时" checked={overdue} onChange={setOverdue} />
      <ComplaintList list={list} emptyText={emptyText} withComplainant />
    </>
  );
}

/** An admin picks the station (or every one) first. */
function CityQueue() {
  const scope = useStationScope(undefined, { allOption: '全部站点' });
  return (
    <>
      {scope.picker}
      <Queue stationId={scope.stationId} />
    </>
  );
}

export default function ComplaintQueuePage() {
  const session = useSession();
  const acting = session.acting;
  return (
    <View className="complaint-list">
      <RoleGate session={session} needs={['complaint', 'listComplaints']} what="处理投诉">
        {admits(acting, ['complaint', 'setComplaintSettings']) ? <AnswerDaysSetting /> : null}
        {picksStation(acting) ? <CityQueue key={acting?.id ?? ''} /> : <Queue key={acting?.id ?? ''} stationId="" />}
      </RoleGate>
    </View>
  );
}
