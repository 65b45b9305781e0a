export default definePageConfig({
  navigationBarTitleText: '服务网点',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
