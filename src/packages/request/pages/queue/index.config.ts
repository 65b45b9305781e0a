export default definePageConfig({
  navigationBarTitleText: '需求队列',
  enablePullDownRefresh: true,
});
