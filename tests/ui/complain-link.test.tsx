/**
 * 「对这次服务不满意？我要投诉」 under a service: company staff get it and it opens 我要投诉 with the
 * record chosen; station staff looking at the same record never see it.
 */
import { ComplainLink } from '@/components/ComplainLink';
import { useAppStore } from '@/store';
import { byTestId, showPage, tapText } from './support/page-harness';
import { signedInPages, taro } from './support/page-lifecycle';
import { COMPANY_ME, LIAISON_ME } from './support/consult-fixtures';
import { navigatedUrls } from './support/taro-mocks';

signedInPages(COMPANY_ME);

const OnARecord = () => <ComplainLink kind="record" refId="walkin:r-1" />;

describe('the complaint link under a service', () => {
  it('opens 我要投诉 about that record for company staff', async () => {
    useAppStore.setState({ me: COMPANY_ME });
    await showPage(OnARecord);
    tapText('对这次服务不满意？我要投诉');
    expect(navigatedUrls(taro)).toEqual([
      `/packages/complaint/pages/new/index?kind=record&refId=${encodeURIComponent('walkin:r-1')}`,
    ]);
  });

  it('is not offered to the station’s staff', async () => {
    useAppStore.setState({ me: LIAISON_ME });
    await showPage(OnARecord);
    expect(byTestId('complain-link')).toHaveLength(0);
  });
});
