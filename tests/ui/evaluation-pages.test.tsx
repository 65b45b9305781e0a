/**
 * The annual evaluation's pages (年度评价, seed 000): 新建评价轮次 (what createRound is sent — the
 * stations, who reviews which, the lapse rule, the thresholds — and the mistakes refused before
 * sending), 年度评价 (a reviewer's assigned stations, the admin's rounds), 站点评价 as the chief
 * (a figure from the records, a changed figure needing a justification, submitting once
 * confirmed, the result once published), as a reviewer (scores sent as typed, no self-evaluation
 * fields, 声明回避), 评价轮次 (the ranking, 公布结果 once confirmed) and 评价指标表 (a new version
 * must add up to 100 and keeps the item ids).
 */
import type TestUtils from '@tarojs/test-utils-react';
import RoundsPage from '@/packages/evaluation/pages/rounds/index';
import RoundNewPage from '@/packages/evaluation/pages/round-new/index';
import RoundPage from '@/packages/evaluation/pages/round/index';
import StationPage from '@/packages/evaluation/pages/station/index';
import IndicatorsPage from '@/packages/evaluation/pages/indicators/index';
import { EVAL_VETO } from '@core/enums';
import { shanghaiInstant } from '@core/rules/time';
import * as download from '@/lib/download';
import * as directory from '@/services/directory';
import { ServiceError } from '@/services/errors';
import * as evaluation from '@/services/evaluation';
import { useAppStore } from '@/store';
import { atNow } from './support/clock';
import { CHIEF_ME, STATION_ID, STATION_NAME } from './support/consult-fixtures';
import { aPage, aStation } from './support/directory-fixtures';
import {
  AUTO_SOURCE,
  ROUND_ID,
  SUBMITTED_ANSWERS,
  aResultRow,
  aRound,
  aSet,
  anEvaluation,
} from './support/evaluation-fixtures';
import {
  bodyText,
  byTestId,
  fieldError,
  fieldInput,
  showPage,
  tapText,
  typeField,
  waitFor,
  waitForForm,
  waitForText,
  type MountedPage,
} from './support/page-harness';
import { signedInPages, taro } from './support/page-lifecycle';
import { ADMIN_ME, REVIEWER_ME } from './support/roles';

jest.mock('@/services/evaluation');
jest.mock('@/services/account');
jest.mock('@/services/directory', () => require('./support/directory-mock').directoryMock());
jest.mock('@/services/files', () => ({
  register: jest.fn(),
  uploadAttachment: jest.fn(),
  absoluteUrl: (url: string) => url,
}));
jest.mock('@/lib/download', () => ({ openExport: jest.fn() }));
const api = jest.mocked(evaluation);
const dir = jest.mocked(directory);
const files = jest.mocked(download);

const NOW = shanghaiInstant('2026-01-10', '10:00');
atNow(NOW);
signedInPages(CHIEF_ME);

const actAs = (me: typeof ADMIN_ME) => useAppStore.setState({ me });

/** The chip of `value` inside the element marked data-field=`field`. */
function chipIn(field: string, value: string): HTMLElement {
  const el = document.querySelector(`[data-field="${field}"] [data-value="${value}"]`);
  if (!el) throw new Error(`no chip ${value} in ${field}`);
  return el as HTMLElement;
}

/** The chip of `value` among those marked data-testid=`testId` (ChipRow). */
function chip(testId: string, value: string): HTMLElement {
  const el = byTestId(testId).find((e) => e.getAttribute('data-value') === value);
  if (!el) throw new Error(`no ${testId} chip ${value}`);
  return el as HTMLElement;
}

/** Chooses a date in the PickerField named `name`. */
function pickDate(utils: TestUtils, name: string, value: string): void {
  const picker = document.querySelector(`[data-field="${name}"] taro-picker-core`);
  if (!picker) throw new Error(`no picker for field ${name}`);
  utils.act(() => {
    picker.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true }));
  });
}

