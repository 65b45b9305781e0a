export default definePageConfig({
  navigationBarTitleText: '咨询档案',
  enablePullDownRefresh: true,
});
