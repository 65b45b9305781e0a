/**
 * 我的预约 (?scope=station: 咨询预约 of a chief): the bookings the acting role may see — the
 * company's own, a consultant's own, a station's — filtered by status, newest first, paginated.
 * Coming back from a booking (cancelled, rescheduled) reloads the list.
 */
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ChipRow } from '@/components/ChipRow';
import { ListStatus } from '@/components/ListStatus';
import { usePagedList } from '@/hooks/usePagedList';
import { usePageParams } from '@/hooks/usePageParams';
import { useListGestures, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { ROUTES } from '@/lib/routes';
import { exportBookings, listBookings } from '@/services/consult';
import { ExportBar } from '@/components/ExportButton';
import { BookingCard } from '@/packages/consult/components/BookingCard';
import { RoleGate } from '@/components/RoleGate';
import { STATUS_FILTER, statusLabel, type BookingStatus } from '@/packages/consult/lib/labels';
import { useSession } from '@/hooks/useSession';
import './index.scss';

const CHIPS = [
  { value: '' as const, label: '全部' },
  ...STATUS_FILTER.map((value) => ({ value, label: statusLabel(value) })),
];

function BookingList({ asCompany }: { asCompany: boolean }) {
  const [status, setStatus] = useState<BookingStatus | ''>('');
  const filters = status ? { status } : {};
  const list = usePagedList((page, pageSize) => listBookings({ ...filters, page, pageSize }), [status]);
  useListGestures(list);

  // Back from a booking's page: its status may have changed.
  useReloadOnReturn(list.reload);

  return (
    <>
      <ChipRow chips={CHIPS} value={status} onChange={setStatus} testId="status-filter" />
      {/* A chief (the station's) or an admin exports the bookings as filtered. */}
      <ExportBar action={['consult', 'exportBookings']} make={() => exportBookings(filters)} />
      {list.items.map((b) => (
        <BookingCard
          key={b.id}
          booking={b}
          asCompany={asCompany}
          onOpen={(id) => void Taro.navigateTo({ url: ROUTES.booking(id) })}
        />
      ))}
      <ListStatus
        loading={list.loading}
        error={list.error}
        empty={!list.loading && list.items.length === 0}
        emptyText={status ? `没有${statusLabel(status)}的预约` : '还没有预约记录'}
        onRetry={() => void list.reload()}
        loadingMore={list.loadingMore}
        hasMore={list.hasMore}
      />
    </>
  );
}

export default function BookingsPage() {
  const { scope } = usePageParams();
  const session = useSession();
  const role = session.acting?.role;

  useEffect(() => {
    if (scope === 'station') void Taro.setNavigationBarTitle({ title: '咨询预约' }).catch(() => undefined);
  }, [scope]);

  return (
    <View className="bookings-page">
      <RoleGate session={session} roles={['company', 'liaison', 'expert', 'chief', 'admin']} what="查看预约">
        <BookingList key={session.acting?.id ?? ''} asCompany={role === 'company'} />
      </RoleGate>
    </View>
  );
}
