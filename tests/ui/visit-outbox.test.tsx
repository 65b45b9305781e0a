/**
 * 登记走访 without signal: the draft kept on the phone as it is typed (and restored after the page
 * or the app was closed), a submit without network queued in the outbox (待发送) with its
 * clientRequestId and local photos, replays that always send that same id (by hand, when the
 * network returns), and a replay the server refuses (INVALID_INPUT) turned back into a draft
 * with the message — nothing typed is lost on the way.
 */
import Taro from '@tarojs/taro';
import type { StationVisit } from '@core/contract';
import { DAY_MS, shanghaiDate, shanghaiInstant } from '@core/rules/time';
import VisitEditPage from '@/packages/visit/pages/visit-edit/index';
import OutboxPage from '@/packages/visit/pages/outbox/index';
import { loadDraft, saveDraft } from '@/packages/visit/lib/draft-store';
import { emptyDraft, type VisitDraft } from '@/packages/visit/lib/visit-form';
import * as archive from '@/services/archive';
import { ServiceError } from '@/services/errors';
import * as files from '@/services/files';
import { flushOutbox, readOutbox, retryOutbox, startOutbox, type OutboxEntry } from '@/services/outbox';
import * as visits from '@/services/visit';
import { aPage } from './support/directory-fixtures';
import { aLedgerCompany } from './support/archive-fixtures';
import { LIAISON_ME, STATION_ID, STATION_NAME } from './support/consult-fixtures';
import {
  bodyText,
  byTestId,
  deferred,
  fieldError,
  fieldInput,
  mountPage,
  tapText,
  typeField,
  waitFor,
  waitForForm,
  waitForText,
  type MountedPage,
} from './support/page-harness';
import { signedInPages, taro } from './support/page-lifecycle';
import { toastTitles } from './support/taro-mocks';
import { atNow } from './support/clock';
import { freshPhone } from './support/phone';

jest.mock('@/services/visit');
jest.mock('@/services/files', () => ({ uploadAttachment: jest.fn() }));
jest.mock('@/services/archive', () => require('./support/archive-mock').archiveMock());
jest.mock('@/services/account');
const api = jest.mocked(visits);
const upload = jest.mocked(files.uploadAttachment);
const arc = jest.mocked(archive);

const ME = LIAISON_ME.user.id;
/** The phone's clock for every test here (the form checks the visit's day against it). */
const NOW = shanghaiInstant('2026-11-22', '15:00');
/** Two days before it (Shanghai): a visit logged late, as the form allows. */
const VISIT_DAY = shanghaiDate(NOW - 2 * DAY_MS);
const TITLE = `北京台账科技有限公司 · ${VISIT_DAY} 10:30`;
const OFFLINE = () => new ServiceError('NETWORK', '网络连接失败，请检查网络后重试');

/** A filled-in visit as the form keeps it, with one need and one photo not uploaded yet. */
function aDraft(overrides: Partial<VisitDraft> = {}): VisitDraft {
  return {
    ...emptyDraft(NOW, '李联络', { id: 'c-9', name: '北京台账科技有限公司' }),
    date: VISIT_DAY,
    time: '10:30',
    met: '陈总（总经理）',
    topics: ['application'],
    findings: '新产品即将上市，尚未做专利布局',
    sharedSummary: '建议尽快申请发明专利并做商标布局',
    needs: [{ key: 'n1', category: 'application', description: '需要专家指导发明专利申请', urgency: 'urgent' }],
    photos: [{ localPath: 'wxfile://usr/visit-photo-1.jpg', name: '走访照片1.jpg' }],
    ...overrides,
  };
}

function aVisit(overrides: Partial<StationVisit> = {}): StationVisit {
  return {
    view: 'station',
    id: 'visit:abc',
    stationId: STATION_ID,
    stationName: STATION_NAME,
    companyId: 'c-9',
    companyName: '北京台账科技有限公司',
    visitedAt: shanghaiInstant(VISIT_DAY, '10:30'),
    form: 'onsite',
    topics: ['application'],
    sharedSummary: '建议尽快申请发明专利并做商标布局',
    photoCount: 1,
    visitors: ['李联络'],
    met: '陈总（总经理）',
    findings: '新产品即将上市，尚未做专利布局',
    requestIds: ['req:visit:abc:1'],
    createdBy: ME,
    createdByName: '李联络',
    createdAt: shanghaiInstant(VISIT_DAY, '11:00'),
    photos: [],
    ...overrides,
  };
}

let page: MountedPage | undefined;

