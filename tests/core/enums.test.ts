import * as enums from '../../core/enums';
import { labelOf, SERVICE_CATEGORY, STATION_KIND, STATION_LEVEL } from '../../core/enums';

const HAN = /[\u4e00-\u9fff]/;

interface Labelled {
  values: string[];
  labels: Record<string, string>;
}

/** Every `labelled()` enumeration exported by core/enums.ts. */
const ENUMS = (Object.entries(enums) as Array<[string, unknown]>).filter(
  (entry): entry is [string, Labelled] =>
    typeof entry[1] === 'object' && entry[1] !== null && 'values' in entry[1] && 'labels' in entry[1],
);

describe('enumerations and their Chinese labels', () => {
  it('finds the enumerations the UI shows', () => {
    expect(ENUMS.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'ROLE',
        'STATION_KIND',
        'STATION_LEVEL',
        'DISTRICT',
        'COMPANY_STATUS',
        'SERVICE_CATEGORY',
      ]),
    );
  });

  it.each(ENUMS)('%s gives every value a Chinese label, and no two values the same one', (_name, e) => {
    expect(e.values.length).toBeGreaterThan(0);
    for (const v of e.values) expect(e.labels[v]).toMatch(HAN);
    expect(new Set(e.values.map((v) => e.labels[v])).size).toBe(e.values.length);
  });

  it('has the six kinds of service point of seed 002', () => {
    expect(STATION_KIND.values.map((v) => STATION_KIND.labels[v])).toEqual([
      '知识产权保护中心',
      '快速维权中心',
      '商标品牌培育指导站',
      '维权援助服务站',
      '企业知识产权保护流动工作室',
      '其他服务网点',
    ]);
  });

  it('has three levels: city, district, workstation', () => {
    expect(STATION_LEVEL.values).toEqual(['city', 'district', 'workstation']);
    expect(STATION_LEVEL.values.map((v) => STATION_LEVEL.labels[v])).toEqual(['市级', '区级', '工作站']);
  });

  it('labelOf shows the label, an unknown value as itself, and nothing for no value', () => {
    expect(labelOf(SERVICE_CATEGORY, 'finance')).toBe('知识产权金融服务');
    expect(labelOf(SERVICE_CATEGORY, 'from_the_future')).toBe('from_the_future');
    expect(labelOf(SERVICE_CATEGORY, undefined)).toBe('');
  });
});