const modalContents = () => taro.showModal.mock.calls.map(([opts]) => String((opts as { content?: string }).content));

describe('新建评价轮次', () => {
  beforeEach(() => {
    actAs(ADMIN_ME);
    api.listIndicatorSets.mockResolvedValue([aSet(), aSet({ id: 'set:2', version: 2, title: '指标表（2026修订）' })]);
    dir.listStations.mockResolvedValue(
      aPage([
        aStation({ id: 'st-1', name: '海淀区中关村知识产权工作站' }),
        aStation({ id: 'st-2', name: '朝阳区工作站' }),
      ]),
    );
    api.listReviewers.mockResolvedValue([
      { userId: 'u-rv', name: '评审专家甲' },
      { userId: 'u-rv2', name: '评审专家乙' },
    ]);
    api.createRound.mockResolvedValue(aRound({ id: 'round-new' }));
  });

  /** Opens the form with everything a valid round needs chosen: both stations, 甲 on st-1, 乙 on both, the dates. */
  async function openFilled(): Promise<MountedPage> {
    const page = await showPage(RoundNewPage);
    await waitForText('评审专家乙');
    await waitForForm();
    (byTestId('stations-all')[0] as HTMLElement).click();
    await waitFor(() => expect(byTestId('assign-chip')).toHaveLength(4));
    chipIn('reviewer-u-rv', 'st-1').click();
    (document.querySelector('[data-id="u-rv2"] [data-testid="assign-all"]') as HTMLElement).click();
    pickDate(page.utils, 'selfDeadline', '2026-02-28');
    pickDate(page.utils, 'reviewDeadline', '2026-03-15');
    await waitFor(() => expect(byTestId('choice-reviewDeadline')[0]?.textContent).toBe('2026-03-15'));
    return page;
  }

  it('opens a round of last year with the stations, who reviews which, the lapse rule and the thresholds', async () => {
    const page = await openFilled();
    expect(fieldInput('title').value).toBe('2025年度知识产权工作站评价');
    expect(byTestId('choice-setId')[0]?.textContent).toBe('第 2 版 · 指标表（2026修订）（100 分）');
    chip('lapse', 'review').click();
    typeField(page.utils, 'excellent', '85');
    typeField(page.utils, 'good', '75');

    tapText('创建评价轮次');

    await waitFor(() =>
      expect(taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/evaluation/pages/round/index?roundId=round-new' }),
    );
    expect(api.createRound).toHaveBeenCalledWith({
      clientRequestId: expect.stringMatching(/^[0-9a-f]{24}$/),
      year: 2025,
      title: '2025年度知识产权工作站评价',
      setId: 'set:2',
      stationIds: ['st-1', 'st-2'],
      reviewers: [
        { userId: 'u-rv', stationIds: ['st-1'] },
        { userId: 'u-rv2', stationIds: ['st-1', 'st-2'] },
      ],
      selfDeadline: '2026-02-28',
      reviewDeadline: '2026-03-15',
      correctionDays: 5,
      lapse: 'review',
      grades: { excellent: 85, good: 75, pass: 60 },
    });
  });

  it('refuses thresholds that do not descend, before sending', async () => {
    const page = await openFilled();
    typeField(page.utils, 'good', '92');

    tapText('创建评价轮次');

    await waitFor(() => expect(fieldError('grades')).toBe('等级分数线：应依次为 优秀 > 良好 > 合格'));
    expect(api.createRound).not.toHaveBeenCalled();
  });

  it('refuses a round nobody reviews, and a review deadline before the self-evaluation’s', async () => {
    const page = await showPage(RoundNewPage);
    await waitForText('评审专家乙');
    (byTestId('stations-all')[0] as HTMLElement).click();
    pickDate(page.utils, 'selfDeadline', '2026-03-15');
    pickDate(page.utils, 'reviewDeadline', '2026-02-28');

    tapText('创建评价轮次');

    await waitFor(() => expect(fieldError('reviewers')).toBe('评审专家：请至少为一位评审专家分配评审站点'));
    expect(fieldError('reviewDeadline')).toBe('评审截止日期：不能早于自评截止日期');
    expect(api.createRound).not.toHaveBeenCalled();
  });

  it('says how to get reviewers when there are none', async () => {
    api.listReviewers.mockResolvedValue([]);

    await showPage(RoundNewPage);

    await waitForText('暂无评审专家，请先在邀请码管理中发放“评审专家”邀请码');
  });
});

describe('年度评价', () => {
  it('lists a reviewer’s assigned stations with their review status, and opens the one tapped', async () => {
    actAs(REVIEWER_ME);
    api.listRounds.mockResolvedValue([
      aRound({
        assigned: [
          { id: STATION_ID, name: STATION_NAME, status: 'submitted' },
          { id: 'st-cy', name: '朝阳区知识产权工作站', status: 'pending' },
        ],
      }),
    ]);
    await showPage(RoundsPage);
    await waitForText('朝阳区知识产权工作站');
    expect(byTestId('review-status').map((t) => t.textContent)).toEqual(['已提交', '待评审']);
    expect(bodyText()).not.toContain('新建评价');

    (byTestId('assigned-station')[1] as HTMLElement).click();

    expect(taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/evaluation/pages/station/index?roundId=${encodeURIComponent(ROUND_ID)}&stationId=st-cy`,
    });
  });

  it('gives the admin 新建评价 and 评价指标表, and opens a round’s ranking', async () => {
    actAs(ADMIN_ME);
    api.listRounds.mockResolvedValue([aRound()]);
    await showPage(RoundsPage);
    await waitForText('参评站点 2 个');
    expect(bodyText()).toContain('评价指标表');

    (byTestId('round')[0] as HTMLElement).click();

    expect(taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/evaluation/pages/round/index?roundId=${encodeURIComponent(ROUND_ID)}`,
    });
  });

  it('opens the chief’s own station for a round', async () => {
    api.listRounds.mockResolvedValue([aRound()]);
    await showPage(RoundsPage);
    await waitForText('2025年度知识产权工作站评价');

    (byTestId('round')[0] as HTMLElement).click();

    expect(taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/evaluation/pages/station/index?roundId=${encodeURIComponent(ROUND_ID)}`,
    });
  });
});

describe('站点评价 (the station)', () => {
  async function openDraft(): Promise<MountedPage> {
    api.getStationEvaluation.mockResolvedValue(anEvaluation());
    const page = await showPage(StationPage, { roundId: ROUND_ID });
    await waitForText('提交自评');
    await waitForForm();
    return page;
  }

  it('shows the figure filled in from the records, and refuses a changed figure without a justification', async () => {
    const page = await openDraft();
    expect(byTestId('auto-figure')[0]?.textContent).toBe(`系统取数：8（${AUTO_SOURCE}） 建议得分 20`);
    typeField(page.utils, 'answers.training.sessions.value', '10');
    await waitFor(() =>
      expect(document.querySelector('[data-field="answers.training.sessions.justification"]')).not.toBeNull(),
    );

    tapText('保存草稿');

    await waitFor(() =>
      expect(fieldError('answers.training.sessions.justification')).toBe(
        '「举办知识产权培训」修改系统数据须填写修改理由',
      ),
    );
    expect(api.saveSubmission).not.toHaveBeenCalled();
  });

  it('submits the self-evaluation once confirmed, and then reads it back', async () => {
    api.saveSubmission.mockResolvedValue(
      anEvaluation({ status: 'submitted', answers: SUBMITTED_ANSWERS, editable: false, submittedAt: NOW }),
    );
    const page = await openDraft();
    typeField(page.utils, 'answers.basic.site.selfScore', '40');
    tapText('采用建议得分 20');
    await waitFor(() => expect(fieldInput('answers.training.sessions.selfScore').value).toBe('20'));
    typeField(page.utils, 'answers.guidance.consult.selfScore', '28');
    typeField(page.utils, 'answers.guidance.consult.note', '全年咨询台账齐全');

    tapText('提交自评');

    await waitForText('自评已提交，等待专家评审');
    expect(taro.showModal).toHaveBeenCalledTimes(1);
    expect(api.saveSubmission).toHaveBeenCalledWith({
      roundId: ROUND_ID,
      answers: {
        'basic.site': { selfScore: 40, attachments: [] },
        'training.sessions': { selfScore: 20, attachments: [] },
        'guidance.consult': { selfScore: 28, note: '全年咨询台账齐全', attachments: [] },
      },
      submit: true,
    });
    expect(byTestId('submission-status')[0]?.getAttribute('data-status')).toBe('submitted');
  });

  it('sends a changed figure with its justification, and shows the server’s message naming an item', async () => {
    api.saveSubmission.mockRejectedValue(
      new ServiceError('INVALID_INPUT', '「业务指导与咨询」自评分不能超过 30 分', {
        answers: '自评内容：「业务指导与咨询」自评分不能超过 30 分',
      }),
    );
    const page = await openDraft();
    typeField(page.utils, 'answers.training.sessions.value', '10');
    await waitFor(() =>
      expect(document.querySelector('[data-field="answers.training.sessions.justification"]')).not.toBeNull(),
    );
    await waitForForm();
    typeField(page.utils, 'answers.training.sessions.justification', '2场培训与区局联合举办，记录在区局');

    tapText('保存草稿');

    await waitFor(() => expect(fieldError('answers')).toBe('自评内容：「业务指导与咨询」自评分不能超过 30 分'));
    expect(api.saveSubmission.mock.calls[0]![0].answers['training.sessions']).toEqual({
      value: 10,
      justification: '2场培训与区局联合举办，记录在区局',
      attachments: [],
    });
  });

  it('shows a published result: the grade, the score, and 否决 with the veto recorded', async () => {
    api.getStationEvaluation.mockResolvedValue(
      anEvaluation({
        round: aRound({ status: 'published', publishedAt: NOW }),
        status: 'submitted',
        answers: SUBMITTED_ANSWERS,
        editable: false,
        result: { score: 86.5, grade: 'vetoed', gradeLabel: '否决', reviewers: 2, vetoed: true },
        vetoes: [
          {
            condition: 'crime',
            evidence: '2025年6月站点运营单位员工侵犯商标权被判刑',
            byName: '评审专家甲',
            at: NOW,
            automatic: false,
          },
        ],
      }),
    );

    await showPage(StationPage, { roundId: ROUND_ID });

    await waitFor(() => expect(byTestId('result-grade')[0]?.textContent).toBe('否决'));
    expect(byTestId('result-score')[0]?.textContent).toBe('得分：86.5 分 · 评审专家 2 人');
    expect(bodyText()).toContain(`一票否决：${EVAL_VETO.labels.crime}`);
    expect(bodyText()).toContain('2025年6月站点运营单位员工侵犯商标权被判刑');
  });

  it('downloads the evaluation report of a published round', async () => {
    const file = { url: '/files/exports/report.pdf', fileName: '2025年度评价报告.pdf' };
    api.stationReport.mockResolvedValue(file);
    api.getStationEvaluation.mockResolvedValue(
      anEvaluation({
        round: aRound({ status: 'published', publishedAt: NOW }),
        status: 'submitted',
        answers: SUBMITTED_ANSWERS,
        editable: false,
        result: { score: 86.5, grade: 'good', gradeLabel: '良好', reviewers: 2, vetoed: false },
      }),
    );
    await showPage(StationPage, { roundId: ROUND_ID });
    await waitFor(() => expect(byTestId('result-grade')[0]?.textContent).toBe('良好'));

    tapText('下载评价报告');

    await waitFor(() => expect(files.openExport).toHaveBeenCalledWith(file));
    expect(api.stationReport).toHaveBeenCalledWith({ roundId: ROUND_ID });
  });
});

describe('站点评价 (a reviewer)', () => {
  const reviewing = (overrides = {}) =>
    anEvaluation({
      side: 'reviewer',
      status: 'submitted',
      answers: SUBMITTED_ANSWERS,
      editable: false,
      reviews: [
        { reviewerName: '评审专家甲', status: 'pending', scores: { 'basic.site': 38 }, total: 38, comment: '' },
      ],
      ...overrides,
    });

  async function openReview(): Promise<MountedPage> {
    actAs(REVIEWER_ME);
    api.getStationEvaluation.mockResolvedValue(reviewing());
    const page = await showPage(StationPage, { roundId: ROUND_ID, stationId: STATION_ID });
    await waitForText('提交评分');
    await waitForForm();
    return page;
  }

  it('reads the answers without self-evaluation fields, and saves the scores as typed', async () => {
    api.saveReview.mockResolvedValue(reviewing());
    const page = await openReview();
    expect(fieldInput('scores.basic.site').value).toBe('38');
    expect(document.querySelectorAll('[data-field^="answers."]')).toHaveLength(0);
    expect(bodyText()).not.toContain('提交自评');
    typeField(page.utils, 'scores.training.sessions', '18');
    typeField(page.utils, 'scores.guidance.consult', '25.5');
    typeField(page.utils, 'comment', '台账齐全，培训场次偏少');

    tapText('保存');

    await waitFor(() =>
      expect(api.saveReview).toHaveBeenCalledWith({
        roundId: ROUND_ID,
        stationId: STATION_ID,
        scores: { 'basic.site': 38, 'training.sessions': 18, 'guidance.consult': 25.5 },
        comment: '台账齐全，培训场次偏少',
        submit: false,
      }),
    );
  });

  it('submits the scores once confirmed with their total, and then shows them read-only', async () => {
    api.saveReview.mockResolvedValue(
      reviewing({
        reviews: [
          {
            reviewerName: '评审专家甲',
            status: 'submitted',
            scores: { 'basic.site': 38, 'training.sessions': 18, 'guidance.consult': 25.5 },
            total: 81.5,
            comment: '',
            submittedAt: NOW,
          },
        ],
      }),
    );
    const page = await openReview();
    typeField(page.utils, 'scores.training.sessions', '18');
    typeField(page.utils, 'scores.guidance.consult', '25.5');
    await waitFor(() => expect(byTestId('review-total')[0]?.textContent).toBe('合计 81.5 分（满分 100 分）'));

    tapText('提交评分');

    await waitFor(() => expect(byTestId('submitted-review')).toHaveLength(1));
    expect(modalContents()[0]).toContain('合计 81.5 分');
    expect(api.saveReview.mock.calls[0]![0].submit).toBe(true);
    expect(document.querySelectorAll('[data-field^="scores."]')).toHaveLength(0);
  });

  it('declares a conflict with a reason once confirmed, and leaves the station', async () => {
    api.declareConflict.mockResolvedValue({ done: true });
    const page = await openReview();
    tapText('声明回避');
    await waitFor(() => expect(byTestId('conflict-panel')).toHaveLength(1));
    await waitForForm();
    typeField(page.utils, 'reason', '本人曾任该站点运营单位顾问');

    tapText('确认回避');

    await waitFor(() => expect(taro.navigateBack).toHaveBeenCalled());
    expect(api.declareConflict).toHaveBeenCalledWith({
      roundId: ROUND_ID,
      stationId: STATION_ID,
      reason: '本人曾任该站点运营单位顾问',
    });
    expect(taro.showModal).toHaveBeenCalledTimes(1);
  });
});

describe('评价轮次 (admin)', () => {
  const rows = [
    aResultRow(),
    aResultRow({
      stationId: 'st-cy',
      stationName: '朝阳区知识产权工作站',
      score: 91,
      grade: 'vetoed',
      gradeLabel: '否决',
      vetoed: true,
      rank: null,
    }),
  ];

  beforeEach(() => actAs(ADMIN_ME));

  it('ranks the stations with 否决 marked, and a row opens the station', async () => {
    api.roundResults.mockResolvedValue({ round: aRound(), rows });
    await showPage(RoundPage, { roundId: ROUND_ID });
    await waitFor(() => expect(byTestId('ranking-row')).toHaveLength(2));
    expect(byTestId('ranking-row').map((r) => r.getAttribute('data-vetoed'))).toEqual(['false', 'true']);
    expect(byTestId('ranking-grade').map((g) => g.textContent)).toEqual(['良好', '否决']);

    (byTestId('ranking-row')[1] as HTMLElement).click();

    expect(taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/evaluation/pages/station/index?roundId=${encodeURIComponent(ROUND_ID)}&stationId=st-cy`,
    });
  });

  it('publishes the results once confirmed, and then says when', async () => {
    api.roundResults
      .mockResolvedValueOnce({ round: aRound(), rows })
      .mockResolvedValue({ round: aRound({ status: 'published', publishedAt: NOW }), rows });
    api.publishRound.mockResolvedValue(aRound({ status: 'published', publishedAt: NOW }));
    await showPage(RoundPage, { roundId: ROUND_ID });
    await waitForText('公布结果');

    tapText('公布结果');

    await waitForText('已公布 · 2026-01-10 10:00');
    expect(modalContents()[0]).toContain('各参评站点将看到本站的评价等级');
    expect(api.publishRound).toHaveBeenCalledWith({ roundId: ROUND_ID });
    expect(bodyText()).not.toContain('公布结果');
  });
});

