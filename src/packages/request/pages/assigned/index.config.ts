export default definePageConfig({
  navigationBarTitleText: '我的指派',
  enablePullDownRefresh: true,
});
