/**
 * The annual special-service list (年度专项服务清单, 004 §7.3.3): in the first quarter a station
 * publishes the year's special services — content, target companies, frequency, expected results —
 * and records each delivery against them. Shared by the contract, the handlers and the pages.
 */
import type { SpecialFrequency } from '../enums';

export const SPECIAL_ITEMS_MAX = 20;
export const SPECIAL_CONTENT_MAX = 200;
export const SPECIAL_TARGETS_MAX = 100;
export const SPECIAL_EXPECTED_MAX = 200;
export const SPECIAL_NOTE_MAX = 200;
/** Deliveries kept per item (a monthly service logged weekly still fits). */
export const SPECIAL_PROGRESS_MAX = 200;

/** Deliveries a year each frequency plans; on demand plans none (progress is a count only). */
export const PLANNED_TIMES: Readonly<Record<SpecialFrequency, number | null>> = {
  monthly: 12,
  quarterly: 4,
  half_yearly: 2,
  yearly: 1,
  on_demand: null,
};

/** Months (1–12) by which the list is due: the first quarter. */
export const SPECIAL_LIST_DUE_MONTH = 3;
