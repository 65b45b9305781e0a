export default defineAppConfig({
  pages: ['pages/home/index', 'pages/network/index', 'pages/work/index', 'pages/resources/index', 'pages/me/index'],
  subPackages: [
    {
      root: 'packages/directory',
      pages: [
        'pages/station/index',
        'pages/station-edit/index',
        'pages/item-edit/index',
        'pages/calendar/index',
        'pages/special/index',
        'pages/special-edit/index',
      ],
    },
    {
      root: 'packages/account',
      pages: [
        'pages/login/index',
        'pages/register/index',
        'pages/redeem/index',
        'pages/invitations/index',
        'pages/company-join/index',
        'pages/company-create/index',
        'pages/company-review/index',
      ],
    },
    {
      root: 'packages/ledger',
      pages: ['pages/ledger/index', 'pages/company/index', 'pages/profile-edit/index', 'pages/ledger-create/index'],
    },
    {
      root: 'packages/inbox',
      pages: ['pages/notices/index'],
    },
    {
      root: 'packages/consult',
      pages: [
        'pages/book/index',
        'pages/bookings/index',
        'pages/booking/index',
        'pages/availability/index',
        'pages/today/index',
        'pages/record-edit/index',
        'pages/records/index',
        'pages/record/index',
        'pages/my-ratings/index',
        'pages/station-ratings/index',
        'pages/booking-rules/index',
      ],
    },
    {
      root: 'packages/request',
      pages: [
        'pages/create/index',
        'pages/mine/index',
        'pages/queue/index',
        'pages/detail/index',
        'pages/assigned/index',
      ],
    },
    {
      root: 'packages/visit',
      pages: [
        'pages/visit-edit/index',
        'pages/visits/index',
        'pages/visit/index',
        'pages/follow-ups/index',
        'pages/outbox/index',
      ],
    },
    {
      root: 'packages/training',
      pages: [
        'pages/list/index',
        'pages/session/index',
        'pages/manage/index',
        'pages/edit/index',
        'pages/signups/index',
        'pages/mine/index',
        'pages/talent/index',
      ],
    },
    {
      root: 'packages/checkin',
      pages: ['pages/scan/index', 'pages/screen/index', 'pages/manual/index'],
    },
    {
      root: 'packages/survey',
      pages: ['pages/respond/index', 'pages/results/index', 'pages/topics/index'],
    },
    {
      root: 'packages/expert',
      pages: ['pages/profile/index', 'pages/roster/index', 'pages/detail/index'],
    },
    {
      root: 'packages/referral',
      pages: ['pages/create/index', 'pages/list/index', 'pages/detail/index'],
    },
    {
      root: 'packages/complaint',
      pages: ['pages/new/index', 'pages/mine/index', 'pages/queue/index', 'pages/about-me/index', 'pages/detail/index'],
    },
    {
      root: 'packages/evaluation',
      pages: [
        'pages/rounds/index',
        'pages/round-new/index',
        'pages/round/index',
        'pages/station/index',
        'pages/indicators/index',
      ],
    },
    {
      // ECharts lives here only: no chart library in the main package.
      root: 'packages/stats',
      pages: ['pages/station/index', 'pages/city/index', 'pages/insights/index'],
    },
    {
      root: 'packages/quality',
      pages: ['pages/improvements/index', 'pages/archive/index', 'pages/review/index'],
    },
    {
      // 政策与动态: articles read by anyone, written by the chief and the admin.
      root: 'packages/content',
      pages: [
        'pages/list/index',
        'pages/detail/index',
        'pages/manage/index',
        'pages/edit/index',
        'pages/search/index',
        'pages/push/index',
      ],
    },
    {
      // 企业知识产权保护流动工作室 (seed 001): apply, the three-stage approval, the year's summary.
      root: 'packages/studio',
      pages: [
        'pages/apply/index',
        'pages/list/index',
        'pages/detail/index',
        'pages/limits/index',
        'pages/summary/index',
      ],
    },
  ],
  // 登记走访 records where a visit took place (Taro.getLocation), only when the liaison taps for it.
  permission: { 'scope.userLocation': { desc: '记录走访地点' } },
  requiredPrivateInfos: ['getLocation'],
  // H5 only: Taro's router finishes a slide transition on ~300 ms timers it never cancels, so going
  // back before a newly opened page settled left 我的 blank (tests/browser/navigation.test.ts).
  // Without the animation every step happens at once. WeChat has its own native transitions.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '知识产权公共服务',
    navigationBarTextStyle: 'black',
    // H5 only: Taro's own navigation bar (title from each page's navigationBarTitleText, a back
    // arrow on pages above the first, a home icon on a page opened by link). WeChat draws its own.
    ...(process.env.TARO_ENV === 'h5' ? { navigationStyle: 'default' as const } : {}),
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#1677ff',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/network/index',
        text: '服务网点',
        iconPath: 'assets/tabbar/network.png',
        selectedIconPath: 'assets/tabbar/network-active.png',
      },
      {
        pagePath: 'pages/work/index',
        text: '工作台',
        iconPath: 'assets/tabbar/work.png',
        selectedIconPath: 'assets/tabbar/work-active.png',
      },
      {
        pagePath: 'pages/resources/index',
        text: '资源',
        iconPath: 'assets/tabbar/resources.png',
        selectedIconPath: 'assets/tabbar/resources-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
      },
    ],
  },
});
