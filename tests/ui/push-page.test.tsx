/**
 * 定向推送: the chief sees what is pushed and how many people the audience reaches, asked again
 * for each chip tapped (and the 服务期间 as whole Shanghai days, refused when it runs backwards);
 * 发送推送 asks first and sends exactly the audience chosen, a failed send is retried with the
 * same clientRequestId (a dropped answer never notifies twice) and a finished one starts a new
 * one; the history shows each push (发送中 while going out). Company staff get the role gate. The
 * entry points: 推送 on a live article in 文章管理, 定向推送 in a training's chief tools.
 */
import PushPage from '@/packages/content/pages/push/index';
import ArticleManagePage from '@/packages/content/pages/manage/index';
import TrainingSessionPage from '@/packages/training/pages/session/index';
import type { ArticleDetail, ArticleSummary, PushReach, PushRecord } from '@core/contract';
import { DAY_MS, shanghaiInstant } from '@core/rules/time';
import * as content from '@/services/content';
import * as training from '@/services/training';
import { ServiceError } from '@/services/errors';
import { useAppStore } from '@/store';
import { atNow } from './support/clock';
import { CHIEF_ME, COMPANY_ME, STATION_ID, STATION_NAME } from './support/consult-fixtures';
import { aPage } from './support/directory-fixtures';
import {
  bodyText,
  byTestId,
  fieldError,
  showPage,
  tapText,
  waitFor,
  waitForText,
  type MountedPage,
} from './support/page-harness';
import { signedInPages, taro } from './support/page-lifecycle';
import { navigatedUrls, toastTitles } from './support/taro-mocks';
import { aDetail, aSession, TRAINING_NOW } from './support/training-fixtures';

jest.mock('@/services/content');
jest.mock('@/services/training');
jest.mock('@/services/files', () => ({ register: jest.fn(), absoluteUrl: (url: string) => url }));
const api = jest.mocked(content);
const trainingApi = jest.mocked(training);

// The article was published the day before; the training (aSession) is three days ahead.
atNow(TRAINING_NOW);
signedInPages(CHIEF_ME);

const ARTICLE_TARGET = { kind: 'article' as const, id: 'art-1' };
const ALL = { keyFlags: [], industries: [], districts: [] };

function anArticle(overrides: Partial<ArticleDetail> = {}): ArticleDetail {
  return {
    id: 'art-1',
    kind: 'policy',
    stationId: STATION_ID,
    source: STATION_NAME,
    title: '专利预审服务指引解读',
    summary: '预审服务的申请条件与材料清单',
    status: 'published',
    publishAt: shanghaiInstant('2026-11-19', '09:00'),
    readCount: 12,
    updatedAt: shanghaiInstant('2026-11-19', '09:00'),
    html: '<p>正文</p>',
    attachments: [],
    ...overrides,
  };
}

const reach = (people: number, alreadyReached = 0, companies = 3): PushReach => ({ companies, people, alreadyReached });

function aPush(overrides: Partial<PushRecord> = {}): PushRecord {
  return {
    id: 'push-1',
    target: ARTICLE_TARGET,
    audience: { keyFlags: ['specialized'], industries: [], districts: [] },
    audienceLabel: '专精特新',
    byName: '王站长',
    at: shanghaiInstant('2026-11-20', '10:00'),
    status: 'sent',
    companies: 3,
    sent: 7,
    ...overrides,
  };
}

function chip(name: string, value: string): HTMLElement {
  const el = byTestId(`toggle-${name}`).find((c) => c.getAttribute('data-value') === value);
  if (!el) throw new Error(`no chip ${name}=${value}`);
  return el as HTMLElement;
}

/** Chooses `value` in the date picker of the form row named `name`. */
function pickDate(page: MountedPage, name: string, value: string): void {
  const picker = document.querySelector(`[data-field="${name}"] taro-picker-core`)!;
  page.utils.act(() => {
    picker.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true }));
  });
}

/** The text of the reach line once the reach asked for last is shown. */
const reachText = () => byTestId('push-reach')[0]?.textContent ?? '';

async function openArticlePush(): Promise<MountedPage> {
  const page = await showPage(PushPage, { kind: 'article', id: 'art-1' });
  await waitFor(() => expect(reachText()).toContain('将推送给'));
  return page;
}

beforeEach(() => {
  api.getArticle.mockResolvedValue(anArticle());
  api.previewPush.mockResolvedValue(reach(7));
  api.listPushes.mockResolvedValue([]);
});

