export default definePageConfig({
  navigationBarTitleText: '涉及我的投诉',
  enablePullDownRefresh: true,
});
