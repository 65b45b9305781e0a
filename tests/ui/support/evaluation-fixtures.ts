/**
 * Outputs of the evaluation actions, shaped exactly as the contract's outputs: a small indicator
 * table (one basic item without evidence, one filled in from the training records, one ordinary
 * item), a round of the demo station reviewed by 评审专家甲, and the station's evaluation as the
 * chief sees it while drafting. Dates sit in January 2026 (the 2025 round); tests set the clock.
 */
import type { IndicatorSetView, ResultRow, RoundView, StationEvaluation } from '@core/contract';
import { shanghaiInstant } from '@core/rules/time';
import { STATION_ID, STATION_NAME } from './consult-fixtures';

export const ROUND_ID = 'round:2025-a1b2c3';
export const AUTO_SOURCE = '2025年本站举办的培训场次';

export function aSet(overrides: Partial<IndicatorSetView> = {}): IndicatorSetView {
  return {
    id: 'set:1',
    version: 1,
    title: '知识产权保护工作站评价指标表',
    sections: [
      {
        id: 'basic',
        title: '基本要求',
        items: [
          {
            id: 'basic.site',
            title: '固定办公场所与挂牌',
            maxScore: 40,
            guide: '有固定场所并规范挂牌得满分',
            evidence: '',
          },
        ],
      },
      {
        id: 'work',
        title: '工作开展',
        items: [
          {
            id: 'training.sessions',
            title: '举办知识产权培训',
            maxScore: 30,
            guide: '全年举办12场及以上得满分，按比例计分',
            evidence: '培训通知、签到表、现场照片',
            auto: 'trainings',
            target: 12,
          },
          {
            id: 'guidance.consult',
            title: '业务指导与咨询',
            maxScore: 30,
            guide: '咨询记录完整、答复及时得满分',
            evidence: '咨询台账',
          },
        ],
      },
    ],
    total: 100,
    createdAt: shanghaiInstant('2025-12-01', '09:00'),
    ...overrides,
  };
}

export function aRound(overrides: Partial<RoundView> = {}): RoundView {
  return {
    id: ROUND_ID,
    year: 2025,
    title: '2025年度知识产权工作站评价',
    setId: 'set:1',
    setVersion: 1,
    status: 'open',
    stations: [
      { id: STATION_ID, name: STATION_NAME },
      { id: 'st-cy', name: '朝阳区知识产权工作站' },
    ],
    selfDeadline: '2026-02-28',
    reviewDeadline: '2026-03-15',
    correctionDays: 5,
    lapse: 'veto',
    grades: { excellent: 90, good: 80, pass: 60 },
    ...overrides,
  };
}

/** The chief's view while drafting: nothing answered yet, the training figure filled in from the records. */
export function anEvaluation(overrides: Partial<StationEvaluation> = {}): StationEvaluation {
  return {
    round: aRound(),
    set: aSet(),
    stationId: STATION_ID,
    stationName: STATION_NAME,
    status: 'draft',
    answers: {
      'basic.site': { attachments: [] },
      'training.sessions': { auto: { value: 8, source: AUTO_SOURCE, suggested: 20 }, attachments: [] },
      'guidance.consult': { attachments: [] },
    },
    side: 'station',
    reviews: [],
    vetoes: [],
    editable: true,
    ...overrides,
  };
}

/** The station's answers once submitted. */
export const SUBMITTED_ANSWERS: StationEvaluation['answers'] = {
  'basic.site': { selfScore: 40, attachments: [] },
  'training.sessions': { selfScore: 20, auto: { value: 8, source: AUTO_SOURCE, suggested: 20 }, attachments: [] },
  'guidance.consult': { selfScore: 28, note: '全年咨询台账齐全', attachments: [] },
};

export function aResultRow(overrides: Partial<ResultRow> = {}): ResultRow {
  return {
    stationId: STATION_ID,
    stationName: STATION_NAME,
    score: 86.5,
    grade: 'good',
    gradeLabel: '良好',
    reviewers: 2,
    vetoed: false,
    rank: 1,
    ...overrides,
  };
}