describe('定向推送', () => {
  it('shows the article and the reach of every company in reach before any chip is tapped', async () => {
    api.previewPush.mockResolvedValue(reach(7, 0, 3));

    await openArticlePush();

    expect(byTestId('push-target')[0]?.textContent).toContain('专利预审服务指引解读');
    expect(reachText()).toContain('将推送给 3 家企业的 7 位员工');
    expect(reachText()).not.toContain('此前已收到');
    expect(api.previewPush).toHaveBeenCalledWith({ target: ARTICLE_TARGET, audience: ALL });
    expect(byTestId('push-history')[0]?.textContent).toContain('还没有推送过');
  });

  it('asks the reach again for the chips tapped, and says who an earlier push already reached', async () => {
    await openArticlePush();
    api.previewPush.mockResolvedValue(reach(4, 2, 2));

    chip('keyFlags', 'specialized').click();
    chip('districts', 'haidian').click();

    await waitFor(() => expect(reachText()).toContain('将推送给 2 家企业的 4 位员工'));
    expect(reachText()).toContain('另有 2 人此前已收到，不再重复推送');
    expect(api.previewPush).toHaveBeenLastCalledWith({
      target: ARTICLE_TARGET,
      audience: { keyFlags: ['specialized'], industries: [], districts: ['haidian'] },
    });
  });

  it('asks for the companies served in the period chosen, its first and last day whole', async () => {
    const page = await openArticlePush();

    pickDate(page, 'servedFrom', '2026-11-01');
    pickDate(page, 'servedTo', '2026-11-15');

    await waitFor(() =>
      expect(api.previewPush).toHaveBeenLastCalledWith({
        target: ARTICLE_TARGET,
        audience: {
          ...ALL,
          servedFrom: shanghaiInstant('2026-11-01'),
          servedTo: shanghaiInstant('2026-11-16') - 1,
        },
      }),
    );
    expect(shanghaiInstant('2026-11-16') - shanghaiInstant('2026-11-15')).toBe(DAY_MS);
  });

  it('refuses a 服务期间 that ends before it starts, asking nothing and sending nothing', async () => {
    const page = await openArticlePush();

    pickDate(page, 'servedTo', '2026-11-01');
    await waitFor(() => expect(reachText()).toContain('将推送给'));
    const asked = api.previewPush.mock.calls.length;
    pickDate(page, 'servedFrom', '2026-11-10');

    await waitFor(() => expect(fieldError('servedTo')).toBe('服务期间的起始日期不能晚于截止日期'));
    expect(api.previewPush).toHaveBeenCalledTimes(asked);
    tapText('发送推送');
    expect(taro.showModal).not.toHaveBeenCalled();
  });

  it('sends the audience chosen once confirmed, says how many, and lists the push', async () => {
    api.sendPush.mockResolvedValue(aPush({ sent: 5 }));
    await openArticlePush();
    api.previewPush.mockResolvedValue(reach(5, 0, 2));
    chip('keyFlags', 'specialized').click();
    await waitFor(() => expect(reachText()).toContain('将推送给 2 家企业的 5 位员工'));
    api.listPushes.mockResolvedValue([aPush({ sent: 5 })]);

    tapText('发送推送');

    await waitFor(() => expect(toastTitles(taro)).toContain('已推送给 5 人'));
    expect((taro.showModal.mock.calls[0]![0] as { content?: string }).content).toBe('确定推送给 5 人？');
    expect(api.sendPush).toHaveBeenCalledWith({
      clientRequestId: expect.stringMatching(/^[0-9a-f]{24}$/),
      target: ARTICLE_TARGET,
      audience: { keyFlags: ['specialized'], industries: [], districts: [] },
    });
    await waitFor(() =>
      expect(byTestId('push-record')[0]?.textContent).toBe('2026-11-20 10:00 · 王站长 · 专精特新 · 已送达 5 人'),
    );
  });

  it('sends nothing when the confirmation is cancelled', async () => {
    taro.showModal.mockResolvedValue({ errMsg: 'ok', confirm: false, cancel: true } as never);
    await openArticlePush();

    tapText('发送推送');

    await waitFor(() => expect(taro.showModal).toHaveBeenCalledTimes(1));
    expect(api.sendPush).not.toHaveBeenCalled();
  });

  it('retries a failed send with the same clientRequestId, and starts a new one after it went through', async () => {
    api.sendPush
      .mockRejectedValueOnce(new ServiceError('NETWORK', '网络连接失败，请检查网络后重试'))
      .mockResolvedValue(aPush());
    await openArticlePush();

    tapText('发送推送');
    await waitFor(() => expect(toastTitles(taro)).toContain('网络连接失败，请检查网络后重试'));
    api.previewPush.mockResolvedValue(reach(6));
    tapText('发送推送');
    await waitFor(() => expect(toastTitles(taro)).toContain('已推送给 7 人'));
    // Asked again after the send: the next one is a new intent.
    await waitFor(() => expect(reachText()).toContain('6 位员工'));
    tapText('发送推送');
    await waitFor(() => expect(api.sendPush).toHaveBeenCalledTimes(3));

    const ids = api.sendPush.mock.calls.map(([input]) => input.clientRequestId);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[1]);
  });

  it('offers no send while nobody is left to notify', async () => {
    api.previewPush.mockResolvedValue(reach(0, 5, 2));
    await openArticlePush();

    tapText('发送推送');

    expect(reachText()).toContain('另有 5 人此前已收到，不再重复推送');
    expect(reachText()).toContain('没有可推送的人');
    expect(taro.showModal).not.toHaveBeenCalled();
  });

  it('shows a push still going out as 发送中', async () => {
    api.listPushes.mockResolvedValue([
      aPush({ id: 'push-2', status: 'sending', sent: 3, at: shanghaiInstant('2026-11-20', '09:30') }),
      aPush({ audienceLabel: '全部企业', at: shanghaiInstant('2026-11-18', '15:00') }),
    ]);

    await openArticlePush();

    await waitFor(() => expect(byTestId('push-record')).toHaveLength(2));
    expect(byTestId('push-record').map((r) => r.textContent)).toEqual([
      '2026-11-20 09:30 · 王站长 · 专精特新 · 发送中',
      '2026-11-18 15:00 · 王站长 · 全部企业 · 已送达 7 人',
    ]);
  });

  it('says when the reach cannot be worked out, and asks again on a tap', async () => {
    api.previewPush.mockRejectedValueOnce(new ServiceError('INTERNAL', '系统繁忙，请稍后重试'));
    await showPage(PushPage, { kind: 'article', id: 'art-1' });
    await waitFor(() => expect(reachText()).toContain('推送人数计算失败：系统繁忙，请稍后重试'));

    tapText('推送人数计算失败：系统繁忙，请稍后重试（点击重试）');

    await waitFor(() => expect(reachText()).toContain('将推送给 3 家企业的 7 位员工'));
  });

  it('pushes a training by its session, with the same audience', async () => {
    trainingApi.getSession.mockResolvedValue(aDetail(aSession(), null, true));

    await showPage(PushPage, { kind: 'training', id: 'tr-1' });

    await waitFor(() => expect(reachText()).toContain('将推送给'));
    expect(byTestId('push-target')[0]?.textContent).toContain('知识产权申请实务');
    expect(trainingApi.getSession).toHaveBeenCalledWith({ sessionId: 'tr-1' });
    expect(api.previewPush).toHaveBeenCalledWith({ target: { kind: 'training', id: 'tr-1' }, audience: ALL });
  });

  it('says so for an article that is not there, asking no reach', async () => {
    api.getArticle.mockRejectedValue(new ServiceError('NOT_FOUND', '文章不存在'));

    await showPage(PushPage, { kind: 'article', id: 'art-404' });

    await waitForText('推送内容不存在或已无权查看');
    expect(api.previewPush).not.toHaveBeenCalled();
  });

  it('gives company staff the role gate and asks nothing', async () => {
    useAppStore.setState({ me: COMPANY_ME });

    await showPage(PushPage, { kind: 'article', id: 'art-1' });

    await waitForText('定向推送需以');
    expect(api.getArticle).not.toHaveBeenCalled();
    expect(api.previewPush).not.toHaveBeenCalled();
  });
});

