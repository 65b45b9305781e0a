export default definePageConfig({
  navigationBarTitleText: '年度专项服务清单',
  enablePullDownRefresh: true,
});
