export default definePageConfig({
  navigationBarTitleText: '今日咨询',
  enablePullDownRefresh: true,
});
