/** The service network: public lists, station editing by its chief, service items, admin powers. */
import { SERVICE_CATEGORY } from '../../core/enums';
import { SEED_STATIONS } from '../../core/reference/stations';
import {
  newStationInput,
  OTHER_STATION,
  OWN_STATION,
  seededStationFields,
  serviceItemInput,
} from '../support/fixtures';
import type { StudioApplicationDoc } from '../../core/store/docs';
import { expectError, expectOk, startTestHost, type TestHost } from '../support/host';

let t: TestHost;
let chief: string;
let admin: string;

beforeAll(async () => {
  t = await startTestHost();
  chief = await t.login('chief');
  admin = await t.login('admin');
});
afterAll(() => t.close());

const getStation = async (stationId: string, token?: string) =>
  expectOk(await t.call('directory', 'getStation', { stationId }, token));
const listStations = async (input: Record<string, unknown> = {}, token?: string) =>
  expectOk(await t.call('directory', 'listStations', { pageSize: 50, ...input }, token));

/** The studios the demo founded (server/demo/studio.ts): service points after the reference network. */
const demoStudios = async () =>
  (await t.host.store.find<StudioApplicationDoc>('studio_applications', { where: { status: 'approved' } })).map(
    (a) => ({ id: a.studioStationId!, district: a.district }),
  );

