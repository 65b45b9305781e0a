export default definePageConfig({
  navigationBarTitleText: '政策与动态',
  enablePullDownRefresh: true,
});
