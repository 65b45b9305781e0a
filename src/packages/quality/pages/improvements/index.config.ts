export default definePageConfig({
  navigationBarTitleText: '整改事项',
  enablePullDownRefresh: true,
});
