/**
 * 今日咨询: a liaison's or expert's consultations of the day (a chief's: the whole station's),
 * soonest first, with the company, topic, question and status. From here the consultant writes
 * the archive record, marks a no-show once the consultation has started, or starts a record of
 * a walk-in / phone / online consultation without a booking. Other days are a tap away.
 */
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { DayBooking } from '@core/contract';
import { addDays } from '@core/rules/time';
import { ListStatus } from '@/components/ListStatus';
import { useLoad } from '@/hooks/useLoad';
import { usePullToReload, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { confirm, toastError, toastOk } from '@/lib/feedback';
import { ROUTES } from '@/lib/routes';
import { listMyDay, markNoShow } from '@/services/consult';
import { DayCard } from '@/packages/consult/components/DayCard';
import { RoleGate } from '@/components/RoleGate';
import { dayLabel, timeRange } from '@/lib/format';
import { useSession } from '@/hooks/useSession';
import './index.scss';

const go = (url: string) => void Taro.navigateTo({ url });

function Day({ chief }: { chief: boolean }) {
  const [date, setDate] = useState<string | null>(null);
  const day = useLoad(() => listMyDay(date ? { date } : {}), [date]);
  // The server's today: the date of the first answer, asked without a date.
  const [today, setToday] = useState<string | null>(null);
  useEffect(() => {
    if (!today && !date && day.data) setToday(day.data.date);
  }, [today, date, day.data]);
  const [busy, setBusy] = useState(false);

  usePullToReload(day.reload);
  // Back from writing a record or a booking's page: statuses may have changed.
  useReloadOnReturn(day.reload);

  const shown = date ?? day.data?.date ?? null;
  // From the date asked for last (two quick taps move two days), or the server's today.
  const first = day.data?.date ?? null;
  const move = (days: number) =>
    setDate((prev) => {
      const base = prev ?? first;
      return base ? addDays(base, days) : prev;
    });

  const noShow = async (b: DayBooking) => {
    if (busy) return;
    const question = `确定${b.companyName} ${timeRange(b.start, b.end)} 的咨询未到场吗？企业将收到通知。`;
    if (!(await confirm('标记未到场', question))) return;
    setBusy(true);
    try {
      await markNoShow({ bookingId: b.id });
      toastOk('已标记未到场');
    } catch (e) {
      toastError(e);
    } finally {
      setBusy(false);
      void day.reload();
    }
  };

  // While another day loads, the previous day's list is not shown under the new date.
  const current = day.data && day.data.date === shown ? day.data : null;
  const bookings = current?.bookings ?? [];
  const waiting = bookings.filter((b) => b.status === 'booked').length;
  return (
    <>
      <View className="today-page__bar">
        <Text className="today-page__nav" data-testid="day-prev" onClick={() => move(-1)}>
          ‹ 前一天
        </Text>
        <Text className="today-page__date" data-testid="day-date">
          {shown ? `${dayLabel(shown)}${shown === today ? '（今天）' : ''}` : ''}
        </Text>
        <Text className="today-page__nav" data-testid="day-next" onClick={() => move(1)}>
          后一天 ›
        </Text>
      </View>
      {bookings.length ? (
        <Text className="today-page__summary" data-testid="day-summary">
          共 {bookings.length} 个预约，待咨询 {waiting} 个
        </Text>
      ) : null}
      {current
        ? bookings.map((b) => (
            <DayCard
              key={b.id}
              booking={b}
              now={current.now}
              showConsultant={chief}
              busy={busy}
              onOpen={(id) => go(ROUTES.booking(id))}
              onWrite={(id) => go(ROUTES.recordEdit(id))}
              onNoShow={(b2) => void noShow(b2)}
              onRecord={(id) => go(ROUTES.record(id))}
            />
          ))
        : null}
      <ListStatus
        loading={day.loading}
        error={day.error}
        empty={bookings.length === 0}
        emptyText="这一天没有咨询预约"
        onRetry={() => void day.reload()}
      />
      <View className="today-page__new">
        <Button block fill="outline" type="primary" onClick={() => go(ROUTES.recordEdit())}>
          新建咨询记录（现场、电话、在线）
        </Button>
      </View>
    </>
  );
}

export default function TodayPage() {
  const session = useSession();
  return (
    <View className="today-page">
      <RoleGate session={session} roles={['liaison', 'expert', 'chief']} what="查看今日咨询">
        <Day key={session.acting?.id ?? ''} chief={session.acting?.role === 'chief'} />
      </RoleGate>
    </View>
  );
}
