/**
 * The booking calendar of a station: its booking rules (how far ahead), then the free slots of
 * every day from today to the horizon (per-day counts and the slots), for one consultant or
 * for anyone available.
 */
import type { OutputOf, SlotView } from '@core/contract';
import { addDays, shanghaiDate } from '@core/rules/time';
import { useLoad } from '@/hooks/useLoad';
import { getBookingRules, listSlots } from '@/services/consult';

export type BookingRules = OutputOf<'consult', 'getBookingRules'>;
export interface DayCount {
  date: string;
  free: number;
}
export interface Calendar {
  days: DayCount[];
  slots: SlotView[];
}

/** listSlots answers at most this many days at once. */
const MAX_DAYS_PER_CALL = 31;

/** The slots of `days` days from `from`, in as few calls as the contract allows (in parallel). */
export async function loadCalendar(
  stationId: string,
  consultantId: string,
  from: string,
  days: number,
): Promise<Calendar> {
  const calls: Promise<Calendar>[] = [];
  for (let offset = 0; offset < days; offset += MAX_DAYS_PER_CALL) {
    calls.push(
      listSlots({
        stationId,
        ...(consultantId ? { consultantId } : {}),
        from: addDays(from, offset),
        days: Math.min(MAX_DAYS_PER_CALL, days - offset),
      }),
    );
  }
  const parts = await Promise.all(calls);
  return {
    days: parts.flatMap((p) => p.days),
    slots: parts.flatMap((p) => p.slots).sort((a, b) => a.start - b.start),
  };
}

/** A slot's identity: the consultant and the start. */
export const slotKey = (s: Pick<SlotView, 'consultantId' | 'start'>) => `${s.consultantId}@${s.start}`;

/** Today (Shanghai) to today + horizon. */
export function useCalendar(stationId: string, consultantId: string) {
  const rules = useLoad(() => getBookingRules({ stationId }), [stationId]);
  const horizon = rules.data?.horizonDays ?? null;
  const calendar = useLoad(
    () =>
      horizon === null
        ? Promise.resolve(null)
        : loadCalendar(stationId, consultantId, shanghaiDate(Date.now()), horizon + 1),
    [stationId, consultantId, horizon],
  );
  const error = rules.error ?? calendar.error;
  return {
    rules: rules.data,
    calendar: calendar.data,
    loading: rules.loading || calendar.loading || (horizon !== null && !calendar.data && !calendar.error),
    error,
    /** Retries whatever failed. */
    reload: () => (rules.error || !rules.data ? rules.reload() : calendar.reload()),
    /** Loads the slots again (someone else may have taken one). Stable across renders. */
    reloadSlots: calendar.reload,
  };
}

export type CalendarState = ReturnType<typeof useCalendar>;
