import TrainingListPage from '@/packages/training/pages/list/index';
import TrainingSessionPage from '@/packages/training/pages/session/index';
import TrainingSignupsPage from '@/packages/training/pages/signups/index';
import TrainingEditPage from '@/packages/training/pages/edit/index';
import TalentPoolPage from '@/packages/training/pages/talent/index';
import WorkPage from '@/pages/work/index';
import ResourcesPage from '@/pages/resources/index';
import * as account from '@/services/account';
import * as directory from '@/services/directory';
import * as training from '@/services/training';
import * as download from '@/lib/download';
import { ServiceError } from '@/services/errors';
import { useAppStore } from '@/store';
import { shanghaiInstant } from '@core/rules/time';
import { aPage, aStation, COURSES } from './support/directory-fixtures';
import { CHIEF_ME, COMPANY_ME, STATION_ID } from './support/consult-fixtures';
import { aDetail, aSession, aSignup, TRAINING_NOW } from './support/training-fixtures';
import {
  bodyText,
  byTestId,
  fieldError,
  fieldInput,
  mountPage,
  pickField,
  showPage,
  tapText,
  typeField,
  waitFor,
  waitForForm,
  waitForText,
  type MountedPage,
} from './support/page-harness';
import { signedInPages, taro } from './support/page-lifecycle';
import { navigatedUrls, toastTitles } from './support/taro-mocks';
import { inTimeZone } from './support/time-zone';
import { atNow } from './support/clock';

jest.mock('@/services/training');
jest.mock('@/services/directory', () => require('./support/directory-mock').directoryMock());
jest.mock('@/services/account');
jest.mock('@/lib/download', () => ({ openExport: jest.fn() }));
const api = jest.mocked(training);
const dir = jest.mocked(directory);
const files = jest.mocked(download);

let page: MountedPage | undefined;
inTimeZone('America/New_York');
// The fixtures' sessions are days ahead of this clock; the pages compare them with Date.now().
atNow(TRAINING_NOW);

signedInPages(COMPANY_ME);
beforeEach(() => {
  dir.listStations.mockResolvedValue(aPage([aStation(), aStation({ id: 'st-2', name: '朝阳区快速维权中心' })]));
  dir.listCourses.mockResolvedValue(COURSES);
});

function card(id: string): HTMLElement {
  const el = byTestId('session').find((s) => s.getAttribute('data-id') === id);
  if (!el) throw new Error(`no session ${id}`);
  return el as HTMLElement;
}

function chip(testId: string, value: string): HTMLElement {
  return byTestId(testId).find((c) => c.getAttribute('data-value') === value) as HTMLElement;
}

describe('培训 list', () => {
  const OPEN = aSession();
  const FULL = aSession({
    id: 'tr-2',
    title: '商业秘密保护',
    startAt: shanghaiInstant('2026-11-25', '14:00'),
    endAt: shanghaiInstant('2026-11-25', '16:00'),
    venue: undefined,
    onlineUrl: 'https://meeting.example.com/1',
    seatsLeft: 0,
    confirmedCount: 30,
    waitlistCount: 3,
  });

  it('shows upcoming sessions with Shanghai time, place and seats left or the waitlist, and opens one', async () => {
    api.listSessions.mockResolvedValue(aPage([OPEN, FULL]));
    page = await mountPage(TrainingListPage);
    await waitFor(() => expect(byTestId('session')).toHaveLength(2));
    expect(api.listSessions).toHaveBeenCalledWith({ when: 'upcoming', page: 1, pageSize: 20 });
    const first = card('tr-1').textContent ?? '';
    for (const text of [
      '知识产权申请实务',
      '2026-11-23 周一 09:00–11:30',
      '海淀区中关村知识产权工作站',
      '报告厅',
      '王律师',
    ]) {
      expect(first).toContain(text);
    }
    expect(byTestId('seats').map((s) => s.textContent)).toEqual(['剩余 18 席', '已满 · 候补 3 人']);
    expect(card('tr-2').textContent).toContain('线上');

    card('tr-2').click();
    expect(navigatedUrls(taro)).toEqual(['/packages/training/pages/session/index?sessionId=tr-2']);
  });

  it('switches to past sessions and filters by station', async () => {
    api.listSessions.mockResolvedValue(aPage([]));
    page = await mountPage(TrainingListPage);
    await waitForText('暂无即将开始的培训');

    chip('when-filter', 'past').click();
    await waitForText('暂无往期培训');
    expect(api.listSessions).toHaveBeenLastCalledWith({ when: 'past', page: 1, pageSize: 20 });

    await waitFor(() => expect(bodyText()).toContain('全部站点'));
    await waitFor(() => expect(dir.listStations).toHaveBeenCalled());
    const picker = document.querySelector('[data-testid="station-filter"]')!.closest('taro-picker-core')!;
    page.utils.act(() => {
      picker.dispatchEvent(new CustomEvent('change', { detail: { value: 2 }, bubbles: true }));
    });
    await waitFor(() =>
      expect(api.listSessions).toHaveBeenLastCalledWith({ when: 'past', stationId: 'st-2', page: 1, pageSize: 20 }),
    );
    expect(byTestId('station-filter')[0]!.textContent).toContain('朝阳区快速维权中心');
  });
});

