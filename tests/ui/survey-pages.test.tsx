/**
 * The survey pages: a trainee answers the questionnaire of a training (stars, chips, text;
 * required ones checked before sending, the server's errors under their questions), changes it
 * until 可修改至 … and sees it locked after; someone the server refuses sees why. The chief reads
 * the results (averages, distribution, option counts, comments page by page) and 培训需求统计
 * (from 我的), with a date range.
 */
import WorkPage from '@/pages/work/index';
import RespondPage from '@/packages/survey/pages/respond/index';
import ResultsPage from '@/packages/survey/pages/results/index';
import TopicsPage from '@/packages/survey/pages/topics/index';
import * as account from '@/services/account';
import * as survey from '@/services/survey';
import { ServiceError } from '@/services/errors';
import { useAppStore } from '@/store';
import type { OutputOf } from '@core/contract';
import type { SurveyResponse } from '@core/contract/survey';
import { DEFAULT_TRAINING_QUESTIONNAIRE } from '@core/reference/questionnaires';
import { HOUR_MS, shanghaiInstant } from '@core/rules/time';
import { CHIEF_ME, COMPANY_ME, STATION_ID, STATION_NAME } from './support/consult-fixtures';
import {
  bodyText,
  byTestId,
  fieldError,
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

jest.mock('@/services/survey');
jest.mock('@/services/account');
const api = jest.mocked(survey);
const acc = account as jest.Mocked<typeof account>;

let page: MountedPage | undefined;
// Every time on these pages is Shanghai's, whatever the phone's zone.
inTimeZone('America/New_York');

signedInPages(COMPANY_ME);

const START = shanghaiInstant('2025-03-03', '09:00');
const SUBMITTED = shanghaiInstant('2025-03-03', '11:30');
const PARAMS = { targetKind: 'training', targetId: 'tr-1' };

const QUESTIONNAIRE = {
  id: DEFAULT_TRAINING_QUESTIONNAIRE._id,
  title: DEFAULT_TRAINING_QUESTIONNAIRE.title,
  stationId: null,
  isDefault: true,
  questions: DEFAULT_TRAINING_QUESTIONNAIRE.questions,
  createdAt: 0,
};

function aResponse(overrides: Partial<SurveyResponse> = {}): SurveyResponse {
  return {
    id: `training:tr-1:u-co`,
    targetKind: 'training',
    targetId: 'tr-1',
    questionnaireId: QUESTIONNAIRE.id,
    answers: { overall: 5, recommend: '愿意', topics: ['专利挖掘与布局'], comment: '很实用' },
    submittedAt: SUBMITTED,
    updatedAt: SUBMITTED,
    edited: false,
    editableUntil: SUBMITTED + 24 * HOUR_MS,
    locked: false,
    ...overrides,
  };
}

function loaded(overrides: Partial<OutputOf<'survey', 'getMyResponse'>> = {}): OutputOf<'survey', 'getMyResponse'> {
  return {
    target: {
      kind: 'training',
      id: 'tr-1',
      title: '专利挖掘与布局',
      stationId: STATION_ID,
      stationName: STATION_NAME,
      startAt: START,
      endAt: START + 2 * HOUR_MS,
    },
    questionnaire: QUESTIONNAIRE,
    response: null,
    canRespond: true,
    ...overrides,
  };
}

/** Taps star `n` (1–5) of the question `id`. */
function tapStar(id: string, n: number): void {
  const stars = document.querySelectorAll(`[data-field="answers.${id}"] .nut-rate-item`);
  (stars[n - 1] as HTMLElement).click();
}

const option = (id: string, value: string) =>
  document.querySelector(`[data-field="answers.${id}"] [data-testid="option"][data-value="${value}"]`) as HTMLElement;

const starsOf = (id: string) =>
  document.querySelector(`[data-field="answers.${id}"] [data-testid="stars"]`)!.getAttribute('data-value');

async function openRespond(data: OutputOf<'survey', 'getMyResponse'>): Promise<MountedPage> {
  api.getMyResponse.mockResolvedValue(data);
  const p = await mountPage(RespondPage, PARAMS);
  await waitFor(() => expect(byTestId('survey-target')).toHaveLength(1));
  return p;
}

describe('满意度评价: answering', () => {
  it('renders every question by kind, refuses to send without the required one, then sends the answers', async () => {
    api.submitResponse.mockImplementation(async (input) => aResponse({ answers: input.answers }));
    page = await openRespond(loaded());
    expect(api.getMyResponse).toHaveBeenCalledWith({ targetKind: 'training', targetId: 'tr-1' });
    // 09:00–11:00 in Shanghai, though the phone is in New York.
    expect(byTestId('survey-target')[0]!.textContent).toContain('2025-03-03 09:00–11:00');
    const questions = byTestId('question');
    expect(questions.map((q) => q.getAttribute('data-kind'))).toEqual([
      'rating',
      'rating',
      'rating',
      'rating',
      'single',
      'multiple',
      'text',
    ]);
    expect(questions[0]!.textContent).toContain('*1. 总体满意度');
    expect(questions[1]!.textContent).not.toContain('*');
    expect(document.querySelectorAll('[data-field="answers.topics"] [data-testid="option"]')).toHaveLength(14);

    tapText('提交评价');
    await waitFor(() => expect(fieldError('answers.overall')).toBe('总体满意度：此题为必答题'));
    expect(toastTitles(taro)).toContain('还有必答题未填写');
    expect(api.submitResponse).not.toHaveBeenCalled();

    tapStar('overall', 4);
    await waitFor(() => expect(starsOf('overall')).toBe('4'));
    expect(fieldError('answers.overall')).toBeNull();
    tapStar('lecturer', 5);
    option('recommend', '不确定').click();
    option('recommend', '愿意').click();
    option('topics', '专利检索与信息分析').click();
    option('topics', '知识产权基础知识').click();
    option('topics', '融资中的知识产权问题').click();
    option('topics', '融资中的知识产权问题').click();
    await waitFor(() => expect(option('topics', '知识产权基础知识').getAttribute('data-active')).toBe('true'));
    expect(option('recommend', '不确定').getAttribute('data-active')).toBe('false');
    await waitForForm();
    typeField(page.utils, 'answers.comment', '  希望多讲案例  ');
    tapText('提交评价');

    await waitFor(() => expect(api.submitResponse).toHaveBeenCalledTimes(1));
    expect(api.submitResponse).toHaveBeenCalledWith({
      clientRequestId: expect.any(String),
      targetKind: 'training',
      targetId: 'tr-1',
      answers: {
        overall: 4,
        lecturer: 5,
        recommend: '愿意',
        topics: ['专利检索与信息分析', '知识产权基础知识'],
        comment: '希望多讲案例',
      },
    });
    await waitFor(() => expect(toastTitles(taro)).toContain('感谢您的评价'));
    // 11:30 Shanghai + 24 h.
    await waitFor(() => expect(byTestId('survey-editable')[0]?.textContent).toBe('可修改至 2025-03-04 11:30'));
    expect(bodyText()).toContain('保存修改');
  });

  it('shows the server’s errors under their questions and keeps what was typed', async () => {
    api.submitResponse.mockRejectedValue(
      new ServiceError('INVALID_INPUT', '意见和建议：不能超过 500 字', {
        'answers.comment': '意见和建议：不能超过 500 字',
      }),
    );
    page = await openRespond(loaded());
    tapStar('overall', 5);
    await waitForForm();
    typeField(page.utils, 'answers.comment', '很长的意见');
    tapText('提交评价');
    await waitFor(() => expect(fieldError('answers.comment')).toBe('意见和建议：不能超过 500 字'));
    expect(toastTitles(taro)).toContain('意见和建议：不能超过 500 字');
    expect(fieldInput('answers.comment').value).toBe('很长的意见');
    expect(starsOf('overall')).toBe('5');
  });

  it('loads my previous answers to change them until 可修改至 …', async () => {
    api.submitResponse.mockImplementation(async (input) =>
      aResponse({ answers: input.answers, edited: true, updatedAt: SUBMITTED + HOUR_MS }),
    );
    page = await openRespond(loaded({ response: aResponse() }));
    await waitForForm();
    expect(byTestId('survey-status')[0]!.textContent).toContain('已于 2025-03-03 11:30 提交');
    expect(byTestId('survey-editable')[0]!.textContent).toBe('可修改至 2025-03-04 11:30');
    expect(starsOf('overall')).toBe('5');
    expect(option('recommend', '愿意').getAttribute('data-active')).toBe('true');
    expect(option('topics', '专利挖掘与布局').getAttribute('data-active')).toBe('true');
    expect(fieldInput('answers.comment').value).toBe('很实用');

    tapStar('overall', 3);
    await waitFor(() => expect(starsOf('overall')).toBe('3'));
    tapText('保存修改');
    await waitFor(() => expect(api.submitResponse).toHaveBeenCalledTimes(1));
    expect(api.submitResponse.mock.calls[0]![0].answers).toEqual({
      overall: 3,
      recommend: '愿意',
      topics: ['专利挖掘与布局'],
      comment: '很实用',
    });
    await waitFor(() => expect(toastTitles(taro)).toContain('修改已保存'));
    await waitFor(() => expect(byTestId('survey-status')[0]!.textContent).toContain('（已修改）'));
  });

  it('after 24 h shows the answers read-only, locked, with no way to send', async () => {
    page = await openRespond(
      loaded({
        response: aResponse({ locked: true }),
        canRespond: false,
        reason: '提交已超过24小时，不能再修改',
      }),
    );
    expect(byTestId('survey-locked')).toHaveLength(1);
    expect(byTestId('survey-lock-note')[0]!.textContent).toBe('提交已超过24小时，不能再修改');
    expect(byTestId('survey-form')).toHaveLength(0);
    expect(bodyText()).not.toContain('保存修改');
    const answers = byTestId('survey-answers')[0]!.textContent;
    expect(answers).toContain('很实用');
    expect(answers).toContain('专利挖掘与布局');
    expect(answers).toContain('未作答'); // 课程内容 was left out
    expect(starsOf('overall')).toBe('5');
  });

  it('someone the server refuses is told why (not checked in), with no form', async () => {
    page = await openRespond(loaded({ canRespond: false, reason: '只有签到参加本场培训的人员才能填写问卷' }));
    expect(byTestId('survey-refused')[0]!.textContent).toBe('只有签到参加本场培训的人员才能填写问卷');
    expect(byTestId('survey-form')).toHaveLength(0);
  });

  it('a failed load offers a retry', async () => {
    api.getMyResponse.mockRejectedValueOnce(new ServiceError('NETWORK', '网络连接失败，请检查网络后重试'));
    api.getMyResponse.mockResolvedValueOnce(loaded());
    page = await mountPage(RespondPage, PARAMS);
    await waitFor(() => expect(byTestId('list-error')).toHaveLength(1));
    tapText('重新加载');
    await waitFor(() => expect(byTestId('survey-form')).toHaveLength(1));
  });
});

describe('评价结果 and 培训需求统计 (the chief)', () => {
  function results(page: number): OutputOf<'survey', 'getResults'> {
    const all = ['希望多些案例', '时间太短', '很实用'].map((text, i) => ({
      questionId: 'comment',
      questionTitle: '意见和建议',
      text,
      submittedAt: SUBMITTED - i * HOUR_MS,
    }));
    return {
      target: loaded().target,
      questionnaire: { id: QUESTIONNAIRE.id, title: QUESTIONNAIRE.title },
      responses: 4,
      invited: 5,
      questions: [
        {
          questionId: 'overall',
          kind: 'rating',
          title: '总体满意度',
          answered: 4,
          average: 3.8,
          distribution: [0, 1, 0, 2, 1],
        },
        {
          questionId: 'recommend',
          kind: 'single',
          title: '是否愿意推荐给同事',
          answered: 4,
          options: [
            { option: '愿意', count: 2 },
            { option: '不确定', count: 1 },
            { option: '不愿意', count: 1 },
          ],
        },
        { questionId: 'comment', kind: 'text', title: '意见和建议', answered: 3 },
      ],
      comments: { items: all.slice((page - 1) * 2, page * 2), total: 3, page, pageSize: 2 },
    };
  }

  it('shows each question’s average, distribution and option counts, and pages the comments', async () => {
    useAppStore.setState({ me: CHIEF_ME });
    api.getResults.mockImplementation(async (input) => results(input.page ?? 1));
    page = await showPage(ResultsPage, PARAMS);
    await waitFor(() => expect(byTestId('question-result')).toHaveLength(3));
    expect(byTestId('results-count')[0]!.textContent).toBe('已回收 4 份，签到 5 人');
    expect(byTestId('average')[0]!.textContent).toBe('3.8');
    const bars = byTestId('distribution').map((b) => [b.getAttribute('data-label'), b.getAttribute('data-count')]);
    expect(bars).toEqual([
      ['5星', '1'],
      ['4星', '2'],
      ['3星', '0'],
      ['2星', '1'],
      ['1星', '0'],
    ]);
    expect(byTestId('distribution')[1]!.textContent).toContain('2（50%）');
    expect(byTestId('option-count').map((b) => b.textContent)).toEqual([
      '愿意2（50%）',
      '不确定1（25%）',
      '不愿意1（25%）',
    ]);
    await waitFor(() => expect(byTestId('comment')).toHaveLength(2));
    await page.trigger('onReachBottom');
    await waitFor(() => expect(byTestId('comment')).toHaveLength(3));
    expect(byTestId('comment').map((c) => c.textContent?.split('意见和建议')[0])).toEqual([
      '希望多些案例',
      '时间太短',
      '很实用',
    ]);
    await waitForText('没有更多了');
  });

  it('is the chief’s: a trainee is sent to 我的 to switch identity, and nothing is asked of the server', async () => {
    page = await showPage(ResultsPage, PARAMS);
    await waitFor(() => expect(byTestId('gate-role')).toHaveLength(1));
    expect(api.getResults).not.toHaveBeenCalled();
  });

  it('培训需求统计 from 工作台: topics most wanted first, narrowed to a date range', async () => {
    useAppStore.setState({ me: CHIEF_ME });
    acc.me.mockResolvedValue(CHIEF_ME);
    page = await showPage(WorkPage);
    await waitForText('培训需求统计');
    tapText('培训需求统计');
    expect(navigatedUrls(taro)).toEqual(['/packages/survey/pages/topics/index']);
    page.unmount();

    api.wantedTopics.mockImplementation(async (input) =>
      input.from
        ? { items: [{ topic: '融资中的知识产权问题', count: 2 }], responses: 2, sessions: 1 }
        : {
            items: [
              { topic: '融资中的知识产权问题', count: 3 },
              { topic: '专利挖掘与布局', count: 2 },
            ],
            responses: 6,
            sessions: 2,
          },
    );
    page = await showPage(TopicsPage);
    await waitFor(() => expect(byTestId('topic')).toHaveLength(2));
    expect(api.wantedTopics).toHaveBeenCalledWith({ stationId: STATION_ID });
    expect(byTestId('topics-summary')[0]!.textContent).toBe('共 6 份问卷，来自 2 场培训');
    expect(byTestId('topic').map((t) => [t.getAttribute('data-topic'), t.getAttribute('data-count')])).toEqual([
      ['融资中的知识产权问题', '3'],
      ['专利挖掘与布局', '2'],
    ]);

    const picker = document.querySelector('[data-field="from"] taro-picker-core')!;
    page.utils.act(() => {
      picker.dispatchEvent(new CustomEvent('change', { detail: { value: '2025-03-04' }, bubbles: true }));
    });
    await waitFor(() =>
      expect(api.wantedTopics).toHaveBeenLastCalledWith({ stationId: STATION_ID, from: '2025-03-04' }),
    );
    await waitFor(() => expect(byTestId('topic')).toHaveLength(1));
    tapText('清除日期');
    await waitFor(() => expect(byTestId('topic')).toHaveLength(2));
  });

  it('培训需求统计 says so when nobody has named a topic yet', async () => {
    useAppStore.setState({ me: CHIEF_ME });
    api.wantedTopics.mockResolvedValue({ items: [], responses: 0, sessions: 0 });
    page = await showPage(TopicsPage);
    await waitFor(() => expect(byTestId('list-empty')).toHaveLength(1));
    expect(bodyText()).toContain('还没有人填写希望的培训主题');
  });
});