describe('评价指标表', () => {
  beforeEach(() => {
    actAs(ADMIN_ME);
    api.listIndicatorSets.mockResolvedValue([aSet()]);
  });

  async function openEditor(): Promise<MountedPage> {
    const page = await showPage(IndicatorsPage);
    await waitForText('展开');
    tapText('展开');
    await waitForText('基于此版本新建');
    tapText('基于此版本新建');
    await waitFor(() => expect(byTestId('item-editor')).toHaveLength(3));
    await waitForForm();
    return page;
  }

  it('refuses to save a version that does not add up to 100', async () => {
    const page = await openEditor();
    typeField(page.utils, 'sections.0.items.0.maxScore', '45');

    tapText('保存为新版本');

    await waitFor(() => expect(fieldError('total')).toBe('各项分值合计须为 100 分，现为 105 分'));
    expect(api.saveIndicatorSet).not.toHaveBeenCalled();
  });

  it('saves the new version with the item ids kept', async () => {
    api.saveIndicatorSet.mockResolvedValue(aSet({ id: 'set:2', version: 2 }));
    const page = await openEditor();
    typeField(page.utils, 'title', '指标表（2026修订）');
    typeField(page.utils, 'sections.0.items.0.maxScore', '35');
    typeField(page.utils, 'sections.1.items.0.maxScore', '35');
    typeField(page.utils, 'sections.1.items.0.guide', '全年举办12场及以上得满分');

    tapText('保存为新版本');

    await waitFor(() => expect(api.saveIndicatorSet).toHaveBeenCalledTimes(1));
    const input = api.saveIndicatorSet.mock.calls[0]![0];
    expect(input.title).toBe('指标表（2026修订）');
    expect(input.sections.flatMap((s) => s.items.map((i) => [i.id, i.maxScore]))).toEqual([
      ['basic.site', 35],
      ['training.sessions', 35],
      ['guidance.consult', 30],
    ]);
    expect(input.sections[1]!.items[0]).toMatchObject({
      guide: '全年举办12场及以上得满分',
      auto: 'trainings',
      target: 12,
    });
  });
});
