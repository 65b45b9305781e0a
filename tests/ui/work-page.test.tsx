/**
 * 工作台: the acting role's to-dos with their live counts, each opening its filtered list; a late
 * one with a count in red; a failed load says so with a retry and leaves the tools usable; a
 * guest is asked to sign in.
 */
import Taro from '@tarojs/taro';
import WorkPage from '@/pages/work/index';
import * as account from '@/services/account';
import * as stats from '@/services/stats';
import { ServiceError } from '@/services/errors';
import { useAppStore } from '@/store';
import { byTestId, showPage, tapText, waitFor, waitForText, type MountedPage } from './support/page-harness';
import { ME_BY_ROLE } from './support/roles';

jest.mock('@/services/account');
jest.mock('@/services/stats');
const api = jest.mocked(account);
const st = jest.mocked(stats);

describe('工作台', () => {
  let page: MountedPage | undefined;
  beforeEach(() => {
    jest.resetAllMocks();
    useAppStore.setState({ signedIn: true, me: ME_BY_ROLE.chief, meState: 'ready', meError: null });
    jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    api.me.mockResolvedValue(ME_BY_ROLE.chief);
  });
  afterEach(() => {
    page?.unmount();
    page = undefined;
  });

  it('shows the chief’s to-dos with their counts, and opens the overdue ones filtered', async () => {
    st.workbench.mockResolvedValue({
      todos: [
        { id: 'requests_overdue', count: 2 },
        { id: 'requests_to_accept', count: 5 },
        { id: 'pending_visits', count: 0 },
      ],
    });
    page = await showPage(WorkPage);
    await waitFor(() => expect(byTestId('todo')).toHaveLength(3));
    const [overdue, toAccept, pending] = byTestId('todo');
    expect(overdue!.textContent).toBe('2逾期未接受的指派');
    expect(overdue!.className).toContain('work-todo--urgent');
    expect(toAccept!.className).not.toContain('work-todo--urgent');
    expect(pending!.className).toContain('work-todo--none');
    tapText('逾期未接受的指派');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/request/pages/queue/index?overdue=1' });
    tapText('待走访企业');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/ledger/pages/ledger/index?overdue=90' });
  });

  it('says when the to-dos cannot load, retries, and keeps the tools', async () => {
    st.workbench.mockRejectedValueOnce(new ServiceError('INTERNAL', '网络连接失败，请检查网络后重试'));
    st.workbench.mockResolvedValue({ todos: [{ id: 'low_ratings', count: 1 }] });
    page = await showPage(WorkPage);
    await waitFor(() => expect(byTestId('todos-error')).toHaveLength(1));
    expect(byTestId('todos-error')[0]!.textContent).toContain('网络连接失败');
    expect(byTestId('tool').length).toBeGreaterThan(5);
    tapText(byTestId('todos-error')[0]!.textContent!);
    await waitFor(() => expect(byTestId('todo')).toHaveLength(1));
    expect(byTestId('todo')[0]!.getAttribute('data-count')).toBe('1');
  });

  it('asks a guest to sign in', async () => {
    useAppStore.setState({ signedIn: false, me: null });
    page = await showPage(WorkPage);
    await waitForText('登录后查看待办事项和工作工具');
    expect(st.workbench).not.toHaveBeenCalled();
  });
});
