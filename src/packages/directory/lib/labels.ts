/**
 * Chinese field labels of the directory forms and cards: the same words as the contract's
 * `.describe()` labels (tests/ui/item-edit-page.test.tsx checks they agree), kept here so the
 * pages do not load zod schemas just to print a label.
 */
import type { ServiceItem, Station } from '@core/contract';

export type StationFieldName = Exclude<keyof Station, 'id' | 'status' | 'updatedAt'>;
export type ItemFieldName = Exclude<keyof ServiceItem, 'id' | 'stationId' | 'status' | 'updatedAt'>;

export const STATION_LABELS: Record<StationFieldName, string> = {
  name: '站点名称',
  kind: '网点类型',
  level: '级别',
  district: '所在区',
  address: '地址',
  phone: '咨询电话',
  hours: '服务时间',
  keyIndustries: '重点产业',
  operator: '运营单位',
  intro: '简介',
};

export const ITEM_LABELS: Record<ItemFieldName, string> = {
  name: '事项名称',
  targetUsers: '服务对象',
  content: '服务内容',
  procedure: '办理流程',
  timeLimit: '办理时限',
  consultPhone: '咨询电话',
  supervisionPhone: '监督电话',
  order: '排序',
};
