/**
 * 我的投诉: the complaints the caller filed, newest first, by status, paginated, with 我要投诉 at
 * the top for those who may file one (company staff). Coming back from a complaint (accepted,
 * escalated) or from the form reloads the list.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { COMPLAINT_STATUS, type ComplaintStatus } from '@core/enums';
import { ChipRow } from '@/components/ChipRow';
import { RoleGate } from '@/components/RoleGate';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { useSession } from '@/hooks/useSession';
import { admits } from '@/lib/access';
import { ROUTES } from '@/lib/routes';
import { listMyComplaints } from '@/services/complaint';
import { ComplaintList } from '@/packages/complaint/components/ComplaintList';
import { STATUS_CHIPS } from '@/packages/complaint/lib/labels';
import '@/packages/complaint/styles/list.scss';

function MyComplaints({ canFile }: { canFile: boolean }) {
  const [status, setStatus] = useState<ComplaintStatus | ''>('');
  const list = usePagedList(
    (page, pageSize) => listMyComplaints({ ...(status ? { status } : {}), page, pageSize }),
    [status],
  );
  useListGestures(list);
  useReloadOnReturn(list.reload);

  return (
    <>
      {canFile ? (
        <View className="complaint-list__new">
          <Button type="primary" block onClick={() => void Taro.navigateTo({ url: ROUTES.complaintNew() })}>
            我要投诉
          </Button>
        </View>
      ) : null}
      <ChipRow chips={STATUS_CHIPS} value={status} onChange={setStatus} testId="status-filter" />
      <ComplaintList
        list={list}
        emptyText={status ? `没有${COMPLAINT_STATUS.labels[status]}的投诉` : '还没有提交过投诉'}
      />
    </>
  );
}

export default function MyComplaintsPage() {
  const session = useSession();
  return (
    <View className="complaint-list">
      <RoleGate session={session} needs={['complaint', 'listMyComplaints']} what="查看我的投诉">
        <MyComplaints key={session.acting?.id ?? ''} canFile={admits(session.acting, ['complaint', 'fileComplaint'])} />
      </RoleGate>
    </View>
  );
}
