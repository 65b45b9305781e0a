/**
 * The demo station's service requests (服务需求) in every status: the demo company's submitted,
 * accepted, in progress, closed and rated, and withdrawn ones, and other companies' urgent and
 * closed ones — raised, worked and rated through the request function at the time each step
 * happened. (Visits add requests of their own: companies.ts.)
 *
 * The expert loop (004 §8.4) for 赵专家 (DEMO_USERS.expert): one assigned yesterday and waiting
 * for his answer (due tomorrow), one he accepted and still owes a report on, and one he closed
 * with his written report, which the company rated. assignRequest takes only an expert filed on
 * the roster: server/demo/experts.ts files him, and runs before this (server/demo.ts).
 */
import type { RequestUrgency, ServiceCategory } from '../../core/enums';
import { DEMO_USERS } from './accounts';
import type { Booker } from './consultations';
import type { DemoStage } from './stage';

type Step =
  | { kind: 'accept' | 'start'; daysAgo: number; by?: string }
  | { kind: 'close'; daysAgo: number; result: string; followUpIn?: number; by?: string }
  | { kind: 'cancel'; daysAgo: number; reason: string }
  | { kind: 'rate'; daysAgo: number; stars: number; comment: string }
  /** The chief assigns it to the demo expert (at `at` on that day, default 10:00), or to `liaison`. */
  | { kind: 'assign'; daysAgo: number; note: string; at?: string; liaison?: string }
  | { kind: 'acceptAssignment'; daysAgo: number }
  /** The chief refers it to an outside agency (its answer is reported later). */
  | { kind: 'refer'; daysAgo: number; agency: string; contact: string; note: string }
  | {
      kind: 'report';
      daysAgo: number;
      situation: string;
      advice: string;
      outcome: string;
      minutesSpent: number;
      internalNote?: string;
    };

interface RequestPlan {
  label: string;
  by: Booker;
  daysAgo: number;
  category: ServiceCategory;
  description: string;
  urgency: RequestUrgency;
  steps: Step[];
}

