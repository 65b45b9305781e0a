/**
 * 线索移交: the rights-protection clues the station referred on and those referred to it (an
 * admin: every station's; an expert: the ones they referred), newest first, by direction and
 * status; paginated, and exported to Excel as filtered. Coming back from a referral (received,
 * closed…) reloads the list.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { REFERRAL_STATUS, type ReferralStatus } from '@core/enums';
import { ChipRow, type Chip } from '@/components/ChipRow';
import { ListStatus } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { useSession } from '@/hooks/useSession';
import { oneOfParam, usePageParams } from '@/hooks/usePageParams';
import { ROUTES } from '@/lib/routes';
import { exportReferrals, listReferrals } from '@/services/referral';
import { ExportBar } from '@/components/ExportButton';
import { ReferralCard } from '@/packages/referral/components/ReferralCard';
import './index.scss';

type Box = 'sent' | 'received';

const BOXES: Chip<Box>[] = [
  { value: '', label: '全部' },
  { value: 'received', label: '移交给本站' },
  { value: 'sent', label: '本站移交' },
];
const STATUSES: Chip<ReferralStatus>[] = [
  { value: '', label: '全部状态' },
  ...REFERRAL_STATUS.values.map((value) => ({ value, label: REFERRAL_STATUS.labels[value] })),
];

function Referrals({ stationId, withBoxes }: { stationId?: string; withBoxes: boolean }) {
  // 工作台's 待接收 to-do opens the incoming ones still waiting (box=received&status=referred).
  const params = usePageParams();
  const [box, setBox] = useState<Box | ''>(withBoxes ? oneOfParam(params.box, ['sent', 'received'] as const) : '');
  const [status, setStatus] = useState<ReferralStatus | ''>(oneOfParam(params.status, REFERRAL_STATUS.values));
  const filters = { ...(box ? { box } : {}), ...(status ? { status } : {}) };
  const list = usePagedList((page, pageSize) => listReferrals({ ...filters, page, pageSize }), [box, status]);
  useListGestures(list);
  useReloadOnReturn(list.reload);

  return (
    <>
      {withBoxes ? <ChipRow chips={BOXES} value={box} onChange={setBox} testId="box-filter" /> : null}
      <ChipRow chips={STATUSES} value={status} onChange={setStatus} testId="status-filter" />
      {/* Exported as filtered (station staff, admins; an expert's own are not exported). */}
      <ExportBar action={['referral', 'exportReferrals']} make={() => exportReferrals(filters)} />
      {list.items.length ? (
        <Text className="referral-list__count" data-testid="referral-count">
          共 {list.total} 条线索移交
        </Text>
      ) : null}
      {list.items.map((r) => (
        <ReferralCard
          key={r.id}
          referral={r}
          stationId={stationId}
          onOpen={(id) => void Taro.navigateTo({ url: ROUTES.referral(id) })}
        />
      ))}
      <ListStatus
        loading={list.loading}
        error={list.error}
        empty={!list.loading && list.items.length === 0}
        emptyText={status ? `没有${REFERRAL_STATUS.labels[status]}的线索移交` : '还没有线索移交'}
        onRetry={() => void list.reload()}
        loadingMore={list.loadingMore}
        hasMore={list.hasMore}
      />
    </>
  );
}

export default function ReferralListPage() {
  const session = useSession();
  const acting = session.acting;
  return (
    <View className="referral-list">
      <RoleGate session={session} needs={['referral', 'listReferrals']} what="查看线索移交">
        <Referrals
          key={acting?.id ?? ''}
          stationId={acting?.role === 'admin' ? undefined : acting?.stationId}
          withBoxes={acting?.role === 'liaison' || acting?.role === 'chief'}
        />
      </RoleGate>
    </View>
  );
}
