/** People, slots and bookings of the consult pages, shaped exactly as the contract's outputs. */
import type { Availability, Booking, Me, OutputOf, SlotView } from '@core/contract';
import { MINUTE_MS, shanghaiInstant } from '@core/rules/time';

export const STATION_ID = 'st-haidian-zgc';
export const STATION_NAME = '海淀区中关村知识产权工作站';

export const COMPANY_ME: Me = {
  user: { id: 'u-co', displayName: '张经理' },
  memberships: [
    { id: 'u-co:company:c-1', role: 'company', companyId: 'c-1', companyName: '示例科技', companyStatus: 'confirmed' },
  ],
  actingId: 'u-co:company:c-1',
};

export const LIAISON_ME: Me = {
  user: { id: 'u-li', displayName: '李联络' },
  memberships: [{ id: 'u-li:liaison:st', role: 'liaison', stationId: STATION_ID, stationName: STATION_NAME }],
  actingId: 'u-li:liaison:st',
};

export const EXPERT_ME: Me = {
  user: { id: 'u-ex', displayName: '王专家' },
  memberships: [{ id: 'u-ex:expert:st', role: 'expert', stationId: STATION_ID, stationName: STATION_NAME }],
  actingId: 'u-ex:expert:st',
};

export const CHIEF_ME: Me = {
  user: { id: 'u-ch', displayName: '赵站长' },
  memberships: [{ id: 'u-ch:chief:st', role: 'chief', stationId: STATION_ID, stationName: STATION_NAME }],
  actingId: 'u-ch:chief:st',
};

export const CONSULTANTS: OutputOf<'consult', 'listConsultants'> = [
  { id: 'u-li', name: '李联络', role: 'liaison' },
  { id: 'u-ex', name: '王专家', role: 'expert' },
];

export const RULES: OutputOf<'consult', 'getBookingRules'> = {
  minNoticeMinutes: 120,
  horizonDays: 30,
  maxOpenPerCompany: 3,
};

export function aSlot(date: string, hhmm: string, overrides: Partial<SlotView> = {}): SlotView {
  const start = shanghaiInstant(date, hhmm);
  return {
    consultantId: 'u-li',
    consultantName: '李联络',
    start,
    end: start + 30 * MINUTE_MS,
    channel: 'onsite',
    location: '二层咨询室',
    ...overrides,
  };
}

/** listSlots' answer: per-day free counts computed from the slots, for the given days. */
export function slotsAnswer(days: string[], slots: SlotView[]): OutputOf<'consult', 'listSlots'> {
  return {
    days: days.map((date) => ({
      date,
      free: slots.filter((s) => shanghaiInstant(date) <= s.start && s.start < shanghaiInstant(date) + 86_400_000)
        .length,
    })),
    slots,
  };
}

export function aBooking(overrides: Partial<Booking> = {}): Booking {
  const start = shanghaiInstant('2026-11-23', '09:00');
  return {
    id: 'bk-1',
    stationId: STATION_ID,
    stationName: STATION_NAME,
    companyId: 'c-1',
    companyName: '示例科技',
    bookedBy: 'u-co',
    bookedByName: '张经理',
    consultantId: 'u-li',
    consultantName: '李联络',
    start,
    end: start + 30 * MINUTE_MS,
    channel: 'onsite',
    location: '二层咨询室',
    topic: 'consulting',
    question: '我们想了解发明专利优先审查的条件和流程',
    attachments: [],
    status: 'booked',
    history: [{ at: shanghaiInstant('2026-11-20', '15:04'), by: 'u-co', byName: '张经理', event: 'booked' }],
    createdAt: shanghaiInstant('2026-11-20', '15:04'),
    ...overrides,
  };
}

export function anAvailability(overrides: Partial<Availability> = {}): Availability {
  return {
    stationId: STATION_ID,
    consultantId: 'u-li',
    consultantName: '李联络',
    rules: [
      { weekdays: [1, 3], start: '09:00', end: '12:00', slotMinutes: 30, channel: 'onsite', location: '二层咨询室' },
      { weekdays: [5], start: '14:00', end: '17:00', slotMinutes: 60, channel: 'phone' },
    ],
    exceptions: [{ kind: 'off', date: '2026-12-01', note: '年假' }],
    updatedAt: shanghaiInstant('2026-11-01', '10:00'),
    ...overrides,
  };
}
