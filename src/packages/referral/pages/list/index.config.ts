export default definePageConfig({
  navigationBarTitleText: '线索移交',
  enablePullDownRefresh: true,
});
