export default definePageConfig({
  navigationBarTitleText: '人才库',
  enablePullDownRefresh: true,
});
