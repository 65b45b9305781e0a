export default defineAppConfig({
  pages: ['pages/network/index', 'pages/resources/index', 'pages/me/index'],
  subPackages: [
    {
      root: 'packages/directory',
      pages: ['pages/station/index', 'pages/station-edit/index', 'pages/item-edit/index'],
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
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '知识产权公共服务',
    navigationBarTextStyle: 'black',
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#1677ff',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/network/index',
        text: '服务网点',
        iconPath: 'assets/tabbar/network.png',
        selectedIconPath: 'assets/tabbar/network-active.png',
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
