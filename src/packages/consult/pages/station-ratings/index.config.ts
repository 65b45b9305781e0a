export default definePageConfig({
  navigationBarTitleText: '本站评价',
  enablePullDownRefresh: true,
});
