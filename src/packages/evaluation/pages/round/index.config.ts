export default definePageConfig({
  navigationBarTitleText: '评价轮次',
  enablePullDownRefresh: true,
});
