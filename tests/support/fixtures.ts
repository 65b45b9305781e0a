/** Valid inputs for the account and directory actions, each one unique where it must be. */
import type { InputOf } from '../../core/contract';
import { creditCodeCheckChar } from '../../core/rules/credit-code';
import { SEED_STATIONS } from '../../core/reference/stations';

/** The demo station (every demo account works there) and another one nobody demo works at. */
export const OWN_STATION = 'st-haidian-zgc';
export const OTHER_STATION = 'st-chaoyang-rapid';

let counter = 0;
const next = () => ++counter;

/** A client request id, unique within the test run. */
export const newRequestId = (label = 'req') => `${label}-${process.pid}-${next()}`.slice(0, 64);

/** A valid unified social credit code, different on every call. */
export function newCreditCode(): string {
  const base = `91110108MA${String(next()).padStart(7, '0')}`;
  return base + creditCodeCheckChar(base)!;
}

export function companyInput(overrides: Partial<InputOf<'account', 'createCompany'>> = {}) {
  return {
    clientRequestId: newRequestId('company'),
    name: '北京测试科技有限公司',
    creditCode: newCreditCode(),
    district: 'haidian',
    stationId: OWN_STATION,
    contactName: '陈经理',
    contactMobile: '13900139000',
    ...overrides,
  } satisfies InputOf<'account', 'createCompany'>;
}

/** The editable fields of a seeded station, exactly as seeded (so "saving" them changes nothing). */
export function seededStationFields(stationId: string) {
  const seed = SEED_STATIONS.find((s) => s.id === stationId);
  if (!seed) throw new Error(`no seeded station ${stationId}`);
  const { id: _id, items: _items, supervisionPhone: _sp, ...fields } = seed;
  return fields;
}

export function newStationInput(overrides: Partial<InputOf<'directory', 'createStation'>> = {}) {
  return {
    clientRequestId: newRequestId('station'),
    name: '延庆区知识产权工作站',
    kind: 'other',
    level: 'workstation',
    district: 'yanqing',
    address: '北京市延庆区示例街8号',
    phone: '010-69100000',
    hours: '周一至周五 9:00-17:00',
    keyIndustries: ['冰雪产业', '园艺'],
    ...overrides,
  } satisfies InputOf<'directory', 'createStation'>;
}

export function serviceItemInput(stationId: string, overrides: Partial<InputOf<'directory', 'saveServiceItem'>> = {}) {
  return {
    stationId,
    clientRequestId: newRequestId('item'),
    name: '商标注册指导',
    targetUsers: '辖区内中小企业',
    content: '指导商标注册申请材料准备',
    procedure: '预约 → 指导 → 提交',
    timeLimit: '3个工作日',
    consultPhone: '010-62000000',
    supervisionPhone: '12345',
    ...overrides,
  } satisfies InputOf<'directory', 'saveServiceItem'>;
}
