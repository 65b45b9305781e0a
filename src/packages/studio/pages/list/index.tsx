/**
 * 流动工作室申请 (?status=): company staff see their company's applications (我的申请) and
 * apply (申请设立) while none is open; the approvers (town branch, city section, city bureau) and
 * admins see the applications in their reach — the server's scope — by status, 审批中 first,
 * each reviewed one with its stage, time limit and 已超时 once late. Newest first, paginated;
 * a row opens the application; coming back from it (or from the form) reloads.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { StudioApplicationSummary } from '@core/contract';
import { STUDIO_STATUS, type StudioStatus } from '@core/enums';
import { ChipRow, type Chip } from '@/components/ChipRow';
import { PagedListStatus } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { usePagedList, type PagedList } from '@/hooks/usePagedList';
import { useListGestures, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { oneOfParam, usePageParams } from '@/hooks/usePageParams';
import { useSession } from '@/hooks/useSession';
import { admits } from '@/lib/access';
import { ROUTES } from '@/lib/routes';
import { listApplications } from '@/services/studio';
import { ApplicationCard } from './ApplicationCard';
import './index.scss';

/** The queue's filters: what waits for a decision first, 全部 last. */
const QUEUE_CHIPS: Chip<StudioStatus>[] = [
  ...(['reviewing', 'returned', 'approved', 'rejected'] as const).map((value) => ({
    value,
    label: STUDIO_STATUS.labels[value],
  })),
  { value: '', label: '全部' },
];

const go = (url: string) => void Taro.navigateTo({ url }).catch(() => undefined);

function Applications({ list, emptyText }: { list: PagedList<StudioApplicationSummary>; emptyText: string }) {
  return (
    <>
      {list.items.length ? (
        <Text className="studio-list__count" data-testid="studio-count">
          共 {list.total} 份申请
        </Text>
      ) : null}
      {list.items.map((a) => (
        <ApplicationCard key={a.id} application={a} onOpen={(id) => go(ROUTES.studioApplication(id))} />
      ))}
      <PagedListStatus list={list} emptyText={emptyText} />
    </>
  );
}

/** Why the company cannot apply again now, or null when it may. */
function applyBlocked(items: StudioApplicationSummary[]): string | null {
  if (items.some((a) => a.status === 'approved')) return '贵企业已设立流动工作室';
  if (items.some((a) => a.status === 'returned')) return '贵企业的申请已退回补正，请打开申请修改后重新提交';
  if (items.some((a) => a.status === 'reviewing')) return '贵企业的申请正在审批中，可打开申请查看进度';
  return null;
}

/** 我的申请: the company's own, and 申请设立 while none is open. */
function MyApplications() {
  const list = usePagedList((page, pageSize) => listApplications({ page, pageSize }), []);
  useListGestures(list);
  useReloadOnReturn(list.reload);
  const blocked = list.loading || list.error ? null : applyBlocked(list.items);
  return (
    <>
      <Text className="studio-list__intro">
        企业知识产权保护流动工作室由镇街市场监督管理分局、市局知识产权相关科室和市局依次审批
      </Text>
      {blocked ? (
        <Text className="studio-list__notice" data-testid="apply-blocked">
          {blocked}
        </Text>
      ) : !list.loading && !list.error ? (
        <View className="studio-list__new">
          <Button type="primary" block data-testid="studio-apply" onClick={() => go(ROUTES.studioApply())}>
            申请设立
          </Button>
        </View>
      ) : null}
      <Text className="studio-list__section">我的申请</Text>
      <Applications list={list} emptyText="还没有提交过流动工作室申请" />
    </>
  );
}

/** The approvers' and admins' queue, by status (审批中 unless the link names another). */
function Queue() {
  const params = usePageParams();
  const [status, setStatus] = useState<StudioStatus | ''>(
    params.status === 'all' ? '' : oneOfParam(params.status, STUDIO_STATUS.values) || 'reviewing',
  );
  const list = usePagedList(
    (page, pageSize) => listApplications({ ...(status ? { status } : {}), page, pageSize }),
    [status],
  );
  useListGestures(list);
  useReloadOnReturn(list.reload);
  return (
    <>
      <ChipRow chips={QUEUE_CHIPS} value={status} onChange={setStatus} testId="status-filter" />
      <Applications
        list={list}
        emptyText={status ? `没有${STUDIO_STATUS.labels[status]}的申请` : '还没有流动工作室申请'}
      />
    </>
  );
}

export default function StudioApplicationsPage() {
  const session = useSession();
  const { acting } = session;
  return (
    <View className="studio-list">
      <RoleGate session={session} needs={['studio', 'listApplications']} what="查看流动工作室申请">
        {admits(acting, ['studio', 'submitApplication']) ? (
          <MyApplications key={acting?.id ?? ''} />
        ) : (
          <Queue key={acting?.id ?? ''} />
        )}
      </RoleGate>
    </View>
  );
}
