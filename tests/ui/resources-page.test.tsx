import ResourcesPage from '@/pages/resources/index';
import * as directory from '@/services/directory';
import { ServiceError } from '@/services/errors';
import { CATALOGUE, COURSES, PLATFORMS } from './support/directory-fixtures';
import { bodyText, byTestId, mountPage, waitFor, type MountedPage } from './support/page-harness';
import { mockTaro, toastTitles, type TaroMocks } from './support/taro-mocks';

jest.mock('@/services/directory', () => require('./support/directory-mock').directoryMock());
const api = jest.mocked(directory);

function tab(title: string): Element {
  const found = Array.from(document.querySelectorAll('.resources-tabs__title')).find((el) =>
    el.textContent?.includes(title),
  );
  if (!found) throw new Error(`no tab ${title}`);
  return found;
}

function activePane(): string {
  return document.querySelector('.resources-tabs__pane--active')?.textContent ?? '';
}

describe('资源 page', () => {
  let taro: TaroMocks;
  let page: MountedPage;

  beforeEach(() => {
    jest.clearAllMocks();
    taro = mockTaro();
    api.listPlatforms.mockResolvedValue(PLATFORMS);
    api.listCourses.mockResolvedValue(COURSES);
    api.listCatalogue.mockResolvedValue(CATALOGUE);
  });

  afterEach(() => {
    page?.unmount();
    jest.restoreAllMocks();
  });

  it('has the three panes and opens on the retrieval platforms, loading only those', async () => {
    page = await mountPage(ResourcesPage);

    const titles = Array.from(document.querySelectorAll('.resources-tabs__title')).map((el) => el.textContent);
    expect(titles).toEqual(['检索平台', '培训课程', '服务目录']);
    await waitFor(() => expect(byTestId('platform')).toHaveLength(2));
    expect(activePane()).toContain('国家知识产权公共服务网站');
    expect(activePane()).toContain('https://ggfw.cnipa.gov.cn');
    expect(api.listCourses).not.toHaveBeenCalled();
    expect(api.listCatalogue).not.toHaveBeenCalled();
  });

  it('copies a platform address, since a mini program cannot open outside sites', async () => {
    page = await mountPage(ResourcesPage);
    await waitFor(() => expect(byTestId('platform')).toHaveLength(2));

    page.utils.fireEvent.click(byTestId('platform')[1]!);

    await waitFor(() => expect(toastTitles(taro)).toContain('网址已复制，请在浏览器中打开'));
    expect(taro.setClipboardData).toHaveBeenCalledWith({ data: 'http://search.cnipr.com/' });
  });

  it('lists the courses, each opening to show its topics', async () => {
    page = await mountPage(ResourcesPage);
    page.utils.fireEvent.click(tab('培训课程'));

    await waitFor(() => expect(byTestId('course')).toHaveLength(2));
    expect(api.listCourses).toHaveBeenCalledTimes(1);
    expect(activePane()).toContain('知识产权基础知识');
    expect(activePane()).not.toContain('知识产权申报（登记）流程');

    page.utils.fireEvent.click(byTestId('course-title')[0]!);

    await waitFor(() => expect(byTestId('course-topics')).toHaveLength(1));
    expect(byTestId('course-topics')[0]!.textContent).toContain('知识产权基本概念和类型');
    expect(byTestId('course-topics')[0]!.textContent).toContain('知识产权申报（登记）流程');

    page.utils.fireEvent.click(byTestId('course-title')[0]!);
    await waitFor(() => expect(byTestId('course-topics')).toHaveLength(0));
  });

  it('groups the service catalogue into basic and mobile-studio services', async () => {
    page = await mountPage(ResourcesPage);
    page.utils.fireEvent.click(tab('服务目录'));

    await waitFor(() => expect(byTestId('catalogue-basic')).toHaveLength(1));
    const basic = byTestId('catalogue-basic')[0]!.textContent ?? '';
    const studio = byTestId('catalogue-studio')[0]!.textContent ?? '';
    expect(basic).toContain('基础服务');
    expect(basic).toContain('知识产权政策宣贯');
    expect(basic).toContain('知识产权维权援助');
    expect(basic).not.toContain('高价值知识产权培育');
    expect(studio).toContain('流动工作室服务');
    expect(studio).toContain('高价值知识产权培育');
  });

  it('shows a failed load with a retry, and an empty list as empty', async () => {
    api.listPlatforms
      .mockRejectedValueOnce(new ServiceError('NETWORK', '网络连接失败，请检查网络后重试'))
      .mockResolvedValueOnce(PLATFORMS);
    api.listCourses.mockResolvedValue([]);
    page = await mountPage(ResourcesPage);

    await waitFor(() => expect(byTestId('list-error')).toHaveLength(1));
    expect(bodyText()).toContain('网络连接失败，请检查网络后重试');
    page.utils.fireEvent.click(byTestId('list-error')[0]!.querySelector('.plain-button')!);
    await waitFor(() => expect(byTestId('platform')).toHaveLength(2));

    page.utils.fireEvent.click(tab('培训课程'));
    await waitFor(() => expect(activePane()).toContain('暂无培训课程'));
  });
});