describe('public reading, no session needed', () => {
  it('lists every seeded station in display order, then the studios the demo founded', async () => {
    const founded = await demoStudios();
    expect(founded.length).toBeGreaterThan(0);
    const page = await listStations();
    expect(page.total).toBe(SEED_STATIONS.length + founded.length);
    expect(page.items.map((s) => s.id)).toEqual([...SEED_STATIONS.map((s) => s.id), ...founded.map((f) => f.id)]);
  });

  it('filters by district, kind and level, and pages', async () => {
    const haidian = await listStations({ district: 'haidian' });
    expect(haidian.items.length).toBeGreaterThan(0);
    expect(haidian.items.every((s) => s.district === 'haidian')).toBe(true);
    const founded = await demoStudios();
    expect(haidian.total).toBe(
      SEED_STATIONS.filter((s) => s.district === 'haidian').length +
        founded.filter((f) => f.district === 'haidian').length,
    );

    const studios = await listStations({ kind: 'mobile_studio' });
    expect(studios.items.map((s) => s.id)).toEqual([
      ...SEED_STATIONS.filter((s) => s.kind === 'mobile_studio').map((s) => s.id),
      ...founded.map((f) => f.id),
    ]);

    const city = await listStations({ level: 'city' });
    expect(city.items.every((s) => s.level === 'city')).toBe(true);

    const second = await listStations({ page: 2, pageSize: 3 });
    expect(second.items.map((s) => s.id)).toEqual(SEED_STATIONS.slice(3, 6).map((s) => s.id));
  });

  it('shows a station with its published items and no edit rights to a visitor', async () => {
    const view = await getStation(OWN_STATION);
    expect(view.station).toMatchObject({ id: OWN_STATION, ...seededStationFields(OWN_STATION), status: 'active' });
    expect(view.items.length).toBe(SEED_STATIONS.find((s) => s.id === OWN_STATION)!.items.length);
    expect(view.items.every((i) => i.status === 'published')).toBe(true);
    expect(view.canEdit).toBe(false);
  });

  it("tells the station's chief that they may edit it, and not another station", async () => {
    expect((await getStation(OWN_STATION, chief)).canEdit).toBe(true);
    expect((await getStation(OTHER_STATION, chief)).canEdit).toBe(false);
  });

  it('answers NOT_FOUND in Chinese for a station that does not exist', async () => {
    const error = expectError(await t.call('directory', 'getStation', { stationId: 'st-nowhere' }), 'NOT_FOUND');
    expect(error.message).toContain('不存在');
  });

  it('lists the 17 retrieval platforms, the 13 courses and the whole catalogue, in order', async () => {
    const platforms = expectOk(await t.call('directory', 'listPlatforms', {}));
    expect(platforms).toHaveLength(17);
    expect(platforms.map((p) => p.order)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(platforms[0]).toMatchObject({ name: '国家知识产权公共服务网站', url: 'https://ggfw.cnipa.gov.cn' });

    const courses = expectOk(await t.call('directory', 'listCourses', {}));
    expect(courses).toHaveLength(13);
    expect(courses[0]!.title).toBe('知识产权基础知识');
    expect(courses[12]!.title).toBe('专利检索与信息分析');

    const catalogue = expectOk(await t.call('directory', 'listCatalogue', {}));
    expect(catalogue.map((c) => c.id)).toEqual(SERVICE_CATEGORY.values);
    expect(catalogue.map((c) => c.label)).toEqual(SERVICE_CATEGORY.values.map((v) => SERVICE_CATEGORY.labels[v]));
  });
});

describe('the chief edits their station', () => {
  it('changes what every visitor sees in the station page and the list', async () => {
    const fields = {
      ...seededStationFields(OWN_STATION),
      hours: '周一至周六 8:30-18:00',
      keyIndustries: ['软件', '人工智能'],
    };
    const saved = expectOk(await t.call('directory', 'updateStation', { stationId: OWN_STATION, ...fields }, chief));
    expect(saved).toMatchObject({ hours: '周一至周六 8:30-18:00', status: 'active', updatedAt: t.clock.now() });

    expect((await getStation(OWN_STATION)).station).toMatchObject({
      hours: '周一至周六 8:30-18:00',
      keyIndustries: ['软件', '人工智能'],
    });
    const listed = (await listStations({ district: 'haidian' })).items.find((s) => s.id === OWN_STATION);
    expect(listed?.hours).toBe('周一至周六 8:30-18:00');
    expect((await t.host.store.get('stations', OWN_STATION))?.updatedBy).toBe('wx_demo-chief');
  });

  it('may not suspend it: only an admin changes the status', async () => {
    const before = await t.host.store.get('stations', OWN_STATION);
    const error = expectError(
      await t.call(
        'directory',
        'updateStation',
        { stationId: OWN_STATION, ...seededStationFields(OWN_STATION), status: 'suspended' },
        chief,
      ),
      'FORBIDDEN',
    );
    expect(error.message).toContain('管理员');
    expect(await t.host.store.get('stations', OWN_STATION)).toEqual(before);
  });

  it('may not edit another station', async () => {
    const before = await t.host.store.get('stations', OTHER_STATION);
    expectError(
      await t.call(
        'directory',
        'updateStation',
        { stationId: OTHER_STATION, ...seededStationFields(OTHER_STATION), hours: '关门' },
        chief,
      ),
      'FORBIDDEN',
    );
    expect(await t.host.store.get('stations', OTHER_STATION)).toEqual(before);
  });

  it('refuses a phone number nobody can dial, naming the field', async () => {
    const before = await t.counts();
    const error = expectError(
      await t.call(
        'directory',
        'updateStation',
        { stationId: OWN_STATION, ...seededStationFields(OWN_STATION), phone: '12' },
        chief,
      ),
      'INVALID_INPUT',
    );
    expect(error.fields?.phone).toContain('咨询电话');
    expect(await t.counts()).toEqual(before);
  });
});

describe('an admin suspends and resumes a station', () => {
  const FENGTAI = 'st-fengtai-assist';
  const setStatus = async (status: 'active' | 'suspended') =>
    expectOk(
      await t.call(
        'directory',
        'updateStation',
        { stationId: FENGTAI, ...seededStationFields(FENGTAI), status },
        admin,
      ),
    );

  it('hides a suspended station from visitors but not from the admin, and shows it again on resume', async () => {
    expect((await setStatus('suspended')).status).toBe('suspended');
    expect((await listStations()).items.map((s) => s.id)).not.toContain(FENGTAI);
    expectError(await t.call('directory', 'getStation', { stationId: FENGTAI }), 'NOT_FOUND');
    expect((await getStation(FENGTAI, admin)).station.status).toBe('suspended');

    await setStatus('active');
    expect((await listStations()).items.map((s) => s.id)).toContain(FENGTAI);
  });
});

describe('an admin creates a station', () => {
  it('lists it under its district, and a retry of the same request does not create a second', async () => {
    const input = newStationInput({ district: 'yanqing', name: '延庆区冰雪产业知识产权工作站' });
    const created = expectOk(await t.call('directory', 'createStation', input, admin));
    expect(created).toMatchObject({ name: '延庆区冰雪产业知识产权工作站', district: 'yanqing', status: 'active' });
    const again = expectOk(await t.call('directory', 'createStation', input, admin));
    expect(again.id).toBe(created.id);

    const yanqing = await listStations({ district: 'yanqing' });
    expect(yanqing.items.filter((s) => s.id === created.id)).toHaveLength(1);
    expect(yanqing.total).toBe(SEED_STATIONS.filter((s) => s.district === 'yanqing').length + 1);
    // It is listed after the seeded ones.
    expect((await listStations()).items.at(-1)?.id).toBe(created.id);
  });

  it('refuses the chief of a station', async () => {
    const before = await t.counts();
    expectError(await t.call('directory', 'createStation', newStationInput(), chief), 'FORBIDDEN');
    expect(await t.counts()).toEqual(before);
  });
});

describe('service items', () => {
  it('adds an item that visitors then see; a retry of the same request returns it again', async () => {
    const input = serviceItemInput(OWN_STATION, { name: '专利导航服务' });
    const before = await t.host.store.count('service_items', { stationId: OWN_STATION });
    const item = expectOk(await t.call('directory', 'saveServiceItem', input, chief));
    expect(item).toMatchObject({ stationId: OWN_STATION, name: '专利导航服务', status: 'published' });
    const retry = expectOk(await t.call('directory', 'saveServiceItem', input, chief));
    expect(retry).toEqual(item);
    expect(await t.host.store.count('service_items', { stationId: OWN_STATION })).toBe(before + 1);

    const visible = (await getStation(OWN_STATION)).items;
    expect(visible.map((i) => i.id)).toContain(item.id);
    // New items go to the end of the list.
    expect(visible.at(-1)?.id).toBe(item.id);
  });

  it('edits an item in place', async () => {
    const item = expectOk(await t.call('directory', 'saveServiceItem', serviceItemInput(OWN_STATION), chief));
    const { clientRequestId: _c, ...fields } = serviceItemInput(OWN_STATION, { timeLimit: '1个工作日' });
    const edited = expectOk(
      await t.call('directory', 'saveServiceItem', { ...fields, itemId: item.id, order: 1 }, chief),
    );
    expect(edited).toMatchObject({ id: item.id, timeLimit: '1个工作日', order: 1 });
    const shown = (await getStation(OWN_STATION)).items;
    expect(shown[0]).toMatchObject({ id: item.id, timeLimit: '1个工作日' });
  });

  it('asks for a request id when adding without one, writing nothing', async () => {
    const { clientRequestId: _c, ...noRequestId } = serviceItemInput(OWN_STATION);
    const before = await t.counts();
    const error = expectError(await t.call('directory', 'saveServiceItem', noRequestId, chief), 'INVALID_INPUT');
    expect(error.fields).toHaveProperty('clientRequestId');
    expect(await t.counts()).toEqual(before);
  });

  it("refuses to edit another station's item through this station", async () => {
    const { clientRequestId: _c, ...fields } = serviceItemInput(OWN_STATION);
    const before = await t.host.store.get('service_items', `${OTHER_STATION}-item-1`);
    expectError(
      await t.call('directory', 'saveServiceItem', { ...fields, itemId: `${OTHER_STATION}-item-1` }, chief),
      'NOT_FOUND',
    );
    expect(await t.host.store.get('service_items', `${OTHER_STATION}-item-1`)).toEqual(before);
  });

  it('withdraws an item: visitors no longer see it, the chief still does, marked withdrawn', async () => {
    const item = expectOk(
      await t.call('directory', 'saveServiceItem', serviceItemInput(OWN_STATION, { name: '即将撤下' }), chief),
    );
    const withdrawn = expectOk(
      await t.call(
        'directory',
        'setServiceItemStatus',
        { stationId: OWN_STATION, itemId: item.id, status: 'withdrawn' },
        chief,
      ),
    );
    expect(withdrawn.status).toBe('withdrawn');
    expect((await getStation(OWN_STATION)).items.map((i) => i.id)).not.toContain(item.id);
    expect((await getStation(OWN_STATION, chief)).items.find((i) => i.id === item.id)?.status).toBe('withdrawn');
    // Nothing deleted: publishing again brings it back.
    expectOk(
      await t.call(
        'directory',
        'setServiceItemStatus',
        { stationId: OWN_STATION, itemId: item.id, status: 'published' },
        chief,
      ),
    );
    expect((await getStation(OWN_STATION)).items.map((i) => i.id)).toContain(item.id);
  });

  it("does not let the chief withdraw another station's item", async () => {
    expectError(
      await t.call(
        'directory',
        'setServiceItemStatus',
        { stationId: OTHER_STATION, itemId: `${OTHER_STATION}-item-1`, status: 'withdrawn' },
        chief,
      ),
      'FORBIDDEN',
    );
    expect((await getStation(OTHER_STATION)).items.map((i) => i.id)).toContain(`${OTHER_STATION}-item-1`);
  });

  it('answers NOT_FOUND when the item does not belong to the named station', async () => {
    expectError(
      await t.call(
        'directory',
        'setServiceItemStatus',
        { stationId: OWN_STATION, itemId: `${OTHER_STATION}-item-1`, status: 'withdrawn' },
        chief,
      ),
      'NOT_FOUND',
    );
  });
});
