/**
 * The demo's articles, published through the content function when they would have been: the
 * city's policy interpretation (with a table), the demo station's news of its training, a notice
 * of the coming IP week, and a typical case — so 政策与动态 has one of each kind to read. The
 * policy is pushed to the 专精特新 companies, so their staff find it in 消息.
 */
import { DEMO_STATION_ID, DEMO_USERS } from './accounts';
import type { DemoStage } from './stage';

const ARTICLES = [
  {
    key: 'policy',
    by: DEMO_USERS.admin,
    stationId: undefined,
    daysAgo: 20,
    kind: 'policy',
    title: '专利转化运用专项资金政策解读',
    markdown: [
      '## 政策要点',
      '',
      '- 支持企业购买、许可实施高校院所专利；',
      '- 对专利开放许可实施给予补贴；',
      '- 申报材料通过工作站统一指导。',
      '',
      '## 支持标准',
      '',
      '| 项目 | 支持方式 | 上限 |',
      '| --- | --- | --- |',
      '| 专利许可实施 | 按合同额 30% 补贴 | 50 万元 |',
      '| 开放许可 | 按实施费用补贴 | 20 万元 |',
      '',
      '详情请咨询所在区知识产权公共服务工作站。',
    ].join('\n'),
  },
  {
    key: 'news',
    by: DEMO_USERS.chief,
    stationId: DEMO_STATION_ID,
    daysAgo: 6,
    kind: 'news',
    title: '中关村软件园工作站举办专利申请实务培训',
    markdown:
      '## 培训回顾\n\n工作站邀请专利代理师为园区企业讲解专利申请文件撰写要点，40 余家企业参加。\n\n下一期培训将聚焦商标布局，欢迎报名。',
  },
  {
    key: 'notice',
    by: DEMO_USERS.admin,
    stationId: undefined,
    daysAgo: 3,
    kind: 'notice',
    title: '关于开展知识产权宣传周活动的通知',
    markdown: '## 活动安排\n\n各工作站于宣传周期间开展政策宣讲、免费咨询和企业走访，请企业关注所在工作站的活动预告。',
  },
  {
    key: 'case',
    by: DEMO_USERS.chief,
    stationId: DEMO_STATION_ID,
    daysAgo: 12,
    kind: 'case',
    title: '典型案例：软件企业电商平台外观专利维权',
    markdown:
      '## 案情\n\n园区企业发现电商平台店铺销售仿冒其外观专利的产品。\n\n## 服务过程\n\n工作站指派专家指导企业公证取证并向平台投诉，两家店铺下架侵权产品。',
  },
] as const;

export async function demoArticles(s: DemoStage): Promise<void> {
  for (const a of ARTICLES) {
    s.at(s.day(-a.daysAgo, '10:00'));
    const saved = await s.act(a.by, 'content', 'saveArticle', {
      clientRequestId: s.requestId(`article-${a.key}`),
      kind: a.kind,
      ...(a.stationId ? { stationId: a.stationId } : {}),
      title: a.title,
      markdown: a.markdown,
      attachments: [],
    });
    await s.act(a.by, 'content', 'publishArticle', { articleId: saved.id });
    // The policy reaches the 专精特新 companies' staff in 消息 (the demo company among them): the
    // admin pushed it yesterday, ahead of the application window.
    if (a.key === 'policy') {
      s.at(s.day(-1, '10:30'));
      await s.act(a.by, 'content', 'sendPush', {
        clientRequestId: s.requestId('push-policy'),
        target: { kind: 'article', id: saved.id },
        audience: { keyFlags: ['specialized'], industries: [], districts: [] },
      });
    }
  }
}
