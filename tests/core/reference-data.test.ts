import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVICE_CATEGORY, STATION_KIND } from '../../core/enums';
import { COURSES } from '../../core/reference/courses';
import { PLATFORMS } from '../../core/reference/platforms';
import { SEED_STATIONS } from '../../core/reference/stations';
import { loadReferenceData } from '../../cloudfunctions/_shared/reference-data';
import { openSqliteStore, type SqliteStore } from '../../server/store/sqlite-store';
import { testClock } from '../support/clock';
import { PHONE_PATTERN } from '../../core/contract';

/** Seed 004 appendix B, as printed. */
const APPENDIX_B_TITLES = [
  '知识产权基础知识',
  '现行知识产权政策解读',
  '知识产权申请实务',
  '企业知识产权管理体系建设',
  '产品研发的知识产权问题',
  '融资中的知识产权问题',
  '对外合作中的知识产权问题',
  '市场营销中的知识产权问题',
  '企业知识产权纠纷应对',
  '专利信息利用助力企业研发',
  '企业行业知识产权主题系列讲座',
  '专利挖掘与布局',
  '专利检索与信息分析',
];

describe('reference data as written', () => {
  it('lists the 17 retrieval platforms of appendix A, each with a web address', () => {
    expect(PLATFORMS).toHaveLength(17);
    expect(PLATFORMS[0]!.name).toBe('国家知识产权公共服务网站');
    expect(PLATFORMS[16]!.name).toBe('国家知识产权局商标局中国商标网站');
    for (const p of PLATFORMS) expect(() => new URL(p.url)).not.toThrow();
    expect(new Set(PLATFORMS.map((p) => p.name)).size).toBe(17);
  });

  it('lists the 13 courses of appendix B, in order, each with topics', () => {
    expect(COURSES.map((c) => c.title)).toEqual(APPENDIX_B_TITLES);
    for (const c of COURSES) expect(c.topics.length).toBeGreaterThan(0);
  });

  it('seeds stations of every kind, with unique ids and phones a user can dial', () => {
    expect(new Set(SEED_STATIONS.map((s) => s.id)).size).toBe(SEED_STATIONS.length);
    expect(new Set(SEED_STATIONS.map((s) => s.kind))).toEqual(new Set(STATION_KIND.values));
    for (const s of SEED_STATIONS) {
      expect(s.phone).toMatch(PHONE_PATTERN);
      expect(s.supervisionPhone).toMatch(PHONE_PATTERN);
      expect(s.items.length).toBeGreaterThan(0);
    }
  });
});

describe('loading reference data into a store', () => {
  let dir: string;
  let store: SqliteStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'reference-'));
    store = openSqliteStore(join(dir, 'ref.db'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads 17 platforms, 13 courses, the whole catalogue and every seeded station', async () => {
    await loadReferenceData(store, testClock());
    expect(await store.count('platforms')).toBe(17);
    expect(await store.count('courses')).toBe(13);
    expect(await store.count('stations')).toBe(SEED_STATIONS.length);
    const catalogue = await store.find<{ _id: string; label: string; group: string }>('catalogue', { limit: 100 });
    expect(catalogue.map((c) => c._id).sort()).toEqual([...SERVICE_CATEGORY.values].sort());
    for (const c of catalogue) {
      expect(c.label).toBe(SERVICE_CATEGORY.labels[c._id as keyof typeof SERVICE_CATEGORY.labels]);
      expect(c.group).toBe(c.label.includes('流动工作室') ? 'studio' : 'basic');
    }
  });

  it('changes nothing when loaded a second time', async () => {
    const first = await loadReferenceData(store, testClock());
    expect(first).toBeGreaterThan(0);
    expect(await loadReferenceData(store, testClock())).toBe(0);
    expect(await store.count('platforms')).toBe(17);
    expect(await store.count('courses')).toBe(13);
  });

  it('gives companies stored before the ledger a lastVisitAt of 0, once per database', async () => {
    const company = (id: string) => ({ _id: id, name: `企业${id}`, joinCode: `J-${id}`, creditCode: `C-${id}` });
    await store.insert('companies', company('before-ledger'));
    await loadReferenceData(store, testClock());
    expect((await store.get('companies', 'before-ledger'))?.lastVisitAt).toBe(0);

    // Done once: a later start does not scan the companies again (it would fill this one in too).
    await store.insert('companies', company('written-later'));
    await loadReferenceData(store, testClock());
    expect(await store.get('companies', 'written-later')).not.toHaveProperty('lastVisitAt');
  });

  it('keeps edits made since the first load (reloading never overwrites a station)', async () => {
    const clock = testClock();
    await loadReferenceData(store, clock);
    await store.update('stations', { _id: 'st-haidian-zgc' }, { set: { hours: '全天' } });
    await loadReferenceData(store, clock);
    expect((await store.get('stations', 'st-haidian-zgc'))?.hours).toBe('全天');
  });
});