describe('培训详情: signing up', () => {
  it('asks a guest to log in before signing up', async () => {
    useAppStore.setState({ signedIn: false, me: null, meState: 'idle' });
    api.getSession.mockResolvedValue(aDetail(aSession()));
    page = await mountPage(TrainingSessionPage, { sessionId: 'tr-1' });
    await waitFor(() => expect(byTestId('gate-login')).toHaveLength(1));
    expect(byTestId('session-when')[0]!.textContent).toBe('2026-11-23 周一 09:00–11:30');
    expect(byTestId('signup-form')).toHaveLength(0);
  });

  it('signs company staff up for their company and then shows their status', async () => {
    api.getSession
      .mockResolvedValueOnce(aDetail(aSession()))
      .mockResolvedValue(aDetail(aSession({ confirmedCount: 13, seatsLeft: 17 }), aSignup()));
    api.signUp.mockResolvedValue(aSignup());
    page = await mountPage(TrainingSessionPage, { sessionId: 'tr-1' });
    await waitFor(() => expect(byTestId('signup-form')).toHaveLength(1));
    expect(byTestId('acting-company')[0]!.textContent).toContain('示例科技');
    await waitForForm();
    expect(fieldInput('name').value).toBe('张经理');

    typeField(page.utils, 'title', '知识产权专员');
    typeField(page.utils, 'mobile', '13900139000');
    tapText('提交报名');
    await waitFor(() =>
      expect(api.signUp).toHaveBeenCalledWith({
        clientRequestId: expect.any(String),
        sessionId: 'tr-1',
        name: '张经理',
        title: '知识产权专员',
        mobile: '13900139000',
      }),
    );
    await waitFor(() => expect(byTestId('my-status')[0]?.textContent).toBe('已报名'));
    expect(toastTitles(taro)).toContain('报名成功');
    expect(byTestId('signup-form')).toHaveLength(0);
    expect(byTestId('session-seats')[0]!.textContent).toBe('剩余 17 席');
  });

  it('puts a sign-up for a full session on the waitlist and says which place', async () => {
    useAppStore.setState({ me: { ...COMPANY_ME, actingId: null } });
    const full = aSession({ seatsLeft: 0, confirmedCount: 30, waitlistCount: 2 });
    const waiting = aSignup({ status: 'waitlisted', seq: 33, waitlistPosition: 3, companyId: undefined });
    api.getSession.mockResolvedValueOnce(aDetail(full)).mockResolvedValue(aDetail(full, waiting));
    api.signUp.mockResolvedValue(waiting);
    page = await mountPage(TrainingSessionPage, { sessionId: 'tr-1' });
    await waitFor(() => expect(byTestId('full-note')).toHaveLength(1));
    await waitForForm();
    typeField(page.utils, 'companyName', '北京某某科技有限公司');
    typeField(page.utils, 'mobile', '13900139000');
    tapText('提交报名');
    await waitFor(() => expect(byTestId('my-status')[0]?.textContent).toBe('候补第 3 位'));
    expect(api.signUp).toHaveBeenCalledWith(expect.objectContaining({ companyName: '北京某某科技有限公司' }));
    expect(toastTitles(taro)).toContain('名额已满，已进入候补第 3 位');
  });

  it('checks the mobile before sending, and keeps what was typed when the server refuses', async () => {
    api.getSession.mockResolvedValue(aDetail(aSession()));
    api.signUp.mockRejectedValue(new ServiceError('CONFLICT', '报名已截止（截止时间 2026-11-22 18:00）'));
    page = await mountPage(TrainingSessionPage, { sessionId: 'tr-1' });
    await waitForForm();
    typeField(page.utils, 'mobile', '1390013');
    tapText('提交报名');
    await waitFor(() => expect(fieldError('mobile')).toBe('请填写11位手机号'));
    expect(api.signUp).not.toHaveBeenCalled();

    typeField(page.utils, 'mobile', '13900139000');
    await waitFor(() => expect(fieldError('mobile')).toBeNull());
    tapText('提交报名');
    await waitFor(() => expect(toastTitles(taro)).toContain('报名已截止（截止时间 2026-11-22 18:00）'));
    expect(fieldInput('mobile').value).toBe('13900139000');
    expect(byTestId('signup-form')).toHaveLength(1);
  });

  it('cancels my sign-up after I confirm', async () => {
    api.getSession
      .mockResolvedValueOnce(aDetail(aSession(), aSignup()))
      .mockResolvedValue(aDetail(aSession(), aSignup({ status: 'cancelled' })));
    api.cancelSignup.mockResolvedValue(aSignup({ status: 'cancelled' }));
    page = await mountPage(TrainingSessionPage, { sessionId: 'tr-1' });
    await waitFor(() => expect(byTestId('my-status')[0]?.textContent).toBe('已报名'));
    tapText('取消报名');
    await waitFor(() => expect(api.cancelSignup).toHaveBeenCalledWith({ sessionId: 'tr-1' }));
    expect(String((taro.showModal.mock.calls[0]![0] as { content?: string }).content)).toContain(
      '您的名额将让给候补的人',
    );
    // Cancelled: the form is offered again (until the deadline).
    await waitFor(() => expect(byTestId('signup-form')).toHaveLength(1));
    expect(toastTitles(taro)).toContain('已取消报名');
  });

  it('keeps my sign-up when I say no in the confirmation', async () => {
    api.getSession.mockResolvedValue(aDetail(aSession(), aSignup()));
    taro.showModal.mockResolvedValue({ errMsg: 'ok', confirm: false, cancel: true } as never);
    page = await mountPage(TrainingSessionPage, { sessionId: 'tr-1' });
    await waitFor(() => expect(byTestId('my-signup')).toHaveLength(1));
    tapText('取消报名');
    await waitFor(() => expect(taro.showModal).toHaveBeenCalledTimes(1));
    await Promise.resolve();
    expect(api.cancelSignup).not.toHaveBeenCalled();
  });

  it('once the session has started, offers 签到 and 评价 to a confirmed person, and no cancel', async () => {
    const started = aSession({
      startAt: TRAINING_NOW - 30 * 60_000,
      endAt: TRAINING_NOW + 60 * 60_000,
      signupDeadline: TRAINING_NOW - 60 * 60_000,
    });
    api.getSession.mockResolvedValue(aDetail(started, aSignup()));
    page = await mountPage(TrainingSessionPage, { sessionId: 'tr-1' });
    await waitFor(() => expect(byTestId('my-signup')).toHaveLength(1));
    expect(bodyText()).not.toContain('取消报名');
    tapText('签到');
    tapText('评价');
    expect(navigatedUrls(taro)).toEqual([
      '/packages/checkin/pages/scan/index?sessionId=tr-1',
      '/packages/survey/pages/respond/index?targetKind=training&targetId=tr-1',
    ]);
  });

  it("gives the session's chief the list, the form, and cancelling with a reason", async () => {
    useAppStore.setState({ me: CHIEF_ME });
    api.getSession
      .mockResolvedValueOnce(aDetail(aSession({ waitlistCount: 2 }), null, true))
      .mockResolvedValue(aDetail(aSession({ status: 'cancelled', cancelReason: '讲师临时出差' }), null, true));
    api.cancelSession.mockResolvedValue(aSession({ status: 'cancelled', cancelReason: '讲师临时出差' }));
    page = await mountPage(TrainingSessionPage, { sessionId: 'tr-1' });
    await waitFor(() => expect(byTestId('chief-tools')).toHaveLength(1));
    tapText('报名名单');
    tapText('签到二维码');
    tapText('评价结果');
    tapText('编辑');
    expect(navigatedUrls(taro)).toEqual([
      '/packages/training/pages/signups/index?sessionId=tr-1',
      '/packages/checkin/pages/screen/index?sessionId=tr-1',
      '/packages/survey/pages/results/index?targetKind=training&targetId=tr-1',
      '/packages/training/pages/edit/index?sessionId=tr-1',
    ]);

    tapText('取消培训');
    await waitFor(() => expect(byTestId('cancel-panel')).toHaveLength(1));
    tapText('确认取消');
    await waitFor(() => expect(fieldError('reason')).toBe('请填写取消原因'));
    expect(api.cancelSession).not.toHaveBeenCalled();
    await waitForForm();
    typeField(page.utils, 'reason', '讲师临时出差');
    tapText('确认取消');
    await waitFor(() => expect(api.cancelSession).toHaveBeenCalledWith({ sessionId: 'tr-1', reason: '讲师临时出差' }));
    expect(String((taro.showModal.mock.calls[0]![0] as { content?: string }).content)).toContain('已报名的 14 人');
    await waitFor(() => expect(byTestId('cancel-reason')[0]?.textContent).toContain('讲师临时出差'));
  });
});