signedInPages(LIAISON_ME);
atNow(NOW);
beforeEach(() => {
  freshPhone();
  arc.findCompanies.mockResolvedValue(aPage([aLedgerCompany()]));
  upload.mockResolvedValue({ id: 'up_photo1' } as never);
});

async function openForm(params: Record<string, string> = {}): Promise<MountedPage> {
  const p = await mountPage(VisitEditPage, params);
  await waitFor(() => expect(bodyText()).toContain('提交走访记录'));
  await waitForForm();
  return p;
}

/** Submits the stored draft with the network down: it lands in the outbox. */
async function submitOffline(draft = aDraft()): Promise<OutboxEntry> {
  saveDraft(ME, draft);
  api.logVisit.mockRejectedValue(OFFLINE());
  page = await openForm();
  tapText('提交走访记录');
  await waitFor(() => expect(readOutbox()).toHaveLength(1));
  page.unmount();
  page = undefined;
  return readOutbox()[0]!;
}

describe('the draft, kept on the phone as it is typed', () => {
  it('survives closing the page and is restored when it opens again', async () => {
    page = await openForm();
    typeField(page.utils, 'met', '陈总（总经理）');
    typeField(page.utils, 'findings', '车间新上了两条产线，尚未申请专利');
    (byTestId('topic').find((t) => t.getAttribute('data-value') === 'risk') as HTMLElement).click();
    await waitFor(() => expect(loadDraft(ME)?.findings).toBe('车间新上了两条产线，尚未申请专利'));
    page.unmount();

    page = await openForm();
    expect(byTestId('draft-restored')).toHaveLength(1);
    expect(fieldInput('met').value).toBe('陈总（总经理）');
    expect(fieldInput('findings').value).toBe('车间新上了两条产线，尚未申请专利');
    expect(
      byTestId('topic')
        .find((t) => t.getAttribute('data-value') === 'risk')!
        .getAttribute('data-active'),
    ).toBe('true');
  });

  it('keeps photos as local files in the draft; removing one asks first', async () => {
    jest.spyOn(Taro, 'chooseImage').mockResolvedValue({
      tempFilePaths: ['blob:http://localhost/p1', 'blob:http://localhost/p2'],
      tempFiles: [
        { path: 'blob:http://localhost/p1', size: 90_000 },
        { path: 'blob:http://localhost/p2', size: 80_000 },
      ],
    } as never);
    page = await openForm();
    (byTestId('photo-add')[0] as HTMLElement).click();
    await waitFor(() => expect(byTestId('photo')).toHaveLength(2));
    await waitFor(() =>
      expect(loadDraft(ME)?.photos).toEqual([
        { localPath: 'blob:http://localhost/p1', name: '走访照片1.jpg' },
        { localPath: 'blob:http://localhost/p2', name: '走访照片2.jpg' },
      ]),
    );
    expect(upload).not.toHaveBeenCalled(); // uploaded only when the visit is submitted

    (byTestId('photo-remove')[0] as HTMLElement).click();
    await waitFor(() => expect(byTestId('photo')).toHaveLength(1));
    expect(taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '删除照片' }));
    await waitFor(() => expect(loadDraft(ME)?.photos.map((p) => p.localPath)).toEqual(['blob:http://localhost/p2']));
  });

  it('is kept when the server refuses the visit (INVALID_INPUT), with the message under the field', async () => {
    saveDraft(ME, aDraft({ photos: [] }));
    api.logVisit.mockRejectedValue(
      new ServiceError('INVALID_INPUT', '需求描述：至少 5 个字', { 'needs.0.description': '需求描述：至少 5 个字' }),
    );
    page = await openForm();
    tapText('提交走访记录');
    await waitFor(() => expect(fieldError('needs.0.description')).toBe('需求描述：至少 5 个字'));
    expect(readOutbox()).toEqual([]);
    expect(loadDraft(ME)).toMatchObject({ findings: '新产品即将上市，尚未做专利布局', company: { id: 'c-9' } });
    expect(taro.redirectTo).not.toHaveBeenCalled();
  });

  it('is cleared once the visit is sent, and the page opens the visit', async () => {
    saveDraft(ME, aDraft());
    api.logVisit.mockResolvedValue(aVisit());
    page = await openForm();
    tapText('提交走访记录');
    await waitFor(() =>
      expect(taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/visit/pages/visit/index?visitId=visit%3Aabc' }),
    );
    expect(api.logVisit).toHaveBeenCalledWith(
      expect.objectContaining({
        companyId: 'c-9',
        photos: ['up_photo1'],
        visitedAt: shanghaiInstant(VISIT_DAY, '10:30'),
        needs: [{ category: 'application', description: '需要专家指导发明专利申请', urgency: 'urgent' }],
      }),
    );
    expect(loadDraft(ME)).toBeNull();
    expect(toastTitles(taro)).toContain('已提交，生成 1 条服务需求');
  });
});

