/**
 * Limits of the service directory (stations and their service items), shared by the directory
 * contract and the pages' forms (zod-free), so a form refuses exactly what the server refuses.
 */

export const STATION_NAME_MIN = 2;
export const STATION_NAME_MAX = 60;
export const STATION_ADDRESS_MIN = 2;
export const STATION_ADDRESS_MAX = 120;
export const STATION_HOURS_MAX = 60;
/** Key industries: at most this many, each at most INDUSTRY_MAX characters. */
export const MAX_INDUSTRIES = 10;
export const INDUSTRY_MAX = 20;
export const OPERATOR_MAX = 60;
export const STATION_INTRO_MAX = 500;

export const ITEM_NAME_MAX = 40;
export const ITEM_TARGET_USERS_MAX = 100;
/** 服务内容 and 办理流程. */
export const ITEM_TEXT_MAX = 500;
export const ITEM_TIME_LIMIT_MAX = 40;
/** A service item's place in its station's list (排序): 0–999. */
export const ITEM_ORDER_MAX = 999;

/** The work calendar (core/rules/sla.ts): a few years of holidays, and of 调休 working days. */
export const CALENDAR_DATES_MAX = 400;
