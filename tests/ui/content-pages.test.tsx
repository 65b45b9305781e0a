/**
 * The article pages (政策与动态): the list asks for the column tapped; the detail shows the body
 * the server rendered through RichText (a table's cell reads as text) and offers 编辑 only to
 * whoever got the Markdown (an editor), not to company staff; 写文章 sends what a chief typed for
 * their own station, publishes it once confirmed and opens it; 定时发布 refuses a time already past
 * without sending anything. On WeChat the list offers the push subscription.
 */
import Taro from '@tarojs/taro';
import ArticlesPage from '@/packages/content/pages/list/index';
import ArticleDetailPage from '@/packages/content/pages/detail/index';
import ArticleEditPage from '@/packages/content/pages/edit/index';
import type { ArticleDetail, ArticleSummary } from '@core/contract';
import { shanghaiInstant } from '@core/rules/time';
import * as content from '@/services/content';
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
  typeField,
  waitFor,
  waitForForm,
  waitForText,
  type MountedPage,
} from './support/page-harness';
import { signedInPages, taro } from './support/page-lifecycle';
import { toastTitles } from './support/taro-mocks';

jest.mock('@/services/content');
jest.mock('@/services/files', () => ({
  register: jest.fn(),
  uploadAttachment: jest.fn(),
  absoluteUrl: (url: string) => url,
}));
const api = jest.mocked(content);

const NOW = shanghaiInstant('2026-12-02', '10:00');
atNow(NOW);
signedInPages(CHIEF_ME);

function aSummary(overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id: 'art-1',
    kind: 'policy',
    stationId: STATION_ID,
    source: STATION_NAME,
    title: '专利预审服务指引解读',
    summary: '预审服务的申请条件与材料清单',
    status: 'published',
    publishAt: shanghaiInstant('2026-12-01', '09:00'),
    readCount: 12,
    updatedAt: shanghaiInstant('2026-12-01', '09:00'),
    ...overrides,
  };
}

const HTML = '<h2>申请材料</h2><table><tr><th>材料</th></tr><tr><td>技术交底书</td></tr></table>';

function anArticle(overrides: Partial<ArticleDetail> = {}): ArticleDetail {
  return { ...aSummary(), html: HTML, attachments: [], ...overrides };
}

describe('政策与动态', () => {
  it('asks for the column tapped', async () => {
    api.listArticles.mockResolvedValue(aPage([aSummary()]));
    await showPage(ArticlesPage);
    await waitForText('专利预审服务指引解读');

    tapText('典型案例');

    await waitFor(() => expect(api.listArticles).toHaveBeenLastCalledWith({ kind: 'case', page: 1, pageSize: 20 }));
  });

  it('opens with the column and station the link names', async () => {
    api.listArticles.mockResolvedValue(aPage([]));

    await showPage(ArticlesPage, { kind: 'notice', stationId: STATION_ID });

    await waitForText('暂无通知公告');
    expect(api.listArticles).toHaveBeenCalledWith({ kind: 'notice', stationId: STATION_ID, page: 1, pageSize: 20 });
    // Not on WeChat: nothing to subscribe to.
    expect(bodyText()).not.toContain('微信通知我');
  });

  it('on WeChat offers the push subscription, asked from the tap with the policy templates', async () => {
    const ask = jest.spyOn(Taro, 'requestSubscribeMessage').mockResolvedValue({ errMsg: 'ok' } as never);
    api.listArticles.mockResolvedValue(aPage([aSummary()]));
    process.env.TARO_APP_SUBSCRIBE_TEMPLATES = 'booking:tpl-b,policy:tpl-policy';
    process.env.TARO_ENV = 'weapp';
    try {
      await showPage(ArticlesPage);
      await waitForText('有新的政策和培训推送时，微信通知我');
      tapText('订阅');
    } finally {
      process.env.TARO_ENV = 'h5';
      process.env.TARO_APP_SUBSCRIBE_TEMPLATES = '';
    }
    expect(ask).toHaveBeenCalledWith({ tmplIds: ['tpl-policy'] });
    await waitFor(() => expect(toastTitles(taro)).toContain('已订阅推送'));
  });
});

describe('文章详情', () => {
  it('shows the body the server rendered, and 编辑 to an editor', async () => {
    api.getArticle.mockResolvedValue(anArticle({ markdown: '## 申请材料\n\n| 材料 |\n| --- |\n| 技术交底书 |' }));

    await showPage(ArticleDetailPage, { articleId: 'art-1' });

    await waitForText('技术交底书');
    expect(byTestId('article-body')[0]!.querySelector('td')?.textContent).toBe('技术交底书');
    expect(bodyText()).toContain('编辑');
  });

  it('offers company staff no 编辑', async () => {
    useAppStore.setState({ me: COMPANY_ME });
    api.getArticle.mockResolvedValue(anArticle());

    await showPage(ArticleDetailPage, { articleId: 'art-1' });

    await waitForText('技术交底书');
    expect(bodyText()).not.toContain('编辑');
  });
});

describe('写文章', () => {
  const TITLE = '关于开展专利预审服务的通知';
  const BODY = '## 服务内容\n\n- 专利预审\n- 材料指导';

  async function fillForm(): Promise<MountedPage> {
    const page = await showPage(ArticleEditPage);
    await waitForForm();
    tapText('通知公告');
    typeField(page.utils, 'title', TITLE);
    typeField(page.utils, 'markdown', BODY);
    return page;
  }

  /** Chooses `value` in the date or time picker of the form row named `name`. */
  function pick(page: MountedPage, name: string, value: string): void {
    const picker = document.querySelector(`[data-field="${name}"] taro-picker-core`)!;
    page.utils.act(() => {
      picker.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true }));
    });
  }

  it('saves what a chief typed for their station, publishes it once confirmed and opens it', async () => {
    api.saveArticle.mockResolvedValue(anArticle({ id: 'art-9', status: 'draft', kind: 'notice', title: TITLE }));
    api.publishArticle.mockResolvedValue(anArticle({ id: 'art-9', kind: 'notice', title: TITLE }));
    await fillForm();

    tapText('发布');

    await waitFor(() =>
      expect(taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/content/pages/detail/index?articleId=art-9' }),
    );
    expect(taro.showModal).toHaveBeenCalled();
    expect(api.saveArticle).toHaveBeenCalledWith({
      clientRequestId: expect.stringMatching(/^[0-9a-f]{24}$/),
      kind: 'notice',
      stationId: STATION_ID,
      title: TITLE,
      markdown: BODY,
      attachments: [],
    });
    expect(api.publishArticle).toHaveBeenCalledWith({ articleId: 'art-9' });
  });

  it('refuses a 定时发布 time already past without sending', async () => {
    const page = await fillForm();
    tapText('定时发布');
    await waitFor(() => expect(byTestId('schedule-panel')).toHaveLength(1));
    pick(page, 'publishDate', '2026-12-02');
    pick(page, 'publishTime', '09:30');
    await waitFor(() => expect(byTestId('choice-publishTime')[0]?.textContent).toBe('09:30'));

    tapText('确定定时发布');

    await waitFor(() => expect(fieldError('publishTime')).toBe('定时发布的时间必须晚于现在'));
    expect(api.saveArticle).not.toHaveBeenCalled();
    expect(api.publishArticle).not.toHaveBeenCalled();
  });
});