export async function demoRequests(s: DemoStage, company: Booker, staff: Booker[]): Promise<void> {
  const [a, b] = staff as [Booker, Booker];
  const plans: RequestPlan[] = [
    {
      label: 'closed',
      by: company,
      daysAgo: 40,
      category: 'application',
      description: '新产品线有三项技术成果，希望工作站协助梳理专利申请方案并推荐代理机构。',
      urgency: 'normal',
      steps: [
        { kind: 'accept', daysAgo: 39 },
        { kind: 'start', daysAgo: 37 },
        {
          kind: 'close',
          daysAgo: 30,
          result: '已协助企业完成技术交底梳理，三项成果中两项适合申请发明专利，已推荐三家代理机构供企业选择。',
          followUpIn: -2,
        },
        { kind: 'rate', daysAgo: 29, stars: 5, comment: '响应很快，方案很清楚。' },
      ],
    },
    {
      label: 'in-progress',
      by: company,
      daysAgo: 15,
      category: 'search',
      description: '需要对一款新型传感器做专利查新检索，判断是否具备新颖性。',
      urgency: 'normal',
      steps: [
        { kind: 'accept', daysAgo: 14 },
        { kind: 'start', daysAgo: 12 },
      ],
    },
    {
      label: 'cancelled',
      by: company,
      daysAgo: 20,
      category: 'consulting',
      description: '商标续展期限快到了，想请工作站指导如何办理续展。',
      urgency: 'normal',
      steps: [{ kind: 'cancel', daysAgo: 19, reason: '已在线上自行办理完成' }],
    },
    {
      label: 'accepted',
      by: company,
      daysAgo: 6,
      category: 'finance',
      description: '希望了解知识产权质押融资的合作银行和评估机构，准备融资五百万元。',
      urgency: 'urgent',
      steps: [{ kind: 'accept', daysAgo: 5, by: DEMO_USERS.chief }],
    },
    {
      label: 'submitted',
      by: company,
      daysAgo: 1,
      category: 'risk',
      description: '新产品下月上市，希望在上市前完成一次专利侵权风险排查。',
      urgency: 'normal',
      steps: [],
    },
    {
      label: 'a-urgent',
      by: a,
      daysAgo: 2,
      category: 'dispute',
      description: '收到同行的专利侵权警告函，对方要求十日内答复，需要应对指导。',
      urgency: 'critical',
      steps: [],
    },
    {
      label: 'b-closed',
      by: b,
      daysAgo: 50,
      category: 'data_ip',
      description: '想为公司积累的行业数据集申请数据知识产权登记，需要指导。',
      urgency: 'normal',
      steps: [
        { kind: 'accept', daysAgo: 49 },
        { kind: 'start', daysAgo: 48 },
        { kind: 'close', daysAgo: 41, result: '已指导企业准备登记材料，并在登记平台完成提交。' },
        { kind: 'rate', daysAgo: 40, stars: 3, comment: '材料要求讲得还可以，办理时间有点长。' },
      ],
    },
    {
      label: 'expert-reported',
      by: company,
      daysAgo: 25,
      category: 'dispute',
      description: '发现电商平台有店铺销售仿冒我司外观专利的产品，想了解维权途径和证据固定方法。',
      urgency: 'urgent',
      steps: [
        { kind: 'accept', daysAgo: 25 },
        { kind: 'assign', daysAgo: 24, note: '涉及外观专利侵权，请专家指导维权。' },
        { kind: 'acceptAssignment', daysAgo: 24 },
        {
          kind: 'report',
          daysAgo: 22,
          situation: '企业外观专利有效，涉嫌侵权店铺三家，企业已保存部分网页截图。',
          advice: '建议先做公证购买固定证据，再向电商平台投诉；投诉无果可向知识产权局申请行政裁决。',
          outcome: '已指导企业完成公证购买并提交平台投诉，两家店铺已下架涉嫌侵权产品。',
          minutesSpent: 120,
          internalNote: '企业有意进一步起诉，后续可推荐维权援助中心。',
        },
        { kind: 'rate', daysAgo: 21, stars: 5, comment: '专家指导很专业，问题很快解决了。' },
      ],
    },
    {
      label: 'expert-working',
      by: company,
      daysAgo: 5,
      category: 'search',
      description: '准备申请一项电池管理算法的发明专利，希望专家先做一次专利检索分析。',
      urgency: 'normal',
      steps: [
        { kind: 'accept', daysAgo: 5 },
        { kind: 'assign', daysAgo: 4, note: '请专家检索后给出可专利性意见。' },
        { kind: 'acceptAssignment', daysAgo: 4 },
      ],
    },
    {
      label: 'referred',
      by: company,
      daysAgo: 8,
      category: 'dispute',
      description: '竞争对手起诉我司专利侵权，需要专业律师代理应诉。',
      urgency: 'critical',
      steps: [
        { kind: 'accept', daysAgo: 8, by: DEMO_USERS.chief },
        {
          kind: 'refer',
          daysAgo: 7,
          agency: '北京市知识产权维权援助中心',
          contact: '12345（维权援助热线）',
          note: '涉及诉讼代理，转介维权援助中心。',
        },
      ],
    },
    // Assigned to 李联络 six days ago and never answered: the timer's sweep (run at the end of the
    // demo) marks it overdue, then escalates it to the city's admin and 海淀区's district admin.
    {
      label: 'liaison-escalated',
      by: b,
      daysAgo: 7,
      category: 'search',
      description: '公司新品牌准备注册商标，想了解近似商标查询和类别选择。',
      urgency: 'normal',
      steps: [
        { kind: 'accept', daysAgo: 7, by: DEMO_USERS.chief },
        { kind: 'assign', daysAgo: 6, note: '请联络员两日内答复是否可以承接。', liaison: DEMO_USERS.liaison },
      ],
    },
    {
      label: 'expert-waiting',
      by: company,
      daysAgo: 2,
      category: 'application',
      description: '海外客户要求我司产品有美国专利，想了解 PCT 申请的流程、费用和时间安排。',
      urgency: 'normal',
      // Assigned yesterday: his answer is due tomorrow (two days, no work calendar set).
      steps: [
        { kind: 'accept', daysAgo: 2 },
        { kind: 'assign', daysAgo: 1, note: '企业急需了解 PCT 申请安排，请两日内答复。', at: '10:00' },
      ],
    },
  ];

  for (const p of plans) {
    s.at(s.day(-p.daysAgo, '09:20'));
    const created = await s.act(p.by.userId, 'request', 'createRequest', {
      clientRequestId: s.requestId(`request-${p.label}`),
      category: p.category,
      description: p.description,
      urgency: p.urgency,
      attachments: [],
    });
    const requestId = created.id;
    // The version the chief saw when assigning (assignRequest refuses a stale one).
    let seenUpdatedAt = created.updatedAt;
    for (const step of p.steps) {
      s.at(
        s.day(-step.daysAgo, step.kind === 'assign' ? (step.at ?? '10:00') : step.kind === 'refer' ? '10:00' : '15:10'),
      );
      switch (step.kind) {
        case 'accept':
          seenUpdatedAt = (await s.act(step.by ?? DEMO_USERS.liaison, 'request', 'acceptRequest', { requestId }))
            .updatedAt;
          break;
        case 'assign':
          await s.act(DEMO_USERS.chief, 'request', 'assignRequest', {
            requestId,
            assignee: step.liaison
              ? { kind: 'liaison', userId: step.liaison }
              : { kind: 'expert', userId: DEMO_USERS.expert },
            note: step.note,
            seenUpdatedAt,
          });
          break;
        case 'refer':
          await s.act(DEMO_USERS.chief, 'request', 'assignRequest', {
            requestId,
            assignee: { kind: 'agency', name: step.agency, contact: step.contact },
            note: step.note,
            seenUpdatedAt,
          });
          break;
        case 'acceptAssignment':
          await s.act(DEMO_USERS.expert, 'request', 'respondAssignment', { requestId, decision: 'accept' });
          break;
        case 'report':
          await s.act(DEMO_USERS.expert, 'request', 'reportRequest', {
            requestId,
            situation: step.situation,
            advice: step.advice,
            outcome: step.outcome,
            minutesSpent: step.minutesSpent,
            attachments: [],
            ...(step.internalNote ? { internalNote: step.internalNote } : {}),
          });
          break;
        case 'start':
          await s.act(step.by ?? DEMO_USERS.liaison, 'request', 'startRequest', { requestId });
          break;
        case 'close':
          await s.act(step.by ?? DEMO_USERS.liaison, 'request', 'closeRequest', {
            requestId,
            result: step.result,
            ...(step.followUpIn !== undefined ? { followUpDate: s.date(step.followUpIn) } : {}),
          });
          break;
        case 'cancel':
          await s.act(p.by.userId, 'request', 'cancelRequest', { requestId, reason: step.reason });
          break;
        case 'rate':
          await s.act(p.by.userId, 'request', 'rateRequest', {
            requestId,
            stars: step.stars,
            tags: step.stars >= 4 ? ['timely', 'solved'] : ['slow'],
            comment: step.comment,
          });
          break;
      }
    }
  }
}
