export default definePageConfig({
  navigationBarTitleText: '企业关注',
  enablePullDownRefresh: true,
});
