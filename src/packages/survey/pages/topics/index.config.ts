export default definePageConfig({
  navigationBarTitleText: '培训需求统计',
  enablePullDownRefresh: true,
});
