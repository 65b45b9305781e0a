/**
 * 搜索: opened with words, it shows the hits grouped by kind (label and count), each opening its
 * page, and the words searched; 查看更多 pages one kind further and appends; no hits, too short a
 * query (the server's message) and a failure (with a retry) each say so; opened without words it
 * only hints, and new words typed are searched.
 */
import SearchPage from '@/packages/content/pages/search/index';
import type { OutputOf, SearchHit } from '@core/contract';
import type { SearchKind } from '@core/enums';
import { shanghaiInstant } from '@core/rules/time';
import * as content from '@/services/content';
import { ServiceError } from '@/services/errors';
import { atNow } from './support/clock';
import { COMPANY_ME, STATION_ID, STATION_NAME } from './support/consult-fixtures';
import {
  bodyText,
  byTestId,
  showPage,
  tapText,
  typeInto,
  waitFor,
  waitForForm,
  waitForText,
} from './support/page-harness';
import { signedInPages, taro } from './support/page-lifecycle';
import { navigatedUrls } from './support/taro-mocks';

jest.mock('@/services/content');
const api = jest.mocked(content);

const NOW = shanghaiInstant('2026-12-02', '10:00');
atNow(NOW);
signedInPages(COMPANY_ME);

type SearchAnswer = OutputOf<'content', 'search'>;

function aHit(kind: SearchKind, n: number, overrides: Partial<SearchHit> = {}): SearchHit {
  return {
    kind,
    id: `${kind}-${n}`,
    title: `专利质押${kind}${n}`,
    snippet: `第${n}条的摘要`,
    link: `/packages/content/pages/detail/index?articleId=${kind}-${n}`,
    stationName: STATION_NAME,
    at: NOW - n * 86_400_000,
    ...overrides,
  };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const none = { items: [], total: 0, hasMore: false };

/** The grouped first answer: five articles of seven, one station, no service item. */
function anAnswer(overrides: Partial<SearchAnswer> = {}): SearchAnswer {
  return {
    terms: ['专利', '质押'],
    article: { items: range(1, 5).map((n) => aHit('article', n)), total: 7, hasMore: true },
    station: {
      items: [
        aHit('station', 1, {
          id: STATION_ID,
          title: STATION_NAME,
          snippet: '北京市海淀区中关村大街1号',
          link: `/packages/directory/pages/station/index?stationId=${STATION_ID}`,
        }),
      ],
      total: 1,
      hasMore: false,
    },
    item: none,
    ...overrides,
  };
}

const groupKinds = () => byTestId('search-group').map((g) => g.getAttribute('data-kind'));
const hitIds = (kind: SearchKind) =>
  Array.from(document.querySelectorAll(`[data-kind="${kind}"] [data-testid="search-hit"]`)).map((h) =>
    h.getAttribute('data-id'),
  );

describe('搜索', () => {
  it('shows the hits grouped by kind with their counts, and the words searched', async () => {
    api.search.mockResolvedValue(anAnswer());

    await showPage(SearchPage, { q: '专利质押' });

    await waitFor(() => expect(groupKinds()).toEqual(['article', 'station']));
    expect(api.search).toHaveBeenCalledWith({ q: '专利质押' });
    const [articles, stations] = byTestId('search-group').map((g) => (g.textContent ?? '').replace(/\s+/g, ' '));
    expect(articles).toContain('政策与动态共 7 条');
    expect(articles).toContain('专利质押article1第1条的摘要' + STATION_NAME);
    expect(stations).toContain('服务站点共 1 条');
    expect(stations).toContain(`${STATION_NAME}北京市海淀区中关村大街1号`);
    expect(byTestId('search-terms')[0]!.textContent).toBe('按词搜索：专利 质押');
    expect(byTestId('search-more')).toHaveLength(1);
  });

  it('opens the page of the hit tapped', async () => {
    api.search.mockResolvedValue(anAnswer());
    await showPage(SearchPage, { q: '专利质押' });
    await waitFor(() => expect(hitIds('station')).toEqual([STATION_ID]));

    (document.querySelector(`[data-kind="station"] [data-testid="search-hit"]`) as HTMLElement).click();

    await waitFor(() =>
      expect(navigatedUrls(taro)).toEqual([`/packages/directory/pages/station/index?stationId=${STATION_ID}`]),
    );
  });

  it('pages one kind further on 查看更多 and appends what it had not shown', async () => {
    api.search.mockResolvedValueOnce(anAnswer());
    api.search.mockResolvedValueOnce(
      anAnswer({ article: { items: range(1, 7).map((n) => aHit('article', n)), total: 7, hasMore: false } }),
    );
    await showPage(SearchPage, { q: '专利质押' });
    await waitFor(() => expect(hitIds('article')).toHaveLength(5));

    tapText('查看更多');

    await waitFor(() => expect(hitIds('article')).toEqual(range(1, 7).map((n) => `article-${n}`)));
    expect(api.search).toHaveBeenLastCalledWith({ q: '专利质押', kind: 'article', page: 1, pageSize: 20 });
    expect(byTestId('search-more')).toHaveLength(0);
    expect(hitIds('station')).toEqual([STATION_ID]);
  });

  it('says when a page of 查看更多 fails, and keeps 查看更多 to try again', async () => {
    api.search.mockResolvedValueOnce(anAnswer());
    api.search.mockRejectedValueOnce(new ServiceError('NETWORK', '网络连接失败，请检查网络后重试'));
    await showPage(SearchPage, { q: '专利质押' });
    await waitFor(() => expect(hitIds('article')).toHaveLength(5));

    tapText('查看更多');

    await waitFor(() => expect(byTestId('search-more-error')).toHaveLength(1));
    expect(byTestId('search-more')).toHaveLength(1);
    expect(hitIds('article')).toHaveLength(5);
  });

  it('says when nothing was found', async () => {
    api.search.mockResolvedValue(anAnswer({ article: none, station: none, item: none }));

    await showPage(SearchPage, { q: '专利质押' });

    await waitForText('未找到与“专利质押”相关的内容');
    expect(byTestId('search-group')).toHaveLength(0);
  });

  it('shows the server’s message when the words are too short to search', async () => {
    api.search.mockRejectedValue(new ServiceError('INVALID_INPUT', '请输入至少两个字的关键词'));

    await showPage(SearchPage, { q: '专' });

    await waitFor(() => expect(byTestId('search-invalid')[0]?.textContent).toBe('请输入至少两个字的关键词'));
    expect(bodyText()).not.toContain('重新加载');
  });

  it('says when the search fails, and searches again on 重新加载', async () => {
    api.search.mockRejectedValueOnce(new ServiceError('NETWORK', '网络连接失败，请检查网络后重试'));
    api.search.mockResolvedValue(anAnswer());
    await showPage(SearchPage, { q: '专利质押' });
    await waitForText('网络连接失败');

    tapText('重新加载');

    await waitFor(() => expect(groupKinds()).toEqual(['article', 'station']));
    expect(api.search).toHaveBeenCalledTimes(2);
  });

  it('only hints when opened without words, and searches the words typed', async () => {
    api.search.mockResolvedValue(anAnswer());
    const page = await showPage(SearchPage);
    await waitFor(() => expect(byTestId('search-idle')).toHaveLength(1));
    expect(api.search).not.toHaveBeenCalled();
    await waitForForm();
    typeInto(page.utils, document.querySelector('[data-testid="search-box"] taro-input-core')!, '专利质押');

    tapText('搜索');

    await waitFor(() => expect(groupKinds()).toEqual(['article', 'station']));
    expect(api.search).toHaveBeenCalledWith({ q: '专利质押' });
  });
});
