/**
 * 导出 on the list pages: the button exports the list as it is filtered on the page at that moment
 * and opens the file; a role the policy does not admit to the export (a liaison on the ledger)
 * has no button. 企业台账 and 需求队列 stand for every list page (they share ExportButton).
 */
import LedgerPage from '@/packages/ledger/pages/ledger/index';
import QueuePage from '@/packages/request/pages/queue/index';
import * as download from '@/lib/download';
import * as enterprise from '@/services/enterprise';
import * as request from '@/services/request';
import { useAppStore } from '@/store';
import { shanghaiInstant } from '@core/rules/time';
import { atNow } from './support/clock';
import { CHIEF_ME, LIAISON_ME } from './support/consult-fixtures';
import { aPage } from './support/directory-fixtures';
import { aRow } from './support/ledger-fixtures';
import { aSummary } from './support/request-fixtures';
import { bodyText, byTestId, mountPage, tapText, waitFor } from './support/page-harness';
import { signedInPages, taro } from './support/page-lifecycle';
import { toastTitles } from './support/taro-mocks';

jest.mock('@/services/enterprise');
jest.mock('@/services/request');
jest.mock('@/services/account');
jest.mock('@/services/directory');
jest.mock('@/lib/download', () => ({ openExport: jest.fn() }));
const ledger = jest.mocked(enterprise);
const requests = jest.mocked(request);
const files = jest.mocked(download);

atNow(shanghaiInstant('2025-03-03', '09:00'));
signedInPages(CHIEF_ME);

function chip(testId: string, value: string): HTMLElement {
  const el = byTestId(testId).find((e) => e.getAttribute('data-value') === value);
  if (!el) throw new Error(`no ${testId} chip ${value}`);
  return el as HTMLElement;
}

describe('企业台账 导出', () => {
  it('exports the ledger with the filters chosen on the page, and opens the file', async () => {
    ledger.listLedger.mockResolvedValue(aPage([aRow()]));
    const file = {
      url: '/files/exports/st/ledger.xlsx',
      fileName: '海淀区中关村知识产权工作站_企业台账_20250303.xlsx',
    };
    ledger.exportLedger.mockResolvedValue(file);
    await mountPage(LedgerPage);
    await waitFor(() => expect(byTestId('ledger-row')).toHaveLength(1));

    chip('overdue-chip', '90').click();
    chip('flag-chip', 'zero_ip').click();
    await waitFor(() =>
      expect(ledger.listLedger).toHaveBeenLastCalledWith({
        notVisitedDays: 90,
        flag: 'zero_ip',
        page: 1,
        pageSize: 20,
      }),
    );
    tapText('导出');

    await waitFor(() => expect(files.openExport).toHaveBeenCalledWith(file));
    expect(ledger.exportLedger).toHaveBeenCalledWith({ notVisitedDays: 90, flag: 'zero_ip' });
    expect(toastTitles(taro)).toContain('已导出');
  });

  it('offers no 导出 to a liaison, who reads the ledger but may not export it', async () => {
    useAppStore.setState({ me: LIAISON_ME });
    ledger.listLedger.mockResolvedValue(aPage([aRow()]));
    await mountPage(LedgerPage);
    await waitFor(() => expect(byTestId('ledger-row')).toHaveLength(1));

    expect(bodyText()).not.toContain('导出');
  });
});

describe('需求队列 导出', () => {
  it('exports the queue with its status and overdue filters (not its order), and opens the file', async () => {
    requests.listRequests.mockResolvedValue(aPage([aSummary()]));
    const file = {
      url: '/files/exports/st/requests.xlsx',
      fileName: '海淀区中关村知识产权工作站_服务需求_20250303.xlsx',
    };
    requests.exportRequests.mockResolvedValue(file);
    await mountPage(QueuePage);
    await waitFor(() => expect(byTestId('request')).toHaveLength(1));

    chip('status-filter', 'assigned').click();
    chip('overdue-filter', 'overdue').click();
    chip('order', 'urgency').click();
    await waitFor(() =>
      expect(requests.listRequests).toHaveBeenLastCalledWith({
        status: 'assigned',
        overdue: true,
        order: 'urgency',
        page: 1,
        pageSize: 20,
      }),
    );
    tapText('导出');

    await waitFor(() => expect(files.openExport).toHaveBeenCalledWith(file));
    expect(requests.exportRequests).toHaveBeenCalledWith({ status: 'assigned', overdue: true });
    expect(toastTitles(taro)).toContain('已导出');
  });
});
