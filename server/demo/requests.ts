/**
 * The demo station's service requests (服务需求) in every status: the demo company's submitted,
 * accepted, in progress, closed and rated, and withdrawn ones, and other companies' urgent and
 * closed ones — raised, worked and rated through the request function at the time each step
 * happened. (Visits add requests of their own: companies.ts.)
 */
import type { RequestUrgency, ServiceCategory } from '../../core/enums';
import { DEMO_USERS } from './accounts';
import type { Booker } from './consultations';
import type { DemoStage } from './stage';

type Step =
  | { kind: 'accept' | 'start'; daysAgo: number; by?: string }
  | { kind: 'close'; daysAgo: number; result: string; followUpIn?: number; by?: string }
  | { kind: 'cancel'; daysAgo: number; reason: string }
  | { kind: 'rate'; daysAgo: number; stars: number; comment: string };

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
    for (const step of p.steps) {
      s.at(s.day(-step.daysAgo, '15:10'));
      switch (step.kind) {
        case 'accept':
          await s.act(step.by ?? DEMO_USERS.liaison, 'request', 'acceptRequest', { requestId });
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
