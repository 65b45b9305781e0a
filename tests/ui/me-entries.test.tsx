/**
 * 工作台's tools and 我的's ways to a role offer each acting role only what it can use: company
 * staff no station tools, station staff no 登记我的企业 / 加入企业, an admin no invitation to
 * redeem, someone without a role only what gets them one (and the public trainings and 政策与动态);
 * 文章管理 for the chief and the admin only; 专项服务清单 for the chief; 流动工作室 for the company,
 * 工作室审批 for the three levels approving a studio (and the admin), 审批时限 for the admin.
 */
import MePage from '@/pages/me/index';
import WorkPage from '@/pages/work/index';
import type { ActingRole } from '@/lib/access';
import * as account from '@/services/account';
import { useAppStore } from '@/store';
import { showPage, tapText, waitForText } from './support/page-harness';
import { signedInPages, taro } from './support/page-lifecycle';
import { ME_BY_ROLE, NO_ROLE_ME } from './support/roles';

jest.mock('@/services/account');
const api = jest.mocked(account);

signedInPages(NO_ROLE_ME);

const STATION_TOOLS = [
  '今日咨询',
  '咨询档案',
  '企业台账',
  '登记走访',
  '需求队列',
  '线索移交',
  '培训管理',
  '人才库',
  '邀请码管理',
  '企业确认',
  '本站信息与服务事项',
  '新建服务站点',
  '预约规则',
  '本站评价',
];

/** A studio approver of any level: 工作室审批 (their stage's applications), not the admin's 审批时限. */
const STUDIO_APPROVER = {
  shows: ['政策与动态', '培训报名', '我的培训', '工作室审批'],
  hides: [
    '审批时限',
    '流动工作室',
    '文章管理',
    '整改事项',
    '评价档案',
    '服务评价',
    ...STATION_TOOLS,
    '全市统计',
    '统计分析',
    '年度评价',
    '我要投诉',
    '投诉处理',
    '专家库',
    '咨询档案',
    '输入邀请码',
    '登记我的企业',
    '加入企业',
  ],
};

