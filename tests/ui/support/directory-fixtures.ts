/** Outputs of the directory actions, shaped exactly as the contract's outputs. */
import type { CatalogueEntry, Course, OutputOf, Platform, ServiceItem, Station } from '@core/contract';

const T0 = Date.UTC(2025, 2, 3, 1, 0, 0);

export function aStation(overrides: Partial<Station> = {}): Station {
  return {
    id: 'st-haidian-zgc',
    name: '海淀区中关村知识产权工作站',
    kind: 'assistance_station',
    level: 'workstation',
    district: 'haidian',
    address: '北京市海淀区中关村大街1号',
    phone: '010-62345678',
    hours: '周一至周五 9:00-17:30',
    keyIndustries: ['新一代信息技术', '人工智能'],
    operator: '中关村知识产权服务中心',
    intro: '面向园区企业提供知识产权公共服务',
    status: 'active',
    updatedAt: T0,
    ...overrides,
  };
}

export function anItem(overrides: Partial<ServiceItem> = {}): ServiceItem {
  return {
    id: 'it-1',
    stationId: 'st-haidian-zgc',
    name: '商标注册指导',
    targetUsers: '辖区内中小企业',
    content: '指导商标注册申请材料准备',
    procedure: '预约 → 指导 → 提交',
    timeLimit: '3个工作日',
    consultPhone: '010-62000000',
    supervisionPhone: '12345',
    order: 10,
    status: 'published',
    updatedAt: T0,
    ...overrides,
  };
}

export function aPage<T>(items: T[], total = items.length, page = 1, pageSize = 20) {
  return { items, total, page, pageSize };
}

export function aDetail(
  overrides: Partial<OutputOf<'directory', 'getStation'>> = {},
): OutputOf<'directory', 'getStation'> {
  return { station: aStation(), items: [anItem()], canEdit: false, ...overrides };
}

export const PLATFORMS: Platform[] = [
  { id: 'pf-1', order: 1, name: '国家知识产权公共服务网站', url: 'https://ggfw.cnipa.gov.cn' },
  { id: 'pf-2', order: 2, name: '专利信息服务平台网站', url: 'http://search.cnipr.com/' },
];

export const COURSES: Course[] = [
  {
    id: 'co-1',
    order: 1,
    title: '知识产权基础知识',
    topics: ['知识产权基本概念和类型', '知识产权申报（登记）流程'],
  },
  { id: 'co-2', order: 2, title: '现行知识产权政策解读', topics: ['国家层面知识产权政策'] },
];

export const CATALOGUE: CatalogueEntry[] = [
  { id: 'ca-1', order: 1, label: '知识产权政策宣贯', group: 'basic' },
  { id: 'ca-2', order: 2, label: '知识产权维权援助', group: 'basic' },
  { id: 'ca-3', order: 3, label: '高价值知识产权培育', group: 'studio' },
];
