/**
 * The demo's annual evaluation (seed 000), made through the evaluation function at the time each
 * step happened:
 *   - last year's round, published a month ago: the demo station self-evaluated, 钱评审 scored it,
 *     the admin published — the chief reads its grade (良好) and downloads the report;
 *   - this year's round, opened this week over the demo station and 海淀区's district center:
 *     the chief's self-evaluation is a draft with its figures filled in from the records, and
 *     钱评审 has the demo station to score;
 *   - this month's 服务评价, kept by the chief as the station's evaluation record.
 */
import { itemsOf } from '../../core/rules/evaluation';
import type { EvalIndicatorSetDoc } from '../../core/store/docs';
import { DEMO_STATION_ID, DEMO_USERS } from './accounts';
import type { DemoStage } from './stage';

const NEIGHBOUR = 'st-haidian-district';

export async function demoEvaluation(s: DemoStage): Promise<void> {
  const [set] = (await s.act(DEMO_USERS.admin, 'evaluation', 'listIndicatorSets', {})) as Array<{
    id: string;
    sections: EvalIndicatorSetDoc['sections'];
  }>;
  const items = itemsOf(set!.sections);
  const year = Number(s.today.slice(0, 4));

  // Last year's round: self-evaluated, scored, published.
  s.at(s.day(-75, '10:00'));
  const past = await s.act(DEMO_USERS.admin, 'evaluation', 'createRound', {
    clientRequestId: s.requestId('eval-past'),
    year: year - 1,
    title: `${year - 1}年度知识产权工作站评价`,
    setId: set!.id,
    stationIds: [DEMO_STATION_ID, NEIGHBOUR],
    reviewers: [{ userId: DEMO_USERS.reviewer, stationIds: [DEMO_STATION_ID, NEIGHBOUR] }],
    selfDeadline: s.date(-60),
    reviewDeadline: s.date(-40),
  });
  s.at(s.day(-62, '16:00'));
  await s.act(DEMO_USERS.chief, 'evaluation', 'saveSubmission', {
    roundId: past.id,
    answers: Object.fromEntries(
      items.map((i) => [
        i.id,
        { selfScore: Math.round(i.maxScore * 0.85 * 10) / 10, note: '已按指标要求开展工作，佐证材料见附件清单。' },
      ]),
    ),
    submit: true,
  });
  s.at(s.day(-45, '15:00'));
  await s.act(DEMO_USERS.reviewer, 'evaluation', 'saveReview', {
    roundId: past.id,
    stationId: DEMO_STATION_ID,
    scores: Object.fromEntries(items.map((i) => [i.id, Math.round(i.maxScore * 0.84 * 10) / 10])),
    comment: '工作站咨询与走访服务扎实，培训覆盖面可进一步扩大，典型案例材料需加强整理。',
    submit: true,
  });
  s.at(s.day(-30, '09:30'));
  await s.act(DEMO_USERS.admin, 'evaluation', 'publishRound', { roundId: past.id });

  // This year's round, opened this week: a draft with the figures from the records.
  s.at(s.day(-3, '10:00'));
  const current = await s.act(DEMO_USERS.admin, 'evaluation', 'createRound', {
    clientRequestId: s.requestId('eval-current'),
    year,
    title: `${year}年度知识产权工作站评价`,
    setId: set!.id,
    stationIds: [DEMO_STATION_ID, NEIGHBOUR],
    reviewers: [{ userId: DEMO_USERS.reviewer, stationIds: [DEMO_STATION_ID] }],
    selfDeadline: s.date(25),
    reviewDeadline: s.date(45),
  });
  s.at(s.day(-1, '17:20'));
  await s.act(DEMO_USERS.chief, 'evaluation', 'saveSubmission', {
    roundId: current.id,
    answers: {
      'basic.site': { selfScore: 6, note: '工作站位于园区服务大厅二层，设施齐全并规范挂牌。' },
      'staff.team': { selfScore: 7, note: '专职人员3名，均具备知识产权专业背景。' },
    },
  });

  // The chief kept this month's 服务评价 so far as the station's evaluation record (the archive lists it).
  s.at(s.day(0, '08:30') <= s.start ? s.day(0, '08:30') : s.start);
  await s.act(DEMO_USERS.chief, 'quality', 'saveServiceReview', { period: { kind: 'month', anchor: s.today } });
}