/** What each role must see, and must not, on 我的 (titles as shown). */
const EXPECTED: Record<ActingRole, { shows: string[]; hides: string[] }> = {
  company: {
    shows: [
      '政策与动态',
      '我的预约',
      '我的咨询档案',
      '企业档案',
      '流动工作室',
      '走访记录',
      '服务需求',
      '我要投诉',
      '我的投诉',
      '培训报名',
      '我的培训',
      '登记我的企业',
    ],
    hides: [
      '工作室审批',
      '审批时限',
      '文章管理',
      '整改事项',
      '评价档案',
      '服务评价',
      ...STATION_TOOLS,
      '我的评价',
      '我的回访',
      '待发送',
      '我的咨询时间',
      '涉及我的投诉',
    ],
  },
  liaison: {
    shows: [
      '政策与动态',
      '整改事项',
      '我的预约',
      '今日咨询',
      '咨询档案',
      '我的咨询时间',
      '企业台账',
      '登记走访',
      '我的回访',
      '需求队列',
      '线索移交',
      '企业确认',
      '涉及我的投诉',
    ],
    hides: [
      '流动工作室',
      '工作室审批',
      '审批时限',
      '文章管理',
      '评价档案',
      '服务评价',
      '登记我的企业',
      '加入企业',
      '我的咨询档案',
      '企业档案',
      '邀请码管理',
      '培训管理',
      '新建服务站点',
      '本站评价',
      '我要投诉',
      '我的投诉',
      '投诉处理',
    ],
  },
  chief: {
    shows: [
      '政策与动态',
      '文章管理',
      '整改事项',
      '评价档案',
      '服务评价',
      '今日咨询',
      '咨询预约',
      '预约规则',
      '本站评价',
      '培训管理',
      '人才库',
      '邀请码管理',
      '企业确认',
      '本站信息与服务事项',
      '线索移交',
      '投诉处理',
      '涉及我的投诉',
      '年度评价',
      '专项服务清单',
    ],
    hides: [
      '流动工作室',
      '工作室审批',
      '审批时限',
      '登记我的企业',
      '加入企业',
      '我的咨询时间',
      '新建服务站点',
      '我的咨询档案',
      '我的指派',
      '工作日历',
      '我要投诉',
      '我的投诉',
    ],
  },
  expert: {
    shows: [
      '政策与动态',
      '整改事项',
      '我的指派',
      '今日咨询',
      '我的咨询时间',
      '我的评价',
      '我的回访',
      '咨询档案',
      '涉及我的投诉',
    ],
    hides: [
      '流动工作室',
      '工作室审批',
      '审批时限',
      '文章管理',
      '专项服务清单',
      '评价档案',
      '服务评价',
      '登记我的企业',
      '加入企业',
      '登记走访',
      '需求队列',
      '线索移交',
      '企业确认',
      '邀请码管理',
      '培训管理',
      '待发送',
      '我要投诉',
      '我的投诉',
      '投诉处理',
      '年度评价',
    ],
  },
  admin: {
    shows: [
      '工作室审批',
      '审批时限',
      '政策与动态',
      '文章管理',
      '整改事项',
      '评价档案',
      '服务评价',
      '新建服务站点',
      '邀请码管理',
      '企业确认',
      '咨询档案',
      '需求队列',
      '工作日历',
      '线索移交',
      '培训管理',
      '统计分析',
      '全市统计',
      '年度评价',
      '投诉处理',
    ],
    hides: [
      '流动工作室',
      '登记我的企业',
      '加入企业',
      '输入邀请码',
      '今日咨询',
      '我的评价',
      '登记走访',
      '我的回访',
      '我的指派',
      '全区统计',
      '我要投诉',
      '我的投诉',
      '涉及我的投诉',
    ],
  },
  // A district office reads its district's figures and the lists they drill into; it writes nothing.
  district_admin: {
    shows: [
      '政策与动态',
      '整改事项',
      '评价档案',
      '服务评价',
      '全区统计',
      '统计分析',
      '企业关注',
      '企业台账',
      '走访记录',
      '培训管理',
    ],
    // (年度评价 is the city's: the rounds, the reviewers and the stations' own)
    hides: [
      '流动工作室',
      '工作室审批',
      '审批时限',
      '文章管理',
      '全市统计',
      '新建服务站点',
      '邀请码管理',
      '企业确认',
      '需求队列',
      '线索移交',
      '登记走访',
      '工作日历',
      '专家库',
      '咨询档案',
      '登记我的企业',
      '加入企业',
      '我要投诉',
      '我的投诉',
      '投诉处理',
      '涉及我的投诉',
      '年度评价',
    ],
  },
  // A reviewer of the annual evaluation scores the stations assigned to them, and nothing else.
  reviewer: {
    shows: ['政策与动态', '年度评价'],
    hides: [
      '流动工作室',
      '工作室审批',
      '审批时限',
      '文章管理',
      '整改事项',
      '评价档案',
      '服务评价',
      ...STATION_TOOLS,
      '全市统计',
      '统计分析',
      '我要投诉',
      '投诉处理',
      '专家库',
      '咨询档案',
      '登记我的企业',
      '加入企业',
    ],
  },
  // The mobile studio's approvers (001 §6.2) approve applications, and nothing of a station.
  studio_branch: STUDIO_APPROVER,
  studio_section: STUDIO_APPROVER,
  studio_bureau: STUDIO_APPROVER,
  none: {
    shows: ['政策与动态', '培训报名', '我的培训', '输入邀请码', '加入企业', '登记我的企业'],
    hides: [
      '流动工作室',
      '工作室审批',
      '审批时限',
      '文章管理',
      '整改事项',
      '评价档案',
      '服务评价',
      ...STATION_TOOLS,
      '我的预约',
      '服务需求',
      '企业档案',
      '走访记录',
      '我的咨询档案',
      '我要投诉',
      '我的投诉',
      '投诉处理',
      '涉及我的投诉',
    ],
  },
};

/** The titles of 工作台's tools on the page shown. */
const toolTitles = () =>
  Array.from(document.querySelectorAll('[data-testid="tool"] .work-tool__title')).map((t) =>
    (t.textContent ?? '').trim(),
  );

/** The titles of 我的's cells under 加入与登记 (not the roles, not 消息). */
function joinTitles(): string[] {
  const groups = Array.from(document.querySelectorAll('.plain-cell-group')).filter((g) =>
    /加入与登记/.test(g.querySelector('.plain-cell-group__title')?.textContent ?? ''),
  );
  return groups.flatMap((g) =>
    Array.from(g.querySelectorAll('.plain-cell__title')).map((t) => (t.textContent ?? '').trim()),
  );
}

describe('tools and entries per acting role', () => {
  it.each(Object.keys(EXPECTED) as ActingRole[])('%s sees only what it can use', async (role) => {
    const me = ME_BY_ROLE[role];
    useAppStore.setState({ me });
    api.me.mockResolvedValue(me);
    api.getCompany.mockResolvedValue({} as never);
    await showPage(WorkPage);
    await waitForText('培训报名');
    const titles = toolTitles();
    await showPage(MePage);
    await waitForText(me.user.displayName);
    titles.push(...joinTitles());
    for (const t of EXPECTED[role].shows) expect(titles).toContain(t);
    for (const t of EXPECTED[role].hides) expect(titles).not.toContain(t);
  });

  it('opens the page of a tool, for the acting station', async () => {
    const me = ME_BY_ROLE.chief;
    useAppStore.setState({ me });
    api.me.mockResolvedValue(me);
    await showPage(WorkPage);
    await waitForText('邀请码管理');
    tapText('邀请码管理');
    expect(taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/account/pages/invitations/index?stationId=${encodeURIComponent(me.memberships[0]!.stationId!)}`,
    });
  });
});
