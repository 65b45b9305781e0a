/** The service network: stations, their service item lists, and reference data. */
import { z } from 'zod';
import {
  DISTRICT,
  ITEM_STATUS,
  SPECIAL_FREQUENCY,
  SPECIAL_LIST_STATUS,
  STATION_KIND,
  STATION_LEVEL,
  STATION_STATUS,
} from '../enums';
import * as LIMIT from '../rules/directory-limits';
import * as SPECIAL from '../rules/special-services';
import { clientRequestId, date, epochMs, id, oneOf, optionalText, pageInput, pageOf, phone, text } from './common';

/** The editable fields of a station. */
export const stationFields = {
  name: text('站点名称', LIMIT.STATION_NAME_MAX, LIMIT.STATION_NAME_MIN),
  kind: oneOf(STATION_KIND.values, '网点类型'),
  level: oneOf(STATION_LEVEL.values, '级别'),
  district: oneOf(DISTRICT.values, '所在区'),
  address: text('地址', LIMIT.STATION_ADDRESS_MAX, LIMIT.STATION_ADDRESS_MIN),
  phone: phone('咨询电话'),
  hours: text('服务时间', LIMIT.STATION_HOURS_MAX),
  keyIndustries: z.array(text('重点产业', LIMIT.INDUSTRY_MAX)).max(LIMIT.MAX_INDUSTRIES).describe('重点产业'),
  operator: optionalText('运营单位', LIMIT.OPERATOR_MAX),
  intro: optionalText('简介', LIMIT.STATION_INTRO_MAX),
};

export const station = z.object({
  id: z.string(),
  ...stationFields,
  status: oneOf(STATION_STATUS.values, '状态'),
  updatedAt: epochMs('更新时间'),
});
export type Station = z.infer<typeof station>;

/** The seven fields of a service item (004 §7.4.3). */
export const serviceItemFields = {
  name: text('事项名称', LIMIT.ITEM_NAME_MAX),
  targetUsers: text('服务对象', LIMIT.ITEM_TARGET_USERS_MAX),
  content: text('服务内容', LIMIT.ITEM_TEXT_MAX),
  procedure: text('办理流程', LIMIT.ITEM_TEXT_MAX),
  timeLimit: text('办理时限', LIMIT.ITEM_TIME_LIMIT_MAX),
  consultPhone: phone('咨询电话'),
  supervisionPhone: phone('监督电话'),
};

export const serviceItem = z.object({
  id: z.string(),
  stationId: z.string(),
  ...serviceItemFields,
  order: z.number().int(),
  status: oneOf(ITEM_STATUS.values, '状态'),
  updatedAt: epochMs('更新时间'),
});
export type ServiceItem = z.infer<typeof serviceItem>;

const calendarDates = (label: string) =>
  z
    .array(date(label))
    .max(LIMIT.CALENDAR_DATES_MAX, { message: `最多 ${LIMIT.CALENDAR_DATES_MAX} 天` })
    .default([])
    .describe(label);

export const workCalendar = z.object({
  set: z.boolean(),
  holidays: z.array(z.string()),
  workdays: z.array(z.string()),
  updatedAt: epochMs('更新时间').optional(),
});
export type WorkCalendarView = z.infer<typeof workCalendar>;

export const platform = z.object({
  id: z.string(),
  order: z.number().int(),
  name: z.string(),
  url: z.string(),
});
export type Platform = z.infer<typeof platform>;

export const course = z.object({
  id: z.string(),
  order: z.number().int(),
  title: z.string(),
  topics: z.array(z.string()),
});
export type Course = z.infer<typeof course>;

export const catalogueEntry = z.object({
  id: z.string(),
  order: z.number().int(),
  label: z.string(),
  group: z.enum(['basic', 'studio']),
});
export type CatalogueEntry = z.infer<typeof catalogueEntry>;

const specialYear = z.number().int().min(2000).max(2100).describe('年度');

/** One special service as the station writes it. */
export const specialServiceFields = {
  content: text('服务内容', SPECIAL.SPECIAL_CONTENT_MAX, 2),
  targets: text('服务对象', SPECIAL.SPECIAL_TARGETS_MAX, 2),
  frequency: oneOf(SPECIAL_FREQUENCY.values, '服务频次'),
  expected: text('预期成效', SPECIAL.SPECIAL_EXPECTED_MAX, 2),
};

export const specialProgressEntry = z.object({
  id: z.string(),
  doneAt: epochMs('开展时间'),
  note: z.string(),
  byName: z.string(),
});

