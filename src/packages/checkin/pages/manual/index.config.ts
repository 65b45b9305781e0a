export default definePageConfig({
  navigationBarTitleText: '手动签到',
  enablePullDownRefresh: true,
});