describe("报名名单 (the chief's list)", () => {
  beforeEach(() => {
    useAppStore.setState({ me: CHIEF_ME });
    api.getSession.mockResolvedValue(aDetail(aSession(), null, true));
  });

  const counts = { confirmed: 2, waitlisted: 1, cancelled: 0 };

  it('shows each tab with its count in arrival order, and the waitlist with places', async () => {
    api.listSignups.mockImplementation(async (input) =>
      input.status === 'waitlisted'
        ? {
            ...aPage([aSignup({ id: 's-3', name: '赵六', status: 'waitlisted', seq: 3, waitlistPosition: 1 })]),
            counts,
          }
        : { ...aPage([aSignup({ id: 's-1', seq: 1 }), aSignup({ id: 's-2', name: '李四', seq: 2 })]), counts },
    );
    page = await mountPage(TrainingSignupsPage, { sessionId: 'tr-1' });
    await waitFor(() => expect(byTestId('signup')).toHaveLength(2));
    expect(api.listSignups).toHaveBeenCalledWith({ sessionId: 'tr-1', status: 'confirmed', page: 1, pageSize: 20 });
    await waitFor(() =>
      expect(byTestId('status-tab').map((c) => c.textContent)).toEqual(['已报名 2', '候补中 1', '已取消 0']),
    );
    expect(byTestId('signup').map((s) => s.textContent?.includes('第 1 位报名'))).toEqual([true, false]);
    expect(byTestId('signups-session')[0]!.textContent).toContain('2026-11-23 周一 09:00–11:30');

    chip('status-tab', 'waitlisted').click();
    await waitFor(() => expect(byTestId('signup')).toHaveLength(1));
    expect(byTestId('signup')[0]!.textContent).toContain('候补第 1 位');
    expect(byTestId('signup')[0]!.textContent).toContain('赵六');
  });

  it('exports the list and opens the workbook', async () => {
    api.listSignups.mockResolvedValue({ ...aPage([aSignup()]), counts });
    const file = { url: '/files/exports/st/x.xlsx', fileName: '知识产权申请实务_报名名单_20261120.xlsx' };
    api.exportSignups.mockResolvedValue(file);
    page = await mountPage(TrainingSignupsPage, { sessionId: 'tr-1' });
    await waitFor(() => expect(byTestId('signup')).toHaveLength(1));
    tapText('导出');
    await waitFor(() => expect(files.openExport).toHaveBeenCalledWith(file));
    expect(api.exportSignups).toHaveBeenCalledWith({ sessionId: 'tr-1' });
    expect(toastTitles(taro)).toContain('已导出');
  });

  it('adds someone by hand and reloads the list; a refused mobile stays typed', async () => {
    api.listSignups
      .mockResolvedValueOnce({ ...aPage([aSignup()]), counts })
      .mockResolvedValue({ ...aPage([aSignup(), aSignup({ id: 's-9', name: '刘工', source: 'manual' })]), counts });
    api.addSignup
      .mockRejectedValueOnce(new ServiceError('CONFLICT', '手机号 13700137000 已在报名名单中'))
      .mockResolvedValueOnce(
        aSignup({ id: 's-9', name: '刘工', source: 'manual', status: 'waitlisted', waitlistPosition: 2 }),
      );
    page = await mountPage(TrainingSignupsPage, { sessionId: 'tr-1' });
    await waitFor(() => expect(byTestId('signup')).toHaveLength(1));
    tapText('手动添加');
    await waitFor(() => expect(byTestId('add-panel')).toHaveLength(1));
    await waitForForm();
    typeField(page.utils, 'name', '刘工');
    typeField(page.utils, 'companyName', '北京示例有限公司');
    typeField(page.utils, 'mobile', '13700137000');
    tapText('添加');
    await waitFor(() => expect(toastTitles(taro)).toContain('手机号 13700137000 已在报名名单中'));
    expect(fieldInput('mobile').value).toBe('13700137000');

    tapText('添加');
    await waitFor(() => expect(byTestId('signup')).toHaveLength(2));
    expect(api.addSignup).toHaveBeenLastCalledWith({
      clientRequestId: expect.any(String),
      sessionId: 'tr-1',
      name: '刘工',
      companyName: '北京示例有限公司',
      title: '',
      mobile: '13700137000',
    });
    expect(toastTitles(taro)).toContain('已添加 刘工（候补第 2 位）');
    expect(byTestId('add-panel')).toHaveLength(0);
  });

  it('opened without a session, says where to open it from and asks nothing of the server', async () => {
    page = await mountPage(TrainingSignupsPage);
    await waitForText('缺少培训场次，请从培训管理中打开报名名单');
    expect(api.getSession).not.toHaveBeenCalled();
    expect(api.listSignups).not.toHaveBeenCalled();
    expect(bodyText()).not.toContain('手动添加');
  });
});