export const specialService = z.object({
  id: z.string(),
  ...specialServiceFields,
  /** Deliveries the frequency plans for the year; null: on demand. */
  planned: z.number().int().nullable(),
  /** Deliveries recorded so far. */
  done: z.number().int(),
  /** The deliveries, newest first: only to the station's own people and admins. */
  progress: z.array(specialProgressEntry).optional(),
});
export type SpecialService = z.infer<typeof specialService>;

export const specialServiceList = z.object({
  stationId: z.string(),
  stationName: z.string(),
  year: z.number().int(),
  /** 'none': nothing written for the year yet. */
  status: z.union([oneOf(SPECIAL_LIST_STATUS.values, '状态'), z.literal('none')]),
  publishedAt: z.number().optional(),
  /** Published after the first quarter of its year (004 §7.3.3 asks for it within the quarter). */
  late: z.boolean(),
  items: z.array(specialService),
  /** Whether the caller may write it and record progress. */
  canEdit: z.boolean(),
});
export type SpecialServiceList = z.infer<typeof specialServiceList>;

export const directory = {
  /** A station's special-service list of a year: published to anyone, a draft to its own people. */
  getSpecialServices: {
    input: z.object({ stationId: id('站点'), year: specialYear }),
    output: specialServiceList,
  },
  /**
   * Writes the year's list (a draft, or an edit of the published one). Items keep their ids (and
   * their recorded progress); an item left out is dropped only while it has no progress.
   */
  saveSpecialServices: {
    input: z.object({
      stationId: id('站点'),
      year: specialYear,
      items: z
        .array(z.object({ id: z.string().max(40).optional(), ...specialServiceFields }))
        .min(1, '请至少填写一项专项服务')
        .max(SPECIAL.SPECIAL_ITEMS_MAX, `专项服务最多${SPECIAL.SPECIAL_ITEMS_MAX}项`),
    }),
    output: specialServiceList,
  },
  publishSpecialServices: {
    input: z.object({ stationId: id('站点'), year: specialYear }),
    output: specialServiceList,
  },
  /** Records one delivery of a published special service (a retry with the same request id records nothing more). */
  logSpecialProgress: {
    input: z.object({
      clientRequestId,
      stationId: id('站点'),
      year: specialYear,
      itemId: z.string().min(1).max(40).describe('专项服务'),
      doneAt: epochMs('开展时间'),
      note: text('开展情况', SPECIAL.SPECIAL_NOTE_MAX, 2),
    }),
    output: specialServiceList,
  },
  listStations: {
    input: z.object({
      district: oneOf(DISTRICT.values, '所在区').optional(),
      kind: oneOf(STATION_KIND.values, '网点类型').optional(),
      level: oneOf(STATION_LEVEL.values, '级别').optional(),
      ...pageInput,
    }),
    output: pageOf(station),
  },
  getStation: {
    input: z.object({ stationId: id('站点') }),
    output: z.object({
      station,
      items: z.array(serviceItem),
      /** Whether the caller may edit this station (drives the edit buttons). */
      canEdit: z.boolean(),
    }),
  },
  createStation: {
    input: z.object({ clientRequestId, ...stationFields }),
    output: station,
  },
  updateStation: {
    input: z.object({
      stationId: id('站点'),
      ...stationFields,
      status: oneOf(STATION_STATUS.values, '状态').optional(),
    }),
    output: station,
  },
  saveServiceItem: {
    input: z.object({
      stationId: id('站点'),
      /** Absent: a new item (then clientRequestId is required). */
      itemId: id('事项').optional(),
      clientRequestId: clientRequestId.optional(),
      ...serviceItemFields,
      order: z.number().int().min(0).max(LIMIT.ITEM_ORDER_MAX).optional().describe('排序'),
    }),
    output: serviceItem,
  },
  setServiceItemStatus: {
    input: z.object({
      stationId: id('站点'),
      itemId: id('事项'),
      status: oneOf(ITEM_STATUS.values, '状态'),
    }),
    output: serviceItem,
  },
  /**
   * The work calendar the two-day answer counts in (core/rules/sla.ts): public holidays and 调休
   * working days. `set: false` until an admin saves one (then the count is in calendar days).
   */
  getWorkCalendar: { input: z.object({}), output: workCalendar },
  /** The admin replaces the calendar; dates are kept sorted, each once, never both kinds at once. */
  setWorkCalendar: {
    input: z.object({
      holidays: calendarDates('法定节假日'),
      workdays: calendarDates('调休工作日'),
    }),
    output: workCalendar,
  },
  listPlatforms: { input: z.object({}), output: z.array(platform) },
  listCourses: { input: z.object({}), output: z.array(course) },
  listCatalogue: { input: z.object({}), output: z.array(catalogueEntry) },
} as const;