describe('checks before sending', () => {
  it('names every missing field, a need row included, and sends nothing', async () => {
    page = await openForm();
    tapText('添加需求');
    await waitFor(() => expect(byTestId('need')).toHaveLength(1));
    tapText('提交走访记录');
    await waitFor(() => expect(fieldError('companyId')).toBe('企业：请从本站台账中选择走访的企业'));
    expect(fieldError('met')).toBe('受访人员：请填写受访人员');
    expect(fieldError('topics')).toBe('走访主题：请至少选择一个主题');
    expect(fieldError('findings')).toBe('走访发现：请至少填写5个字');
    expect(fieldError('sharedSummary')).toBe('走访小结：请至少填写5个字');
    expect(fieldError('needs.0.category')).toBe('需求类别：请选择需求类别');
    expect(fieldError('needs.0.description')).toBe('需求描述：请至少填写5个字');
    expect(api.logVisit).not.toHaveBeenCalled();
    expect(upload).not.toHaveBeenCalled();

    // An empty row is removed without asking; the visit needs no needs at all.
    tapText('删除');
    await waitFor(() => expect(byTestId('need')).toHaveLength(0));
    expect(taro.showModal).not.toHaveBeenCalled();
  });
});

describe('a submit without network', () => {
  it('is queued in the outbox with its clientRequestId, photos and draft; the form draft is cleared', async () => {
    const entry = await submitOffline();
    const sent = api.logVisit.mock.calls[0]![0];
    expect(entry).toMatchObject({
      id: sent.clientRequestId,
      kind: 'visit',
      ownerId: ME,
      status: 'waiting',
      title: TITLE,
      // The photo was uploaded before the network dropped: its id is kept, not uploaded again.
      photos: [{ localPath: 'wxfile://usr/visit-photo-1.jpg', name: '走访照片1.jpg', uploadId: 'up_photo1' }],
    });
    expect(entry.id).toMatch(/^[0-9a-f]{24}$/);
    expect(loadDraft(ME)).toBeNull();
    expect(taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/visit/pages/outbox/index' });
  });

  it('keeps a photo that could not be uploaded as a local file, and uploads it first when replayed', async () => {
    upload.mockRejectedValueOnce(OFFLINE());
    const entry = await submitOffline();
    expect(api.logVisit).not.toHaveBeenCalled();
    expect(entry.photos).toEqual([{ localPath: 'wxfile://usr/visit-photo-1.jpg', name: '走访照片1.jpg' }]);

    api.logVisit.mockResolvedValue(aVisit());
    const result = await flushOutbox(ME);
    expect(result.sent).toHaveLength(1);
    expect(upload).toHaveBeenLastCalledWith({
      filePath: 'wxfile://usr/visit-photo-1.jpg',
      name: '走访照片1.jpg',
      purpose: 'visit',
    });
    expect(api.logVisit).toHaveBeenCalledWith(
      expect.objectContaining({ clientRequestId: entry.id, photos: ['up_photo1'] }),
    );
    expect(readOutbox()).toEqual([]);
  });

  it('replays send the same clientRequestId every time, until one gets through', async () => {
    const entry = await submitOffline();
    api.logVisit.mockReset();
    api.logVisit.mockRejectedValueOnce(OFFLINE()).mockRejectedValueOnce(OFFLINE()).mockResolvedValueOnce(aVisit());

    expect(await flushOutbox(ME)).toMatchObject({ sent: [], waiting: 1 });
    expect(await flushOutbox(ME)).toMatchObject({ sent: [], waiting: 1 });
    expect(readOutbox()[0]).toMatchObject({ id: entry.id, status: 'waiting', attempts: 3 });
    expect((await flushOutbox(ME)).sent.map((v) => v.id)).toEqual(['visit:abc']);

    const ids = api.logVisit.mock.calls.map(([input]) => input.clientRequestId);
    expect(ids).toEqual([entry.id, entry.id, entry.id]);
    expect(upload).toHaveBeenCalledTimes(1); // uploaded once, before the first try
    expect(readOutbox()).toEqual([]);
  });

  it('is sent by itself when the network comes back', async () => {
    let onNetwork: ((res: { isConnected: boolean }) => void) | undefined;
    jest.spyOn(Taro, 'onNetworkStatusChange').mockImplementation((cb) => {
      onNetwork = cb as never;
    });
    startOutbox(() => ME);
    const entry = await submitOffline();
    api.logVisit.mockReset();
    api.logVisit.mockResolvedValue(aVisit());

    onNetwork!({ isConnected: false });
    expect(api.logVisit).not.toHaveBeenCalled();
    onNetwork!({ isConnected: true });
    await waitFor(() => expect(readOutbox()).toEqual([]));
    expect(api.logVisit).toHaveBeenCalledWith(expect.objectContaining({ clientRequestId: entry.id }));
    expect(toastTitles(taro)).toContain('已发送 1 条走访记录');
  });

  it('the network returning as the app is shown sends each visit once, and says so once', async () => {
    jest.spyOn(Taro, 'onNetworkStatusChange').mockImplementation(() => undefined);
    startOutbox(() => ME);
    const entry = await submitOffline();
    api.logVisit.mockReset();
    const answer = deferred<StationVisit>();
    api.logVisit.mockReturnValue(answer.promise);

    // Both events call retryOutbox; the second comes while the first run is still sending.
    const networkBack = retryOutbox();
    const appShown = retryOutbox();
    await waitFor(() => expect(api.logVisit).toHaveBeenCalledTimes(1));
    answer.resolve(aVisit());
    await Promise.all([networkBack, appShown]);

    expect(readOutbox()).toEqual([]);
    expect(api.logVisit).toHaveBeenCalledTimes(1);
    expect(api.logVisit).toHaveBeenCalledWith(expect.objectContaining({ clientRequestId: entry.id }));
    expect(upload).toHaveBeenCalledTimes(1); // the photo went before the network dropped
    expect(toastTitles(taro).filter((t) => t === '已发送 1 条走访记录')).toHaveLength(1);
  });

  it('待发送 lists what waits and 重试发送 sends it with the same id', async () => {
    const entry = await submitOffline();
    page = await mountPage(OutboxPage);
    await waitFor(() => expect(byTestId('outbox-entry')).toHaveLength(1));
    expect(bodyText()).toContain(TITLE);
    expect(bodyText()).toContain('等待发送');
    expect(byTestId('outbox-summary')[0]!.textContent).toBe('1 条等待发送，0 条需修改');

    api.logVisit.mockReset();
    api.logVisit.mockResolvedValue(aVisit());
    tapText('重试发送');
    await waitForText('没有待发送的走访记录');
    expect(api.logVisit).toHaveBeenCalledWith(expect.objectContaining({ clientRequestId: entry.id }));
  });
});

describe('a replay the server refuses (INVALID_INPUT)', () => {
  const REFUSED = new ServiceError('INVALID_INPUT', '走访时间：走访时间不能晚于现在，请选择实际走访的时间', {
    visitedAt: '走访时间：走访时间不能晚于现在，请选择实际走访的时间',
  });

  it('goes back to a draft with the message, and opens in the form as it was typed', async () => {
    const entry = await submitOffline();
    api.logVisit.mockReset();
    api.logVisit.mockRejectedValue(REFUSED);
    expect(await flushOutbox(ME)).toMatchObject({ returned: 1, waiting: 0 });
    expect(readOutbox()[0]).toMatchObject({
      id: entry.id,
      status: 'returned',
      message: REFUSED.message,
      fields: REFUSED.fields,
    });
    // Waiting for the network again will not send it: only the liaison's correction will.
    api.logVisit.mockClear();
    await flushOutbox(ME);
    expect(api.logVisit).not.toHaveBeenCalled();

    page = await mountPage(OutboxPage);
    await waitFor(() => expect(byTestId('outbox-entry')[0]?.getAttribute('data-status')).toBe('returned'));
    expect(bodyText()).toContain('需修改');
    expect(bodyText()).toContain(REFUSED.message);
    tapText('修改后重新提交');
    expect(taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/visit/pages/visit-edit/index?outboxId=${entry.id}`,
    });
    page.unmount();

    page = await openForm({ outboxId: entry.id });
    expect(byTestId('returned-message')[0]!.textContent).toContain(REFUSED.message);
    expect(fieldError('visitedAt')).toBe(REFUSED.fields.visitedAt);
    expect(fieldInput('findings').value).toBe('新产品即将上市，尚未做专利布局');
    expect(byTestId('photo')).toHaveLength(1);

    // Corrected and sent: the entry leaves the outbox; the same submission id is used.
    api.logVisit.mockReset();
    api.logVisit.mockResolvedValue(aVisit());
    tapText('提交走访记录');
    await waitFor(() => expect(readOutbox()).toEqual([]));
    expect(api.logVisit).toHaveBeenCalledWith(expect.objectContaining({ clientRequestId: entry.id }));
  });
});