describe('发布培训 form', () => {
  it('publishes a session of a catalogue course with the default times, then opens it', async () => {
    useAppStore.setState({ me: CHIEF_ME });
    api.createSession.mockResolvedValue(aSession({ id: 'tr-new' }));
    page = await mountPage(TrainingEditPage);
    await waitForForm();
    await waitFor(() => expect(dir.listCourses).toHaveBeenCalled());
    pickField(page.utils, 'courseId', 1);
    tapText('发布培训');
    await waitFor(() => expect(fieldError('lecturer')).toBe('请填写主讲人'));
    expect(api.createSession).not.toHaveBeenCalled();

    typeField(page.utils, 'lecturer', '王律师');
    typeField(page.utils, 'venue', '3层报告厅');
    tapText('发布培训');
    // A week after the clock (2026-11-20), at the default hours.
    const day = '2026-11-27';
    await waitFor(() =>
      expect(api.createSession).toHaveBeenCalledWith(
        expect.objectContaining({
          stationId: STATION_ID,
          courseId: 'co-1',
          lecturer: '王律师',
          venue: '3层报告厅',
          startAt: shanghaiInstant(day, '09:00'),
          endAt: shanghaiInstant(day, '11:30'),
          signupDeadline: shanghaiInstant('2026-11-26', '18:00'),
          capacity: 30,
          audience: 'open',
        }),
      ),
    );
    await waitFor(() =>
      expect(taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/training/pages/session/index?sessionId=tr-new' }),
    );
  });

  it('edits a session: its values in the form, the change saved on it, then back', async () => {
    useAppStore.setState({ me: CHIEF_ME });
    api.getSession.mockResolvedValue(aDetail(aSession(), null, true));
    api.updateSession.mockResolvedValue(aSession({ venue: '5层会议室' }));
    page = await mountPage(TrainingEditPage, { sessionId: 'tr-1' });
    await waitForForm();
    expect(fieldInput('lecturer').value).toBe('王律师');
    expect(byTestId('choice-startAt')[0]!.textContent).toBe('2026-11-23');
    expect(byTestId('choice-deadlineTime')[0]!.textContent).toBe('18:00');

    typeField(page.utils, 'venue', '5层会议室');
    tapText('保存修改');
    await waitFor(() => expect(taro.navigateBack).toHaveBeenCalled());
    expect(api.updateSession).toHaveBeenCalledWith(
      expect.objectContaining({
        sessionId: 'tr-1',
        venue: '5层会议室',
        startAt: shanghaiInstant('2026-11-23', '09:00'),
        signupDeadline: shanghaiInstant('2026-11-22', '18:00'),
      }),
    );
    expect(api.createSession).not.toHaveBeenCalled();
    expect(toastTitles(taro)).toContain('已保存');
  });
});

describe('资源 entry', () => {
  it('leads from the course catalogue to the sessions to sign up for', async () => {
    dir.listPlatforms.mockResolvedValue([]);
    page = await mountPage(ResourcesPage);
    const tab = Array.from(document.querySelectorAll('.resources-tabs__title')).find((el) =>
      el.textContent?.includes('培训课程'),
    ) as HTMLElement;
    expect(tab).toBeDefined();
    tab.click();
    await waitFor(() => expect(byTestId('training-entry')).toHaveLength(1));
    (byTestId('training-entry')[0] as HTMLElement).click();
    expect(navigatedUrls(taro)).toEqual(['/packages/training/pages/list/index']);
  });
});

describe('人才库', () => {
  const PERSON = {
    key: 'p-1',
    name: '王工',
    companyName: '北京示例科技有限公司',
    title: '知识产权专员',
    mobile: '13900139000',
    attended: 2,
    courses: ['专利检索实务', '商业秘密保护'],
    lastAttendedAt: shanghaiInstant('2026-11-23', '09:00'),
  };

  it('lists who attended, searches by keyword, and exports what was searched', async () => {
    useAppStore.setState({ me: CHIEF_ME });
    api.talentPool
      .mockResolvedValueOnce({ items: [PERSON], total: 1, page: 1, pageSize: 20 })
      .mockResolvedValue({ items: [], total: 0, page: 1, pageSize: 20 });
    const file = { url: '/files/exports/st/talent.xlsx', fileName: '人才库_20261124.xlsx' };
    api.exportTalentPool.mockResolvedValue(file);
    page = await mountPage(TalentPoolPage);
    await waitFor(() => expect(byTestId('talent')).toHaveLength(1));
    expect(api.talentPool).toHaveBeenCalledWith({ stationId: STATION_ID, page: 1, pageSize: 20 });
    expect(byTestId('talent')[0]!.textContent).toContain('参训 2 次');
    expect(byTestId('talent')[0]!.textContent).toContain('专利检索实务、商业秘密保护 · 最近 2026-11-23 09:00');

    await waitForForm();
    typeField(page.utils, 'keyword', ' 赵 ');
    tapText('搜索');
    await waitForText('没有与「赵」相关的人');
    expect(api.talentPool).toHaveBeenLastCalledWith({ stationId: STATION_ID, keyword: '赵', page: 1, pageSize: 20 });

    tapText('导出');
    await waitFor(() => expect(files.openExport).toHaveBeenCalledWith(file));
    expect(api.exportTalentPool).toHaveBeenCalledWith({ stationId: STATION_ID, keyword: '赵' });
    expect(toastTitles(taro)).toContain('已导出');
  });
});

describe('工作台 tools', () => {
  it('offers everyone 培训报名 and 我的培训, and a chief 培训管理 and 人才库', async () => {
    useAppStore.setState({ me: null, meState: 'idle' });
    jest.mocked(account).me.mockResolvedValue(CHIEF_ME);
    page = await showPage(WorkPage);
    await waitForText('培训管理');
    tapText('培训报名');
    tapText('我的培训');
    tapText('培训管理');
    tapText('人才库');
    expect(navigatedUrls(taro)).toEqual([
      '/packages/training/pages/list/index',
      '/packages/training/pages/mine/index',
      '/packages/training/pages/manage/index',
      '/packages/training/pages/talent/index',
    ]);
  });
});