describe('定向推送 entry points', () => {
  function aSummary(overrides: Partial<ArticleSummary> = {}): ArticleSummary {
    const { html: _html, attachments: _attachments, ...summary } = anArticle();
    return { ...summary, ...overrides };
  }

  it('offers 推送 on a live article only, opening 定向推送 for it', async () => {
    api.listManagedArticles.mockResolvedValue(
      aPage([
        aSummary(),
        aSummary({ id: 'art-2', title: '草稿文章', status: 'draft', publishAt: undefined }),
        aSummary({ id: 'art-3', title: '定时文章', publishAt: shanghaiInstant('2026-11-25', '09:00') }),
      ]),
    );
    await showPage(ArticleManagePage);
    await waitFor(() => expect(byTestId('article')).toHaveLength(3));

    const pushes = byTestId('article-push');
    (pushes[0] as HTMLElement).click();

    expect(pushes).toHaveLength(1);
    expect(navigatedUrls(taro)).toEqual(['/packages/content/pages/push/index?kind=article&id=art-1']);
  });

  it("offers 定向推送 among a training's chief tools while it has not ended", async () => {
    trainingApi.getSession.mockResolvedValue(aDetail(aSession(), null, true));
    await showPage(TrainingSessionPage, { sessionId: 'tr-1' });
    await waitFor(() => expect(byTestId('chief-tools')).toHaveLength(1));

    tapText('定向推送');

    expect(navigatedUrls(taro)).toEqual(['/packages/content/pages/push/index?kind=training&id=tr-1']);
  });

  it('offers no 定向推送 for a training that has ended', async () => {
    const ended = aSession({
      startAt: shanghaiInstant('2026-11-19', '09:00'),
      endAt: shanghaiInstant('2026-11-19', '11:30'),
      signupDeadline: shanghaiInstant('2026-11-18', '18:00'),
    });
    trainingApi.getSession.mockResolvedValue(aDetail(ended, null, true));

    await showPage(TrainingSessionPage, { sessionId: 'tr-1' });

    await waitFor(() => expect(byTestId('chief-tools')).toHaveLength(1));
    expect(bodyText()).not.toContain('定向推送');
  });
});
