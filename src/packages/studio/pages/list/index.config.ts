export default definePageConfig({
  navigationBarTitleText: '流动工作室申请',
  enablePullDownRefresh: true,
});
