/**
 * Ratings (咨询评价) in the pages: the company rates a consultation on its record page (stars,
 * quick tags, comment), changes it while the server says it may and sees 已锁定 after; station
 * staff read it; 我的评价 (a consultant's average, count and latest comments) and 本站评价 (the
 * chief: the station's and each consultant's average, the low ones to follow up); the entries on 我的.
 */
import WorkPage from '@/pages/work/index';
import MyRatingsPage from '@/packages/consult/pages/my-ratings/index';
import RecordPage from '@/packages/consult/pages/record/index';
import StationRatingsPage from '@/packages/consult/pages/station-ratings/index';
import * as account from '@/services/account';
import * as archive from '@/services/archive';
import { ServiceError } from '@/services/errors';
import { useAppStore } from '@/store';
import type { Me, Rating } from '@core/contract';
import { aCompanyRecord, aRating, aStationRecord } from './support/archive-fixtures';
import { CHIEF_ME, COMPANY_ME, EXPERT_ME, LIAISON_ME } from './support/consult-fixtures';
import {
  bodyText,
  byTestId,
  fieldInput,
  mountPage,
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

jest.mock('@/services/consult', () => require('./support/consult-mock').consultMock());
jest.mock('@/services/archive', () => require('./support/archive-mock').archiveMock());
jest.mock('@/services/account');
const arc = jest.mocked(archive);
const acc = account as jest.Mocked<typeof account>;

let page: MountedPage | undefined;
// Every time on these pages is Shanghai's, whatever the phone's zone.
inTimeZone('America/New_York');

signedInPages(COMPANY_ME);

const urls = () => navigatedUrls(taro);

/** Taps star `n` (1–5) of the stars to choose. */
function tapStar(n: number): void {
  const stars = document.querySelectorAll('[data-testid="rating-input"] .nut-rate-item');
  (stars[n - 1] as HTMLElement).click();
}

const tag = (value: string) => document.querySelector(`[data-testid="rating-tag"][data-value="${value}"]`)!;
const activeTags = () =>
  byTestId('rating-tag')
    .filter((t) => t.getAttribute('data-active') === 'true')
    .map((t) => t.getAttribute('data-value'));

async function openRecord(me: Me, rating: Rating | null, canRate: boolean): Promise<MountedPage> {
  useAppStore.setState({ me });
  arc.getRecord.mockResolvedValue(me === COMPANY_ME ? aCompanyRecord() : aStationRecord());
  arc.getRating.mockResolvedValue({ rating, canRate });
  const p = await mountPage(RecordPage, { recordId: 'booking:bk-1' });
  await waitFor(() => expect(byTestId('rating-panel')).toHaveLength(1));
  return p;
}

describe('咨询记录: the company rates the consultation', () => {
  it('asks for stars first, then sends the stars, tags and comment; a low rating says the chief will follow up', async () => {
    arc.rateRecord.mockImplementation(async (input) =>
      aRating({ stars: input.stars, tags: input.tags ?? [], comment: input.comment ?? '' }),
    );
    page = await openRecord(COMPANY_ME, null, true);
    expect(arc.getRating).toHaveBeenCalledWith({ recordId: 'booking:bk-1' });
    expect(byTestId('rating-panel')[0]!.textContent).toContain('我的评价');
    await waitForForm();
    expect(byTestId('rating-word')[0]!.textContent).toBe('点击星星评分');

    tapText('提交评价');
    await waitFor(() => expect(byTestId('error-stars')[0]?.textContent).toBe('评分：请点击星星选择评分'));
    expect(arc.rateRecord).not.toHaveBeenCalled();

    tapStar(2);
    await waitFor(() => expect(byTestId('rating-word')[0]!.textContent).toBe('不满意'));
    expect(byTestId('error-stars')).toHaveLength(0);
    (tag('patient') as HTMLElement).click();
    (tag('unsolved') as HTMLElement).click();
    (tag('patient') as HTMLElement).click();
    (tag('patient') as HTMLElement).click();
    await waitFor(() => expect(activeTags()).toEqual(['patient', 'unsolved']));
    typeField(page.utils, 'comment', '  态度很好，但问题没有解决  ');
    tapText('提交评价');
    await waitFor(() => expect(arc.rateRecord).toHaveBeenCalledTimes(1));
    expect(arc.rateRecord).toHaveBeenCalledWith({
      recordId: 'booking:bk-1',
      stars: 2,
      tags: ['patient', 'unsolved'],
      comment: '态度很好，但问题没有解决',
    });
    await waitFor(() => expect(byTestId('rating-shown')).toHaveLength(1));
    expect(toastTitles(taro)).toContain('评价已提交');
    const shown = byTestId('rating-shown')[0]!.textContent;
    expect(shown).toContain('不满意');
    expect(shown).toContain('耐心');
    expect(shown).toContain('问题未解决');
    expect(shown).toContain('态度很好，但问题没有解决');
    expect(shown).toContain('感谢反馈，工作站站长会联系您了解情况');
    expect(byTestId('rating-form')).toHaveLength(0);
    // 10:30 Shanghai + 24 h, though the phone is in New York.
    expect(byTestId('rating-editable')[0]!.textContent).toBe('可在 2026-11-24 10:30 前修改');
  });

  it('changes the rating while it may: the form starts from the rating; cancel keeps it', async () => {
    arc.rateRecord.mockResolvedValue(aRating({ stars: 5, edited: true, updatedAt: aRating().ratedAt + 600_000 }));
    page = await openRecord(COMPANY_ME, aRating(), true);
    await waitFor(() => expect(byTestId('rating-shown')).toHaveLength(1));
    expect(byTestId('rating-stars')[0]!.getAttribute('data-value')).toBe('4');
    expect(byTestId('rating-meta')[0]!.textContent).toBe('张经理 于 2026-11-23 10:30 评价');
    expect(bodyText()).toContain('专业');
    expect(bodyText()).toContain('建议实用');
    expect(byTestId('rating-locked')).toHaveLength(0);

    tapText('修改评价');
    await waitFor(() => expect(byTestId('rating-form')).toHaveLength(1));
    await waitForForm();
    expect(activeTags()).toEqual(['professional', 'practical']);
    expect(fieldInput('comment').value).toBe('讲解清楚，建议很实用');
    tapText('取消');
    await waitFor(() => expect(byTestId('rating-form')).toHaveLength(0));

    tapText('修改评价');
    await waitFor(() => expect(byTestId('rating-form')).toHaveLength(1));
    tapStar(5);
    await waitFor(() => expect(byTestId('rating-word')[0]!.textContent).toBe('非常满意'));
    tapText('保存修改');
    await waitFor(() => expect(arc.rateRecord).toHaveBeenCalledTimes(1));
    expect(arc.rateRecord).toHaveBeenCalledWith({
      recordId: 'booking:bk-1',
      stars: 5,
      tags: ['professional', 'practical'],
      comment: '讲解清楚，建议很实用',
    });
    await waitFor(() =>
      expect(byTestId('rating-meta')[0]?.textContent).toBe('张经理 于 2026-11-23 10:30 评价，2026-11-23 10:40 修改'),
    );
    expect(toastTitles(taro)).toContain('评价已修改');
  });

  it('keeps the form and says why when the server refuses (the 24 h passed meanwhile)', async () => {
    arc.rateRecord.mockRejectedValue(new ServiceError('CONFLICT', '评价已超过24小时，不能再修改'));
    page = await openRecord(COMPANY_ME, aRating(), true);
    await waitFor(() => expect(byTestId('rating-shown')).toHaveLength(1));
    tapText('修改评价');
    await waitFor(() => expect(byTestId('rating-form')).toHaveLength(1));
    tapStar(1);
    tapText('保存修改');
    await waitFor(() => expect(toastTitles(taro)).toContain('评价已超过24小时，不能再修改'));
    expect(byTestId('rating-form')).toHaveLength(1);
  });

  it('shows 已锁定 after 24 h, with no way to change it', async () => {
    page = await openRecord(COMPANY_ME, aRating({ locked: true }), false);
    await waitFor(() => expect(byTestId('rating-locked')).toHaveLength(1));
    expect(byTestId('rating-locked')[0]!.textContent).toBe('已锁定');
    expect(byTestId('rating-lock-note')[0]!.textContent).toBe('评价已超过24小时，不能再修改');
    expect(bodyText()).not.toContain('修改评价');
    expect(byTestId('rating-form')).toHaveLength(0);
  });
});

describe('咨询记录: station staff read the rating', () => {
  it('shows that the company has not rated yet, and no form', async () => {
    page = await openRecord(LIAISON_ME, null, false);
    await waitFor(() => expect(byTestId('rating-none')).toHaveLength(1));
    expect(byTestId('rating-panel')[0]!.textContent).toContain('企业评价');
    expect(byTestId('rating-form')).toHaveLength(0);
    expect(bodyText()).not.toContain('提交评价');
  });

  it("shows the company's rating, read-only", async () => {
    page = await openRecord(CHIEF_ME, aRating({ stars: 2, comment: '没解决' }), false);
    await waitFor(() => expect(byTestId('rating-shown')).toHaveLength(1));
    expect(byTestId('rating-comment')[0]!.textContent).toBe('没解决');
    expect(bodyText()).not.toContain('修改评价');
    expect(bodyText()).not.toContain('站长会联系您');
  });
});

function page1<E extends object>(items: Rating[], total: number, extra: E) {
  return { items, total, page: 1, pageSize: 20, ...extra };
}

describe('我的评价', () => {
  it('shows my average and count, the latest comments, and the next page at the bottom', async () => {
    useAppStore.setState({ me: EXPERT_ME });
    const first = Array.from({ length: 20 }, (_, i) =>
      aRating({ id: `rating:r${i}`, recordId: `r${i}`, comment: `评价${i}` }),
    );
    arc.myRatingSummary.mockResolvedValueOnce(page1(first, 21, { average: 4.3, count: 21 })).mockResolvedValueOnce({
      items: [aRating({ id: 'rating:r20', recordId: 'r20', stars: 1, comment: '最后一条' })],
      total: 21,
      page: 2,
      pageSize: 20,
      average: 4.3,
      count: 21,
    });
    page = await mountPage(MyRatingsPage);
    await waitFor(() => expect(byTestId('rating')).toHaveLength(20));
    expect(arc.myRatingSummary).toHaveBeenCalledWith({ page: 1, pageSize: 20 });
    expect(byTestId('rating-average')[0]!.textContent).toBe('4.3');
    expect(byTestId('average-stars')[0]!.getAttribute('data-value')).toBe('4.5');
    expect(byTestId('rating-count')[0]!.textContent).toBe('共 21 条评价');
    expect(byTestId('rating-comment')[0]!.textContent).toBe('评价0');

    await page.trigger('onReachBottom');
    await waitFor(() => expect(byTestId('rating')).toHaveLength(21));
    expect(arc.myRatingSummary).toHaveBeenLastCalledWith({ page: 2, pageSize: 20 });
    expect(bodyText()).toContain('需跟进');
    expect(bodyText()).toContain('没有更多了');

    (byTestId('rating')[20] as HTMLElement).click();
    expect(urls()).toEqual(['/packages/consult/pages/record/index?recordId=r20']);
  });

  it('says so when nobody has rated me yet', async () => {
    useAppStore.setState({ me: LIAISON_ME });
    arc.myRatingSummary.mockResolvedValue(page1([], 0, { average: null as number | null, count: 0 }));
    page = await mountPage(MyRatingsPage);
    await waitForText('还没有企业评价过您的咨询');
    expect(byTestId('rating-average')[0]!.textContent).toBe('—');
  });

  it('is for consultants', async () => {
    page = await mountPage(MyRatingsPage);
    await waitFor(() => expect(byTestId('gate-role')).toHaveLength(1));
    expect(arc.myRatingSummary).not.toHaveBeenCalled();
  });
});

describe('本站评价 (the chief)', () => {
  const consultants = [
    { consultantId: 'u-li', consultantName: '李联络', average: 4.5, count: 2 },
    { consultantId: 'u-ex', consultantName: '王专家', average: 2, count: 1 },
  ];
  const answer = (items: Rating[]) => page1(items, items.length, { average: 3.7, count: 3, consultants });

  it("shows the station's and each consultant's average; narrows to the low ones or one consultant", async () => {
    useAppStore.setState({ me: CHIEF_ME });
    const low = aRating({ id: 'rating:r3', recordId: 'r3', stars: 2, consultantName: '王专家', comment: '没解决' });
    arc.listRatings.mockImplementation(async (input) =>
      answer(input.lowOnly ? [low] : input.consultantId === 'u-li' ? [aRating()] : [low, aRating()]),
    );
    page = await mountPage(StationRatingsPage);
    await waitFor(() => expect(byTestId('rating')).toHaveLength(2));
    expect(arc.listRatings).toHaveBeenCalledWith({ stationId: 'st-haidian-zgc', page: 1, pageSize: 20 });
    expect(byTestId('rating-average')[0]!.textContent).toBe('3.7');
    const rows = byTestId('consultant-average').map((r) => r.textContent);
    expect(rows).toEqual([expect.stringContaining('李联络'), expect.stringContaining('王专家')]);
    expect(rows[0]).toContain('4.5');
    expect(rows[0]).toContain('2 条');
    expect(rows[1]).toContain('2.0');
    expect(byTestId('rating')[0]!.textContent).toContain('王专家');

    (document.querySelector('[data-testid="rating-filter"][data-value="low"]') as HTMLElement).click();
    await waitFor(() => expect(byTestId('rating')).toHaveLength(1));
    expect(arc.listRatings).toHaveBeenLastCalledWith({
      stationId: 'st-haidian-zgc',
      page: 1,
      pageSize: 20,
      lowOnly: true,
    });

    (document.querySelector('[data-testid="rating-filter"][data-value=""]') as HTMLElement).click();
    (byTestId('consultant-average')[0] as HTMLElement).click();
    await waitFor(() => expect(byTestId('ratings-narrowed')[0]?.textContent).toContain('只看李联络的评价'));
    await waitFor(() =>
      expect(arc.listRatings).toHaveBeenLastCalledWith({
        stationId: 'st-haidian-zgc',
        page: 1,
        pageSize: 20,
        consultantId: 'u-li',
      }),
    );
    await waitFor(() => expect(byTestId('rating')).toHaveLength(1));
    tapText('查看全部人员');
    await waitFor(() => expect(byTestId('ratings-narrowed')).toHaveLength(0));
  });

  it('is for the chief only', async () => {
    useAppStore.setState({ me: LIAISON_ME });
    page = await mountPage(StationRatingsPage);
    await waitFor(() => expect(byTestId('gate-role')).toHaveLength(1));
    expect(arc.listRatings).not.toHaveBeenCalled();
  });
});

describe('工作台: where ratings are found', () => {
  async function open(me: Me): Promise<void> {
    acc.me.mockResolvedValue(me);
    acc.getCompany.mockResolvedValue({} as never);
    useAppStore.setState({ me: null, meState: 'idle' });
    page = await showPage(WorkPage);
    await waitForText(me.user.displayName);
  }

  it.each([
    ['liaison', LIAISON_ME],
    ['expert', EXPERT_ME],
  ])('gives a %s 我的评价', async (_role, me) => {
    await open(me);
    expect(bodyText()).not.toContain('本站评价');
    tapText('我的评价');
    expect(urls()).toEqual(['/packages/consult/pages/my-ratings/index']);
  });

  it('gives the chief 我的评价 and 本站评价', async () => {
    await open(CHIEF_ME);
    tapText('我的评价');
    tapText('本站评价');
    expect(urls()).toEqual([
      '/packages/consult/pages/my-ratings/index',
      '/packages/consult/pages/station-ratings/index',
    ]);
  });

  it('gives company staff neither (they rate on the record page)', async () => {
    await open(COMPANY_ME);
    expect(bodyText()).not.toContain('我的评价');
    expect(bodyText()).not.toContain('本站评价');
  });
});
