export default definePageConfig({
  navigationBarTitleText: '培训详情',
  enablePullDownRefresh: true,
});
